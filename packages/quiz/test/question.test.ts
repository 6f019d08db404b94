import { LocalTracker, setStrings, track, type LkAnswerEvent } from '@lessonkit/core';
import { MemoryStorage, captureWarnings } from '@lessonkit/testing';
import { accessibilityTree, findNode } from '@lessonkit/testing/a11y.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-question.js';
import type { LkQuestion } from '../src/question.js';
import { check, part, shadowFocus, shown, spoken, status } from './helpers.js';

const single = html`<lk-question item-id="q1" type="single">
  <span slot="prompt">Which law created new federal trafficking crimes?</span>
  <lk-choice correct
    >The Trafficking Victims Protection Act of 2000
    <span slot="feedback">Right: it defined “severe forms of trafficking”.</span></lk-choice
  >
  <lk-choice>FOSTA (2018)<span slot="feedback">FOSTA is about websites.</span></lk-choice>
  <lk-choice>The Homeland Security Act of 2002</lk-choice>
  <span slot="hint">It was passed in 2000.</span>
  <p slot="explanation">The TVPA of 2000 added new federal trafficking crimes and created the T visa.</p>
</lk-question>`;

const multiple = html`<lk-question item-id="m1" type="multiple" points="2" max-attempts="2">
  <span slot="prompt">Which are means named in the federal definition?</span>
  <lk-choice correct>Force</lk-choice>
  <lk-choice correct>Fraud</lk-choice>
  <lk-choice correct>Coercion</lk-choice>
  <lk-choice>Crossing a border</lk-choice>
</lk-question>`;

const inputs = (el: LkQuestion): HTMLInputElement[] => [...el.shadowRoot!.querySelectorAll('input')];

describe('lk-question', () => {
  afterEach(() => localStorage.clear());

  it('uses native radio buttons in a fieldset whose legend is the prompt', async () => {
    const el = await fixture<LkQuestion>(single);
    const fieldset = part(el, 'fieldset')!;
    expect(fieldset.localName).to.equal('fieldset');
    expect(shown(el.querySelector('[slot="prompt"]')!), 'the prompt shows').to.be.true;
    expect(shown(el.querySelector('[slot="explanation"]')!), 'no explanation before answering').to.be.false;
    expect(shown(el.querySelector('[slot="feedback"]')!), 'no feedback before answering').to.be.false;
    expect(shown(el.querySelector('[slot="hint"]')!), 'the hint waits for its button').to.be.false;
    expect(fieldset.querySelector('legend slot')!.getAttribute('name')).to.equal('prompt');
    expect(inputs(el).map((input) => input.type)).to.deep.equal(['radio', 'radio', 'radio']);
    const snapshot = await accessibilityTree();
    const group = findNode(
      snapshot,
      (node) => node.role === 'group' && node.name === 'Which law created new federal trafficking crimes?',
    );
    expect(group, 'the fieldset is a group named by the prompt').to.exist;
    const radio = findNode(
      snapshot,
      (node) => node.role === 'radio' && /Trafficking Victims Protection Act of 2000/.test(node.name),
    );
    expect(radio, 'the radio is named by the choice text').to.exist;
    await expect(el).to.be.accessible();
  });

  it('scores a single choice picked with the mouse and reports it in lk-answer', async () => {
    const el = await fixture<LkQuestion>(single);
    el.querySelector('lk-choice')!.click(); // the choice's text is inside the label
    expect(inputs(el)[0]!.checked).to.be.true;
    const detail = await check(el);
    expect(detail).to.deep.equal({
      itemId: 'q1',
      interaction: 'choice',
      response: ['a'],
      correct: true,
      score: 1,
      maxScore: 1,
      attempt: 1,
      final: true,
    });
    await el.updateComplete;
    expect(status(el)).to.equal('Correct. Score: 1 of 1.');
    expect(el.answered).to.be.true;
    expect(el.hasAttribute('answered')).to.be.true;
    expect(inputs(el).every((input) => input.getAttribute('aria-disabled') === 'true')).to.be.true;
    inputs(el)[1]!.click();
    expect(inputs(el)[0]!.checked && !inputs(el)[1]!.checked, 'a locked answer does not change').to.be.true;
    const choice = el.querySelector('lk-choice')!;
    expect(choice.feedbackShown).to.be.true;
    expect(part(el, 'verdict')!.textContent).to.contain('Correct');
    expect(shown(el.querySelector('[slot="explanation"]')!), 'the explanation shows').to.be.true;
    expect(shown(el.querySelector('[slot="feedback"]')!), "the chosen choice's feedback shows").to.be.true;
    await expect(el).to.be.accessible();
  });

  it('is answered with the keyboard alone', async () => {
    const el = await fixture<LkQuestion>(single);
    await sendKeys({ press: 'Tab' });
    expect(shadowFocus(el)).to.equal(inputs(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(inputs(el)[1]!.checked, 'arrow keys move the selection').to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(shadowFocus(el)).to.equal(part(el, 'check-button'));
    const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await answered;
    expect(detail.response).to.deep.equal(['b']);
    expect(detail.correct).to.be.false;
    expect(detail.final).to.be.true;
    await el.updateComplete;
    expect(shadowFocus(el) === inputs(el)[1], 'focus goes back to the chosen answer').to.be.true;
    expect(spoken(el)).to.equal(
      'Not quite. Score: 0 of 1. The right answer is now marked. FOSTA is about websites. ' +
        'Right answer: The Trafficking Victims Protection Act of 2000.',
    );
    await sendKeys({ press: 'ArrowUp' });
    expect(shadowFocus(el) === inputs(el)[0], 'the locked choices can still be reached to hear their verdicts').to.be
      .true;
    expect(inputs(el)[1]!.checked, 'but the answer does not change').to.be.true;
    expect(status(el)).to.equal('Not quite. Score: 0 of 1. The right answer is now marked.');
    const verdicts = [...el.shadowRoot!.querySelectorAll('[part~="choice"]')].map((row) =>
      row.getAttribute('data-verdict'),
    );
    expect(verdicts).to.deep.equal(['answer', 'incorrect', null]);
    const [right, chosen, other] = el.querySelectorAll('lk-choice');
    expect(right!.feedbackShown && chosen!.feedbackShown && !other!.feedbackShown).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('asks for an answer instead of checking an empty one', async () => {
    const el = await fixture<LkQuestion>(single);
    let fired = false;
    el.addEventListener('lk-answer', () => (fired = true));
    part<HTMLButtonElement>(el, 'check-button')!.click();
    await el.updateComplete;
    expect(fired).to.be.false;
    expect(status(el)).to.equal('Choose an answer before checking.');
    expect(part(el, 'check-button'), 'no attempt is used').to.exist;
  });

  it('gives partial credit on a multiple question, then a retry, then the answer', async () => {
    const el = await fixture<LkQuestion>(multiple);
    expect(inputs(el).map((input) => input.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox', 'checkbox']);
    const [force, fraud, , border] = inputs(el);
    force!.click();
    border!.click();
    fraud!.click();
    const first = await check(el);
    // (2 right − 1 wrong) / 3 right × 2 points = 0.67
    expect(first).to.include({ correct: false, score: 0.67, maxScore: 2, attempt: 1, final: false });
    expect(first.response).to.deep.equal(['a', 'b', 'd']);
    await el.updateComplete;
    expect(status(el)).to.equal('Partly correct. Score: 0.67 of 2. You have 1 more try.');
    expect(el.answered).to.be.false;
    // Before the last attempt the missed right answer is not given away.
    const verdicts = () =>
      [...el.shadowRoot!.querySelectorAll('[part~="choice"]')].map((row) => row.getAttribute('data-verdict'));
    expect(verdicts()).to.deep.equal(['correct', 'correct', null, 'incorrect']);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' }); // focus is on Try again
    await el.updateComplete;
    expect(shadowFocus(el), 'focus returns to a chosen answer').to.equal(inputs(el)[0]);
    expect(inputs(el).some((input) => input.getAttribute('aria-disabled') === 'true')).to.be.false;
    inputs(el)[3]!.click(); // untick "Crossing a border"
    const second = await check(el);
    expect(second).to.include({ correct: false, score: 1.33, attempt: 2, final: true });
    await el.updateComplete;
    expect(verdicts()).to.deep.equal(['correct', 'correct', 'missed', null]);
    expect(part(el, 'verdict')).to.exist;
    expect(el.shadowRoot!.querySelector('[data-verdict="missed"] [part~="verdict"]')!.textContent).to.contain(
      'Right answer, not chosen',
    );
    expect(part(el, 'retry-button')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('scores all-or-nothing when asked', async () => {
    const el = await fixture<LkQuestion>(multiple);
    el.scoring = 'all-or-nothing';
    inputs(el)[0]!.click();
    expect(await check(el)).to.include({ correct: false, score: 0 });
  });

  it('allows unlimited attempts with max-attempts="0"', async () => {
    const el = await fixture<LkQuestion>(single);
    el.maxAttempts = 0;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      inputs(el)[2]!.click();
      expect(await check(el)).to.include({ attempt, final: false });
      await el.updateComplete;
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await el.updateComplete;
    }
    inputs(el)[0]!.click();
    expect(await check(el)).to.include({ attempt: 4, correct: true, final: true });
  });

  it('opens and closes the hint with a disclosure button', async () => {
    const el = await fixture<LkQuestion>(single);
    const button = part<HTMLButtonElement>(el, 'hint-button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'hint')!.hidden).to.be.true;
    button.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Hide hint');
    expect(shown(el.querySelector('[slot="hint"]')!), 'the hint shows').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('restores a saved answer through track() after the element is re-created', async () => {
    const storage = new MemoryStorage();
    const host = await fixture<HTMLDivElement>(html`<div>${single}</div>`);
    const session = track(host, new LocalTracker('restore-test', { storage }));
    await session.ready;
    const el = host.querySelector('lk-question')!;
    inputs(el)[1]!.click();
    await check(el);
    await session.settled();
    session.disconnect();
    expect(JSON.parse(storage.getItem('lessonkit:v1:restore-test')!).items.q1).to.deep.include({
      response: ['b'],
      attempts: 1,
      final: true,
    });

    // A new visit: a fresh page with the same lesson.
    host.innerHTML = '';
    const again = await fixture<HTMLDivElement>(html`<div>${single}</div>`);
    const revisit = track(again, new LocalTracker('restore-test', { storage }));
    await revisit.ready;
    const restored = again.querySelector('lk-question')!;
    await restored.updateComplete;
    expect(inputs(restored)[1]!.checked).to.be.true;
    expect(restored.answered).to.be.true;
    expect(status(restored)).to.equal('Not quite. Score: 0 of 1. The right answer is now marked.');
    expect(part(restored, 'check-button')).to.be.null;
    expect(shown(restored.querySelector('[slot="explanation"]')!), 'the explanation shows again').to.be.true;
    revisit.disconnect();
  });

  it('restores when its element connects after track() has loaded', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'lessonkit:v1:late',
      JSON.stringify({
        items: {
          q1: {
            interaction: 'choice',
            response: ['c'],
            correct: false,
            score: 0,
            maxScore: 1,
            attempts: 1,
            final: false,
          },
        },
        updated: '2026-11-01T10:00:00.000Z',
      }),
    );
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const session = track(host, new LocalTracker('late', { storage }));
    await session.ready;
    const el = document.createElement('lk-question');
    el.itemId = 'q1';
    el.maxAttempts = 3;
    el.innerHTML =
      '<span slot="prompt">P</span><lk-choice correct>A</lk-choice><lk-choice>B</lk-choice><lk-choice>C</lk-choice>';
    host.append(el);
    await el.updateComplete;
    expect(inputs(el)[2]!.checked).to.be.true;
    expect(status(el)).to.equal('Not quite. Score: 0 of 1. You have 2 more tries.');
    expect(part(el, 'retry-button')).to.exist;
    session.disconnect();
  });

  it('speaks Spanish when the nearest lang is es, and follows a change of the document language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es">${single}</div>`);
    const el = wrapper.querySelector('lk-question')!;
    await el.updateComplete;
    expect(part(el, 'check-button')!.textContent!.trim()).to.equal('Comprobar');
    expect(part(el, 'instructions')!.textContent!.trim()).to.equal('Elige una respuesta.');
    inputs(el)[1]!.click();
    el.maxAttempts = 3;
    await check(el);
    await el.updateComplete;
    expect(status(el)).to.equal('No es correcto. Puntuación: 0 de 1. Te quedan 2 intentos más.');
    expect(part(el, 'retry-button')!.textContent!.trim()).to.equal('Intentar de nuevo');
    await expect(el).to.be.accessible();

    const plain = await fixture<LkQuestion>(single);
    document.documentElement.lang = 'es';
    try {
      await new Promise((resolve) => setTimeout(resolve));
      await plain.updateComplete;
      expect(part(plain, 'check-button')!.textContent!.trim()).to.equal('Comprobar');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('lets an author replace strings for the page or for one element', async () => {
    const el = await fixture<LkQuestion>(single);
    setStrings('en', { 'question.check': 'Submit answer' });
    try {
      await el.updateComplete;
      expect(part(el, 'check-button')!.textContent!.trim()).to.equal('Submit answer');
      el.strings = { 'question.check': 'Lock it in' };
      await el.updateComplete;
      expect(part(el, 'check-button')!.textContent!.trim()).to.equal('Lock it in');
    } finally {
      setStrings('en', { 'question.check': 'Check' });
    }
  });

  it('says plainly when no choice is marked correct, instead of scoring it', async () => {
    let el!: LkQuestion;
    const warnings = await captureWarnings(async () => {
      el = await fixture<LkQuestion>(
        html`<lk-question item-id="broken">
          <span slot="prompt">Which?</span>
          <lk-choice>One</lk-choice>
          <lk-choice>Two</lk-choice>
        </lk-question>`,
      );
    });
    expect(warnings.join('\n')).to.contain('lk-question#broken').and.contain('none of its choices is marked correct');
    expect(part(el, 'check-button')).to.be.null;
    expect(part(el, 'error')!.textContent).to.contain('none of its choices is marked correct');
    await expect(el).to.be.accessible();
  });

  it('renders once as its choices upgrade, and again when a choice really changes', async () => {
    const el = document.createElement('lk-question') as LkQuestion;
    el.setAttribute('item-id', 'once');
    el.innerHTML = '<span slot="prompt">Which?</span><lk-choice correct>One</lk-choice><lk-choice>Two</lk-choice>';
    const render = el.render.bind(el);
    let renders = 0;
    el.render = () => {
      renders += 1;
      return render();
    };
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.append(el);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(renders, 'renders after connecting').to.equal(1);
    // Writing back the value an attribute has changes nothing.
    el.querySelector('lk-choice')!.setAttribute('correct', '');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(renders, 'renders after a right choice is given the correct it had').to.equal(1);
    el.querySelectorAll('lk-choice')[1]!.setAttribute('correct', '');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(renders, 'renders after a second choice is marked correct').to.equal(2);
    // A choice's properties are its attributes: a script setting one is seen as well.
    const first = el.querySelector('lk-choice')!;
    first.correct = false;
    expect(first.hasAttribute('correct')).to.be.false;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(renders, 'renders after a script unmarks the first').to.equal(3);
  });

  it('follows choices added after it connected', async () => {
    const el = await fixture<LkQuestion>(single);
    const extra = document.createElement('lk-choice');
    extra.textContent = 'The Palermo Protocol';
    el.append(extra);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(inputs(el)).to.have.length(4);
    expect(inputs(el)[3]!.value).to.equal('d');
  });

  it('asks true or false, scores it, and shows the feedback for the chosen answer', async () => {
    const el = await fixture<LkQuestion>(
      html`<lk-question item-id="tf1" type="true-false" answer="false">
        <span slot="prompt">Trafficking requires crossing a border.</span>
        <span slot="feedback-true">Movement is not required.</span>
        <span slot="feedback-false">Right: it can happen entirely within one town.</span>
      </lk-question>`,
    );
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['True', 'False']);
    expect(shown(el.querySelector('[slot="feedback-true"]')!)).to.be.false;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' }); // to False
    expect(inputs(el)[1]!.checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await answered).detail).to.include({ interaction: 'true-false', correct: true, score: 1, final: true });
    expect((await answered).detail.response).to.deep.equal(['false']);
    await el.updateComplete;
    expect(shown(el.querySelector('[slot="feedback-false"]')!), 'feedback for the chosen answer').to.be.true;
    expect(shown(el.querySelector('[slot="feedback-true"]')!), 'not for the other').to.be.false;
    await expect(el).to.be.accessible();
  });

  it('says Verdadero / Falso in Spanish', async () => {
    const el = await fixture<LkQuestion>(
      html`<lk-question lang="es" item-id="tf2" type="true-false" answer="true"
        ><span slot="prompt">P</span></lk-question
      >`,
    );
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['Verdadero', 'Falso']);
  });

  it('reports an author error for a true-false question without a valid answer, or an unknown type', async () => {
    for (const [markup, message] of [
      [
        html`<lk-question item-id="tf3" type="true-false" answer="yes"><span slot="prompt">P</span></lk-question>`,
        'must be “true” or “false”',
      ],
      [
        html`<lk-question item-id="x1" type="essay"
          ><span slot="prompt">P</span><lk-choice correct>A</lk-choice></lk-question
        >`,
        '“essay” is not a question type',
      ],
      [html`<lk-question item-id="x2"><span slot="prompt">P</span></lk-question>`, 'it has no choices'],
    ] as const) {
      let el!: LkQuestion;
      const warnings = await captureWarnings(async () => {
        el = await fixture<LkQuestion>(markup);
      });
      expect(part(el, 'error')!.textContent, message).to.contain(message);
      expect(warnings.join('\n'), message).to.contain(message);
      expect(part(el, 'check-button'), message).to.be.null;
    }
  });

  it('shuffles choices in an order that is the same on every visit and reports authored values', async () => {
    const markup = html`<lk-question item-id="shuffled" shuffle seed="learner-7">
      <span slot="prompt">P</span>
      ${['A', 'B', 'C', 'D', 'E', 'F'].map((text, index) => html`<lk-choice ?correct=${index === 0}>${text}</lk-choice>`)}
    </lk-question>`;
    const order = (el: LkQuestion) => inputs(el).map((input) => input.value);
    const first = await fixture<LkQuestion>(markup);
    const again = await fixture<LkQuestion>(markup);
    expect(order(first)).to.deep.equal(order(again));
    expect(order(first)).to.not.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
    expect([...order(first)].sort()).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
    const other = await fixture<LkQuestion>(markup);
    other.seed = 'learner-8';
    await other.updateComplete;
    expect(order(other)).to.not.deep.equal(order(first));
    // The label shows the choice whose value the input reports.
    const input = inputs(first).find((candidate) => candidate.value === 'a')!;
    input.click();
    const slot = input.labels![0]!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('A');
    expect(await check(first)).to.include({ correct: true });
  });

  it('ticks checkboxes with Space', async () => {
    const el = await fixture<LkQuestion>(multiple);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadowFocus(el)).to.equal(part(el, 'check-button'));
    const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await answered).detail).to.include({ correct: true, score: 2 });
  });

  it('describes the group with its instructions', async () => {
    const el = await fixture<LkQuestion>(multiple);
    const fieldset = part(el, 'fieldset')!;
    const described = el.shadowRoot!.getElementById(fieldset.getAttribute('aria-describedby')!)!;
    expect(described.textContent!.trim()).to.equal('Choose all answers that apply.');
  });

  it('copes with a malformed lang such as en_US', async () => {
    const el = await fixture<LkQuestion>(html`<div lang="es_MX">${single}</div>`).then((wrapper) =>
      wrapper.querySelector('lk-question')!,
    );
    await el.updateComplete;
    expect(el.locale).to.equal('es-MX');
    inputs(el)[0]!.click();
    await check(el);
    await el.updateComplete;
    expect(status(el)).to.equal('Correcto. Puntuación: 1 de 1.');
    const broken = await fixture<LkQuestion>(html`<div lang="%%">${single}</div>`).then((wrapper) =>
      wrapper.querySelector('lk-question')!,
    );
    await captureWarnings(async () => {
      inputs(broken)[1]!.click();
      await check(broken);
      await broken.updateComplete;
    });
    expect(status(broken)).to.equal('Not quite. Score: 0 of 1. The right answer is now marked.');
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">${single}</div>`);
    const el = wrapper.querySelector('lk-question')!;
    wrapper.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(part(el, 'check-button')!.textContent!.trim()).to.equal('Comprobar');
  });

  it('refuses two choices with the same value, and points that are not a number', async () => {
    for (const [markup, message] of [
      [
        html`<lk-question item-id="dup"
          ><span slot="prompt">P</span><lk-choice correct>A</lk-choice><lk-choice value="a">B</lk-choice></lk-question
        >`,
        'two choices have the value “a”',
      ],
      [
        html`<lk-question item-id="pts" points="many"
          ><span slot="prompt">P</span><lk-choice correct>A</lk-choice><lk-choice>B</lk-choice></lk-question
        >`,
        'its points must be a number',
      ],
    ] as const) {
      let el!: LkQuestion;
      await captureWarnings(async () => {
        el = await fixture<LkQuestion>(markup);
      });
      expect(part(el, 'error')!.textContent).to.contain(message);
      expect(part(el, 'check-button')).to.be.null;
    }
  });

  it('finishes a restored question whose attempts exceed a lowered max-attempts, and is accessible restored', async () => {
    const el = await fixture<LkQuestion>(single);
    el.restore({
      interaction: 'choice',
      response: ['b', 'gone'],
      correct: false,
      score: 0,
      maxScore: 1,
      attempts: 3,
      final: false,
    });
    await el.updateComplete;
    expect(el.answered).to.be.true;
    expect(el.response, 'a value the lesson no longer has is left out').to.deep.equal(['b']);
    expect(status(el)).to.equal('Not quite. Score: 0 of 1. The right answer is now marked.');
    expect(part(el, 'retry-button')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('is accessible after Try again', async () => {
    const el = await fixture<LkQuestion>(multiple);
    inputs(el)[3]!.click();
    await check(el);
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says "choose an answer" again when Check is pressed twice on nothing', async () => {
    const el = await fixture<LkQuestion>(single);
    const region = part(el, 'status')!;
    const changes: string[] = [];
    new MutationObserver(() => changes.push(region.textContent!.trim())).observe(region, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    part<HTMLButtonElement>(el, 'check-button')!.click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'check-button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(changes.filter((text) => text === 'Choose an answer before checking.').length).to.be.greaterThan(1);
  });
});

describe('lk-choice', () => {
  afterEach(() => localStorage.clear());

  it('takes a shadow root only for feedback of its own, and shows its text either way', async () => {
    const el = await fixture<LkQuestion>(single);
    const [withFeedback, , plain] = [...el.querySelectorAll('lk-choice')];
    expect(withFeedback!.shadowRoot, 'a choice with feedback').to.not.equal(null);
    expect(plain!.shadowRoot, 'a choice without').to.equal(null);
    expect(plain!.childNodes.length, 'nothing rendered into its content').to.equal(1);
    expect(shown(plain!)).to.be.true;
    inputs(el)[2]!.click();
    await check(el);
    await plain!.updateComplete;
    expect(plain!.hasAttribute('feedback-shown'), 'its attributes are still reflected').to.be.true;
    expect(plain!.childNodes.length).to.equal(1);
  });

  it('shows feedback added after it connected', async () => {
    const el = await fixture<LkQuestion>(multiple);
    const crossing = el.querySelectorAll('lk-choice')[3]!;
    expect(crossing.shadowRoot).to.equal(null);
    const feedback = document.createElement('span');
    feedback.slot = 'feedback';
    feedback.textContent = 'Crossing a border is not required.';
    crossing.append(feedback);
    // Before the next paint: a frame later it has a shadow root, and the feedback waits in it.
    await new Promise(requestAnimationFrame);
    expect(crossing.shadowRoot, 'it takes one when it is given feedback').to.not.equal(null);
    expect(feedback.getBoundingClientRect().height, 'no feedback on show before checking').to.equal(0);
    inputs(el)[3]!.click();
    await check(el);
    await el.updateComplete;
    await crossing.updateComplete;
    expect(shown(feedback), 'the feedback shows beside the choice').to.be.true;
    expect(part(crossing, 'feedback')!.hidden).to.be.false;
  });
});
