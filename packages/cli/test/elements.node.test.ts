import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { brotliCompressSync } from 'node:zlib';
import { ELEMENT_MODULES, runtimeSource, usedElements } from '../src/elements.js';
import { dropInFiles, runtimeFiles } from '../src/lessons.js';
import { staticImports } from '../src/static-imports.js';

/** A runtime's main script. */
const main = (files: { path: string; text: string }[]) =>
  files.find((file) => file.path.endsWith('lessonkit.js'))!.text;

describe('a lesson page’s runtime', () => {
  it('imports the lesson shell and only the elements the page uses', () => {
    const html =
      '<lk-lesson lesson-id="x"><lk-question item-id="q"><lk-choice>A</lk-choice></lk-question><p>lk-timeline</p></lk-lesson>';
    assert.deepEqual(usedElements(html), ['lk-question', 'lk-choice', 'lk-lesson']);
    const { entry } = runtimeSource(html);
    assert.match(entry, /^import \{ release \} from 'lessonkit:hold';\n/, 'the hold comes first');
    assert.deepEqual(
      [...entry.matchAll(/^import '([^']+)';$/gm)].map((match) => match[1]),
      ['@lessonkit/lesson/lk-lesson.js', '@lessonkit/quiz/lk-question.js', '@lessonkit/quiz/lk-choice.js'],
    );
    assert.match(entry, /reportHeight\(\);\nawait new Promise[^\n]+requestAnimationFrame[^\n]+\nawait release\(\);/);
  });

  it('defines at once only the elements of the page the lesson opens on', () => {
    const section = (id: string, body: string) =>
      `<section id="${id}" class="lk-section"><h2>${id}</h2>${body}</section>`;
    const sections =
      section('one', '<lk-question item-id="a"><lk-choice>A</lk-choice></lk-question>') +
      section('two', '<lk-timeline item-id="t"></lk-timeline><lk-term term="x">x</lk-term>');
    const now = (html: string) => JSON.parse(/holdDefinitions\((\[.*\])\)/.exec(runtimeSource(html).hold)![1]!);
    // No start page: the first section is the first page.
    assert.deepEqual(now(`<lk-lesson>${sections}</lk-lesson>`), ['lk-lesson', 'lk-question', 'lk-choice']);
    // A start page (about, content note): only the shell.
    assert.deepEqual(now(`<lk-lesson><div slot="about">About</div>${sections}</lk-lesson>`), ['lk-lesson']);
    assert.deepEqual(now(`<lk-lesson><p slot="content-note">Note</p>${sections}</lk-lesson>`), ['lk-lesson']);
  });

  it('bundles a quiz page without the timeline, and smaller than the runtime with every element', async () => {
    const quiz = await runtimeFiles(
      '<lk-lesson><lk-question item-id="q"><lk-choice>A</lk-choice></lk-question></lk-lesson>',
    );
    const all = await runtimeFiles();
    assert.ok(!main(quiz).includes('"lk-timeline"'), 'no timeline in a quiz page');
    assert.ok(main(all).includes('"lk-timeline"'));
    assert.ok(main(quiz).length < main(all).length * 0.75, `${main(quiz).length} vs ${main(all).length}`);
    // The LMS code stays in chunks of its own in both.
    assert.ok(quiz.some((file) => /chunks\/scorm-/.test(file.path)));
  });

  it('keeps a quiz page within issue 10’s 25 KiB (brotli), with no authors’ warnings', async () => {
    const page = `<!doctype html><html lang="en"><body><lk-lesson><section class="lk-section"><lk-quiz item-id="quiz">${'<lk-question item-id="q"><lk-choice correct>A</lk-choice><lk-choice>B</lk-choice></lk-question>'.repeat(10)}</lk-quiz></section></lk-lesson></body></html>`;
    const files = await runtimeFiles(page);
    const script = main(files);
    // The main script and the chunks it imports statically (the LMS chunks are imported dynamically).
    const chunks = staticImports(script).map(
      (path) => files.find((file) => file.path.endsWith(path.replace(/^\.\//, '')))!.text,
    );
    assert.ok(chunks.length > 0 && !chunks.some((chunk) => chunk.includes('cmi.suspend_data')), 'no LMS code up front');
    const css = await readFile(new URL('../../lesson/lesson.css', import.meta.url));
    const bytes = [script, ...chunks, css].reduce((sum, content) => sum + brotliCompressSync(content).length, 0);
    assert.ok(bytes <= 25 * 1024, `${bytes} bytes (brotli) of JS and CSS for a quiz page`);
    assert.ok(!script.includes('is already defined by another copy'), 'devWarn messages are dead code');
  });

  it('carries only the strings of the language a page is in', async () => {
    const page = (lang: string, extra = '') =>
      `<!doctype html><html lang="${lang}"><body><lk-lesson><section class="lk-section"><lk-question item-id="q"><lk-choice correct>A</lk-choice></lk-question>${extra}</section></lk-lesson></body></html>`;
    const english = 'Choose one answer.';
    const spanish = 'Elige una respuesta.';
    const strings = async (html: string) => {
      const script = main(await runtimeFiles(html));
      return { english: script.includes(english), spanish: script.includes(spanish) };
    };
    assert.deepEqual(await strings(page('en')), { english: true, spanish: false });
    assert.deepEqual(await strings(page('es')), { english: false, spanish: true });
    // A quotation in the other language around text only changes nothing…
    assert.deepEqual(await strings(page('es', '<blockquote lang="en">Quoted.</blockquote>')), {
      english: false,
      spanish: true,
    });
    // …but an element in it needs that language's strings too.
    assert.deepEqual(
      await strings(
        page('en', '<div lang="es"><lk-question item-id="r"><lk-choice correct>B</lk-choice></lk-question></div>'),
      ),
      { english: true, spanish: true },
    );
  });

  it('leaves the argument activities’ own data checks out of a lesson page, whose build ran them', async () => {
    const check = 'the verdicts are not a list.';
    const html =
      '<lk-lesson><section class="lk-section"><lk-claim-check item-id="c"></lk-claim-check></section></lk-lesson>';
    const built = main(await runtimeFiles(html, { validated: true }));
    assert.ok(built.includes('"lk-claim-check"'), 'the element is there');
    assert.ok(!built.includes(check), 'its check is not');
    assert.ok(main(await runtimeFiles(html)).includes(check), 'HTML of your own keeps it');
    const dropIn = (await dropInFiles()).map((file) => file.text).join('\n');
    assert.ok(dropIn.includes(check), 'so does the drop-in script');
  });

  it('knows the same elements as the drop-in loader', async () => {
    const loader = await readFile(new URL('../loader.ts', import.meta.url), 'utf8');
    const listed = [...loader.matchAll(/'(lk-[a-z-]+)': \(\) => import\('([^']+)'\)/g)].map((match) => [
      match[1],
      match[2],
    ]);
    assert.deepEqual(Object.fromEntries(listed), ELEMENT_MODULES);
  });
});
