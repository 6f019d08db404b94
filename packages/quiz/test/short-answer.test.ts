import { LocalTracker, track, type LkAnswerEvent } from '@lessonkit/core';
import { MemoryStorage } from '@lessonkit/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-short-answer.js';
import type { LkShortAnswer } from '../src/short-answer.js';
import { enterAndAnswer, part, press, shadowFocus, shown, status } from './helpers.js';

const reflection = html`<lk-short-answer item-id="r1">
  <span slot="prompt">Why might a hotline “case” count differ from the number of convictions?</span>
  <p slot="model-answer">A case is a reported situation that looks like trafficking, not a proven crime.</p>
</lk-short-answer>`;

const textarea = (el: LkShortAnswer) => part<HTMLTextAreaElement>(el, 'textarea')!;

describe('lk-short-answer', () => {
  it('takes text typed with the keyboard, saves it unscored, then shows the model answer', async () => {
    const el = await fixture<LkShortAnswer>(reflection);
    expect(shown(el.querySelector('[slot="model-answer"]')!), 'hidden before submitting').to.be.false;
    await expect(el).to.be.accessible();
    await press('Tab');
    expect(shadowFocus(el)).to.equal(textarea(el));
    await sendKeys({ type: 'A case is a report, not a conviction.' });
    await press('Tab');
    expect(shadowFocus(el)).to.equal(part(el, 'check-button'));
    expect(part(el, 'check-button')!.textContent!.trim()).to.equal('Submit');
    const detail = await enterAndAnswer(el);
    expect(detail).to.deep.equal({
      itemId: 'r1',
      interaction: 'long-fill-in',
      response: ['A case is a report, not a conviction.'],
      correct: null,
      score: 0,
      maxScore: 0,
      attempt: 1,
      final: true,
    });
    await el.updateComplete;
    expect(status(el)).to.equal('Your answer is saved.');
    expect(textarea(el).readOnly).to.be.true;
    expect(shown(el.querySelector('[slot="model-answer"]')!), 'the model answer shows').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('lets the learner edit and resubmit', async () => {
    const el = await fixture<LkShortAnswer>(reflection);
    textarea(el).value = 'First thought.';
    textarea(el).dispatchEvent(new Event('input'));
    part<HTMLButtonElement>(el, 'check-button')!.click();
    await el.updateComplete;
    const edit = part<HTMLButtonElement>(el, 'retry-button')!;
    expect(edit.textContent!.trim()).to.equal('Edit my answer');
    edit.focus();
    await press('Enter');
    await el.updateComplete;
    expect(shadowFocus(el), 'focus goes back to the text').to.equal(textarea(el));
    expect(textarea(el).readOnly).to.be.false;
    await press('End');
    await sendKeys({ type: ' Second thought.' });
    const again = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part<HTMLButtonElement>(el, 'check-button')!.click();
    expect((await again).detail).to.include({ attempt: 2 });
    expect((await again).detail.response).to.deep.equal(['First thought. Second thought.']);
  });

  it('does not submit an empty or blank answer', async () => {
    const el = await fixture<LkShortAnswer>(reflection);
    let fired = false;
    el.addEventListener('lk-answer', () => (fired = true));
    textarea(el).value = '   ';
    textarea(el).dispatchEvent(new Event('input'));
    part<HTMLButtonElement>(el, 'check-button')!.click();
    await el.updateComplete;
    expect(fired).to.be.false;
    expect(status(el)).to.equal('Write an answer before submitting.');
  });

  it('shows a saved answer again after the page is reloaded', async () => {
    const storage = new MemoryStorage();
    const host = await fixture<HTMLDivElement>(html`<div>${reflection}</div>`);
    const session = track(host, new LocalTracker('short', { storage }));
    await session.ready;
    const el = host.querySelector('lk-short-answer')!;
    textarea(el).value = 'Saved text.';
    textarea(el).dispatchEvent(new Event('input'));
    part<HTMLButtonElement>(el, 'check-button')!.click();
    await session.settled();
    session.disconnect();

    const again = await fixture<HTMLDivElement>(html`<div>${reflection}</div>`);
    const revisit = track(again, new LocalTracker('short', { storage }));
    await revisit.ready;
    const restored = again.querySelector('lk-short-answer')!;
    await restored.updateComplete;
    expect(textarea(restored).value).to.equal('Saved text.');
    expect(restored.answered).to.be.true;
    expect(shown(restored.querySelector('[slot="model-answer"]')!)).to.be.true;
    revisit.disconnect();
  });

  it('speaks Spanish', async () => {
    const el = await fixture<LkShortAnswer>(
      html`<lk-short-answer lang="es" item-id="r2"><span slot="prompt">¿Por qué?</span></lk-short-answer>`,
    );
    expect(part(el, 'check-button')!.textContent!.trim()).to.equal('Enviar');
    expect(part(el, 'instructions')!.textContent!.trim()).to.equal(
      'Escribe tu respuesta. No se califica automáticamente.',
    );
    await expect(el).to.be.accessible();
  });
});
