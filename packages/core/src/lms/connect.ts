import type { AttemptRecord } from '../attempt.js';
import type { AnswerDetail } from '../events.js';
import { LocalTracker } from '../local-tracker.js';
import type { LessonStatus, SaveState, Tracker } from '../tracker.js';
import { detectLaunch } from './detect.js';

/** A tracker that is still being made (its code loads on demand): every call waits for it. */
export function deferredTracker(made: Promise<Tracker>): Tracker {
  return {
    load: () => made.then((tracker) => tracker.load()),
    save: (record: AttemptRecord) => made.then((tracker) => tracker.save(record)),
    answered: (answer: AnswerDetail, record: AttemptRecord) =>
      made.then((tracker) => tracker.answered?.(answer, record)),
    report: (status: LessonStatus) => made.then((tracker) => tracker.report?.(status)),
    finish: () => made.then((tracker) => tracker.finish?.()),
    watch(listener: (state: SaveState) => void) {
      let stop: (() => void) | undefined;
      let stopped = false;
      void made.then((tracker) => {
        if (!stopped) stop = tracker.watch?.(listener);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}

export interface LaunchOptions {
  /** The lesson's passing score (0–1): a cmi5 LMS that sends no mastery score gets this rule. */
  readonly passingScore?: number;
  /** The window the lesson runs in (for tests). */
  readonly window?: Window;
}

/**
 * The tracker for where the lesson was launched from: cmi5 launch parameters,
 * an LMS's SCORM 2004 or 1.2 API up the window chain, or else localStorage.
 * The LMS code is loaded only when an LMS is there.
 */
export function launchTracker(lessonId: string, options: LaunchOptions = {}): Tracker {
  const launch = detectLaunch(options.window ?? window);
  switch (launch.kind) {
    case 'scorm2004':
      return deferredTracker(
        import('./scorm.js').then(({ ScormTracker }) => ScormTracker.scorm2004(launch.api, { lessonId })),
      );
    case 'scorm12':
      return deferredTracker(
        import('./scorm.js').then(({ ScormTracker }) => ScormTracker.scorm12(launch.api, { lessonId })),
      );
    case 'cmi5': {
      const passing = options.passingScore === undefined ? {} : { passingScore: options.passingScore };
      return deferredTracker(
        import('./cmi5.js').then(({ Cmi5Tracker }) => new Cmi5Tracker(launch.launch, { lessonId, ...passing })),
      );
    }
    default:
      return new LocalTracker(lessonId);
  }
}
