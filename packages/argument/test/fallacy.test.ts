import type { LkAnswerEvent } from '@lessonkit/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-fallacy.js';
import type { LkFallacy } from '../src/fallacy.js';
import type { FallacyData } from '../src/model.js';
import { onlyWay } from './only-way.js';

const fallacy = (data: FallacyData = onlyWay, lang = 'en') =>
  fixture<LkFallacy>(html`<lk-fallacy item-id="only-way" lang=${lang} .data=${data}></lk-fallacy>`);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const focused = (el: Element) => el.shadowRoot!.activeElement;

describe('lk-fallacy', () => {
  it('quotes the passage with its source and offers the devices as one radio group with definitions', async () => {
    const el = await fallacy();
    expect(text(part(el, 'passage'))).to.match(/^Adequately screening migrants/);
    expect(text(el.shadowRoot!.querySelector('figcaption')!)).to.equal('— Tim Head, opinion column, Fox News, 2019');
    expect(text(el.shadowRoot!.querySelector('legend')!)).to.equal('Which device or fallacy does this passage use?');
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map(text);
    expect(labels).to.have.length(4);
    expect(labels[0]).to.equal('False dilemma Presenting only one or two options when more exist.');
    expect(labels[3]).to.match(/^None of these/);
    expect(new Set(radios(el).map((radio) => radio.name)).size).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('offers all seven devices when the author lists no choices (and a reason for each)', async () => {
    const { choices: _omitted, ...all } = onlyWay;
    void _omitted;
    const why = { ...all.why, 'appeal-to-emotion': 'a', equivocation: 'b', 'red-herring': 'c' };
    const el = await fallacy({ ...all, why });
    expect(radios(el).map((radio) => radio.value)).to.deep.equal([
      'false-dilemma',
      'hasty-generalization',
      'appeal-to-emotion',
      'loaded-language',
      'equivocation',
      'red-herring',
      'none',
    ]);
  });

  it('answers a wrong pick with its reason, then lets the learner try again by keyboard alone', async () => {
    const el = await fallacy();
    radios(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' }); // hasty generalization
    expect(radios(el)[1]!.checked).to.be.true;
    let answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').focus();
    await sendKeys({ press: 'Enter' });
    let { detail } = await answered;
    expect(detail).to.deep.include({
      itemId: 'only-way',
      interaction: 'choice',
      response: ['hasty-generalization'],
      correct: false,
      score: 0,
      maxScore: 1,
      attempt: 1,
      final: false,
    });
    await el.updateComplete;
    expect(text(part(el, 'feedback'))).to.equal(
      '✗ Not Hasty generalization. The sentence does not generalize from cases; it rules out other options.',
    );
    await expect(el).to.be.accessible();
    // The feedback takes the focus (read once: it is not a live region); Try again follows it.
    expect(focused(el)).to.equal(part(el, 'feedback'));
    expect(part(el, 'feedback').closest('[role="status"]')).to.be.null;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'retry-button'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal(radios(el)[1]);
    expect(el.shadowRoot!.querySelector('[part~="feedback"]')).to.be.null;
    await sendKeys({ press: 'ArrowUp' });
    expect(radios(el)[0]!.checked).to.be.true;
    answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').click();
    ({ detail } = await answered);
    expect(detail).to.deep.include({ correct: true, score: 1, attempt: 2, final: true });
    await el.updateComplete;
    expect(text(part(el, 'feedback'))).to.match(/^✓ Right: False dilemma\. “The only way” leaves out/);
    expect(el.shadowRoot!.querySelector('[part~="check-button"], [part~="retry-button"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('names the right device and why after the last wrong try, and then stays locked', async () => {
    const el = await fallacy();
    el.maxAttempts = 1;
    radios(el)[3]!.click();
    part(el, 'check-button').click();
    await el.updateComplete;
    expect(text(part(el, 'feedback'))).to.match(
      /^✗ Not None of these\. Better screening may well help.*The answer is False dilemma\. “The only way” leaves out/,
    );
    expect(focused(el)).to.equal(part(el, 'feedback'));
    radios(el)[0]!.click();
    await el.updateComplete;
    expect(el.response).to.equal('none');
  });

  it('takes any of several fair readings as right, and names the others with their reasons', async () => {
    const twoReadings: FallacyData = {
      ...onlyWay,
      answer: ['false-dilemma', 'loaded-language'],
      why: { ...onlyWay.why, 'loaded-language': 'For this test: “a dent” frames it in charged words.' },
    };
    const el = await fallacy(twoReadings);
    radios(el)[2]!.click(); // loaded language
    const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').click();
    const { detail } = await answered;
    expect(detail).to.deep.include({ response: ['loaded-language'], correct: true, final: true });
    await el.updateComplete;
    expect(text(part(el, 'feedback'))).to.equal(
      '✓ Right: Loaded language. For this test: “a dent” frames it in charged words. ' +
        'Also a fair reading: False dilemma. “The only way” leaves out every other response to trafficking, ' +
        'including the laws and law-enforcement resources the op-ed itself praises.',
    );
    await expect(el).to.be.accessible();
    // The last try used on a wrong pick: every fair answer, each with its reason.
    const missed = await fallacy(twoReadings, 'es');
    missed.maxAttempts = 1;
    radios(missed)[3]!.click(); // none
    part(missed, 'check-button').click();
    await missed.updateComplete;
    expect(text(part(missed, 'feedback'))).to.match(
      /^✗ No es Ninguno de estos\. .* Una respuesta válida: Falso dilema\. “The only way” .*Una respuesta válida: Lenguaje cargado\. For this test/,
    );
    // A saved right pick comes back finished.
    const restored = await fallacy(twoReadings);
    restored.restore({
      interaction: 'choice',
      response: ['false-dilemma'],
      correct: true,
      score: 1,
      maxScore: 1,
      final: false,
      attempts: 1,
    });
    await restored.updateComplete;
    expect(restored.shadowRoot!.querySelector('[part~="check-button"], [part~="retry-button"]')).to.be.null;
    expect(text(part(restored, 'feedback'))).to.match(
      /^✓ Right: False dilemma\. .* Also a fair reading: Loaded language\./,
    );
  });

  it('links the sources its reasons cite, numbered as the lesson lists them and named for screen readers', async () => {
    const cited: FallacyData = {
      ...onlyWay,
      why: { ...onlyWay.why, none: 'GAO did find weak screening of Mexican children [@gao] [@unlisted].' },
      citations: { gao: 4 },
    };
    for (const [lang, name] of [
      ['en', 'Source 4'],
      ['es', 'Fuente 4'],
    ] as const) {
      const el = await fallacy(cited, lang);
      el.maxAttempts = 1;
      radios(el)[3]!.click(); // none
      part(el, 'check-button').click();
      await el.updateComplete;
      const link = part(el, 'feedback').querySelector('a.lk-cite')!;
      expect(link.getAttribute('href')).to.equal('#source-gao');
      expect(link.getAttribute('aria-label')).to.equal(name);
      expect(text(link)).to.equal('[4]');
      // A source the page does not number shows as its id, never as the raw mark.
      expect(text(part(el, 'feedback'))).to.include('[4] [unlisted].');
      expect(text(part(el, 'feedback'))).not.to.include('[@');
      await expect(el).to.be.accessible();
    }
  });

  it('restores sensibly what was saved against an older key', async () => {
    const saved = { interaction: 'choice' as const, correct: false, score: 0, maxScore: 1, final: false };
    // Tries used up on a pick that is no longer offered: the answer, not a fresh Check.
    let el = await fallacy();
    el.restore({ ...saved, response: ['red-herring'], attempts: 2 });
    await el.updateComplete;
    expect(el.response).to.equal('');
    expect(text(part(el, 'feedback'))).to.match(/^The answer is False dilemma\./);
    expect(el.shadowRoot!.querySelector('[part~="check-button"], [part~="retry-button"]')).to.be.null;
    // A right pick saved as not final is final.
    el = await fallacy();
    el.restore({ ...saved, response: ['false-dilemma'], correct: true, attempts: 1 });
    await el.updateComplete;
    expect(text(part(el, 'feedback'))).to.match(/^✓ Right: False dilemma\./);
    expect(el.shadowRoot!.querySelector('[part~="check-button"], [part~="retry-button"]')).to.be.null;
    // Nothing tried yet, whatever "final" says: a fresh Check.
    el = await fallacy();
    el.restore({ ...saved, response: [], attempts: 0, final: true });
    await el.updateComplete;
    expect(part(el, 'check-button')).to.exist;
  });

  it('links the source, cites it on the quote, and marks the passage’s language', async () => {
    const url = 'https://www.foxnews.com/opinion/tim-head-border-crisis-children-bought-sold-sex-victims';
    const el = await fallacy({ ...onlyWay, url, lang: 'en' }, 'es');
    const quote = part(el, 'passage');
    expect(quote.getAttribute('cite')).to.equal(url);
    expect(quote.getAttribute('lang')).to.equal('en');
    const link = el.shadowRoot!.querySelector('figcaption a')!;
    expect(link.getAttribute('href')).to.equal(url);
    expect(text(link)).to.equal('Tim Head, opinion column, Fox News, 2019 (se abre en una pestaña nueva)');
    await expect(el).to.be.accessible();
  });

  it('asks for a pick before checking, and restores a saved answer', async () => {
    const el = await fallacy();
    part(el, 'check-button').click();
    await waitUntil(() => text(part(el, 'status')) === 'Choose a device before checking.', 'the notice');
    // A second press empties the live region first, so that the notice is announced again.
    part(el, 'check-button').click();
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('');
    await waitUntil(() => text(part(el, 'status')) === 'Choose a device before checking.', 'the notice again');
    el.restore({
      interaction: 'choice',
      response: ['loaded-language'],
      correct: false,
      score: 0,
      maxScore: 1,
      attempts: 1,
      final: false,
    });
    await el.updateComplete;
    expect(radios(el)[2]!.checked).to.be.true;
    expect(text(part(el, 'feedback'))).to.match(/^✗ Not Loaded language\./);
    expect(part(el, 'retry-button')).to.exist;
  });

  it('shows a teacher’s mistake in the data in place: a choice without a reason, a JSON child it cannot read', async () => {
    const { none: _none, ...why } = onlyWay.why;
    void _none;
    const el = await fallacy({ ...onlyWay, why });
    expect(text(part(el, 'error'))).to.equal('This activity cannot be shown: "why" has no explanation for "none".');
    const twice = await fallacy({ ...onlyWay, choices: ['none', 'none', 'false-dilemma'] });
    expect(text(part(twice, 'error'))).to.equal('This activity cannot be shown: the choice "none" is listed twice.');
    const notText = await fallacy({ ...onlyWay, passage: 42 as unknown as string });
    expect(text(part(notText, 'error'))).to.equal('This activity cannot be shown: the passage is empty or not text.');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const original = console.error;
    const errors: string[] = [];
    console.error = (message: string) => errors.push(message);
    try {
      host.innerHTML = '<lk-fallacy><script type="application/json">{ nope</script></lk-fallacy>';
      const broken = host.querySelector('lk-fallacy')!;
      await broken.updateComplete;
      expect(text(part(broken, 'error'))).to.match(/^This activity cannot be shown: SyntaxError/);
      // A restore (from the lesson's saved attempt) does not hide the reason.
      broken.restore({
        interaction: 'choice',
        response: ['none'],
        correct: false,
        score: 0,
        maxScore: 1,
        attempts: 1,
        final: false,
      });
      await broken.updateComplete;
      expect(text(part(broken, 'error'))).to.match(/^This activity cannot be shown: SyntaxError/);
    } finally {
      console.error = original;
    }
    expect(errors[0]).to.contain('lk-fallacy: its data could not be read');
  });

  it('reads its data from a JSON child', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<lk-fallacy item-id="x"><script type="application/json">${JSON.stringify(onlyWay)}</script></lk-fallacy>`;
    const el = host.querySelector('lk-fallacy')!;
    await el.updateComplete;
    expect(radios(el)).to.have.length(4);
  });

  it('speaks Spanish', async () => {
    const el = await fallacy(onlyWay, 'es');
    expect(text(el.shadowRoot!.querySelector('legend')!)).to.equal('¿Qué recurso o falacia usa este pasaje?');
    expect(text(el.shadowRoot!.querySelector('label')!)).to.match(/^Falso dilema Presentar solo una o dos opciones/);
    expect(text(part(el, 'check-button'))).to.equal('Comprobar');
    await expect(el).to.be.accessible();
  });
});
