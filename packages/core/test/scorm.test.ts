// The SCORM trackers against scorm-again, a real LMS-side SCORM runtime (not a hand-written fake).
import { MemoryStorage } from '@lessonkit/testing';
import { Scorm12API, Scorm2004API, lmsSettings } from '@lessonkit/testing/scorm.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { AttemptRecord } from '../src/attempt.js';
import type { AnswerDetail } from '../src/events.js';
import { cmi5Launch, detectLaunch } from '../src/lms/detect.js';
import { ScormTracker } from '../src/lms/scorm.js';
import { decodeAttempt } from '../src/lms/suspend.js';
import type { LessonStatus, SaveState } from '../src/tracker.js';

const answer = (itemId: string, overrides: Partial<AnswerDetail> = {}): AnswerDetail => ({
  itemId,
  interaction: 'choice',
  response: ['b'],
  correct: true,
  score: 1,
  maxScore: 1,
  attempt: 1,
  final: true,
  ...overrides,
});
const recordOf = (...answers: AnswerDetail[]): AttemptRecord => ({
  items: Object.fromEntries(
    answers.map((detail) => [
      detail.itemId,
      {
        interaction: detail.interaction,
        response: detail.response,
        correct: detail.correct,
        score: detail.score,
        maxScore: detail.maxScore,
        attempts: detail.attempt,
        final: detail.final,
      },
    ]),
  ),
  updated: '2026-11-25T10:00:00.000Z',
  seed: 'abc',
  location: 'section:facts',
});
const status = (overrides: Partial<LessonStatus>): LessonStatus => ({
  done: 1,
  total: 2,
  score: 1,
  maxScore: 2,
  complete: false,
  passed: null,
  ...overrides,
});
const flat = (api: { getFlattenedCMI(): Record<string, unknown> }) => api.getFlattenedCMI();

describe('ScormTracker (SCORM 1.2, under scorm-again)', () => {
  it('starts a first launch as incomplete and suspended, and saves each answer with a commit', async () => {
    const api = new Scorm12API(lmsSettings);
    let commits = 0;
    api.on('LMSCommit', () => (commits += 1));
    const tracker = ScormTracker.scorm12(api, { lessonId: 'l', storage: new MemoryStorage() });
    const record = await tracker.load();
    expect(record.items).to.deep.equal({});
    await tracker.report(status({ done: 0, score: 0 }));
    expect(flat(api)).to.include({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend' });
    const saved = recordOf(answer('q1'));
    await tracker.save(saved);
    await tracker.answered(answer('q1'));
    const cmi = flat(api);
    expect(decodeAttempt(String(cmi['cmi.suspend_data']))).to.deep.equal(saved);
    expect(cmi['cmi.core.lesson_location']).to.equal('section:facts');
    expect(cmi).to.include({
      'cmi.interactions.0.id': 'q1',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.student_response': 'b',
      'cmi.interactions.0.result': 'correct',
      'cmi.interactions.0.weighting': '1',
    });
    expect(commits).to.be.greaterThanOrEqual(3);
  });

  it('reports passed or failed only once the lesson is complete, with the score as a percentage', async () => {
    const api = new Scorm12API(lmsSettings);
    const tracker = ScormTracker.scorm12(api, { lessonId: 'l', storage: new MemoryStorage() });
    await tracker.load();
    // Every point so far, but not every item: not passed yet.
    await tracker.report(status({ done: 1, total: 2, score: 1, maxScore: 1, complete: false, passed: null }));
    expect(flat(api)).to.include({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.score.raw': '100' });
    await tracker.report(status({ done: 2, total: 2, score: 2, maxScore: 3, complete: true, passed: false }));
    expect(flat(api)).to.include({
      'cmi.core.lesson_status': 'failed',
      'cmi.core.score.raw': '66.67',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.exit': '',
    });
    await tracker.report(status({ done: 2, total: 2, score: 3, maxScore: 3, complete: true, passed: true }));
    expect(flat(api)).to.include({ 'cmi.core.lesson_status': 'passed' });
    // No passing score: completed.
    await tracker.report(status({ done: 2, total: 2, complete: true, passed: null }));
    expect(flat(api)).to.include({ 'cmi.core.lesson_status': 'completed' });
  });

  it('resumes from suspend_data and the location the LMS kept', async () => {
    const saved = recordOf(answer('q1'), answer('q2', { correct: false, score: 0, response: ['a', 'c'] }));
    const first = new Scorm12API(lmsSettings);
    const tracker = ScormTracker.scorm12(first, { lessonId: 'l', storage: new MemoryStorage() });
    await tracker.load();
    await tracker.save(saved);
    const kept = flat(first);
    const again = new Scorm12API(lmsSettings);
    again.loadFromJSON({
      core: { entry: 'resume', lesson_location: kept['cmi.core.lesson_location'], lesson_status: 'incomplete' },
      suspend_data: kept['cmi.suspend_data'],
    });
    const resumed = await ScormTracker.scorm12(again, { lessonId: 'l', storage: new MemoryStorage() }).load();
    expect(resumed).to.deep.equal(saved);
  });

  it('keeps the work when commits fail, says so, retries, and catches up when the LMS answers again', async () => {
    const api = new Scorm12API(lmsSettings);
    const commit = api.LMSCommit;
    let failing = true;
    let calls = 0;
    api.LMSCommit = (parameter?: string) => {
      calls += 1;
      return failing ? 'false' : commit.call(api, parameter);
    };
    const storage = new MemoryStorage();
    const states: SaveState[] = [];
    const tracker = ScormTracker.scorm12(api, { lessonId: 'l', storage, retryDelays: [20] });
    tracker.watch((state) => states.push(state));
    await tracker.load();
    const saved = recordOf(answer('q1'));
    await tracker.save(saved);
    expect(states).to.deep.equal(['saved', 'pending']);
    await waitUntil(() => calls >= 3, 'retried');
    // The work is on this device meanwhile, and flagged as not yet in the LMS.
    expect(storage.getItem('lessonkit:v1:l:scorm12:learner')).to.contain('"q1"');
    expect([...Array(storage.length).keys()].map((index) => storage.key(index))).to.include(
      'lessonkit:unsynced:l:scorm12:learner',
    );
    failing = false;
    await waitUntil(() => states.at(-1) === 'saved', 'caught up');
    expect(decodeAttempt(String(flat(api)['cmi.suspend_data']))).to.deep.equal(saved);
    expect(storage.getItem('lessonkit:unsynced:l:scorm12:learner')).to.be.null;
    tracker.finish();
  });

  it('restores work the LMS never got on the next launch, and sends it', async () => {
    const storage = new MemoryStorage();
    const down = new Scorm12API(lmsSettings);
    down.LMSCommit = () => 'false';
    const lost = ScormTracker.scorm12(down, { lessonId: 'l', storage, retryDelays: [60000] });
    await lost.load();
    const saved = recordOf(answer('q1'));
    await lost.save(saved);
    await lost.finish();
    // The next launch: the LMS starts afresh (nothing was committed), the device still has the work.
    const up = new Scorm12API(lmsSettings);
    const tracker = ScormTracker.scorm12(up, { lessonId: 'l', storage });
    expect(await tracker.load()).to.deep.equal(saved);
    expect(decodeAttempt(String(flat(up)['cmi.suspend_data']))).to.deep.equal(saved);
  });

  it('does not fill a new attempt the LMS started from an old copy it already had', async () => {
    const storage = new MemoryStorage();
    const first = new Scorm12API(lmsSettings);
    const tracker = ScormTracker.scorm12(first, { lessonId: 'l', storage });
    await tracker.load();
    await tracker.save(recordOf(answer('q1')));
    const fresh = new Scorm12API(lmsSettings);
    fresh.loadFromJSON({ core: { entry: 'ab-initio' } });
    expect((await ScormTracker.scorm12(fresh, { lessonId: 'l', storage }).load()).items).to.deep.equal({});
  });

  it('writes the session time and finishes once, on the way out', async () => {
    const api = new Scorm12API(lmsSettings);
    let finished = 0;
    let sessionTime = '';
    api.on('LMSFinish', () => (finished += 1));
    api.on('LMSSetValue.cmi.core.session_time', (_element: string, value: string) => (sessionTime = value));
    let now = new Date('2026-11-25T10:00:00Z');
    const tracker = ScormTracker.scorm12(api, { lessonId: 'l', storage: new MemoryStorage(), now: () => now });
    await tracker.load();
    now = new Date('2026-11-25T11:02:03.5Z');
    await tracker.finish();
    await tracker.finish();
    expect(finished).to.equal(1);
    expect(sessionTime).to.equal('0001:02:03.50');
  });
});

describe('ScormTracker (SCORM 2004, under scorm-again)', () => {
  it('reports completion and success apart, a scaled score, and interactions in 2004 formats', async () => {
    const api = new Scorm2004API(lmsSettings);
    const tracker = ScormTracker.scorm2004(api, { lessonId: 'l', storage: new MemoryStorage() });
    await tracker.load();
    await tracker.report(status({ done: 1, total: 2, score: 2, maxScore: 2, complete: false, passed: null }));
    expect(flat(api)).to.include({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.exit': 'suspend',
    });
    await tracker.save(recordOf(answer('q1')));
    await tracker.answered(answer('map', { interaction: 'matching', response: ['r1.reason-1', 'a1.assumptions'] }));
    await tracker.answered(answer('tf', { interaction: 'true-false', response: ['false'], correct: false, score: 0 }));
    await tracker.answered(answer('multi', { response: ['a', 'c'], correct: null }));
    await tracker.report(status({ done: 2, total: 2, score: 3, maxScore: 4, complete: true, passed: true }));
    const cmi = flat(api);
    expect(cmi).to.include({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.scaled': '0.75',
      'cmi.score.raw': '3',
      'cmi.score.max': '4',
      'cmi.progress_measure': '1',
      'cmi.exit': 'normal',
      'cmi.location': 'section:facts',
      'cmi.interactions.0.id': 'map',
      'cmi.interactions.0.type': 'matching',
      'cmi.interactions.0.learner_response': 'r1[.]reason-1[,]a1[.]assumptions',
      'cmi.interactions.1.learner_response': 'false',
      'cmi.interactions.1.result': 'incorrect',
      'cmi.interactions.2.learner_response': 'a[,]c',
      'cmi.interactions.2.result': 'neutral',
    });
  });

  it('resumes, and writes an ISO 8601 session time', async () => {
    const saved = recordOf(answer('q1'));
    const first = new Scorm2004API(lmsSettings);
    const tracker = ScormTracker.scorm2004(first, { lessonId: 'l', storage: new MemoryStorage() });
    await tracker.load();
    await tracker.save(saved);
    const kept = flat(first);
    const again = new Scorm2004API(lmsSettings);
    again.loadFromJSON({ entry: 'resume', location: kept['cmi.location'], suspend_data: kept['cmi.suspend_data'] });
    let sessionTime = '';
    again.on('SetValue.cmi.session_time', (_element: string, value: string) => (sessionTime = value));
    let now = new Date('2026-11-25T10:00:00Z');
    const resumed = ScormTracker.scorm2004(again, { lessonId: 'l', storage: new MemoryStorage(), now: () => now });
    expect(await resumed.load()).to.deep.equal(saved);
    now = new Date('2026-11-25T10:05:30Z');
    await resumed.finish();
    expect(sessionTime).to.equal('PT0H5M30S');
  });
});

describe('launch detection', () => {
  afterEach(() => {
    delete (window as { API?: unknown }).API;
    delete (window as { API_1484_11?: unknown }).API_1484_11;
  });

  it('finds an LMS API up the frame chain, SCORM 2004 before 1.2, and cmi5 launch parameters first', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const inner = frame.contentWindow!;
    expect(detectLaunch(inner).kind).to.equal('local');
    (window as { API?: unknown }).API = new Scorm12API(lmsSettings);
    expect(detectLaunch(inner).kind).to.equal('scorm12');
    (window as { API_1484_11?: unknown }).API_1484_11 = new Scorm2004API(lmsSettings);
    expect(detectLaunch(inner).kind).to.equal('scorm2004');
    frame.remove();
    const launch =
      'https://school.example/lesson/index.html?endpoint=https%3A%2F%2Flrs.example%2Fxapi%2F&fetch=https%3A%2F%2Flms.example%2Ftoken&actor=%7B%7D&registration=5e1f0f52-2c4b-4a8e-9d3a-0c6f3c1b2a10&activityId=urn%3Alessonkit%3Al%3Aau';
    expect(cmi5Launch(launch)).to.deep.include({
      endpoint: 'https://lrs.example/xapi/',
      activityId: 'urn:lessonkit:l:au',
    });
    expect(cmi5Launch('https://school.example/lesson/index.html?endpoint=x')).to.be.undefined;
  });
});
