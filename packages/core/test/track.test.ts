import { captureWarnings } from '@lessonkit/testing';
import { expect, fixture, html } from '@open-wc/testing';
import { emptyAttempt, type AttemptRecord, type ItemState } from '../src/attempt.js';
import { LkAnswerEvent, LkRestoreRequestEvent, type AnswerDetail } from '../src/events.js';
import { track } from '../src/track.js';
import type { Tracker } from '../src/tracker.js';

class RecordingTracker implements Tracker {
  saves: AttemptRecord[] = [];
  constructor(
    private saved: AttemptRecord = emptyAttempt(),
    private failSave = false,
  ) {}
  load() {
    return Promise.resolve(this.saved);
  }
  save(record: AttemptRecord) {
    if (this.failSave) return Promise.reject(new Error('LMS refused'));
    this.saves.push(record);
    return Promise.resolve();
  }
}

const detail = (itemId: string, score: number): AnswerDetail => ({
  itemId,
  interaction: 'choice',
  response: ['a'],
  correct: score > 0,
  score,
  maxScore: 1,
  attempt: 1,
  final: true,
});

const stateOf = (score: number): ItemState => ({
  interaction: 'choice',
  response: ['a'],
  correct: score > 0,
  score,
  maxScore: 1,
  attempts: 1,
  final: true,
});

describe('track', () => {
  it('saves on every answer, in order, even those given before loading finished', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><span></span></div>`);
    const tracker = new RecordingTracker();
    const session = track(root, tracker);
    const child = root.querySelector('span')!;
    child.dispatchEvent(new LkAnswerEvent(detail('q1', 0)));
    child.dispatchEvent(new LkAnswerEvent(detail('q2', 1)));
    await session.settled();
    expect(tracker.saves).to.have.length(2);
    expect(Object.keys(tracker.saves[1]!.items)).to.deep.equal(['q1', 'q2']);
    expect(session.record.items.q2!.score).to.equal(1);
    session.disconnect();
    child.dispatchEvent(new LkAnswerEvent(detail('q3', 1)));
    await session.settled();
    expect(tracker.saves, 'nothing is saved after disconnect').to.have.length(2);
  });

  it('answers restore requests, including those made while loading', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><span></span></div>`);
    const saved = { items: { q1: stateOf(1) }, updated: new Date().toISOString() };
    const session = track(root, new RecordingTracker(saved));
    const got: ItemState[] = [];
    root.querySelector('span')!.dispatchEvent(new LkRestoreRequestEvent('q1', (state) => got.push(state)));
    root.querySelector('span')!.dispatchEvent(new LkRestoreRequestEvent('unknown', (state) => got.push(state)));
    await session.ready;
    expect(got).to.deep.equal([stateOf(1)]);
    session.disconnect();
  });

  it('keeps listening after a save fails, and says so', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const session = track(root, new RecordingTracker(emptyAttempt(), true));
    const warnings = await captureWarnings(async () => {
      root.dispatchEvent(new LkAnswerEvent(detail('q1', 1)));
      await session.settled();
    });
    expect(warnings.join('\n')).to.contain('"q1" could not be saved').and.contain('LMS refused');
    expect(session.record.items.q1, 'the answer is still kept').to.exist;
    session.disconnect();
  });

  it('starts afresh with a warning when loading fails', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const broken: Tracker = {
      load: () => Promise.reject(new Error('network down')),
      save: () => Promise.resolve(),
    };
    const warnings = await captureWarnings(async () => {
      const session = track(root, broken);
      await session.ready;
      session.disconnect();
    });
    expect(warnings.join('\n')).to.contain('could not be loaded').and.contain('network down');
  });

  it('restores the other items when one throws, and still saves the next answer', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const restored: string[] = [];
    for (const id of ['bad', 'good']) {
      const item = Object.assign(document.createElement('div'), {
        itemId: id,
        restore: () => {
          if (id === 'bad') throw new Error('broken item');
          restored.push(id);
        },
      });
      item.setAttribute('item-id', id);
      root.append(item);
    }
    const saved = { items: { bad: stateOf(1), good: stateOf(1) }, updated: new Date().toISOString() };
    const tracker = new RecordingTracker(saved);
    const warnings = await captureWarnings(async () => {
      const session = track(root, tracker);
      await session.ready;
      root.dispatchEvent(new LkAnswerEvent(detail('q9', 1)));
      await session.settled();
      session.disconnect();
    });
    expect(restored).to.deep.equal(['good']);
    expect(warnings.join('\n')).to.contain('could not restore').and.contain('broken item');
    expect(tracker.saves).to.have.length(1);
    expect(Object.keys(tracker.saves[0]!.items)).to.deep.equal(['bad', 'good', 'q9']);
  });

  it('after a failed load, loads again before saving so nothing saved earlier is overwritten', async () => {
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    let loads = 0;
    const saves: AttemptRecord[] = [];
    const flaky: Tracker = {
      load: () => {
        loads += 1;
        return loads === 1
          ? Promise.reject(new Error('timeout'))
          : Promise.resolve({ items: { earlier: stateOf(1) }, updated: new Date().toISOString() });
      },
      save: (record) => {
        saves.push(record);
        return Promise.resolve();
      },
    };
    await captureWarnings(async () => {
      const session = track(root, flaky);
      await session.ready;
      root.dispatchEvent(new LkAnswerEvent(detail('now', 0)));
      await session.settled();
      session.disconnect();
    });
    expect(loads).to.equal(2);
    expect(Object.keys(saves[0]!.items)).to.deep.equal(['earlier', 'now']);
  });
});
