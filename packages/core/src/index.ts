export { DEV, devWarn, type BuildEnv } from './dev.js';
export { define, holdDefinitions } from './define.js';
export { sliceFirstRenders } from './slice.js';
export {
  LkAnswerEvent,
  LkProgressEvent,
  LkCompleteEvent,
  LkRestoreRequestEvent,
  type AnswerDetail,
  type ProgressDetail,
  type CompleteDetail,
  type Interaction,
} from './events.js';
export {
  FALLBACK_LANG,
  registerStrings,
  setStrings,
  onStringsChange,
  translate,
  resolveLang,
  canonicalLang,
  langChain,
  type Strings,
  type StringParams,
} from './i18n.js';
export { formatCalendarDate, type CalendarDate } from './dates.js';
export { tokens, base } from './theme.js';
export { LkElement } from './element.js';
export { LkItemElement } from './item.js';
export { readJsonChild } from './json-child.js';
export { namedSlots } from './slots.js';
export { citedText, citeStyles } from './cite.js';
export { citedSources, splitMarks, type TextPiece } from './marks.js';
export { createSanitizer, sanitizeHtml, SanitizerUnavailableError, type Sanitizer } from './sanitize.js';
export {
  emptyAttempt,
  newSeed,
  recordAnswer,
  summarizeAttempt,
  readAttempt,
  isItemState,
  type AttemptRecord,
  type ItemState,
} from './attempt.js';
export type { LessonStatus, SaveState, Tracker } from './tracker.js';
export { deferredTracker, launchTracker, type LaunchOptions } from './lms/connect.js';
export {
  cmi5Launch,
  detectLaunch,
  findScorm12Api,
  findScorm2004Api,
  type Cmi5Launch,
  type Launch,
} from './lms/detect.js';
export type { Scorm12Api, Scorm2004Api, ScormTrackerOptions } from './lms/scorm.js';
export {
  LocalTracker,
  ATTEMPT_STORAGE_VERSION,
  attemptMigrations,
  type LocalTrackerOptions,
  type Migration,
} from './local-tracker.js';
export { track, type TrackedAttempt, type Restorable } from './track.js';
export { seededShuffle, shuffleAway } from './shuffle.js';
export { moveItem, rowIndexAt, dragToReorder, reorderStyles, type PointerReorder } from './reorder.js';
