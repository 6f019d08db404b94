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

/**
 * The tracker for where the lesson was launched from: an LMS's SCORM 2004 or
 * 1.2 API up the window chain, or localStorage. The SCORM code is loaded only
 * when an LMS is there.
 */
export function launchTracker(lessonId: string, start: Window = window): Tracker {
  const launch = detectLaunch(start);
  switch (launch.kind) {
    case 'scorm2004':
      return deferredTracker(
        import('./scorm.js').then(({ ScormTracker }) => ScormTracker.scorm2004(launch.api, { lessonId })),
      );
    case 'scorm12':
      return deferredTracker(
        import('./scorm.js').then(({ ScormTracker }) => ScormTracker.scorm12(launch.api, { lessonId })),
      );
    case 'cmi5':
      console.warn(
        '[lessonkit] a cmi5 launch was found, but cmi5 reporting is not built yet: the work is kept on this device.',
      );
      return new LocalTracker(lessonId);
    default:
      return new LocalTracker(lessonId);
  }
}
