import { LocalTracker, track } from '@lessonkit/core';
import { MemoryStorage, captureWarnings } from '@lessonkit/testing';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-fill-blank.js';
import type { LkBlank } from '../src/blank.js';
import type { LkFillBlank } from '../src/fill-blank.js';
import { check, enterAndAnswer, part, press, status } from './helpers.js';

const palermo = html`<lk-fill-blank item-id="fb1" max-attempts="2" points="2">
  <span slot="prompt">Complete the Palermo Protocol's definition.</span>
  <p>
    Trafficking has three elements: an act, a
    <lk-blank answers="means|method" feedback="Force, fraud or coercion."></lk-blank>, and an exploitative
    <lk-blank answers="purpose"></lk-blank>.
  </p>
  <p slot="explanation">For children, no “means” is needed.</p>
</lk-fill-blank>`;

const blanks = (el: LkFillBlank): LkBlank[] => [...el.querySelectorAll('lk-blank')];
const box = (blank: LkBlank) => blank.shadowRoot!.querySelector('input')!;
const type = (blank: LkBlank, text: string) => {
  box(blank).value = text;
  box(blank).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
};

describe('lk-fill-blank', () => {
  it('is answered with the keyboard alone: Tab between blanks, Enter to check', async () => {
    const el = await fixture<LkFillBlank>(palermo);
    await expect(el).to.be.accessible();
    await press('Tab');
    expect(blanks(el)[0]!.shadowRoot!.activeElement).to.equal(box(blanks(el)[0]!));
    await sendKeys({ type: '  MEANS ' });
    await press('Tab');
    await sendKeys({ type: 'Purpose' });
    const detail = await enterAndAnswer(el);
    expect(detail).to.deep.include({ interaction: 'fill-in', correct: true, score: 2, maxScore: 2, final: true });
    expect(detail.response).to.deep.equal(['  MEANS ', 'Purpose']);
    await el.updateComplete;
    expect(status(el)).to.equal('Correct. Score: 2 of 2.');
    expect(blanks(el).map((blank) => blank.verdict)).to.deep.equal(['correct', 'correct']);
    expect(box(blanks(el)[0]!).readOnly).to.be.true;
    expect(blanks(el)[0]!.shadowRoot!.querySelector('[part~="feedback"]')!.textContent).to.equal(
      'Force, fraud or coercion.',
    );
    await expect(el).to.be.accessible();
  });

  it('names each blank by its place', async () => {
    const el = await fixture<LkFillBlank>(palermo);
    expect(blanks(el).map((blank) => box(blank).getAttribute('aria-label'))).to.deep.equal([
      'Blank 1 of 2',
      'Blank 2 of 2',
    ]);
    expect(part(el, 'instructions')!.textContent!.trim()).to.equal('Type your answers in the 2 blanks.');
  });

  it('gives a share of the points per right blank, then shows the answers after the last try', async () => {
    const el = await fixture<LkFillBlank>(palermo);
    type(blanks(el)[0]!, 'method');
    type(blanks(el)[1]!, 'profit');
    expect(await check(el)).to.include({ correct: false, score: 1, attempt: 1, final: false });
    await el.updateComplete;
    expect(status(el)).to.equal('Partly correct. Score: 1 of 2. You have 1 more try.');
    expect(blanks(el).map((blank) => blank.verdict)).to.deep.equal(['correct', 'incorrect']);
    expect(blanks(el)[1]!.shadowRoot!.querySelector('[part~="answer"]'), 'not given away yet').to.be.null;
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await el.updateComplete;
    expect(blanks(el)[1]!.shadowRoot!.activeElement, 'focus goes to the first wrong blank').to.equal(
      box(blanks(el)[1]!),
    );
    type(blanks(el)[1]!, 'gain');
    expect(await check(el)).to.include({ correct: false, score: 1, attempt: 2, final: true });
    await el.updateComplete;
    expect(blanks(el)[1]!.shadowRoot!.querySelector('[part~="answer"]')!.textContent).to.equal('Answer: purpose');
    await expect(el).to.be.accessible();
  });

  it('scores all-or-nothing when asked', async () => {
    const el = await fixture<LkFillBlank>(palermo);
    el.scoring = 'all-or-nothing';
    type(blanks(el)[0]!, 'means');
    expect(await check(el)).to.include({ correct: false, score: 0 });
  });

  it('ignores case, spacing and curly quotes, unless the blank is exact', async () => {
    const el = await fixture<LkFillBlank>(
      html`<lk-fill-blank item-id="fb2">
        <span slot="prompt">P</span>
        <p><lk-blank answers="don't"></lk-blank> and <lk-blank exact answers="TVPA"></lk-blank></p>
      </lk-fill-blank>`,
    );
    type(blanks(el)[0]!, '  DON’T ');
    type(blanks(el)[1]!, 'tvpa');
    expect(await check(el)).to.include({ correct: false, score: 0.5 });
  });

  it('checks nothing until a blank is filled', async () => {
    const el = await fixture<LkFillBlank>(palermo);
    let fired = false;
    el.addEventListener('lk-answer', () => (fired = true));
    part<HTMLButtonElement>(el, 'check-button')!.click();
    await el.updateComplete;
    expect(fired).to.be.false;
    expect(status(el)).to.equal('Fill in a blank before checking.');
  });

  it('reports a blank with no accepted answer, and a question with no blank', async () => {
    for (const [markup, message] of [
      [
        html`<lk-fill-blank item-id="e1"
          ><span slot="prompt">P</span>
          <p>A <lk-blank answers="x"></lk-blank> and <lk-blank></lk-blank></p
        ></lk-fill-blank>`,
        'blank 2 has no accepted answer',
      ],
      [
        html`<lk-fill-blank item-id="e2"
          ><span slot="prompt">P</span>
          <p>No blanks.</p></lk-fill-blank
        >`,
        'it has no blanks',
      ],
    ] as const) {
      let el!: LkFillBlank;
      const warnings = await captureWarnings(async () => {
        el = await fixture<LkFillBlank>(markup);
      });
      expect(part(el, 'error')!.textContent).to.contain(message);
      expect(warnings.join('\n')).to.contain(message);
      expect(part(el, 'check-button')).to.be.null;
    }
  });

  it('restores the typed answers after a reload', async () => {
    const storage = new MemoryStorage();
    const host = await fixture<HTMLDivElement>(html`<div>${palermo}</div>`);
    const session = track(host, new LocalTracker('fill', { storage }));
    await session.ready;
    const el = host.querySelector('lk-fill-blank')!;
    type(blanks(el)[0]!, 'means');
    type(blanks(el)[1]!, 'profit');
    await check(el);
    await session.settled();
    session.disconnect();

    const again = await fixture<HTMLDivElement>(html`<div>${palermo}</div>`);
    const revisit = track(again, new LocalTracker('fill', { storage }));
    await revisit.ready;
    const restored = again.querySelector('lk-fill-blank')!;
    await restored.updateComplete;
    expect(blanks(restored).map((blank) => box(blank).value)).to.deep.equal(['means', 'profit']);
    expect(blanks(restored).map((blank) => blank.verdict)).to.deep.equal(['correct', 'incorrect']);
    expect(part(restored, 'retry-button')).to.exist;
    revisit.disconnect();
  });

  it('speaks Spanish', async () => {
    const el = await fixture<LkFillBlank>(
      html`<lk-fill-blank lang="es" item-id="fb3">
        <span slot="prompt">Completa.</span>
        <p>Un <lk-blank answers="medio"></lk-blank>.</p>
      </lk-fill-blank>`,
    );
    await el.updateComplete;
    expect(part(el, 'instructions')!.textContent!.trim()).to.equal('Escribe tu respuesta en el espacio en blanco.');
    expect(box(blanks(el)[0]!).getAttribute('aria-label')).to.equal('Espacio 1 de 1');
    await expect(el).to.be.accessible();
  });

  it('keeps a state restored before its blanks were added', async () => {
    const el = document.createElement('lk-fill-blank');
    el.itemId = 'early';
    el.restore({
      interaction: 'fill-in',
      response: ['means'],
      correct: true,
      score: 1,
      maxScore: 1,
      attempts: 1,
      final: true,
    });
    el.innerHTML = '<span slot="prompt">P</span><p>A <lk-blank answers="means"></lk-blank>.</p>';
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(box(blanks(el)[0]!).value).to.equal('means');
      expect(blanks(el)[0]!.verdict).to.equal('correct');
    } finally {
      el.remove();
    }
  });

  it('describes a checked blank with its verdict, answer and feedback', async () => {
    const el = await fixture<LkFillBlank>(palermo);
    el.restore({
      interaction: 'fill-in',
      response: ['profit', 'purpose'],
      correct: false,
      score: 1,
      maxScore: 2,
      attempts: 2,
      final: true,
    });
    await el.updateComplete;
    const blank = blanks(el)[0]!;
    await blank.updateComplete;
    const ids = box(blank).getAttribute('aria-describedby')!.split(' ');
    const text = ids.map((id) => blank.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim());
    expect(text).to.deep.equal(['✗ Incorrect', 'Answer: means', 'Force, fraud or coercion.']);
  });
});
