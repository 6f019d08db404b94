import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { ELEMENT_MODULES, runtimeSource, usedElements } from '../src/elements.js';
import { runtimeFiles } from '../src/lessons.js';

describe('a lesson page’s runtime', () => {
  it('imports the lesson shell and only the elements the page uses', () => {
    const html =
      '<lk-lesson lesson-id="x"><lk-question item-id="q"><lk-choice>A</lk-choice></lk-question><p>lk-timeline</p></lk-lesson>';
    assert.deepEqual(usedElements(html), ['lk-question', 'lk-choice', 'lk-lesson']);
    assert.equal(
      runtimeSource(html),
      "import '@lessonkit/lesson/lk-lesson.js';\nimport '@lessonkit/quiz/lk-question.js';\nimport '@lessonkit/quiz/lk-choice.js';\nimport { reportHeight } from '@lessonkit/lesson';\n\nreportHeight();\n",
    );
  });

  it('bundles a quiz page without the timeline, and smaller than the runtime with every element', async () => {
    const quiz = await runtimeFiles(
      '<lk-lesson><lk-question item-id="q"><lk-choice>A</lk-choice></lk-question></lk-lesson>',
    );
    const all = await runtimeFiles();
    const main = (files: { path: string; text: string }[]) =>
      files.find((file) => file.path.endsWith('lessonkit.js'))!.text;
    assert.ok(!main(quiz).includes('"lk-timeline"'), 'no timeline in a quiz page');
    assert.ok(main(all).includes('"lk-timeline"'));
    assert.ok(main(quiz).length < main(all).length * 0.75, `${main(quiz).length} vs ${main(all).length}`);
    // The LMS code stays in chunks of its own in both.
    assert.ok(quiz.some((file) => /chunks\/scorm-/.test(file.path)));
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
