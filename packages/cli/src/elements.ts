// Which module defines each element: a built lesson page imports only the ones its HTML uses.

/** Each lk-* tag and the module that defines it. The drop-in loader (loader.ts) lists the same. */
export const ELEMENT_MODULES: Readonly<Record<string, string>> = {
  'lk-question': '@lessonkit/quiz/lk-question.js',
  'lk-choice': '@lessonkit/quiz/lk-choice.js',
  'lk-fill-blank': '@lessonkit/quiz/lk-fill-blank.js',
  'lk-blank': '@lessonkit/quiz/lk-blank.js',
  'lk-order': '@lessonkit/quiz/lk-order.js',
  'lk-match': '@lessonkit/quiz/lk-match.js',
  'lk-categorize': '@lessonkit/quiz/lk-categorize.js',
  'lk-item': '@lessonkit/quiz/lk-item.js',
  'lk-target': '@lessonkit/quiz/lk-target.js',
  'lk-category': '@lessonkit/quiz/lk-category.js',
  'lk-short-answer': '@lessonkit/quiz/lk-short-answer.js',
  'lk-quiz': '@lessonkit/quiz/lk-quiz.js',
  'lk-lesson': '@lessonkit/lesson/lk-lesson.js',
  'lk-term': '@lessonkit/lesson/lk-term.js',
  'lk-timeline': '@lessonkit/timeline/lk-timeline.js',
  'lk-bill': '@lessonkit/bill/lk-bill.js',
  'lk-bill-compare': '@lessonkit/bill/lk-bill-compare.js',
  'lk-annotate': '@lessonkit/argument/lk-annotate.js',
  'lk-claim-check': '@lessonkit/argument/lk-claim-check.js',
  'lk-fallacy': '@lessonkit/argument/lk-fallacy.js',
  'lk-argument-map': '@lessonkit/argument/lk-argument-map.js',
};

/** The lk-* tags a page's HTML uses (that have a module). */
export function usedElements(html: string): string[] {
  const tags = new Set([...html.matchAll(/<(lk-[a-z0-9-]+)[\s/>]/g)].map((match) => match[1] as string));
  return Object.keys(ELEMENT_MODULES).filter((tag) => tags.has(tag));
}

/** The HTML of the page a lesson opens on: its first section, unless it has a start page. */
function firstPage(html: string): string {
  if (/<[a-z]+[^>]*\sslot="(about|content-note)"/.test(html)) return '';
  return /<section[^>]*\sclass="lk-section"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
}

/**
 * Elements that hold others are defined first: what they hold shows only through them, so they
 * render before the items inside them take their turns.
 */
const CONTAINERS = ['lk-lesson', 'lk-quiz'];
const containersFirst = (tags: readonly string[]): string[] => [
  ...CONTAINERS.filter((tag) => tags.includes(tag)),
  ...tags.filter((tag) => !CONTAINERS.includes(tag)),
];

/** The module a lesson page's runtime entry imports first (`runtimeSource`). */
export const HOLD_MODULE = 'lessonkit:hold';

/**
 * The runtime of a lesson page: the lesson shell, the elements the page's HTML uses, the height
 * reporter. The lesson shell and the elements of the page the lesson opens on are defined at once;
 * the others wait (`holdDefinitions`) until the page has painted, then upgrade one element type per
 * task, so the first page shows and answers before work it does not need. Every element stays in
 * the one script: no extra request. `entry` is the script's source; `hold`, the source of the
 * `HOLD_MODULE` it imports first, which holds every definition but the first page's and has the
 * items' first renders take turns (`sliceFirstRenders`: 10 ms a task, 8 ms in the first), so a
 * long page shows its top sooner and answers input within a slice. On a 10-question quiz at 4× CPU,
 * with the short first slice rather than 30 ms, the first question was usable at 200 ms instead of
 * 212 and the page blocked for 39 ms instead of 61 (bench/load.mjs, median of 14 loads each,
 * 2026-11-25). Slices of 10 ms rather than 30 took Lighthouse's total blocking time on the
 * 100-question quiz from 230–270 ms to 100–110 (performance 95–96 → 99, two runs each): it times
 * tasks on a fast machine and counts each four times as long, so a 30 ms slice scored as a 120 ms
 * task; the first question was usable as soon (325 ms against 341, median of 10 loads at 4× CPU).
 */
export function runtimeSource(html: string): { entry: string; hold: string } {
  const now = containersFirst(['lk-lesson', ...usedElements(firstPage(html))]);
  const later = containersFirst(usedElements(html).filter((tag) => !now.includes(tag)));
  const entry = [
    `import { release } from '${HOLD_MODULE}';`,
    ...[...now, ...later].map((tag) => `import '${ELEMENT_MODULES[tag] as string}';`),
    "import { reportHeight } from '@lessonkit/lesson';",
    '',
    'reportHeight();',
    // After the first paint; a hidden tab paints no frame, so not later than half a second.
    'await new Promise((painted) => (requestAnimationFrame(() => setTimeout(painted)), setTimeout(painted, 500)));',
    'await release();',
    '',
  ].join('\n');
  const hold = [
    "import { holdDefinitions, sliceFirstRenders } from '@lessonkit/core';",
    '',
    'sliceFirstRenders(10, 8);',
    `export const release = holdDefinitions(${JSON.stringify(now)});`,
    '',
  ].join('\n');
  return { entry, hold };
}
