import { MemoryStorage, captureWarnings } from '@lessonkit/testing';
import { expect } from '@open-wc/testing';
import { emptyAttempt, recordAnswer, type AttemptRecord } from '../src/attempt.js';
import type { AnswerDetail } from '../src/events.js';
import { LocalTracker } from '../src/local-tracker.js';

const answer = (itemId: string, overrides: Partial<AnswerDetail> = {}): AnswerDetail => ({
  itemId,
  interaction: 'choice',
  response: ['a'],
  correct: true,
  score: 1,
  maxScore: 1,
  attempt: 1,
  final: true,
  ...overrides,
});

const withAnswers = (...ids: string[]): AttemptRecord =>
  ids.reduce((record, id) => recordAnswer(record, answer(id)), emptyAttempt());

describe('LocalTracker', () => {
  afterEach(() => localStorage.clear());

  it('saves under a versioned key and reads the same attempt back', async () => {
    const tracker = new LocalTracker('lesson-a');
    expect(tracker.key).to.equal('lessonkit:v1:lesson-a');
    const record = withAnswers('q1', 'q2');
    await tracker.save(record);
    expect(JSON.parse(localStorage.getItem('lessonkit:v1:lesson-a')!)).to.deep.equal(record);
    expect(await new LocalTracker('lesson-a').load()).to.deep.equal(record);
    expect(await new LocalTracker('lesson-b').load(), 'scopes do not mix').to.deep.equal(emptyAttempt());
  });

  it('keeps unreadable data aside, warns, and starts afresh without throwing', async () => {
    const storage = new MemoryStorage();
    storage.setItem('lessonkit:v1:broken', '{"items": {"q1": ');
    let loaded!: AttemptRecord;
    const warnings = await captureWarnings(async () => {
      loaded = await new LocalTracker('broken', { storage }).load();
    });
    expect(loaded).to.deep.equal(emptyAttempt());
    expect(storage.getItem('lessonkit:v1:broken:corrupt')).to.equal('{"items": {"q1": ');
    expect(storage.getItem('lessonkit:v1:broken')).to.be.null;
    expect(warnings.join('\n')).to.contain('"lessonkit:v1:broken" could not be read').and.contain(':corrupt');
  });

  it('keeps the readable items of a partly damaged record', async () => {
    const storage = new MemoryStorage();
    const good = withAnswers('q1').items.q1;
    storage.setItem(
      'lessonkit:v1:partial',
      JSON.stringify({ items: { q1: good, q2: { response: 'oops' } }, updated: 'x' }),
    );
    let loaded!: AttemptRecord;
    const warnings = await captureWarnings(async () => {
      loaded = await new LocalTracker('partial', { storage }).load();
    });
    expect(Object.keys(loaded.items)).to.deep.equal(['q1']);
    expect(warnings.join('\n')).to.contain('q2');
  });

  it('treats valid JSON that is not an attempt as unreadable', async () => {
    const storage = new MemoryStorage();
    storage.setItem('lessonkit:v1:odd', '[1, 2, 3]');
    const warnings = await captureWarnings(async () => {
      expect(await new LocalTracker('odd', { storage }).load()).to.deep.equal(emptyAttempt());
    });
    expect(warnings.join('\n')).to.contain('not an attempt record');
    expect(storage.getItem('lessonkit:v1:odd:corrupt')).to.equal('[1, 2, 3]');
  });

  it('migrates data saved by an older version to the current key', async () => {
    const storage = new MemoryStorage();
    // A made-up version 1 that kept answers as a list, upgraded by a version 2 tracker.
    storage.setItem('lessonkit:v1:old', JSON.stringify({ answers: [{ id: 'q1', picked: ['b'] }] }));
    const migrations = {
      1: (data: unknown) => {
        const { answers } = data as { answers: { id: string; picked: string[] }[] };
        return {
          items: Object.fromEntries(
            answers.map((item) => [
              item.id,
              {
                interaction: 'choice',
                response: item.picked,
                correct: null,
                score: 0,
                maxScore: 1,
                attempts: 1,
                final: false,
              },
            ]),
          ),
          updated: '2026-01-01T00:00:00.000Z',
        };
      },
    };
    const tracker = new LocalTracker('old', { storage, version: 2, migrations });
    const loaded = await tracker.load();
    expect(loaded.items.q1!.response).to.deep.equal(['b']);
    expect(storage.getItem('lessonkit:v1:old'), 'the old key is moved').to.be.null;
    expect(JSON.parse(storage.getItem('lessonkit:v2:old')!).items.q1.response).to.deep.equal(['b']);
  });

  it('sets aside old data it has no migration for', async () => {
    const storage = new MemoryStorage();
    storage.setItem('lessonkit:v1:gap', JSON.stringify(withAnswers('q1')));
    const warnings = await captureWarnings(async () => {
      const loaded = await new LocalTracker('gap', { storage, version: 2, migrations: {} }).load();
      expect(loaded).to.deep.equal(emptyAttempt());
    });
    expect(warnings.join('\n')).to.contain('no migration from version 1 to 2');
    expect(storage.getItem('lessonkit:v1:gap:corrupt')).to.exist;
  });

  it('keeps working in memory when storage is full or blocked', async () => {
    const storage = new MemoryStorage();
    const tracker = new LocalTracker('full', { storage });
    storage.failWrites = true;
    const record = withAnswers('q1');
    const warnings = await captureWarnings(() => tracker.save(record));
    expect(warnings.join('\n')).to.contain('could not save').and.contain('kept in memory');
    expect(tracker.lastError).to.be.instanceOf(DOMException);
    storage.failReads = true;
    await captureWarnings(async () => {
      expect(await tracker.load(), 'this visit keeps its answers').to.deep.equal(record);
    });
  });

  it('works, with a warning, where localStorage cannot be reached at all', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      let tracker!: LocalTracker;
      const warnings = await captureWarnings(() => (tracker = new LocalTracker('sandboxed')));
      expect(warnings.join('\n')).to.contain('not available');
      await tracker.save(withAnswers('q1'));
      expect(Object.keys((await tracker.load()).items)).to.deep.equal(['q1']);
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('refuses an empty scope', () => {
    expect(() => new LocalTracker('')).to.throw(TypeError, /needs a scope/);
  });

  it('keeps answers another tab saved when this tab saves its own', async () => {
    const storage = new MemoryStorage();
    const first = new LocalTracker('two-tabs', { storage });
    const second = new LocalTracker('two-tabs', { storage });
    await first.load();
    await second.load();
    await first.save(withAnswers('q1'));
    await second.save(withAnswers('q2'));
    const saved = JSON.parse(storage.getItem('lessonkit:v1:two-tabs')!);
    expect(Object.keys(saved.items).sort()).to.deep.equal(['q1', 'q2']);
  });
});
