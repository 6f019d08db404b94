import type { LkAnswerEvent } from '@lessonkit/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-annotate.js';
import type { LkAnnotate } from '../src/annotate.js';
import type { AnnotateData } from '../src/annotate-model.js';
import { passageA } from './passage-a.js';

const annotate = (data: AnnotateData = passageA, lang = 'en') =>
  fixture<LkAnnotate>(html`<lk-annotate item-id="passage-a" lang=${lang} .data=${data}></lk-annotate>`);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const sentences = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="sentence"]')];
const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const focused = (el: Element) => el.shadowRoot!.activeElement;
const KEY = passageA.sentences.map((span) => span.answer);
const LABELS = ['thesis', 'claim', 'evidence', 'reasoning', 'appeal-to-emotion', 'loaded-language', 'none'];
/** Tags every sentence by number key, as the key says, except where `wrong` gives another tag. */
async function tagByKeys(el: LkAnnotate, wrong: Record<number, string> = {}): Promise<void> {
  for (const [index, answer] of KEY.entries()) {
    sentences(el)[index]!.focus();
    await sendKeys({ press: String(LABELS.indexOf(wrong[index] ?? answer) + 1) });
  }
  await el.updateComplete;
}

describe('lk-annotate', () => {
  it('shows a legend of the seven tags with their keys and the passage as sentences, untagged', async () => {
    const el = await annotate();
    expect(text(el.shadowRoot!.querySelector('legend')!)).to.equal('Tag with');
    const labels = [...el.shadowRoot!.querySelectorAll('.labels label')].map(text);
    expect(labels).to.have.length(7);
    expect(labels[0]).to.equal('Thesis (key 1) The main point the whole piece argues for.');
    expect(labels[6]).to.match(/^No tag \(key 7\)/);
    expect(radios(el)[0]!.checked).to.be.true;
    expect(sentences(el)).to.have.length(9);
    expect(el.shadowRoot!.querySelectorAll('.passage p')).to.have.length(4);
    expect(text(sentences(el)[4]!)).to.equal(
      'Since 2007, there have been over 34,000 sex-trafficking cases reported in the United States. (not tagged)',
    );
    expect(text(part(el, 'passage').parentElement!.querySelector('figcaption')!)).to.equal(
      '— Tim Head, opinion column, Fox News, 2019',
    );
    expect(text(el.shadowRoot!.querySelector('.progress')!)).to.equal('0 of 9 sentences tagged');
    await expect(el).to.be.accessible();
  });

  it('tags with the chosen tag by pointer; the same tag again takes it off', async () => {
    const el = await annotate();
    radios(el)[1]!.click(); // claim
    await el.updateComplete;
    sentences(el)[1]!.click();
    await el.updateComplete;
    expect(text(sentences(el)[1]!)).to.match(/audiences\. \(tagged Claim\)$/);
    expect(part(el, 'tagged')).to.equal(sentences(el)[1]);
    expect(el.response).to.deep.equal(['2.claim']);
    expect(text(el.shadowRoot!.querySelector('.progress')!)).to.equal('1 of 9 sentences tagged');
    sentences(el)[1]!.click();
    await el.updateComplete;
    expect(el.response).to.deep.equal([]);
  });

  it('is done by keyboard alone: the legend by arrows, sentences by Tab, Enter, number keys, arrows and Delete', async () => {
    const el = await annotate();
    radios(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' }); // claim
    await el.updateComplete;
    expect(radios(el)[1]!.checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(sentences(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(sentences(el)[1]);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: '6' }); // loaded language
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.response).to.deep.equal(['2.claim', '3.loaded-language', '4.claim']);
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(el.response).to.deep.equal(['2.claim', '3.loaded-language']);
    await expect(el).to.be.accessible();
  });

  it('is one tab stop: Tab leaves the passage, comes back to the last sentence, Home and End go to the ends', async () => {
    const el = await annotate();
    const all = sentences(el);
    expect(all.map((sentence) => sentence.tabIndex)).to.deep.equal(all.map((_, index) => (index === 0 ? 0 : -1)));
    all[0]!.focus();
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(all.at(-1));
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.equal(all[2]);
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'Tab leaves the passage').to.equal(part(el, 'check-button'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el), 'and comes back where it left').to.equal(all[2]);
    expect(all.filter((sentence) => sentence.tabIndex === 0)).to.deep.equal([all[2]]);
  });

  it('says each tag as it is given or taken off', async () => {
    const el = await annotate();
    sentences(el)[2]!.focus();
    await sendKeys({ press: '6' });
    await waitUntil(() => text(part(el, 'status')) === 'Sentence 3: Loaded language.', 'tagged');
    await sendKeys({ press: 'Delete' });
    await waitUntil(() => text(part(el, 'status')) === 'Sentence 3: no tag.', 'untagged');
  });

  it('shows tags saved before its data was set, and starts afresh when the data is replaced', async () => {
    const el = await fixture<LkAnnotate>(html`<lk-annotate item-id="p"></lk-annotate>`);
    el.restore({
      interaction: 'matching',
      response: ['1.none', '2.claim'],
      correct: false,
      score: 0,
      maxScore: 9,
      attempts: 0,
      final: false,
    });
    el.data = passageA;
    await el.updateComplete;
    expect(el.response).to.deep.equal(['1.none', '2.claim']);
    expect(part(el, 'check-button')).to.exist;
    el.data = { ...passageA, sentences: passageA.sentences.slice(1) };
    await el.updateComplete;
    expect(el.response).to.deep.equal([]);
    expect(sentences(el)).to.have.length(8);
  });

  it('asks for every sentence to be tagged before checking', async () => {
    const el = await annotate();
    sentences(el)[0]!.click();
    part(el, 'check-button').click();
    await waitUntil(() => text(part(el, 'status')) === 'Tag every sentence before checking: 8 are left.', 'the notice');
  });

  it('checks against the key with partial credit, a why per sentence, and a retry that keeps the right tags', async () => {
    const el = await annotate();
    // Two wrong: the hook as a claim, the cartel claim as evidence.
    await tagByKeys(el, { 0: 'claim', 6: 'evidence' });
    let answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').focus();
    await sendKeys({ press: 'Enter' });
    let { detail } = await answered;
    expect(detail).to.deep.include({
      itemId: 'passage-a',
      interaction: 'matching',
      correct: false,
      score: 7,
      maxScore: 9,
      attempt: 1,
      final: false,
    });
    expect(detail.response).to.deep.equal([
      '1.claim',
      '2.claim',
      '3.loaded-language',
      '4.claim',
      '5.evidence',
      '6.evidence',
      '7.evidence',
      '8.evidence',
      '9.evidence',
    ]);
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('7 of 9 sentences tagged right.');
    const results = [...part(el, 'results').querySelectorAll('li')].map(text);
    // A wrong one is not given away while tries remain; a right one says why.
    expect(results[0]).to.equal('Sentence 1 The dramatic photograph of a 2-year-old Honduran girl… ✗ Not Claim.');
    expect(results[2]).to.equal(
      'Sentence 3 However, hidden behind the headlines and away from… ✓ Right: Loaded language. “Sinister” and “prying” push a feeling, and pivot away from family separation.',
    );
    expect(text(sentences(el)[0]!)).to.match(/\(tagged Claim ✗, wrong\)$/);
    expect(focused(el)).to.equal(part(el, 'retry-button'));
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.response).to.have.length(7);
    expect(focused(el)).to.equal(sentences(el)[0]);
    expect(sentences(el)[2]!.getAttribute('aria-disabled')).to.equal('true');
    expect(text(sentences(el)[2]!)).to.match(/\(tagged Loaded language ✓, right, kept\)$/);
    // A kept sentence cannot be changed.
    sentences(el)[2]!.focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(el.response).to.include('3.loaded-language');
    // Accepted: "appeal to emotion" for the hook. Still wrong: the cartel sentence.
    sentences(el)[0]!.focus();
    await sendKeys({ press: '5' });
    sentences(el)[6]!.focus();
    await sendKeys({ press: '3' });
    answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').click();
    ({ detail } = await answered);
    expect(detail).to.deep.include({ correct: false, score: 8, attempt: 2, final: true });
    await el.updateComplete;
    const final = [...part(el, 'results').querySelectorAll('li')].map(text);
    expect(final[0]).to.equal(
      'Sentence 1 The dramatic photograph of a 2-year-old Honduran girl… ✓ Right: Appeal to emotion. A hook: accurate, but not offered as proof of anything. Also accepted: No tag.',
    );
    expect(final[6]).to.equal(
      'Sentence 7 Central American and Mexican cartels control the billion… ✗ Not Evidence. The key: Claim. A sweeping claim; the only support is one case.',
    );
    expect(focused(el)).to.equal(part(el, 'results'));
    expect(el.shadowRoot!.querySelector('[part~="check-button"], [part~="retry-button"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('gives full marks for a passage tagged right, scaled to its points', async () => {
    const el = await annotate();
    el.points = 3;
    await tagByKeys(el);
    const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').click();
    const { detail } = await answered;
    expect(detail).to.deep.include({ correct: true, score: 3, maxScore: 3, final: true });
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('All 9 sentences tagged right.');
  });

  it('restores a saved check, and copes with a key edited since', async () => {
    const saved = { interaction: 'matching' as const, correct: false, score: 7, maxScore: 9, final: false };
    const response = KEY.map((answer, index) => `${index + 1}.${index === 0 ? 'claim' : answer}`);
    let el = await annotate();
    el.restore({ ...saved, response, attempts: 1 });
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('8 of 9 sentences tagged right.');
    expect(part(el, 'retry-button')).to.exist;
    // A key with one more sentence: the tags come back, but no feedback on a half-tagged passage.
    el = await annotate({
      ...passageA,
      sentences: [...passageA.sentences, { text: 'New.', answer: 'none', why: 'x' }],
    });
    el.restore({ ...saved, response: [...response, '99.claim', '2.strawman'], attempts: 1 });
    await el.updateComplete;
    expect(el.response).to.have.length(9);
    expect(text(part(el, 'status'))).to.equal('');
    expect(part(el, 'check-button')).to.exist;
    // Out of tries: final, with the key shown.
    el = await annotate();
    el.restore({ ...saved, response, attempts: 2 });
    await el.updateComplete;
    expect(text(part(el, 'results'))).to.contain('The key: No tag.');
    expect(el.shadowRoot!.querySelector('[part~="check-button"], [part~="retry-button"]')).to.be.null;
    // Another interaction's state is ignored.
    el = await annotate();
    el.restore({ ...saved, interaction: 'choice', response: ['a'], attempts: 1 });
    await el.updateComplete;
    expect(el.response).to.deep.equal([]);
  });

  it('takes labels of the author’s own', async () => {
    const el = await annotate({
      labels: [{ id: 'fact', name: 'Fact', define: 'Can be checked.' }, { id: 'opinion', name: 'Opinion' }, 'none'],
      sentences: [
        { text: 'The photo won in 2019.', answer: 'fact', why: 'It can be checked.' },
        { text: 'It is the only way.', answer: 'opinion', why: 'A judgment.' },
      ],
    });
    expect([...el.shadowRoot!.querySelectorAll('.labels label')].map(text)).to.deep.equal([
      'Fact (key 1) Can be checked.',
      'Opinion (key 2)',
      'No tag (key 3) Sets the scene, or plays none of these roles.',
    ]);
    sentences(el)[1]!.focus();
    await sendKeys({ press: '2' });
    await el.updateComplete;
    expect(el.response).to.deep.equal(['2.opinion']);
  });

  it('shows a teacher’s mistake in the data in place', async () => {
    const first = passageA.sentences[0]!;
    const cases: [AnnotateData, string][] = [
      [{ ...passageA, sentences: [] }, 'there are no sentences to tag.'],
      [
        { ...passageA, sentences: [{ ...first, answer: 'claims' }] },
        'the answer of sentence 1 ("claims") is not one of the labels: thesis, claim, evidence, reasoning, appeal-to-emotion, loaded-language, none.',
      ],
      [{ ...passageA, sentences: [{ ...first, why: '' }] }, 'sentence 1 has no "why".'],
      [{ ...passageA, labels: ['claim', 'claim'] }, 'the label "claim" is listed twice.'],
      [
        { ...passageA, sentences: [{ ...first, accept: ['opinion'] }] },
        'sentence 1 accepts "opinion", which is not one of the labels.',
      ],
      [{ ...passageA, url: 'javascript:alert(1)' }, 'the url "javascript:alert(1)" is not an http(s) address.'],
    ];
    for (const [data, problem] of cases) {
      const el = await annotate(data);
      expect(text(part(el, 'error'))).to.equal(`This activity cannot be shown: ${problem}`);
    }
  });

  it('reads its data from a JSON child', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<lk-annotate item-id="x"><script type="application/json">${JSON.stringify(passageA)}</script></lk-annotate>`;
    const el = host.querySelector('lk-annotate')!;
    await el.updateComplete;
    expect(sentences(el)).to.have.length(9);
  });

  it('speaks Spanish, and marks the passage’s language', async () => {
    const el = await annotate({ ...passageA, lang: 'en' }, 'es');
    expect(text(el.shadowRoot!.querySelector('legend')!)).to.equal('Etiquetar con');
    expect(text(el.shadowRoot!.querySelector('.labels label')!)).to.match(/^Tesis \(tecla 1\) La idea principal/);
    // The passage's sentences are marked English; the interface words around them are not.
    expect(sentences(el)[0]!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(part(el, 'passage').hasAttribute('lang')).to.be.false;
    expect(text(part(el, 'check-button'))).to.equal('Comprobar');
    await tagByKeys(el);
    part(el, 'check-button').click();
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('Las 9 oraciones están bien etiquetadas.');
    await expect(el).to.be.accessible();
  });
});
