import { emptyAttempt, type AttemptRecord } from '../attempt.js';
import type { AnswerDetail, Interaction } from '../events.js';
import { LocalTracker } from '../local-tracker.js';
import type { LessonStatus, SaveState, Tracker } from '../tracker.js';
import { decodeAttempt, encodeAttempt } from './suspend.js';
import { Backoff, SaveStates } from './sync.js';
import { xapiResponse } from './xapi.js';

// The compact suspend_data form, for whoever reads what an LMS kept (tests, tools). It is not
// exported from the package root, so that a lesson page without an LMS does not load it.
export { decodeAttempt, encodeAttempt, type EncodedAttempt } from './suspend.js';

/** The SCORM 1.2 runtime API an LMS puts on a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetLastError(): unknown;
}

/** The SCORM 2004 runtime API an LMS puts on a window as `API_1484_11`. */
export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetLastError(): unknown;
}

/** What differs between SCORM 1.2 and 2004: the calls, the names, the vocabularies. */
interface Dialect {
  readonly name: 'scorm12' | 'scorm2004';
  initialize(): unknown;
  get(element: string): string;
  set(element: string, value: string): unknown;
  commit(): unknown;
  finish(): unknown;
  lastError(): number;
  readonly keys: {
    readonly suspend: string;
    readonly location: string;
    readonly entry: string;
    readonly learner: string;
    readonly exit: string;
    readonly sessionTime: string;
  };
  /** The most `suspend_data` may hold. */
  readonly budget: number;
  status(status: LessonStatus): [string, string][];
  interaction(n: number, answer: AnswerDetail, when: Date): [string, string][];
  duration(ms: number): string;
  /** The exit value while the lesson is not done, and once it is. */
  exit(done: boolean): string;
}

const called = (result: unknown): boolean => result === true || result === 'true';
const round = (value: number, places = 2): number => Math.round(value * 10 ** places) / 10 ** places;
const two = (value: number): string => String(Math.floor(value)).padStart(2, '0');

function scorm12(api: Scorm12Api): Dialect {
  const types: Record<Interaction, string> = {
    choice: 'choice',
    'true-false': 'true-false',
    'fill-in': 'fill-in',
    'long-fill-in': 'fill-in',
    sequencing: 'sequencing',
    matching: 'matching',
    other: 'performance',
  };
  return {
    name: 'scorm12',
    initialize: () => api.LMSInitialize(''),
    get: (element) => String(api.LMSGetValue(element) ?? ''),
    set: (element, value) => api.LMSSetValue(element, value),
    commit: () => api.LMSCommit(''),
    finish: () => api.LMSFinish(''),
    lastError: () => Number(api.LMSGetLastError()) || 0,
    keys: {
      suspend: 'cmi.suspend_data',
      location: 'cmi.core.lesson_location',
      entry: 'cmi.core.entry',
      learner: 'cmi.core.student_id',
      exit: 'cmi.core.exit',
      sessionTime: 'cmi.core.session_time',
    },
    budget: 4096,
    status(status) {
      const values: [string, string][] = [];
      if (status.maxScore > 0) {
        values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']);
        values.push(['cmi.core.score.raw', String(round((100 * status.score) / status.maxScore))]);
      }
      const lessonStatus = !status.complete
        ? 'incomplete'
        : status.passed === null
          ? 'completed'
          : status.passed
            ? 'passed'
            : 'failed';
      values.push(['cmi.core.lesson_status', lessonStatus]);
      return values;
    },
    interaction(n, answer, when) {
      const prefix = `cmi.interactions.${n}`;
      const response =
        answer.interaction === 'true-false'
          ? answer.response[0] === 'true'
            ? 't'
            : 'f'
          : answer.response.join(',').slice(0, 255);
      return [
        [`${prefix}.id`, answer.itemId],
        [`${prefix}.type`, types[answer.interaction]],
        [`${prefix}.student_response`, response],
        [`${prefix}.result`, answer.correct === null ? 'neutral' : answer.correct ? 'correct' : 'wrong'],
        [`${prefix}.weighting`, String(answer.maxScore)],
        [`${prefix}.time`, `${two(when.getHours())}:${two(when.getMinutes())}:${two(when.getSeconds())}`],
      ];
    },
    duration(ms) {
      const seconds = ms / 1000;
      const hours = Math.floor(seconds / 3600);
      const rest = seconds - hours * 3600;
      return `${String(Math.min(hours, 9999)).padStart(4, '0')}:${two(rest / 60)}:${(rest % 60).toFixed(2).padStart(5, '0')}`;
    },
    exit: (done) => (done ? '' : 'suspend'),
  };
}

function scorm2004(api: Scorm2004Api): Dialect {
  // SCORM 2004 writes responses as xAPI does ("a[,]b", "source[.]target"), within 4,000 characters.
  const responseOf = (answer: AnswerDetail): string => xapiResponse(answer).slice(0, 4000);
  return {
    name: 'scorm2004',
    initialize: () => api.Initialize(''),
    get: (element) => String(api.GetValue(element) ?? ''),
    set: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    finish: () => api.Terminate(''),
    lastError: () => Number(api.GetLastError()) || 0,
    keys: {
      suspend: 'cmi.suspend_data',
      location: 'cmi.location',
      entry: 'cmi.entry',
      learner: 'cmi.learner_id',
      exit: 'cmi.exit',
      sessionTime: 'cmi.session_time',
    },
    budget: 64000,
    status(status) {
      const values: [string, string][] = [];
      if (status.total > 0) values.push(['cmi.progress_measure', String(round(status.done / status.total, 4))]);
      if (status.maxScore > 0) {
        values.push(['cmi.score.min', '0'], ['cmi.score.max', String(status.maxScore)]);
        values.push(['cmi.score.raw', String(round(status.score))]);
        values.push(['cmi.score.scaled', String(round(Math.min(1, status.score / status.maxScore), 4))]);
      }
      values.push(['cmi.completion_status', status.complete ? 'completed' : 'incomplete']);
      values.push(['cmi.success_status', status.passed === null ? 'unknown' : status.passed ? 'passed' : 'failed']);
      return values;
    },
    interaction(n, answer, when) {
      const prefix = `cmi.interactions.${n}`;
      return [
        [`${prefix}.id`, answer.itemId],
        [`${prefix}.type`, answer.interaction],
        [`${prefix}.learner_response`, responseOf(answer)],
        [`${prefix}.result`, answer.correct === null ? 'neutral' : answer.correct ? 'correct' : 'incorrect'],
        [`${prefix}.weighting`, String(answer.maxScore)],
        [`${prefix}.timestamp`, when.toISOString().slice(0, 19)],
      ];
    },
    duration(ms) {
      const seconds = ms / 1000;
      const hours = Math.floor(seconds / 3600);
      const minutes = Math.floor((seconds - hours * 3600) / 60);
      return `PT${hours}H${minutes}M${round(seconds - hours * 3600 - minutes * 60)}S`;
    },
    exit: (done) => (done ? 'normal' : 'suspend'),
  };
}

/** Errors that no retry will mend: the value or the element is wrong, not the connection. */
const PERMANENT = new Set([201, 401, 402, 403, 404, 405, 406, 407, 408]);

export interface ScormTrackerOptions {
  /** The lesson's id: the local copy of the work is kept under it (and the learner's id). */
  readonly lessonId: string;
  /** Where the local copy is kept; `localStorage` by default. */
  readonly storage?: Storage;
  /** Waits before each retry of a failed save, in ms; the last repeats. */
  readonly retryDelays?: readonly number[];
  /** A clock, for tests. */
  readonly now?: () => Date;
}

const log = (message: string): void => console.warn(`[lessonkit] SCORM: ${message}`);

/**
 * Keeps the attempt in a SCORM 1.2 or 2004 LMS: resumes from `suspend_data`
 * and the location, reports score, completion and pass or fail (never passed
 * before the lesson is complete), records each answer as an interaction where
 * the LMS takes them, and commits on every answer. A call that fails is
 * retried with growing waits; until it goes through, the work is kept in a
 * local copy (so a reload loses nothing) and `watch` says "pending".
 */
export class ScormTracker implements Tracker {
  readonly #dialect: Dialect;
  readonly #options: ScormTrackerOptions;
  /** Values to write, by element: a later value for the same element replaces an earlier one. */
  readonly #pending = new Map<string, string>();
  /** Interactions to write, in order (each is written whole, or not at all). */
  readonly #interactions: AnswerDetail[] = [];
  #interactionCount = 0;
  #interactionsSupported = false;
  #started = false;
  #finished = false;
  #startedAt = 0;
  #local: LocalTracker | undefined;
  #unsyncedKey = '';
  readonly #states = new SaveStates();
  #backoff: Backoff;
  #done = false;
  #warnedBudget = false;

  private constructor(dialect: Dialect, options: ScormTrackerOptions) {
    this.#dialect = dialect;
    this.#options = options;
    this.#backoff = new Backoff(options.retryDelays);
  }

  static scorm12(api: Scorm12Api, options: ScormTrackerOptions): ScormTracker {
    return new ScormTracker(scorm12(api), options);
  }

  static scorm2004(api: Scorm2004Api, options: ScormTrackerOptions): ScormTracker {
    return new ScormTracker(scorm2004(api), options);
  }

  /** `scorm12` or `scorm2004`. */
  get version(): 'scorm12' | 'scorm2004' {
    return this.#dialect.name;
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  /** Calls the LMS; a throw counts as a failure (some LMS wrappers throw). */
  #call(what: () => unknown): boolean {
    try {
      return called(what());
    } catch (error) {
      log(`the LMS threw (${String(error)}).`);
      return false;
    }
  }

  #start(): boolean {
    if (this.#started) return true;
    this.#started = this.#call(() => this.#dialect.initialize());
    // Some LMSs report "already initialized" (101/103) when a frame reloads: go on.
    if (!this.#started && [101, 103].includes(this.#dialect.lastError())) this.#started = true;
    if (this.#started) {
      this.#startedAt = this.#now().getTime();
      const children = this.#read('cmi.interactions._children');
      this.#interactionsSupported = children.includes('id');
      this.#interactionCount = Number(this.#read('cmi.interactions._count')) || 0;
    }
    return this.#started;
  }

  /** Reads an element, or '' when the LMS has none (a first launch reports an error: not fatal). */
  #read(element: string): string {
    try {
      return this.#dialect.get(element);
    } catch {
      return '';
    }
  }

  async load(): Promise<AttemptRecord> {
    if (!this.#start()) log('the LMS did not start the session; the work is kept here and sent when it answers.');
    const { keys } = this.#dialect;
    const learner = this.#started ? this.#read(keys.learner) : '';
    const scope = `${this.#options.lessonId}:${this.#dialect.name}:${learner || 'learner'}`;
    this.#local = new LocalTracker(scope, this.#options.storage ? { storage: this.#options.storage } : {});
    this.#unsyncedKey = `lessonkit:unsynced:${scope}`;
    let fromLms = emptyAttempt();
    const suspended = this.#started ? this.#read(keys.suspend) : '';
    if (suspended) {
      try {
        fromLms = decodeAttempt(suspended);
      } catch (error) {
        log(
          `the saved attempt in the LMS could not be read (${String(error)}); the local copy is used if there is one.`,
        );
      }
    }
    const local = await this.#local.load();
    // The local copy wins when it holds work the LMS never got (a save that failed), or when it
    // is newer on a resumed attempt. A new attempt the LMS started is not filled from an old copy.
    const entry = this.#started ? this.#read(keys.entry) : '';
    const unsynced = this.#storage()?.getItem(this.#unsyncedKey) != null;
    const newer = Date.parse(local.updated) > Date.parse(fromLms.updated);
    const record = newer && (unsynced || entry !== 'ab-initio') ? local : fromLms;
    // Until the lesson is done, leaving suspends the attempt (so the LMS resumes it).
    if (this.#started) this.#pending.set(keys.exit, this.#dialect.exit(false));
    // Work the LMS never got goes to it now.
    if (record === local && Object.keys(local.items).length > 0) await this.save(record);
    return record;
  }

  #storage(): Storage | undefined {
    try {
      return this.#options.storage ?? globalThis.localStorage;
    } catch {
      return undefined;
    }
  }

  async save(record: AttemptRecord): Promise<void> {
    await this.#local?.save(record);
    const { text, lost } = encodeAttempt(record, this.#dialect.budget);
    if (lost && !this.#warnedBudget) {
      this.#warnedBudget = true;
      log(
        `the attempt is longer than ${this.#dialect.budget} characters of suspend_data; ` +
          `${lost === 'responses' ? 'the responses' : 'some items'} are kept only on this device.`,
      );
    }
    this.#pending.set(this.#dialect.keys.suspend, text);
    this.#pending.set(this.#dialect.keys.location, (record.location ?? '').slice(0, 255));
    this.#flush();
  }

  answered(answer: AnswerDetail): Promise<void> {
    if (this.#interactionsSupported) {
      this.#interactions.push(answer);
      this.#flush();
    }
    return Promise.resolve();
  }

  report(status: LessonStatus): Promise<void> {
    for (const [element, value] of this.#dialect.status(status)) this.#pending.set(element, value);
    this.#done = status.complete;
    this.#pending.set(this.#dialect.keys.exit, this.#dialect.exit(status.complete));
    this.#flush();
    return Promise.resolve();
  }

  finish(): Promise<void> {
    if (this.#finished || !this.#started) return Promise.resolve();
    const { keys } = this.#dialect;
    this.#pending.set(keys.sessionTime, this.#dialect.duration(this.#now().getTime() - this.#startedAt));
    this.#pending.set(keys.exit, this.#dialect.exit(this.#done));
    // The page is going: no waiting for a planned retry.
    this.#backoff.cancel();
    this.#flush();
    // Finishing closes the session: only once everything is in (or the page is going anyway).
    this.#finished = this.#call(() => this.#dialect.finish());
    if (!this.#finished) log('the LMS did not finish the session; the work is kept on this device.');
    return Promise.resolve();
  }

  watch(listener: (state: SaveState) => void): () => void {
    return this.#states.watch(listener);
  }

  #setState(state: SaveState): void {
    if (!this.#states.set(state)) return;
    const storage = this.#storage();
    try {
      if (state === 'pending') storage?.setItem(this.#unsyncedKey, new Date().toISOString());
      else storage?.removeItem(this.#unsyncedKey);
    } catch {
      // Storage blocked: the flag is only a hint for the next visit.
    }
  }

  /** Writes what is pending and commits; on failure, keeps it and tries again later. */
  #flush(): void {
    if (this.#finished) return;
    if (this.#backoff.planned) return; // a retry is already planned; it writes everything
    if (!this.#start()) return this.#fail();
    for (const [element, value] of [...this.#pending]) {
      if (this.#call(() => this.#dialect.set(element, value))) {
        this.#pending.delete(element);
        continue;
      }
      const code = this.#dialect.lastError();
      if (PERMANENT.has(code)) {
        log(`the LMS refused ${element} = "${value.slice(0, 40)}" (error ${code}); it is left out.`);
        this.#pending.delete(element);
      } else return this.#fail();
    }
    while (this.#interactions.length > 0) {
      const answer = this.#interactions[0] as AnswerDetail;
      const values = this.#dialect.interaction(this.#interactionCount, answer, this.#now());
      const written = values.every(([element, value]) => this.#call(() => this.#dialect.set(element, value)));
      if (!written && !PERMANENT.has(this.#dialect.lastError())) return this.#fail();
      if (!written) log(`the LMS refused interaction "${answer.itemId}" (error ${this.#dialect.lastError()}).`);
      this.#interactions.shift();
      this.#interactionCount += 1;
    }
    if (!this.#call(() => this.#dialect.commit())) return this.#fail();
    this.#backoff.reset();
    this.#setState('saved');
  }

  #fail(): void {
    this.#setState('pending');
    this.#backoff.plan(() => this.#flush());
  }
}
