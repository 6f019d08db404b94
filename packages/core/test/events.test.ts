import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LkAnswerEvent, LkCompleteEvent, LkProgressEvent } from '../src/events.js';

describe('domain events', () => {
  it('bubble out of shadow roots with their typed detail', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('span');
    outer.attachShadow({ mode: 'open' }).append(inner);

    const cases = [
      new LkAnswerEvent({
        itemId: 'q1',
        interaction: 'choice',
        response: ['a'],
        correct: true,
        score: 1,
        maxScore: 1,
        attempt: 1,
        final: true,
      }),
      new LkProgressEvent({ done: 1, total: 4, score: 1, maxScore: 4 }),
      new LkCompleteEvent({ score: 3, maxScore: 4, passed: true }),
    ];
    for (const event of cases) {
      const heard = oneEvent(document, event.type);
      inner.dispatchEvent(event);
      const got = await heard;
      expect(got, event.type).to.equal(event);
      expect(got.bubbles && got.composed, event.type).to.be.true;
    }
    expect(cases.map((event) => event.type)).to.deep.equal(['lk-answer', 'lk-progress', 'lk-complete']);
  });
});
