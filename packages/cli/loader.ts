// The drop-in script for pages that allow scripts (a class website, a blog):
//   <script type="module" src="https://your.site/lessons/drop-in/lessonkit.js"></script>
// It defines each lk-* element the first time its tag appears in the page,
// loading only that element's code.
import { watchElements } from './src/watch-elements.js';

watchElements(document, {
  'lk-question': () => import('@lessonkit/quiz/lk-question.js'),
  'lk-choice': () => import('@lessonkit/quiz/lk-choice.js'),
  'lk-fill-blank': () => import('@lessonkit/quiz/lk-fill-blank.js'),
  'lk-blank': () => import('@lessonkit/quiz/lk-blank.js'),
  'lk-order': () => import('@lessonkit/quiz/lk-order.js'),
  'lk-match': () => import('@lessonkit/quiz/lk-match.js'),
  'lk-categorize': () => import('@lessonkit/quiz/lk-categorize.js'),
  'lk-item': () => import('@lessonkit/quiz/lk-item.js'),
  'lk-target': () => import('@lessonkit/quiz/lk-target.js'),
  'lk-category': () => import('@lessonkit/quiz/lk-category.js'),
  'lk-short-answer': () => import('@lessonkit/quiz/lk-short-answer.js'),
  'lk-quiz': () => import('@lessonkit/quiz/lk-quiz.js'),
  'lk-lesson': () => import('@lessonkit/lesson/lk-lesson.js'),
  'lk-term': () => import('@lessonkit/lesson/lk-term.js'),
  'lk-timeline': () => import('@lessonkit/timeline/lk-timeline.js'),
  'lk-bill': () => import('@lessonkit/bill/lk-bill.js'),
  'lk-bill-compare': () => import('@lessonkit/bill/lk-bill-compare.js'),
  'lk-annotate': () => import('@lessonkit/argument/lk-annotate.js'),
  'lk-claim-check': () => import('@lessonkit/argument/lk-claim-check.js'),
  'lk-fallacy': () => import('@lessonkit/argument/lk-fallacy.js'),
  'lk-argument-map': () => import('@lessonkit/argument/lk-argument-map.js'),
});
