import { LocalTracker, track, type LkCompleteEvent, type ProgressDetail } from '@lessonkit/core';
import { MemoryStorage, captureWarnings } from '@lessonkit/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../all.js';
import type { LkFillBlank } from '../src/fill-blank.js';
import type { LkQuestion } from '../src/question.js';
import { LkQuiz } from '../src/quiz.js';
import { part, parts, press, shadowFocus, tabTo } from './helpers.js';

const questions = html`
  <lk-question item-id="q-tvpa">
    <span slot="prompt">Which law created new federal trafficking crimes?</span>
    <lk-choice correct>The Trafficking Victims Protection Act of 2000</lk-choice>
    <lk-choice>FOSTA (2018)</lk-choice>
    <p slot="explanation">The TVPA of 2000 (P.L. 106-386).</p>
  </lk-question>
  <lk-question item-id="q-border" type="true-false" answer="false">
    <span slot="prompt">Trafficking requires crossing a border.</span>
  </lk-question>
  <lk-fill-blank item-id="q-means">
    <span slot="prompt">Complete the sentence.</span>
    <p>Force, fraud or coercion are the <lk-blank answers="means"></lk-blank> of trafficking.</p>
  </lk-fill-blank>
`;

const quiz = (attributes = '') =>
  fixture<LkQuiz>(html`<lk-quiz item-id="quiz1" passing-score="0.6" ${attributes ? '' : ''}>${questions}</lk-quiz>`);

const children = (el: LkQuiz) => ({
  tvpa: el.querySelector<LkQuestion>('[item-id="q-tvpa"]')!,
  border: el.querySelector<LkQuestion>('[item-id="q-border"]')!,
  means: el.querySelector<LkFillBlank>('[item-id="q-means"]')!,
});

/** The light-DOM question's own shadow part. */
const inner = <T extends Element = HTMLElement>(question: Element, name: string) =>
  question.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;

/** Answers through a question's own shadow DOM with the keyboard: Tab until `target` has focus, then a key. */
async function tabInto(question: Element, target: Element): Promise<void> {
  for (let count = 0; count < 40; count += 1) {
    if (question.shadowRoot!.activeElement === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('Tab never reached the control');
}

async function answerAllWithKeys(el: LkQuiz, right: boolean): Promise<void> {
  const { tvpa, border, means } = children(el);
  await tabInto(tvpa, tvpa.shadowRoot!.querySelectorAll('input')[0]!);
  if (!right) await press('ArrowDown');
  else await press('Space');
  if (inner(tvpa, 'check-button')) {
    await tabInto(tvpa, inner(tvpa, 'check-button'));
    await press('Enter');
  }
  await tabInto(border, border.shadowRoot!.querySelectorAll('input')[0]!);
  await press('ArrowDown'); // False
  if (inner(border, 'check-button')) {
    await tabInto(border, inner(border, 'check-button'));
    await press('Enter');
  }
  const blank = means.querySelector('lk-blank')!;
  for (let count = 0; count < 40 && blank.shadowRoot!.activeElement === null; count += 1) await press('Tab');
  await sendKeys({ type: 'means' });
  if (inner(means, 'check-button')) await press('Enter');
}

describe('lk-quiz', () => {
  afterEach(() => localStorage.clear());

  it('numbers its questions, reports progress, and completes with a summary — by keyboard alone', async () => {
    const el = await quiz();
    expect(parts(el, 'number').map((number) => number.textContent!.trim())).to.deep.equal([
      'Question 1 of 3',
      'Question 2 of 3',
      'Question 3 of 3',
    ]);
    await expect(el).to.be.accessible();
    const progress: ProgressDetail[] = [];
    el.addEventListener('lk-progress', (event) => progress.push(event.detail));
    const completed = oneEvent(el, 'lk-complete') as Promise<LkCompleteEvent>;
    await answerAllWithKeys(el, false);
    const { detail } = await completed;
    expect(detail).to.deep.equal({ score: 2, maxScore: 3, passed: true });
    expect(progress.map((step) => step.done)).to.deep.equal([1, 2, 3]);
    expect(progress[2]).to.deep.equal({ done: 3, total: 3, score: 2, maxScore: 3 });
    await el.updateComplete;
    expect(part(el, 'result')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Score: 2 of 3 (67%). Passed.');
    const items = parts(el, 'summary-list')[0]!.querySelectorAll('li');
    expect(items).to.have.length(3);
    const first = items[0]!.textContent!.replace(/\s+/g, ' ');
    expect(first).to.contain('Your answer FOSTA (2018)');
    expect(first).to.contain('Right answer The Trafficking Victims Protection Act of 2000');
    expect(first).to.contain('Why The TVPA of 2000 (P.L. 106-386).');
    expect(items[1]!.textContent!.replace(/\s+/g, ' ')).to.contain('Your answer False');
    await expect(el).to.be.accessible();
  });

  it('fails a learner below the passing score', async () => {
    const el = await quiz();
    el.passingScore = 0.9;
    const completed = oneEvent(el, 'lk-complete') as Promise<LkCompleteEvent>;
    await answerAllWithKeys(el, false);
    expect((await completed).detail.passed).to.be.false;
    await el.updateComplete;
    expect(part(el, 'result')!.textContent).to.contain('Not passed yet.');
  });

  it('shows one question at a time with Previous and Next, then the results', async () => {
    const el = await fixture<LkQuiz>(html`<lk-quiz item-id="paged" layout="paged">${questions}</lk-quiz>`);
    const visible = () => parts(el, 'question').filter((box) => !box.hidden).length;
    expect(visible()).to.equal(1);
    const current = () =>
      parts(el, 'question')
        .find((box) => !box.hidden)!
        .querySelector('[part~="number"]')!;
    expect(current().textContent!.trim()).to.equal('Question 1 of 3');
    expect(part(el, 'progress')!.textContent!.trim()).to.equal('0 of 3 answered');
    expect(part(el, 'previous-button')!.hidden).to.be.true;
    expect(part(el, 'previous-button')!.getBoundingClientRect().height, 'hidden for real').to.equal(0);
    await tabTo(el, part(el, 'next-button')!);
    await press('Enter');
    await el.updateComplete;
    expect(current().textContent!.trim()).to.equal('Question 2 of 3');
    expect(shadowFocus(el), 'focus goes to the new question').to.equal(current());
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'previous-button')!.click();
    await el.updateComplete;
    expect(current().textContent!.trim()).to.equal('Question 1 of 3');
    // Answer everything, go to the last page: "See results".
    const { tvpa, border, means } = children(el);
    tvpa.shadowRoot!.querySelector('input')!.click();
    tvpa.check();
    border.shadowRoot!.querySelectorAll('input')[1]!.click();
    border.check();
    const blank = means.querySelector('lk-blank')!;
    blank.value = 'means';
    means.check();
    part<HTMLButtonElement>(el, 'next-button')!.click();
    part<HTMLButtonElement>(el, 'next-button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const results = part<HTMLButtonElement>(el, 'next-button')!;
    expect(results.textContent!.trim()).to.equal('See results');
    results.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(part(el, 'summary')).to.exist;
    expect(visible()).to.equal(0);
    expect(shadowFocus(el)!.textContent).to.equal('Your results');
  });

  it('with feedback="end", holds feedback until the quiz is submitted, confirming unanswered questions', async () => {
    const el = await fixture<LkQuiz>(html`<lk-quiz item-id="end" feedback="end">${questions}</lk-quiz>`);
    const { tvpa, border, means } = children(el);
    expect(tvpa.deferred && border.deferred && means.deferred).to.be.true;
    expect(inner(tvpa, 'check-button'), 'no Check button of its own').to.be.null;
    tvpa.shadowRoot!.querySelectorAll('input')[0]!.click();
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    await el.updateComplete;
    expect(part(el, 'confirm')!.textContent).to.contain('2 questions have no answer yet.');
    expect(shadowFocus(el)!.id).to.equal('confirm-title');
    await expect(el).to.be.accessible();
    let completions = 0;
    el.addEventListener('lk-complete', () => (completions += 1));
    const submitAnyway = [...part(el, 'confirm')!.querySelectorAll('button')].find((button) =>
      button.textContent!.includes('Submit anyway'),
    )!;
    submitAnyway.click();
    await el.updateComplete;
    expect(tvpa.answered && border.answered && means.answered).to.be.true;
    expect(el.result).to.deep.include({ score: 1, maxScore: 3 });
    expect(completions).to.equal(1);
    expect(parts(el, 'summary-list')[0]!.textContent).to.contain('No answer');
    expect(inner(tvpa, 'status').textContent, 'feedback shows after submitting').to.contain('Correct.');
    await expect(el).to.be.accessible();
  });

  it('retries the whole quiz, clearing answers — and the saved state starts over too', async () => {
    const storage = new MemoryStorage();
    const host = await fixture<HTMLDivElement>(html`<div><lk-quiz item-id="retry">${questions}</lk-quiz></div>`);
    const session = track(host, new LocalTracker('quiz', { storage }));
    await session.ready;
    const el = host.querySelector('lk-quiz')!;
    await answerAllWithKeys(el, true);
    await el.updateComplete;
    expect(el.result.score).to.equal(3);
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await el.updateComplete;
    const { tvpa } = children(el);
    expect(tvpa.answered).to.be.false;
    expect(tvpa.response).to.deep.equal([]);
    expect(part(el, 'summary')).to.be.null;
    await session.settled();
    const saved = JSON.parse(storage.getItem('lessonkit:v1:quiz')!).items;
    expect(saved['q-tvpa']).to.deep.include({ attempts: 0, final: false, response: [] });
    session.disconnect();
  });

  it('retries keeping answers with retry="keep"', async () => {
    const el = await fixture<LkQuiz>(html`<lk-quiz item-id="keep" retry="keep">${questions}</lk-quiz>`);
    await answerAllWithKeys(el, false);
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await el.updateComplete;
    const { tvpa } = children(el);
    expect(tvpa.answered).to.be.false;
    expect(tvpa.response).to.deep.equal(['b']);
  });

  it('offers no retry with retry="none"', async () => {
    const el = await fixture<LkQuiz>(html`<lk-quiz item-id="none" retry="none">${questions}</lk-quiz>`);
    await answerAllWithKeys(el, true);
    await el.updateComplete;
    expect(part(el, 'summary')).to.exist;
    expect(part(el, 'retry-button')).to.be.null;
  });

  it('shuffles questions in an order that the saved attempt keeps', async () => {
    const storage = new MemoryStorage();
    const many = html`<lk-quiz item-id="shuf" shuffle>
      ${['a', 'b', 'c', 'd', 'e', 'f'].map(
        (id) =>
          html`<lk-question item-id=${`s-${id}`}
            ><span slot="prompt">${id}</span><lk-choice correct>yes</lk-choice><lk-choice>no</lk-choice></lk-question
          >`,
      )}
    </lk-quiz>`;
    const order = async () => {
      const host = await fixture<HTMLDivElement>(html`<div>${many}</div>`);
      const session = track(host, new LocalTracker('shuffle', { storage }));
      await session.ready;
      await session.settled();
      const el = host.querySelector('lk-quiz')!;
      await el.updateComplete;
      session.disconnect();
      const slots = [...el.shadowRoot!.querySelectorAll<HTMLSlotElement>('[part~="question"] slot')];
      return slots.map((slot) => slot.assignedElements()[0]!.getAttribute('item-id'));
    };
    const first = await order();
    const second = await order();
    expect(first).to.deep.equal(second);
    expect([...first].sort()).to.deep.equal(['s-a', 's-b', 's-c', 's-d', 's-e', 's-f']);
    expect(JSON.parse(storage.getItem('lessonkit:v1:shuffle')!).seed, 'the seed is saved').to.be.a('string');
    // With a known seed the order is known, and it is not the authored one.
    storage.setItem(
      'lessonkit:v1:shuffle',
      JSON.stringify({ items: {}, updated: new Date().toISOString(), seed: 'fixed' }),
    );
    expect(await order()).to.not.deep.equal(['s-a', 's-b', 's-c', 's-d', 's-e', 's-f']);
  });

  it('shows the results again after a reload, without completing twice', async () => {
    const storage = new MemoryStorage();
    const host = await fixture<HTMLDivElement>(html`<div><lk-quiz item-id="reload">${questions}</lk-quiz></div>`);
    const session = track(host, new LocalTracker('reload', { storage }));
    await session.ready;
    await answerAllWithKeys(host.querySelector('lk-quiz')!, true);
    await session.settled();
    session.disconnect();

    const again = await fixture<HTMLDivElement>(html`<div><lk-quiz item-id="reload">${questions}</lk-quiz></div>`);
    let completions = 0;
    again.addEventListener('lk-complete', () => (completions += 1));
    const revisit = track(again, new LocalTracker('reload', { storage }));
    await revisit.ready;
    const el = again.querySelector('lk-quiz')!;
    await el.updateComplete;
    expect(part(el, 'result')!.textContent).to.contain('Score: 3 of 3 (100%).');
    expect(completions).to.equal(0);
    revisit.disconnect();
  });

  it('reports a passing score outside 0–1, and a quiz with no questions', async () => {
    let el!: LkQuiz;
    const warnings = await captureWarnings(async () => {
      el = await fixture<LkQuiz>(html`<lk-quiz item-id="bad" passing-score="70">${questions}</lk-quiz>`);
    });
    expect(part(el, 'error')!.textContent).to.contain('between 0 and 1');
    expect(warnings.join('\n')).to.contain('lk-quiz#bad');
    const empty = await captureWarnings(async () => {
      el = await fixture<LkQuiz>(html`<lk-quiz item-id="empty"></lk-quiz>`);
    });
    expect(part(el, 'error')!.textContent).to.equal('This quiz has no questions.');
    expect(empty.join('\n')).to.contain('no questions');
  });

  it('speaks Spanish', async () => {
    const el = await fixture<LkQuiz>(
      html`<lk-quiz lang="es" item-id="es" layout="paged" feedback="end">${questions}</lk-quiz>`,
    );
    expect(part(el, 'number')!.textContent!.trim()).to.equal('Pregunta 1 de 3');
    expect(part(el, 'progress')!.textContent!.trim()).to.equal('0 de 3 respondidas');
    expect(part(el, 'next-button')!.textContent!.trim()).to.equal('Siguiente');
    await expect(el).to.be.accessible();
  });
});

describe('lk-quiz in harder cases', () => {
  it('counts questions whose elements are defined after the quiz', async () => {
    const el = await fixture<LkQuiz>(
      html`<lk-quiz item-id="late">
        <lk-question item-id="late-1"
          ><span slot="prompt">P</span><lk-choice correct>A</lk-choice><lk-choice>B</lk-choice></lk-question
        >
        <lk-late-answer item-id="late-2"><span slot="prompt">Why?</span></lk-late-answer>
      </lk-quiz>`,
    );
    expect(parts(el, 'question')).to.have.length(1);
    const { LkShortAnswer } = await import('../src/short-answer.js');
    customElements.define('lk-late-answer', class extends LkShortAnswer {});
    await el.updateComplete;
    expect(parts(el, 'question')).to.have.length(2);
    expect(part(el, 'progress')!.textContent!.trim()).to.equal('0 of 2 answered');
  });

  it('shows questions whose elements are not defined yet as they are, not as a quiz with no questions', async () => {
    const el = await fixture<LkQuiz>(
      html`<lk-quiz item-id="pending"
        ><lk-late-only item-id="pending-1"><span slot="prompt">Why?</span></lk-late-only></lk-quiz
      >`,
    );
    expect(part(el, 'error'), 'no error while the question is on its way').to.equal(null);
    const pending = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="pending"]')!;
    expect(pending.assignedElements()).to.deep.equal([el.querySelector('lk-late-only')]);
    const { LkShortAnswer } = await import('../src/short-answer.js');
    customElements.define('lk-late-only', class extends LkShortAnswer {});
    await el.updateComplete;
    expect(parts(el, 'question')).to.have.length(1);
  });

  it('reports a question element that is never defined, once it has waited', async () => {
    const wait = LkQuiz.waitForQuestions;
    LkQuiz.waitForQuestions = 50;
    try {
      const el = await fixture<LkQuiz>(
        html`<lk-quiz item-id="misspelled"><lk-questoin item-id="m-1"></lk-questoin></lk-quiz>`,
      );
      expect(part(el, 'error')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 80));
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('no questions');
    } finally {
      LkQuiz.waitForQuestions = wait;
    }
  });

  it('puts a question defined after the quiz in its place, set up like the others', async () => {
    const el = await fixture<LkQuiz>(
      html`<lk-quiz item-id="late-order" feedback="end">
        <lk-late-first item-id="late-order-1"><span slot="prompt">Why?</span></lk-late-first>
        <lk-question item-id="late-order-2"
          ><span slot="prompt">P</span><lk-choice correct>A</lk-choice><lk-choice>B</lk-choice></lk-question
        >
      </lk-quiz>`,
    );
    const { LkShortAnswer } = await import('../src/short-answer.js');
    customElements.define('lk-late-first', class extends LkShortAnswer {});
    await el.updateComplete;
    const late = el.querySelector('lk-late-first') as HTMLElement & { deferred: boolean };
    const assigned = (index: number) =>
      el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="q-${index}"]`)!.assignedElements();
    expect(assigned(0)).to.deep.equal([late]);
    expect(assigned(1)).to.deep.equal([el.querySelector('lk-question')]);
    expect(late.deferred, 'feedback held until the end, as for the others').to.be.true;
  });

  it('with feedback="end", finishes questions that allow several tries, and completes after progress', async () => {
    const el = await fixture<LkQuiz>(
      html`<lk-quiz item-id="end2" feedback="end">
        <lk-question item-id="e-1" max-attempts="3"
          ><span slot="prompt">P</span><lk-choice correct>A</lk-choice><lk-choice>B</lk-choice></lk-question
        >
        <lk-short-answer item-id="e-2"><span slot="prompt">Why?</span></lk-short-answer>
      </lk-quiz>`,
    );
    const order: string[] = [];
    const finals: boolean[] = [];
    el.addEventListener('lk-progress', () => order.push('progress'));
    el.addEventListener('lk-complete', () => order.push('complete'));
    el.addEventListener('lk-answer', (event) => finals.push(event.detail.final));
    el.querySelector('lk-question')!.shadowRoot!.querySelectorAll('input')[1]!.click();
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    await el.updateComplete;
    [...part(el, 'confirm')!.querySelectorAll('button')][0]!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(order).to.deep.equal(['progress', 'progress', 'complete']);
    expect(finals, 'a blank reflection is not saved as done').to.deep.equal([true, false]);
    expect(part(el, 'summary')).to.exist;
    expect(inner(el.querySelector('lk-question')!, 'retry-button'), 'no Try again once submitted').to.be.null;
  });

  it('gives focus back to Submit after "Keep answering"', async () => {
    const el = await fixture<LkQuiz>(html`<lk-quiz item-id="keep-answering" feedback="end">${questions}</lk-quiz>`);
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    await el.updateComplete;
    [...part(el, 'confirm')!.querySelectorAll('button')][1]!.click();
    await el.updateComplete;
    expect(shadowFocus(el)).to.equal(part(el, 'submit-button'));
  });

  it('shows the results after a reload of a submitted paged quiz with feedback at the end', async () => {
    const storage = new MemoryStorage();
    const markup = html`<div><lk-quiz item-id="paged-end" layout="paged" feedback="end">${questions}</lk-quiz></div>`;
    const host = await fixture<HTMLDivElement>(markup);
    const session = track(host, new LocalTracker('paged-end', { storage }));
    await session.ready;
    const el = host.querySelector('lk-quiz')!;
    part<HTMLButtonElement>(el, 'next-button')!.click();
    part<HTMLButtonElement>(el, 'next-button')!.click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    await el.updateComplete;
    [...part(el, 'confirm')!.querySelectorAll('button')][0]!.click();
    await session.settled();
    session.disconnect();

    const again = await fixture<HTMLDivElement>(markup);
    const revisit = track(again, new LocalTracker('paged-end', { storage }));
    await revisit.ready;
    const restored = again.querySelector('lk-quiz')!;
    await restored.updateComplete;
    for (let page = 0; page < 2; page += 1) {
      part<HTMLButtonElement>(restored, 'next-button')!.click();
      await restored.updateComplete;
    }
    const results = part<HTMLButtonElement>(restored, 'next-button')!;
    expect(results.textContent!.trim()).to.equal('See results');
    results.click();
    await restored.updateComplete;
    expect(part(restored, 'summary')).to.exist;
    revisit.disconnect();
  });
});
