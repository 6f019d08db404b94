// How hard the learner-facing text of each lesson in modules/ is to read: the Flesch–Kincaid grade
// for English, the Fernández Huerta ease for Spanish (a grade-9–10 text reads about 60–70 there).
// Run: npm run reading-level
import { JSDOM } from 'jsdom';
import { relative } from 'node:path';
import { renderWebPage } from '@lessonkit/pipeline';
import { blocks, compileFile, findLessons } from '../packages/cli/src/lessons.js';
import { readability } from './readability.js';

const root = new URL('../', import.meta.url).pathname;

/** The words a learner reads: the page's text and its activities' data, without the sources list or scripts' code. */
function learnerText(html: string): string {
  const { document } = new JSDOM(html).window;
  document.querySelectorAll('[slot="sources"], style, noscript').forEach((node) => node.remove());
  const parts: string[] = [];
  for (const script of document.querySelectorAll('script[type="application/json"]')) {
    // An activity's texts: every string in its data that reads as prose (ids and urls left out).
    const walk = (value: unknown): void => {
      if (typeof value === 'string') {
        if (/\s/.test(value) && !/^https?:/.test(value)) parts.push(value);
      } else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(JSON.parse(script.textContent ?? 'null'));
    script.remove();
  }
  document.querySelectorAll('script').forEach((node) => node.remove());
  return `${document.body.textContent ?? ''}\n${parts.join('\n')}`;
}

const rows: string[] = [];
for (const file of await findLessons(`${root}modules`)) {
  const { lesson } = await compileFile(file, root);
  if (!lesson) {
    rows.push(`${relative(root, file)}: has errors (run lessonkit validate)`);
    continue;
  }
  const text = learnerText(renderWebPage(lesson, { blocks }));
  const result = readability(text, lesson.meta.lang);
  rows.push(
    `${lesson.meta.id.padEnd(22)} ${lesson.meta.lang}  ${result.words} words, ${result.sentences} sentences  ` +
      (result.lang === 'en'
        ? `Flesch–Kincaid grade ${result.score.toFixed(1)}`
        : `Fernández Huerta ${result.score.toFixed(0)}`),
  );
}
console.log(rows.join('\n'));
