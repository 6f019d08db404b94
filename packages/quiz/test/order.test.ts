import { LocalTracker, track, type LkAnswerEvent } from '@lessonkit/core';
import { MemoryStorage, captureWarnings } from '@lessonkit/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../lk-order.js';
import type { LkOrder } from '../src/order.js';
import { check, enterAndAnswer, part, parts, press, shadowFocus, shown, spoken, status, tabTo } from './helpers.js';

const timeline = html`<lk-order item-id="o1" max-attempts="2" points="4">
  <span slot="prompt">Put these in order, earliest first.</span>
  <lk-item>Flores Settlement Agreement (1997)</lk-item>
  <lk-item>Trafficking Victims Protection Act (2000)</lk-item>
  <lk-item>Homeland Security Act (2002)</lk-item>
  <lk-item>TVPRA of 2008</lk-item>
</lk-order>`;

const rows = (el: LkOrder): HTMLElement[] => parts<HTMLElement>(el, 'item');
const shownOrder = (el: LkOrder): string[] => rows(el).map((row) => row.dataset.value!);
const button = (el: LkOrder, value: string, name: 'move-up' | 'move-down') =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-value="${value}"] [part~="${name}"]`)!;

describe('lk-order', () => {
  afterEach(() => resetMouse());

  it('starts shuffled, the same way on every visit, never already solved', async () => {
    const first = await fixture<LkOrder>(timeline);
    const again = await fixture<LkOrder>(timeline);
    expect(shownOrder(first)).to.deep.equal(shownOrder(again));
    expect(shownOrder(first)).to.not.deep.equal(['a', 'b', 'c', 'd']);
    expect([...shownOrder(first)].sort()).to.deep.equal(['a', 'b', 'c', 'd']);
    await expect(first).to.be.accessible();
  });

  it('is put in order with the keyboard alone, focus following the moved item', async () => {
    const el = await fixture<LkOrder>(timeline);
    // Fix positions from the top: move the item that belongs at each place up to it.
    for (const [position, value] of ['a', 'b', 'c', 'd'].entries()) {
      if (shownOrder(el)[position] === value) continue;
      await tabTo(el, button(el, value, 'move-up'));
      while (shownOrder(el).indexOf(value) > position) {
        await press('Enter');
        await el.updateComplete;
        expect(shadowFocus(el), 'focus stays on the moved item’s button').to.equal(button(el, value, 'move-up'));
      }
    }
    expect(shownOrder(el)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(part(el, 'announcer')!.textContent).to.match(/is now at position \d of 4\./);
    await tabTo(el, part(el, 'check-button')!);
    const detail = await enterAndAnswer(el);
    expect(detail).to.deep.include({ interaction: 'sequencing', correct: true, score: 4, maxScore: 4, final: true });
    expect(detail.response).to.deep.equal(['a', 'b', 'c', 'd']);
    await el.updateComplete;
    expect(status(el)).to.equal('Correct. Score: 4 of 4.');
    await expect(el).to.be.accessible();
  });

  it('moves with Alt+Arrow keys while a move button has focus', async () => {
    const el = await fixture<LkOrder>(timeline);
    const value = shownOrder(el)[0]!;
    button(el, value, 'move-down').focus();
    await sendKeys({ down: 'Alt' });
    await press('ArrowDown');
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(shownOrder(el).indexOf(value)).to.equal(1);
    expect(shadowFocus(el)).to.equal(button(el, value, 'move-down'));
  });

  it('does not move past either end', async () => {
    const el = await fixture<LkOrder>(timeline);
    const top = shownOrder(el)[0]!;
    expect(button(el, top, 'move-up').getAttribute('aria-disabled')).to.equal('true');
    button(el, top, 'move-up').click();
    await el.updateComplete;
    expect(shownOrder(el)[0]).to.equal(top);
  });

  it('reorders by dragging the handle with a mouse', async () => {
    const el = await fixture<LkOrder>(timeline);
    const before = shownOrder(el);
    const dragged = before[0]!;
    const handle = el.shadowRoot!.querySelector<HTMLElement>(`li[data-value="${dragged}"] [part~="handle"]`)!;
    const from = handle.getBoundingClientRect();
    const target = rows(el)[2]!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(from.x + from.width / 2), Math.round(from.y + from.height / 2)],
    });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(from.x + 5), Math.round(target.y + target.height * 0.4)] });
    await sendMouse({ type: 'move', position: [Math.round(from.x + 5), Math.round(target.y + target.height * 0.45)] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(shownOrder(el).indexOf(dragged)).to.equal(2);
    expect(part(el, 'announcer')!.textContent).to.contain('is now at position 3 of 4');
  });

  it('reorders by dragging with a finger (touch pointer events)', async () => {
    const el = await fixture<LkOrder>(timeline);
    const dragged = shownOrder(el)[3]!;
    const handle = el.shadowRoot!.querySelector<HTMLElement>(`li[data-value="${dragged}"] [part~="handle"]`)!;
    const top = rows(el)[0]!.getBoundingClientRect();
    const touch = (type: string, y: number, target: EventTarget) =>
      target.dispatchEvent(
        new PointerEvent(type, { pointerId: 7, pointerType: 'touch', clientY: y, bubbles: true, composed: true }),
      );
    touch('pointerdown', handle.getBoundingClientRect().y + 5, handle);
    touch('pointermove', top.y + 2, el);
    touch('pointerup', top.y + 2, el);
    await el.updateComplete;
    expect(shownOrder(el)[0]).to.equal(dragged);
  });

  it('scores by items in the right place, then shows where the rest belong', async () => {
    const el = await fixture<LkOrder>(timeline);
    el.restore({
      interaction: 'sequencing',
      response: ['a', 'b', 'd', 'c'],
      correct: null,
      score: 0,
      maxScore: 4,
      attempts: 0,
      final: false,
    });
    await el.updateComplete;
    expect(await check(el)).to.include({ correct: false, score: 2, final: false });
    await el.updateComplete;
    expect(status(el)).to.equal('Partly correct. Score: 2 of 4. You have 1 more try.');
    expect(spoken(el)).to.contain('2 of 4 items in the right place.');
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await el.updateComplete;
    expect(await check(el)).to.include({ final: true });
    await el.updateComplete;
    const hints = parts(el, 'answer').map((hint) => hint.textContent!.trim());
    expect(hints).to.deep.equal(['Belongs at position 4', 'Belongs at position 3']);
    await expect(el).to.be.accessible();
  });

  it('shows the feedback of each item once checked, and never in its text', async () => {
    const el = await fixture<LkOrder>(
      html`<lk-order item-id="o2">
        <span slot="prompt">Earliest first.</span>
        <lk-item>Flores (1997)<span slot="feedback">It set standards for detaining children.</span></lk-item>
        <lk-item>TVPA (2000)</lk-item>
      </lk-order>`,
    );
    const feedback = el.querySelector('[slot="feedback"]')!;
    expect(shown(feedback), 'no feedback before checking').to.be.false;
    el.restore({
      interaction: 'sequencing',
      response: ['b', 'a'],
      correct: null,
      score: 0,
      maxScore: 1,
      attempts: 0,
      final: false,
    });
    await el.updateComplete;
    expect(await check(el)).to.include({ correct: false });
    await el.updateComplete;
    expect(shown(feedback), 'the feedback shows beside its item').to.be.true;
    expect(el.summary).to.include({ response: 'TVPA (2000) → Flores (1997)', answer: 'Flores (1997) → TVPA (2000)' });
    await expect(el).to.be.accessible();
  });

  it('scores all-or-nothing when asked', async () => {
    const el = await fixture<LkOrder>(timeline);
    el.scoring = 'all-or-nothing';
    el.restore({
      interaction: 'sequencing',
      response: ['a', 'b', 'd', 'c'],
      correct: null,
      score: 0,
      maxScore: 4,
      attempts: 0,
      final: false,
    });
    expect(await check(el)).to.include({ correct: false, score: 0 });
  });

  it('restores the learner’s order after a reload', async () => {
    const storage = new MemoryStorage();
    const host = await fixture<HTMLDivElement>(html`<div>${timeline}</div>`);
    const session = track(host, new LocalTracker('order', { storage }));
    await session.ready;
    const el = host.querySelector('lk-order')!;
    // Whatever the (random) starting order, end on a known wrong one: b first.
    for (const value of ['b', 'a', 'd', 'c'].reverse()) {
      while (shownOrder(el).indexOf(value) > 0) {
        button(el, value, 'move-up').click();
        await el.updateComplete;
      }
    }
    expect(shownOrder(el)).to.deep.equal(['b', 'a', 'd', 'c']);
    const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part<HTMLButtonElement>(el, 'check-button')!.click();
    const saved = (await answered).detail.response;
    await session.settled();
    session.disconnect();

    const again = await fixture<HTMLDivElement>(html`<div>${timeline}</div>`);
    const revisit = track(again, new LocalTracker('order', { storage }));
    await revisit.ready;
    const restored = again.querySelector('lk-order')!;
    await restored.updateComplete;
    expect(shownOrder(restored)).to.deep.equal(saved);
    expect(part(restored, 'retry-button')).to.exist;
    revisit.disconnect();
  });

  it('needs two items', async () => {
    let el!: LkOrder;
    const warnings = await captureWarnings(async () => {
      el = await fixture<LkOrder>(
        html`<lk-order item-id="one"><span slot="prompt">P</span><lk-item>Only</lk-item></lk-order>`,
      );
    });
    expect(part(el, 'error')!.textContent).to.contain('at least two items');
    expect(warnings.join('\n')).to.contain('lk-order#one');
  });

  it('speaks Spanish', async () => {
    const el = await fixture<LkOrder>(html`<div lang="es">${timeline}</div>`).then((wrapper) =>
      wrapper.querySelector('lk-order')!,
    );
    await el.updateComplete;
    const value = shownOrder(el)[0]!;
    expect(button(el, value, 'move-down').getAttribute('aria-label')).to.match(/^Bajar «.+»$/);
    await expect(el).to.be.accessible();
  });

  it('keeps a state restored before its items were added', async () => {
    const el = document.createElement('lk-order');
    el.itemId = 'early';
    el.restore({
      interaction: 'sequencing',
      response: ['c', 'a', 'b'],
      correct: false,
      score: 0,
      maxScore: 1,
      attempts: 1,
      final: false,
    });
    el.innerHTML = '<span slot="prompt">P</span><lk-item>A</lk-item><lk-item>B</lk-item><lk-item>C</lk-item>';
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(shownOrder(el)).to.deep.equal(['c', 'a', 'b']);
    } finally {
      el.remove();
    }
  });

  it('does not check an order the learner has not touched', async () => {
    const el = await fixture<LkOrder>(timeline);
    let fired = false;
    el.addEventListener('lk-answer', () => (fired = true));
    part<HTMLButtonElement>(el, 'check-button')!.click();
    await el.updateComplete;
    expect(fired).to.be.false;
    expect(status(el)).to.equal('Move the items into order before checking.');
  });

  it('describes each move button with its item’s verdict after checking', async () => {
    const el = await fixture<LkOrder>(timeline);
    el.restore({
      interaction: 'sequencing',
      response: ['a', 'b', 'd', 'c'],
      correct: false,
      score: 2,
      maxScore: 4,
      attempts: 2,
      final: true,
    });
    await el.updateComplete;
    const up = button(el, 'd', 'move-up');
    const described = up
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim());
    expect(described).to.deep.equal(['✗Incorrect', 'Belongs at position 4']);
  });
});
