import { LocalTracker, track } from '@lessonkit/core';
import { MemoryStorage, captureWarnings } from '@lessonkit/testing';
import { accessibilityTree, findNode } from '@lessonkit/testing/a11y.js';
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../lk-categorize.js';
import '../lk-match.js';
import type { LkCategorize } from '../src/categorize.js';
import type { LkMatch } from '../src/match.js';
import type { LkSortBase } from '../src/sort-base.js';
import { check, enterAndAnswer, part, parts, press, shadowFocus, shown, spoken, status, tabTo } from './helpers.js';

const sorting = html`<lk-categorize item-id="c1" max-attempts="2" points="3">
  <span slot="prompt">Trafficking, smuggling, or both?</span>
  <lk-category value="trafficking">Trafficking</lk-category>
  <lk-category value="smuggling">Smuggling</lk-category>
  <lk-category value="both">Both</lk-category>
  <lk-item value="guide" category="smuggling">A person pays a guide to cross a border and is free on arrival.</lk-item>
  <lk-item value="debt" category="trafficking"
    >A worker’s passport is taken and she is made to work off a debt.</lk-item
  >
  <lk-item value="fee" category="both"
    >A person is moved across a border, then forced to work to repay the fee.</lk-item
  >
</lk-categorize>`;

const matching = html`<lk-match item-id="m1">
  <span slot="prompt">Match each term with its meaning.</span>
  <lk-item value="t" match="person">Trafficking</lk-item>
  <lk-item value="s" match="border">Smuggling</lk-item>
  <lk-target value="person">A crime against a person</lk-target>
  <lk-target value="border">A crime against a country’s border laws</lk-target>
  <lk-target value="none">A civil dispute</lk-target>
</lk-match>`;

const card = (el: LkSortBase, value: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`.card[data-value="${value}"]`)!;
const bin = (el: LkSortBase, value: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="bin"][data-bin="${value}"]`)!;
const inBin = (el: LkSortBase, value: string) =>
  [...bin(el, value).querySelectorAll<HTMLElement>('.card')].map((button) => button.dataset.value);
const center = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
};

/** With the keyboard: Tab to the card, Enter to pick, Tab to the bin's Place button, Enter. */
async function placeWithKeys(el: LkSortBase, cardValue: string, binValue: string): Promise<void> {
  await tabTo(el, card(el, cardValue));
  await press('Enter');
  await el.updateComplete;
  expect(card(el, cardValue).getAttribute('aria-pressed')).to.equal('true');
  await tabTo(el, bin(el, binValue).querySelector('[part~="place-button"]')!);
  await press('Enter');
  await el.updateComplete;
}

describe('lk-categorize', () => {
  afterEach(() => resetMouse());

  it('is sorted with the keyboard alone and scored', async () => {
    const el = await fixture<LkCategorize>(sorting);
    await expect(el).to.be.accessible();
    await placeWithKeys(el, 'guide', 'smuggling');
    expect(inBin(el, 'smuggling')).to.deep.equal(['guide']);
    expect(part(el, 'announcer')!.textContent).to.contain('placed in “Smuggling”');
    expect(shadowFocus(el)?.classList.contains('card'), 'focus moves on to the next card to place').to.be.true;
    await expect(el).to.be.accessible();
    await placeWithKeys(el, 'debt', 'trafficking');
    await placeWithKeys(el, 'fee', 'both');
    expect(shadowFocus(el), 'all placed: focus goes to Check').to.equal(part(el, 'check-button'));
    const detail = await enterAndAnswer(el);
    expect(detail).to.deep.include({ interaction: 'matching', correct: true, score: 3, maxScore: 3, final: true });
    expect(detail.response).to.deep.equal(['guide.smuggling', 'debt.trafficking', 'fee.both']);
    await el.updateComplete;
    expect(status(el)).to.equal('Correct. Score: 3 of 3.');
    await expect(el).to.be.accessible();
  });

  it('names each category as a group, and each picked card as pressed', async () => {
    const el = await fixture<LkCategorize>(sorting);
    card(el, 'debt').click();
    await el.updateComplete;
    const tree = await accessibilityTree();
    expect(findNode(tree, (node) => node.role === 'group' && node.name === 'Trafficking')).to.exist;
    expect(findNode(tree, (node) => node.role === 'button' && node.pressed === true)!.name).to.contain('passport');
  });

  it('cancels a pick with Escape and moves a placed card again', async () => {
    const el = await fixture<LkCategorize>(sorting);
    card(el, 'fee').click();
    await el.updateComplete;
    card(el, 'fee').focus();
    await press('Escape');
    await el.updateComplete;
    expect(card(el, 'fee').getAttribute('aria-pressed')).to.equal('false');
    card(el, 'fee').click();
    await el.updateComplete;
    bin(el, 'smuggling').querySelector<HTMLButtonElement>('[part~="place-button"]')!.click();
    await el.updateComplete;
    card(el, 'fee').click(); // pick it up again from its bin
    await el.updateComplete;
    bin(el, 'both').querySelector<HTMLButtonElement>('[part~="place-button"]')!.click();
    await el.updateComplete;
    expect(inBin(el, 'both')).to.deep.equal(['fee']);
    card(el, 'fee').click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'return-button')!.click();
    await el.updateComplete;
    expect(inBin(el, 'both')).to.deep.equal([]);
    expect(part(el, 'announcer')!.textContent).to.contain('put back');
  });

  it('places a card by dragging it with the mouse', async () => {
    const el = await fixture<LkCategorize>(sorting);
    const [x, y] = center(card(el, 'debt'));
    const [tx, ty] = center(bin(el, 'trafficking'));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 10, y + 10] });
    await sendMouse({ type: 'move', position: [tx, ty] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(inBin(el, 'trafficking')).to.deep.equal(['debt']);
    expect(card(el, 'debt').getAttribute('aria-pressed'), 'a drag does not also pick the card').to.equal('false');
  });

  it('places a card by dragging it with a finger (touch pointer events)', async () => {
    const el = await fixture<LkCategorize>(sorting);
    const [x, y] = center(card(el, 'guide'));
    const [tx, ty] = center(bin(el, 'smuggling'));
    const touch = (type: string, clientX: number, clientY: number, target: EventTarget) =>
      target.dispatchEvent(
        new PointerEvent(type, { pointerId: 3, pointerType: 'touch', clientX, clientY, bubbles: true, composed: true }),
      );
    touch('pointerdown', x, y, card(el, 'guide'));
    touch('pointermove', tx, ty, el);
    touch('pointerup', tx, ty, el);
    await el.updateComplete;
    expect(inBin(el, 'smuggling')).to.deep.equal(['guide']);
  });

  it('gives partial credit, then shows where wrong cards belong', async () => {
    const el = await fixture<LkCategorize>(sorting);
    el.restore({
      interaction: 'matching',
      response: ['guide.smuggling', 'debt.both'],
      correct: null,
      score: 0,
      maxScore: 3,
      attempts: 0,
      final: false,
    });
    await el.updateComplete;
    expect(await check(el)).to.include({ correct: false, score: 1, final: false });
    await el.updateComplete;
    expect(status(el)).to.equal('Partly correct. Score: 1 of 3. You have 1 more try.');
    expect(spoken(el)).to.contain('1 of 3 cards in the right place.');
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await el.updateComplete;
    await check(el);
    await el.updateComplete;
    expect(parts(el, 'answer').map((hint) => hint.textContent!.trim())).to.have.members([
      'Belongs in “Trafficking”',
      'Belongs in “Both”',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the feedback of each card once checked', async () => {
    const el = await fixture<LkCategorize>(
      html`<lk-categorize item-id="c2">
        <span slot="prompt">Trafficking or smuggling?</span>
        <lk-category value="trafficking">Trafficking</lk-category>
        <lk-category value="smuggling">Smuggling</lk-category>
        <lk-item value="debt" category="trafficking"
          >A debt never ends.<span slot="feedback">Debt bondage is a means of coercion.</span></lk-item
        >
        <lk-item value="guide" category="smuggling">Free on arrival.</lk-item>
      </lk-categorize>`,
    );
    const feedback = el.querySelector('[slot="feedback"]')!;
    expect(shown(feedback), 'no feedback before checking').to.be.false;
    await placeWithKeys(el, 'debt', 'smuggling');
    await placeWithKeys(el, 'guide', 'smuggling');
    expect(await check(el)).to.include({ correct: false, score: 0.5 });
    await el.updateComplete;
    expect(shown(feedback), 'the feedback shows on its card').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('restores placements after a reload', async () => {
    const storage = new MemoryStorage();
    const host = await fixture<HTMLDivElement>(html`<div>${sorting}</div>`);
    const session = track(host, new LocalTracker('sort', { storage }));
    await session.ready;
    const el = host.querySelector('lk-categorize')!;
    card(el, 'fee').click();
    await el.updateComplete;
    bin(el, 'trafficking').querySelector<HTMLButtonElement>('[part~="place-button"]')!.click();
    await el.updateComplete;
    await check(el);
    await session.settled();
    session.disconnect();

    const again = await fixture<HTMLDivElement>(html`<div>${sorting}</div>`);
    const revisit = track(again, new LocalTracker('sort', { storage }));
    await revisit.ready;
    const restored = again.querySelector('lk-categorize')!;
    await restored.updateComplete;
    expect(inBin(restored, 'trafficking')).to.deep.equal(['fee']);
    revisit.disconnect();
  });

  it('reports cards with no category or an unknown one', async () => {
    for (const [markup, message] of [
      [
        html`<lk-categorize item-id="e1"
          ><span slot="prompt">P</span><lk-category value="x">X</lk-category><lk-item>A</lk-item></lk-categorize
        >`,
        'card 1 has no category attribute',
      ],
      [
        html`<lk-categorize item-id="e2"
          ><span slot="prompt">P</span><lk-category value="x">X</lk-category
          ><lk-item category="y">A</lk-item></lk-categorize
        >`,
        'card 1 belongs in “y”',
      ],
    ] as const) {
      let el!: LkCategorize;
      const warnings = await captureWarnings(async () => {
        el = await fixture<LkCategorize>(markup);
      });
      expect(part(el, 'error')!.textContent).to.contain(message);
      expect(warnings.join('\n')).to.contain(message);
    }
  });

  it('speaks Spanish', async () => {
    const el = await fixture<HTMLDivElement>(html`<div lang="es">${sorting}</div>`).then((wrapper) =>
      wrapper.querySelector('lk-categorize')!,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.pool-label')!.textContent!.trim()).to.equal('Quedan 3 tarjetas por colocar');
    await expect(el).to.be.accessible();
  });
});

describe('lk-categorize with a real mouse', () => {
  afterEach(() => resetMouse());

  it('picks a card with a click and places it with a click', async () => {
    const el = await fixture<LkCategorize>(sorting);
    const [x, y] = center(card(el, 'debt'));
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    expect(card(el, 'debt').getAttribute('aria-pressed'), 'a click picks the card').to.equal('true');
    const place = bin(el, 'trafficking').querySelector('[part~="place-button"]')!;
    await sendMouse({ type: 'click', position: center(place) });
    await el.updateComplete;
    expect(inBin(el, 'trafficking')).to.deep.equal(['debt']);
  });

  it('hides the place buttons once the answer is checked', async () => {
    const el = await fixture<LkCategorize>(sorting);
    card(el, 'debt').click();
    await el.updateComplete;
    bin(el, 'trafficking').querySelector<HTMLButtonElement>('[part~="place-button"]')!.click();
    await el.updateComplete;
    card(el, 'guide').click();
    await el.updateComplete;
    await check(el);
    await el.updateComplete;
    expect(parts(el, 'place-button')).to.have.length(0);
  });
});

describe('lk-match', () => {
  it('is matched with the keyboard alone and scored', async () => {
    const el = await fixture<LkMatch>(matching);
    await placeWithKeys(el, 't', 'person');
    await placeWithKeys(el, 's', 'border');
    const detail = await enterAndAnswer(el);
    expect(detail).to.deep.include({ interaction: 'matching', correct: true, score: 1 });
    expect(detail.response).to.deep.equal(['t.person', 's.border']);
    await expect(el).to.be.accessible();
  });

  it('shows the feedback of a pair’s card once checked', async () => {
    const el = await fixture<LkMatch>(
      html`<lk-match item-id="m2">
        <span slot="prompt">Match each term with its meaning.</span>
        <lk-item value="t" match="person"
          >Trafficking<span slot="feedback">A crime against a person, wherever it happens.</span></lk-item
        >
        <lk-item value="s" match="border">Smuggling</lk-item>
        <lk-target value="person">A crime against a person</lk-target>
        <lk-target value="border">A crime against a country’s border laws</lk-target>
      </lk-match>`,
    );
    const feedback = el.querySelector('[slot="feedback"]')!;
    expect(shown(feedback), 'no feedback before checking').to.be.false;
    await placeWithKeys(el, 't', 'person');
    await placeWithKeys(el, 's', 'border');
    expect(await check(el)).to.include({ correct: true });
    await el.updateComplete;
    expect(shown(feedback), 'the feedback shows on its card').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('takes one card per target: a second card sends the first back', async () => {
    const el = await fixture<LkMatch>(matching);
    for (const value of ['t', 's']) {
      card(el, value).click();
      await el.updateComplete;
      bin(el, 'person').querySelector<HTMLButtonElement>('[part~="place-button"]')!.click();
      await el.updateComplete;
    }
    expect(inBin(el, 'person')).to.deep.equal(['s']);
    expect(el.shadowRoot!.querySelector('[part~="pool"] .card')!.getAttribute('data-value')).to.equal('t');
  });

  it('reports two cards matching the same target', async () => {
    let el!: LkMatch;
    await captureWarnings(async () => {
      el = await fixture<LkMatch>(
        html`<lk-match item-id="e3"
          ><span slot="prompt">P</span><lk-item match="x">A</lk-item><lk-item match="x">B</lk-item
          ><lk-target value="x">X</lk-target></lk-match
        >`,
      );
    });
    expect(part(el, 'error')!.textContent).to.contain('two cards match “x”');
  });

  it('is matched by dragging with a finger', async () => {
    const el = await fixture<LkMatch>(matching);
    const [x, y] = center(card(el, 's'));
    const [tx, ty] = center(bin(el, 'border'));
    const touch = (type: string, clientX: number, clientY: number, target: EventTarget) =>
      target.dispatchEvent(
        new PointerEvent(type, { pointerId: 4, pointerType: 'touch', clientX, clientY, bubbles: true, composed: true }),
      );
    touch('pointerdown', x, y, card(el, 's'));
    touch('pointermove', tx, ty, el);
    touch('pointerup', tx, ty, el);
    await el.updateComplete;
    expect(inBin(el, 'border')).to.deep.equal(['s']);
  });
});
