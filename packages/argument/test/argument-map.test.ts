import type { LkAnswerEvent } from '@lessonkit/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-argument-map.js';
import type { LkArgumentMap } from '../src/argument-map.js';
import type { ArgumentMapData } from '../src/argument-map-model.js';
import { opEdMap } from './op-ed-map.js';

const map = (data: ArgumentMapData = opEdMap, lang = 'en') =>
  fixture<LkArgumentMap>(html`<lk-argument-map item-id="op-ed-map" lang=${lang} .data=${data}></lk-argument-map>`);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const card = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-card="${id}"]`)!;
const placeButton = (el: Element, target: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="place-button"][data-target="${target}"]`);
const poolCards = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="pool"] [part~="card"]')];
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const focused = (el: Element) => el.shadowRoot!.activeElement;

/** Where the key puts each card, with the reasons in their own order. */
const KEY: Record<string, string> = {
  ...Object.fromEntries(
    opEdMap.reasons.flatMap((_, r) => [
      [`r${r + 1}`, `reason-${r + 1}`],
      [`r${r + 1}e1`, `evidence-${r + 1}`],
    ]),
  ),
  a1: 'assumptions',
  a2: 'assumptions',
  a3: 'assumptions',
  a4: 'assumptions',
  d1: 'tray',
  d2: 'tray',
};

async function place(el: LkArgumentMap, id: string, target: string): Promise<void> {
  card(el, id).click();
  await el.updateComplete;
  placeButton(el, target)!.click();
  await el.updateComplete;
}

async function placeAll(el: LkArgumentMap, changes: Record<string, string> = {}): Promise<void> {
  for (const [id, target] of Object.entries({ ...KEY, ...changes })) await place(el, id, target);
}

describe('lk-argument-map', () => {
  it('shows the thesis, a slot per reason with one for its evidence, the assumptions, the tray and the shuffled cards', async () => {
    const el = await map();
    expect(text(part(el, 'thesis'))).to.equal(
      'Thesis Border screening is “the only way” to fight the sex-trafficking industry.',
    );
    expect(el.shadowRoot!.querySelectorAll('.reasons > li')).to.have.length(5);
    const slots = [...el.shadowRoot!.querySelectorAll('[part~="slot"]')].map((slot) => slot.getAttribute('aria-label'));
    expect(slots.slice(0, 2)).to.deep.equal(['Reason 1', 'Evidence for reason 1']);
    expect(slots.slice(-2)).to.deep.equal(['Unstated assumptions', 'Not in the op-ed']);
    const pool = poolCards(el).map((entry) => entry.dataset['card']);
    expect(pool).to.have.length(16);
    expect(pool).to.not.deep.equal(Object.keys(KEY));
    // The same item gets the same order again.
    const again = await map();
    expect(poolCards(again).map((entry) => entry.dataset['card'])).to.deep.equal(pool);
    expect(text(el.shadowRoot!.querySelector('[part~="pool"] .kind')!)).to.equal('Cards to place · 16 cards left');
    expect(el.shadowRoot!.querySelector('[part~="place-button"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('is done by keyboard alone: pick a card, Tab to a slot’s Place here, Enter; Escape puts a pick down', async () => {
    const el = await map();
    poolCards(el)[0]!.focus();
    const first = poolCards(el)[0]!.dataset['card']!;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(card(el, first).getAttribute('aria-pressed')).to.equal('true');
    expect(text(placeButton(el, 'reason-1')!)).to.equal('Place here: Reason 1');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(card(el, first).getAttribute('aria-pressed')).to.equal('false');
    expect(focused(el)).to.equal(card(el, first));
    expect(el.shadowRoot!.querySelector('[part~="place-button"]')).to.be.null;
    // Pick r2 and Tab forward to the slot of reason 1.
    card(el, 'r2').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    while (focused(el) !== placeButton(el, 'reason-1')) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.response).to.deep.equal(['r2.reason-1']);
    // The focus goes on to the next card to place.
    expect(focused(el)).to.equal(poolCards(el)[0]);
    expect(text(el.shadowRoot!.querySelector('[part~="pool"] .kind')!)).to.equal('Cards to place · 15 cards left');
    // Screen readers hear the count in the group's name (the visible line is hidden from them).
    expect(part(el, 'pool').getAttribute('aria-label')).to.equal('Cards to place: 15 cards left');
  });

  it('moves a placed card, swaps a reason out of a full slot, and puts a card back', async () => {
    const el = await map();
    await place(el, 'r1', 'reason-1');
    await place(el, 'r2', 'reason-1');
    expect(el.response).to.deep.equal(['r2.reason-1']);
    expect(poolCards(el).map((entry) => entry.dataset['card'])).to.include('r1');
    await place(el, 'r2', 'reason-3');
    expect(el.response).to.deep.equal(['r2.reason-3']);
    card(el, 'r2').click();
    await el.updateComplete;
    placeButton(el, 'pool')!.click();
    await el.updateComplete;
    expect(el.response).to.deep.equal([]);
  });

  it('takes a card dragged to a slot, and back to the cards', async () => {
    const el = await map();
    const drag = (type: string, target: Element, data: DataTransfer) =>
      target.dispatchEvent(
        new DragEvent(type, { bubbles: true, composed: true, cancelable: true, dataTransfer: data }),
      );
    const slot = (label: string) => el.shadowRoot!.querySelector(`[part~="slot"][aria-label="${label}"]`)!;
    let data = new DataTransfer();
    drag('dragstart', card(el, 'a3'), data);
    expect(data.getData('text/plain')).to.equal('Hotline “cases” are confirmed crimes.');
    expect(drag('dragover', slot('Unstated assumptions'), data)).to.be.false; // accepted
    await el.updateComplete;
    expect(slot('Unstated assumptions').hasAttribute('data-over')).to.be.true;
    drag('drop', slot('Unstated assumptions'), data);
    await el.updateComplete;
    expect(el.response).to.deep.equal(['a3.assumptions']);
    expect(slot('Unstated assumptions').hasAttribute('data-over')).to.be.false;
    data = new DataTransfer();
    drag('dragstart', card(el, 'a3'), data);
    drag('dragover', part(el, 'pool'), data);
    drag('drop', part(el, 'pool'), data);
    await el.updateComplete;
    expect(el.response).to.deep.equal([]);
    // A drop with nothing of ours being dragged (a file, some text) is not taken.
    expect(drag('dragover', slot('Reason 1'), new DataTransfer())).to.be.true;
  });

  it('never pushes a given reason, or one kept from the last check, out of its slot', async () => {
    const given = await map({ ...opEdMap, givenReasons: true });
    card(given, 'a1').click();
    await given.updateComplete;
    expect(placeButton(given, 'reason-1')).to.be.null;
    expect(placeButton(given, 'assumptions')).to.exist;
    const data = new DataTransfer();
    card(given, 'a1').dispatchEvent(new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: data }));
    const slot = given.shadowRoot!.querySelector('[part~="slot"][aria-label="Reason 1"]')!;
    const over = new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer: data });
    expect(slot.dispatchEvent(over)).to.be.true; // not taken
    expect(given.response).to.include('r1.reason-1');

    const el = await map();
    await placeAll(el, { a2: 'tray' });
    part(el, 'check-button').click();
    await el.updateComplete;
    part(el, 'retry-button').click();
    await el.updateComplete;
    // The kept reason stays marked right, and its slot takes no other card.
    expect(text(card(el, 'r1'))).to.match(/✓\(right, kept\)$/);
    card(el, 'a2').click();
    await el.updateComplete;
    expect(placeButton(el, 'reason-1')).to.be.null;
    placeButton(el, 'assumptions')!.click();
    await el.updateComplete;
    const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').click();
    expect((await answered).detail).to.deep.include({ correct: true, final: true });
  });

  it('says where a card went, and which card a full reason slot sent back', async () => {
    const el = await map();
    await place(el, 'r1', 'reason-1');
    await waitUntil(() => text(part(el, 'status')) === 'Placed in Reason 1.', 'placed');
    await place(el, 'r2', 'reason-1');
    await waitUntil(
      () =>
        text(part(el, 'status')) ===
        'Placed in Reason 1. “Coverage of family separation hides a “more sinister issue.”” went back to the cards to place.',
      'swapped',
    );
  });

  it('shows a saved map given before its data, and starts afresh when the data is replaced', async () => {
    const el = await fixture<LkArgumentMap>(html`<lk-argument-map item-id="m"></lk-argument-map>`);
    el.restore({
      interaction: 'matching',
      response: ['r1.reason-1', 'r1e1.evidence-1'],
      correct: false,
      score: 0,
      maxScore: 16,
      attempts: 0,
      final: false,
    });
    el.data = opEdMap;
    await el.updateComplete;
    expect(el.response).to.deep.equal(['r1.reason-1', 'r1e1.evidence-1']);
    expect(part(el, 'check-button')).to.exist;
    el.data = { ...opEdMap, reasons: opEdMap.reasons.slice(0, 3) };
    await el.updateComplete;
    expect(el.response).to.deep.equal([]);
    expect(poolCards(el)).to.have.length(12);
  });

  it('asks for every card to be placed before checking', async () => {
    const el = await map();
    await place(el, 'a1', 'assumptions');
    part(el, 'check-button').click();
    await waitUntil(() => text(part(el, 'status')) === 'Place every card before checking: 15 are left.', 'the notice');
  });

  it('scores with partial credit, takes reasons in any order, and keeps the right cards through a retry', async () => {
    const el = await map();
    // Reasons 1 and 3 swapped, each with its own evidence: right. An assumption in the tray, a distractor
    // under a reason: wrong.
    await placeAll(el, {
      r1: 'reason-3',
      r1e1: 'evidence-3',
      r3: 'reason-1',
      r3e1: 'evidence-1',
      a2: 'tray',
      d2: 'evidence-5',
    });
    let answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').focus();
    await sendKeys({ press: 'Enter' });
    let { detail } = await answered;
    expect(detail).to.deep.include({
      itemId: 'op-ed-map',
      interaction: 'matching',
      correct: false,
      score: 14,
      maxScore: 16,
      attempt: 1,
      final: false,
    });
    expect(detail.response).to.include.members(['r1.reason-3', 'r3e1.evidence-1', 'd2.evidence-5']);
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('14 of 16 cards placed right.');
    expect(text(card(el, 'a2'))).to.match(/✗\(wrong\)$/);
    expect(text(card(el, 'r3e1'))).to.match(/✓\(right\)$/);
    expect(el.shadowRoot!.querySelector('[part~="results"]')).to.be.null;
    expect(focused(el)).to.equal(part(el, 'retry-button'));
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(
      poolCards(el)
        .map((entry) => entry.dataset['card'])
        .sort(),
    ).to.deep.equal(['a2', 'd2']);
    expect(focused(el)).to.equal(poolCards(el)[0]);
    expect(card(el, 'r1').getAttribute('aria-disabled')).to.equal('true');
    await place(el, 'a2', 'assumptions');
    await place(el, 'd2', 'evidence-2');
    answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').click();
    ({ detail } = await answered);
    expect(detail).to.deep.include({ correct: false, score: 15, attempt: 2, final: true });
    await el.updateComplete;
    const results = [...part(el, 'results').querySelectorAll('li')].map(text);
    expect(results).to.have.length(16);
    expect(results).to.include(
      '✗wrong: GAO-15-521 found inconsistent screening. Not part of the argument: it goes in “Not in the op-ed”. Close to the fifth reason, but the op-ed cites a “CBP report” instead.',
    );
    expect(results).to.include(
      '✓right: The Rendon-Reyes case. Evidence for the reason “Cartels run the cross-border sex trade”. One real case; DOJ called the ring family-based.',
    );
    expect(focused(el)).to.equal(part(el, 'results'));
    expect(el.shadowRoot!.querySelector('[part~="check-button"], [part~="retry-button"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('gives full marks for a map placed right, scaled to its points', async () => {
    const el = await map();
    el.points = 4;
    await placeAll(el);
    const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').click();
    const { detail } = await answered;
    expect(detail).to.deep.include({ correct: true, score: 4, maxScore: 4, final: true });
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('All 16 cards placed right.');
  });

  it('places the reasons itself when they are given, and scores only the rest', async () => {
    const el = await map({ ...opEdMap, givenReasons: true });
    expect(poolCards(el)).to.have.length(11);
    expect(card(el, 'r1').getAttribute('aria-disabled')).to.equal('true');
    card(el, 'r1').click();
    await el.updateComplete;
    expect(card(el, 'r1').getAttribute('aria-pressed')).to.equal('false');
    for (const [id, target] of Object.entries(KEY)) if (!/^r\d$/.test(id)) await place(el, id, target);
    const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').click();
    const { detail } = await answered;
    expect(detail).to.deep.include({ correct: true, score: 11, maxScore: 11 });
  });

  it('restores a saved map, and copes with a key edited since', async () => {
    const response = Object.entries({ ...KEY, d1: 'assumptions' }).map(([id, target]) => `${id}.${target}`);
    const saved = { interaction: 'matching' as const, response, correct: false, score: 15, maxScore: 16, final: false };
    let el = await map();
    el.restore({ ...saved, attempts: 1 });
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('15 of 16 cards placed right.');
    expect(part(el, 'retry-button')).to.exist;
    // Fewer reasons and one more assumption now, and junk in the save: what still fits comes back,
    // without feedback on a map that is not whole.
    el = await map({
      ...opEdMap,
      reasons: opEdMap.reasons.slice(0, 4),
      assumptions: [...opEdMap.assumptions!, { text: 'A new assumption.' }],
    });
    el.restore({ ...saved, response: [...response, 'x9.tray', 'a1.nowhere', 'r2.reason-1'], attempts: 1 });
    await el.updateComplete;
    expect(el.response).to.not.include('r5.reason-5');
    expect(el.response).to.include('r1.reason-1');
    expect(el.response).to.not.include('r2.reason-1');
    expect(part(el, 'check-button')).to.exist;
    // Out of tries: final, with the results.
    el = await map();
    el.restore({ ...saved, attempts: 2 });
    await el.updateComplete;
    expect(part(el, 'results')).to.exist;
    expect(el.shadowRoot!.querySelector('[part~="check-button"], [part~="retry-button"]')).to.be.null;
  });

  it('shows a teacher’s mistake in the data in place', async () => {
    const cases: [ArgumentMapData, string][] = [
      [{ ...opEdMap, thesis: '' }, 'the thesis is empty or not text.'],
      [{ ...opEdMap, reasons: [] }, 'there are no reasons.'],
      [{ ...opEdMap, reasons: [{ text: 'A', evidence: [{ text: '' }] }] }, 'evidence 1 of reason 1 has no text.'],
      [
        { ...opEdMap, distractors: [{ text: 'The problem is large.' }] },
        'two cards read the same ("The problem is large."): students could not tell them apart.',
      ],
      [{ ...opEdMap, url: 'javascript:alert(1)' }, 'the url "javascript:alert(1)" is not an http(s) address.'],
    ];
    for (const [data, problem] of cases) {
      const el = await map(data);
      expect(text(part(el, 'error'))).to.equal(`This map cannot be shown: ${problem}`);
    }
  });

  it('reads its data from a JSON child', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<lk-argument-map item-id="x"><script type="application/json">${JSON.stringify(opEdMap)}</script></lk-argument-map>`;
    const el = host.querySelector('lk-argument-map')!;
    await el.updateComplete;
    expect(poolCards(el)).to.have.length(16);
  });

  it('speaks Spanish, and marks the cards’ language', async () => {
    const el = await map({ ...opEdMap, lang: 'en', tray: undefined }, 'es');
    expect(text(el.shadowRoot!.querySelector('.thesis .kind')!)).to.equal('Tesis');
    expect(el.shadowRoot!.querySelector('[part~="slot"]')!.getAttribute('aria-label')).to.equal('Razón 1');
    expect(el.shadowRoot!.querySelector('.tray')!.getAttribute('aria-label')).to.equal('No está en el texto');
    expect(card(el, 'r1').querySelector('.text')!.getAttribute('lang')).to.equal('en');
    card(el, 'r1').click();
    await el.updateComplete;
    expect(text(placeButton(el, 'reason-2')!)).to.equal('Colocar aquí: Razón 2');
    await expect(el).to.be.accessible();
  });
});
