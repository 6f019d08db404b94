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

/** The runtime entry of a lesson page: the lesson shell, the elements its HTML uses, the height reporter. */
export function runtimeSource(html: string): string {
  const tags = new Set(['lk-lesson', ...usedElements(html)]);
  const imports = [...tags].map((tag) => `import '${ELEMENT_MODULES[tag] as string}';`);
  return `${imports.join('\n')}\nimport { reportHeight } from '@lessonkit/lesson';\n\nreportHeight();\n`;
}
