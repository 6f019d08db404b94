export { LkLesson, type SectionResult } from './lesson.js';
export { LkTerm } from './term.js';
export { reportHeight } from './resize.js';
export { autoSizeFrames } from './embed.js';
export { en as lessonStringsEn, es as lessonStringsEs, type LessonStringKey } from './strings.js';
