import { emptyAttempt, readAttempt, type AttemptRecord } from '../attempt.js';
import type { AnswerDetail } from '../events.js';
import { LocalTracker } from '../local-tracker.js';
import type { LessonStatus, SaveState, Tracker } from '../tracker.js';
import type { Cmi5Launch } from './detect.js';
import { Backoff, SaveStates } from './sync.js';
import {
  CMI5_CATEGORY,
  MASTERY_EXTENSION,
  MOVEON_CATEGORY,
  VERBS,
  interactionActivity,
  isoDuration,
  scoreOf,
  uuid,
  xapiResponse,
  type Statement,
  type Verb,
} from './xapi.js';

/** What the LMS tells the AU at launch (the `LMS.LaunchData` state document). */
interface LaunchData {
  readonly contextTemplate?: { contextActivities?: Record<string, unknown>; extensions?: Record<string, unknown> };
  readonly launchMode?: 'Normal' | 'Browse' | 'Review';
  readonly moveOn?: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
  readonly masteryScore?: number;
  readonly returnURL?: string;
}

/** What the AU keeps in the LRS between launches: the attempt and what it has reported. */
interface SavedState {
  readonly attempt: AttemptRecord;
  readonly reported: { completed?: boolean; passed?: boolean; failed?: boolean };
}

type Job =
  { readonly kind: 'statement'; readonly statement: Statement } | { readonly kind: 'state'; readonly body: string };

export interface Cmi5TrackerOptions {
  readonly lessonId: string;
  /** The lesson's passing score (0–1), used when the LMS gives no mastery score. */
  readonly passingScore?: number;
  readonly storage?: Storage;
  readonly session?: Storage;
  readonly retryDelays?: readonly number[];
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
}

const STATE_ID = 'https://lessonkit.dev/xapi/state/attempt';
const log = (message: string): void => console.warn(`[lessonkit] cmi5: ${message}`);

/**
 * Keeps the attempt with a cmi5 LMS and its LRS: fetches the auth token once
 * (kept for reloads of the same session), reads `LMS.LaunchData`, sends
 * `initialized`, an `answered` statement per answer (a cmi.interaction with its
 * result), `completed`, `passed` or `failed` by the mastery score once the
 * lesson is complete (never before), and `terminated` when the page goes. The
 * attempt is kept in an xAPI state document and, until the LRS has it, on the
 * device; statements the LRS does not take are retried, in order.
 */
export class Cmi5Tracker implements Tracker {
  readonly #launch: Cmi5Launch;
  readonly #options: Cmi5TrackerOptions;
  readonly #endpoint: string;
  #token = '';
  /** The token and the launch data are in hand. */
  #connected = false;
  #launchData: LaunchData = {};
  #reported: SavedState['reported'] = {};
  #record: AttemptRecord = emptyAttempt();
  /** The attempt the LRS kept, as read at connection. */
  #fromLrs: AttemptRecord = emptyAttempt();
  #local: LocalTracker | undefined;
  #startedAt = 0;
  #terminated = false;
  readonly #queue: Job[] = [];
  /** The job being sent now: a newer state does not replace it, and it leaves the queue by itself. */
  #inFlight: Job | undefined;
  #flushing: Promise<void> | undefined;
  readonly #backoff: Backoff;
  readonly #states = new SaveStates();

  constructor(launch: Cmi5Launch, options: Cmi5TrackerOptions) {
    this.#launch = launch;
    this.#options = options;
    this.#endpoint = launch.endpoint.endsWith('/') ? launch.endpoint : `${launch.endpoint}/`;
    this.#backoff = new Backoff(options.retryDelays);
  }

  get #fetch(): typeof fetch {
    return this.#options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  get #sessionKey(): string {
    return `lessonkit:cmi5:${this.#launch.registration}:${this.#launch.activityId}`;
  }

  #session(): Storage | undefined {
    try {
      return this.#options.session ?? globalThis.sessionStorage;
    } catch {
      return undefined;
    }
  }

  #headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Authorization: `Basic ${this.#token}`, 'X-Experience-API-Version': '1.0.3', ...extra };
  }

  #stateUrl(stateId: string): string {
    const params = new URLSearchParams({
      activityId: this.#launch.activityId,
      agent: this.#launch.actor,
      registration: this.#launch.registration,
      stateId,
    });
    return `${this.#endpoint}activities/state?${params}`;
  }

  /** The auth token: fetched once per session (the fetch URL works only once), kept for reloads. */
  async #authenticate(): Promise<boolean> {
    const kept = this.#session()?.getItem(this.#sessionKey);
    if (kept) {
      const saved = JSON.parse(kept) as { token: string; startedAt: number };
      this.#token = saved.token;
      this.#startedAt = saved.startedAt;
      return false;
    }
    const response = await this.#fetch(this.#launch.fetch, { method: 'POST' });
    const body = (await response.json()) as { 'auth-token'?: string; 'error-code'?: string; 'error-text'?: string };
    if (!response.ok || !body['auth-token'])
      throw new Error(`the LMS gave no auth token (${body['error-text'] ?? response.status})`);
    this.#token = body['auth-token'];
    this.#startedAt = this.#now().getTime();
    this.#session()?.setItem(this.#sessionKey, JSON.stringify({ token: this.#token, startedAt: this.#startedAt }));
    return true;
  }

  async #getState(stateId: string): Promise<unknown> {
    const response = await this.#fetch(this.#stateUrl(stateId), { headers: this.#headers() });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`reading ${stateId} gave HTTP ${response.status}`);
    return response.json();
  }

  async load(): Promise<AttemptRecord> {
    const actor = JSON.parse(this.#launch.actor) as { account?: { name?: string }; mbox?: string };
    const learner = actor.account?.name ?? actor.mbox ?? 'learner';
    this.#local = new LocalTracker(
      `${this.#options.lessonId}:cmi5:${learner}:${this.#launch.registration}`,
      this.#options.storage ? { storage: this.#options.storage } : {},
    );
    const local = await this.#local.load();
    const fromLrs = (await this.#connect()) ? this.#fromLrs : emptyAttempt();
    this.#record = Date.parse(local.updated) > Date.parse(fromLrs.updated) ? local : fromLrs;
    if (this.#record === local && Object.keys(local.items).length > 0) await this.save(local);
    return this.#record;
  }

  /**
   * Gets the token and the launch data, and the attempt the LRS keeps. On failure the work stays
   * on the device, and the next send tries again.
   */
  async #connect(): Promise<boolean> {
    try {
      const fresh = await this.#authenticate();
      this.#launchData = ((await this.#getState('LMS.LaunchData')) as LaunchData | undefined) ?? {};
      const saved = (await this.#getState(STATE_ID)) as Partial<SavedState> | undefined;
      this.#reported = { ...saved?.reported, ...this.#reported };
      this.#connected = true;
      // Sent first: a statement queued before the connection waits behind it.
      if (fresh) this.#queue.unshift({ kind: 'statement', statement: this.#cmi5Statement('initialized', {}) });
      this.#fromLrs = (saved?.attempt ? readAttempt(saved.attempt)?.record : undefined) ?? emptyAttempt();
      return true;
    } catch (error) {
      log(`the LMS could not be reached (${String(error)}); the work is kept on this device.`);
      this.#setState('pending');
      return false;
    }
  }

  async save(record: AttemptRecord): Promise<void> {
    this.#record = record;
    await this.#local?.save(record);
    this.#saveState();
  }

  #saveState(): void {
    const body = JSON.stringify({ attempt: this.#record, reported: this.#reported } satisfies SavedState);
    // Only the latest state needs writing: an older one still waiting is replaced.
    const waiting = this.#queue.findIndex((job) => job.kind === 'state' && job !== this.#inFlight);
    if (waiting >= 0) this.#queue.splice(waiting, 1);
    this.#queue.push({ kind: 'state', body });
    this.#flush();
  }

  answered(answer: AnswerDetail): Promise<void> {
    const score = scoreOf(answer.score, answer.maxScore);
    this.#enqueue({
      ...this.#base('answered'),
      object: interactionActivity(this.#launch.activityId, answer),
      result: {
        response: xapiResponse(answer),
        ...(answer.correct === null ? {} : { success: answer.correct }),
        ...(score ? { score } : {}),
        completion: answer.final,
      },
      context: this.#context(false),
    });
    return Promise.resolve();
  }

  report(status: LessonStatus): Promise<void> {
    if (!status.complete || (this.#launchData.launchMode ?? 'Normal') !== 'Normal') return Promise.resolve();
    const moveOn = this.#launchData.moveOn ?? 'CompletedAndPassed';
    const mastery = this.#launchData.masteryScore ?? this.#options.passingScore;
    // The LMS's mastery score rules when it sends one; else the lesson's own rule.
    const passed =
      this.#launchData.masteryScore !== undefined
        ? status.maxScore === 0 || status.score / status.maxScore >= this.#launchData.masteryScore - 1e-9
        : status.passed;
    const score = scoreOf(status.score, status.maxScore);
    const duration = isoDuration(this.#now().getTime() - this.#startedAt);
    if (!this.#reported.completed) {
      this.#reported = { ...this.#reported, completed: true };
      const satisfies =
        moveOn === 'Completed' ||
        moveOn === 'CompletedOrPassed' ||
        (moveOn === 'CompletedAndPassed' && this.#reported.passed);
      this.#send('completed', { result: { completion: true, duration } }, Boolean(satisfies));
    }
    if (passed !== null && !this.#reported.passed && !(passed === false && this.#reported.failed)) {
      this.#reported = { ...this.#reported, [passed ? 'passed' : 'failed']: true };
      const satisfies =
        passed && (moveOn === 'Passed' || moveOn === 'CompletedOrPassed' || moveOn === 'CompletedAndPassed');
      this.#send(
        passed ? 'passed' : 'failed',
        { result: { success: passed, duration, ...(score ? { score } : {}) } },
        satisfies,
        mastery,
      );
    }
    this.#saveState();
    return Promise.resolve();
  }

  finish(): Promise<void> {
    if (this.#terminated) return Promise.resolve();
    this.#terminated = true;
    this.#send('terminated', { result: { duration: isoDuration(this.#now().getTime() - this.#startedAt) } });
    this.#session()?.removeItem(this.#sessionKey);
    this.#backoff.cancel();
    // The page is going: send what is left with keepalive, so the requests outlive it.
    return this.#drain(true);
  }

  watch(listener: (state: SaveState) => void): () => void {
    return this.#states.watch(listener);
  }

  #base(verb: Verb): Statement {
    return {
      id: uuid(),
      timestamp: this.#now().toISOString(),
      actor: JSON.parse(this.#launch.actor) as unknown,
      verb: { id: VERBS[verb], display: { 'en-US': verb } },
      object: { objectType: 'Activity', id: this.#launch.activityId },
    };
  }

  /** The context the LMS's template gives, with the cmi5 categories for cmi5-defined statements. */
  #context(cmi5: boolean, moveOn = false, mastery?: number): Statement {
    const template = this.#launchData.contextTemplate ?? {};
    const activities = { ...template.contextActivities } as Record<string, unknown>;
    if (cmi5) {
      const category = Array.isArray(activities['category']) ? [...(activities['category'] as unknown[])] : [];
      category.push({ id: CMI5_CATEGORY, objectType: 'Activity' });
      if (moveOn) category.push({ id: MOVEON_CATEGORY, objectType: 'Activity' });
      activities['category'] = category;
    }
    const extensions = {
      ...template.extensions,
      ...(cmi5 && mastery !== undefined ? { [MASTERY_EXTENSION]: mastery } : {}),
    };
    return {
      registration: this.#launch.registration,
      contextActivities: activities,
      ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
    };
  }

  #cmi5Statement(verb: Verb, parts: Statement, moveOn = false, mastery?: number): Statement {
    return { ...this.#base(verb), ...parts, context: this.#context(true, moveOn, mastery) };
  }

  #send(verb: Verb, parts: Statement, moveOn = false, mastery?: number): void {
    this.#enqueue(this.#cmi5Statement(verb, parts, moveOn, mastery));
  }

  #enqueue(statement: Statement): void {
    this.#queue.push({ kind: 'statement', statement });
    this.#flush();
  }

  #setState(state: SaveState): void {
    this.#states.set(state);
  }

  #flush(): void {
    if (this.#backoff.planned || this.#flushing) return;
    this.#flushing = this.#drain(false).finally(() => (this.#flushing = undefined));
  }

  /** Sends the jobs in order; stops at the first that fails (and plans a retry). */
  async #drain(keepalive: boolean): Promise<void> {
    if (!this.#connected && !(await this.#connect())) {
      if (!keepalive) this.#planRetry();
      return;
    }
    // On the way out, everything left goes at once with keepalive, the job in flight too: a
    // statement sent twice is harmless (the LRS keeps one per id), one lost is not.
    if (keepalive) {
      await Promise.all([...this.#queue].map((job) => this.#post(job, true).catch(() => 'failed')));
      return;
    }
    while (this.#queue.length > 0) {
      const job = this.#queue[0] as Job;
      this.#inFlight = job;
      const outcome = await this.#post(job, false).catch(() => 'failed' as const);
      this.#inFlight = undefined;
      if (outcome === 'failed') {
        this.#planRetry();
        return;
      }
      // By identity: the queue may have changed while the job was in flight.
      this.#queue.splice(this.#queue.indexOf(job), 1);
    }
    this.#backoff.reset();
    this.#setState('saved');
  }

  /** Sends one job: "refused" when the LRS says it is wrong (a retry will not mend it). */
  async #post(job: Job, keepalive: boolean): Promise<'sent' | 'refused' | 'failed'> {
    const response =
      job.kind === 'statement'
        ? await this.#fetch(`${this.#endpoint}statements`, {
            method: 'POST',
            headers: this.#headers({ 'Content-Type': 'application/json' }),
            body: JSON.stringify(job.statement),
            keepalive,
          })
        : await this.#fetch(this.#stateUrl(STATE_ID), {
            method: 'PUT',
            headers: this.#headers({ 'Content-Type': 'application/json' }),
            body: job.body,
            keepalive,
          });
    if (response.ok) return 'sent';
    if (response.status >= 500 || [401, 408, 429].includes(response.status)) return 'failed';
    log(`the LRS refused a ${job.kind} (HTTP ${response.status}); it is left out.`);
    return 'refused';
  }

  #planRetry(): void {
    this.#setState('pending');
    this.#backoff.plan(() => this.#flush());
  }
}
