// The script a built lesson page loads: every element a lesson can use, and
// the height reporter for pages shown in an iframe.
import '@lessonkit/quiz/all.js';
import '@lessonkit/lesson/lk-lesson.js';
import '@lessonkit/timeline/lk-timeline.js';
import '@lessonkit/bill/lk-bill.js';
import '@lessonkit/bill/lk-bill-compare.js';
import '@lessonkit/argument/lk-annotate.js';
import '@lessonkit/argument/lk-claim-check.js';
import '@lessonkit/argument/lk-fallacy.js';
import '@lessonkit/argument/lk-argument-map.js';
import { reportHeight } from '@lessonkit/lesson';

reportHeight();
