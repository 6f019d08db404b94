import type { ItemState, LkAnswerEvent } from '@lessonkit/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-claim-check.js';
import type { LkClaimCheck } from '../src/claim-check.js';
import { claimCheckProblem, type ClaimCheckData } from '../src/claim-check-model.js';
import { OPED_URL, casesClaim, crossingsClaim } from './claims.js';

interface Options {
  lang?: string;
  maxAttempts?: number;
  points?: number;
}

const claimCheck = (data: ClaimCheckData = casesClaim, { lang = 'en', maxAttempts = 1, points = 1 }: Options = {}) =>
  fixture<LkClaimCheck>(
    html`<lk-claim-check
      item-id="cases-34000"
      lang=${lang}
      max-attempts=${maxAttempts}
      points=${points}
      .data=${data}
    ></lk-claim-check>`,
  );
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const focused = (el: Element) => el.shadowRoot!.activeElement;
/** Where the focus is; a failure names both elements (chai's diff of two elements does not finish). */
const expectFocus = (el: Element, target: Element | null | undefined) => {
  const active = focused(el);
  const name = (element: Element | null | undefined) => (element ? element.outerHTML.slice(0, 60) : 'nothing');
  expect(active === target, `the focus is on ${name(active)}, not on ${name(target)}`).to.be.true;
};
const stepHeadings = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="steps"] h4')].map(text);
const buttons = (el: Element) => el.shadowRoot!.querySelector('[part~="check-button"], [part~="retry-button"]');
const answer = (el: Element) => oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
const press = (key: string) => sendKeys({ press: key });
const saved = (state: Partial<ItemState>): ItemState => ({
  interaction: 'choice',
  response: [],
  correct: false,
  score: 0,
  maxScore: 1,
  attempts: 1,
  final: false,
  ...state,
});

describe('lk-claim-check', () => {
  it('quotes the claim with its linked source, and offers the verdicts and the evidence as native groups', async () => {
    const el = await claimCheck();
    const quote = part(el, 'claim');
    expect(text(quote)).to.equal(casesClaim.claim);
    expect(quote.getAttribute('cite')).to.equal(OPED_URL);
    const link = el.shadowRoot!.querySelector('figcaption a')!;
    expect(link.getAttribute('href')).to.equal(OPED_URL);
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener');
    expect(text(link)).to.equal('Tim Head, opinion column, Fox News, 2019 (opens in a new tab)');
    expect(text(part(el, 'verdicts').querySelector('legend')!)).to.equal('What is your verdict on this claim?');
    const labels = [...part(el, 'verdicts').querySelectorAll('label')].map(text);
    expect(labels).to.deep.equal([
      'Accurate The sources confirm it.',
      'Partly accurate Some of it holds up; some of it is wrong or cannot be confirmed.',
      'Misleading It may use real facts, but it leaves a false impression.',
      'Unverified It could not be confirmed. That is not the same as false.',
    ]);
    expect(new Set(radios(el).map((radio) => radio.name)).size).to.equal(1);
    expect(text(part(el, 'evidence').querySelector('legend')!)).to.equal(
      'What evidence would you need to check this claim? Choose all that apply.',
    );
    expect(boxes(el).map((box) => box.value)).to.deep.equal(['evidence-1', 'evidence-2', 'evidence-3', 'evidence-4']);
    expect(text(part(el, 'evidence').querySelector('label')!)).to.equal(
      'Where the figure comes from, and what a hotline “case” counts',
    );
    // What the sources say stays hidden until the verdict is final.
    expect(el.shadowRoot!.querySelector('[part~="steps"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('offers all seven verdicts when the author lists none, and no evidence group when there is no evidence', async () => {
    const { verdicts: _verdicts, evidence: _evidence, ...rest } = casesClaim;
    void _verdicts;
    void _evidence;
    const why = { ...rest.why, 'needs-context': 'a', unsupported: 'b', opinion: 'c' };
    const el = await claimCheck({ ...rest, why });
    expect(radios(el).map((radio) => radio.value)).to.deep.equal([
      'accurate',
      'needs-context',
      'partly-accurate',
      'misleading',
      'unsupported',
      'unverified',
      'opinion',
    ]);
    expect(text(el.shadowRoot!.querySelectorAll('label')[1]!)).to.equal(
      'Accurate, needs context True as stated, but it leaves out something that changes how it reads.',
    );
    expect(el.shadowRoot!.querySelector('[part~="evidence"]')).to.be.null;
    expect(boxes(el)).to.have.length(0);
  });

  it('works by keyboard alone: a wrong verdict, Try again, the right one, then the steps one by one', async () => {
    const el = await claimCheck(casesClaim, { maxAttempts: 2 });
    radios(el)[0]!.focus();
    await press('ArrowDown');
    await press('ArrowDown');
    expect(radios(el)[2]!.checked).to.be.true;
    await press('Tab');
    expectFocus(el, boxes(el)[0]);
    await press('Space');
    await press('Tab');
    await press('Tab');
    await press('Space');
    expect(boxes(el).map((box) => box.checked)).to.deep.equal([true, false, true, false]);
    await press('Tab');
    await press('Tab');
    expectFocus(el, part(el, 'check-button'));
    let answered = answer(el);
    await press('Enter');
    let { detail } = await answered;
    expect(detail).to.deep.include({
      itemId: 'cases-34000',
      interaction: 'choice',
      correct: false,
      score: 0,
      maxScore: 1,
      attempt: 1,
      final: false,
    });
    expect(detail.response).to.deep.equal(['misleading', 'evidence-1', 'evidence-3']);
    await el.updateComplete;
    expect(text(part(el, 'feedback'))).to.match(/^✗ Not Misleading\. “Misleading” is for real facts arranged/);
    // The feedback takes the focus (read once: it is not a live region); Try again follows it.
    expectFocus(el, part(el, 'feedback'));
    expect(part(el, 'feedback').closest('[role="status"]')).to.be.null;
    await press('Tab');
    expectFocus(el, part(el, 'retry-button'));
    await expect(el).to.be.accessible();

    // Locked while the feedback shows: keys change nothing, and the inputs stay in the tab order.
    boxes(el)[1]!.focus();
    await press('Space');
    radios(el)[2]!.focus();
    await press('ArrowUp');
    await el.updateComplete;
    expect(el.response).to.deep.equal(['misleading', 'evidence-1', 'evidence-3']);
    expect(radios(el)[2]!.checked).to.be.true;
    expect(boxes(el)[1]!.checked).to.be.false;
    expect([...radios(el), ...boxes(el)].every((input) => input.getAttribute('aria-disabled') === 'true')).to.be.true;
    expect([...radios(el), ...boxes(el)].some((input) => input.disabled)).to.be.false;

    part(el, 'retry-button').focus();
    await press('Enter');
    await el.updateComplete;
    expectFocus(el, radios(el)[2]);
    expect(el.shadowRoot!.querySelector('[part~="feedback"]')).to.be.null;
    await press('ArrowUp');
    expect(radios(el)[1]!.checked).to.be.true;
    boxes(el)[1]!.focus();
    await press('Space');
    part(el, 'check-button').focus();
    answered = answer(el);
    await press('Enter');
    ({ detail } = await answered);
    expect(detail).to.deep.include({ correct: true, score: 1, attempt: 2, final: true });
    expect(detail.response).to.deep.equal(['partly-accurate', 'evidence-1', 'evidence-2', 'evidence-3']);
    await el.updateComplete;
    expectFocus(el, part(el, 'feedback'));
    expect(text(part(el, 'feedback'))).to.match(/^✓ Right: Partly accurate\. A total this size is plausible/);
    expect(buttons(el)).to.be.null;

    // The walk-through: the first step, then each next one on request, the focus on its heading.
    expect(text(el.shadowRoot!.querySelector('.walk h3')!)).to.equal('What the sources say');
    expect(stepHeadings(el)).to.deep.equal(['Stop']);
    await expect(el).to.be.accessible();
    await press('Tab');
    expectFocus(el, part(el, 'next-button'));
    expect(text(part(el, 'next-button'))).to.equal('Next step: Investigate the source');
    await press('Enter');
    await el.updateComplete;
    expect(stepHeadings(el)).to.deep.equal(['Stop', 'Investigate the source']);
    expectFocus(el, el.shadowRoot!.querySelector('#step-investigate'));
    await press('Tab');
    expectFocus(el, part(el, 'next-button'));
    await press('Enter');
    await el.updateComplete;
    expectFocus(el, el.shadowRoot!.querySelector('#step-coverage'));
    await press('Tab');
    const link = focused(el) as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(
      'https://polarisproject.org/2018-us-national-human-trafficking-hotline-statistics',
    );
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener');
    await press('Tab');
    expect(text(focused(el)!)).to.equal('Next step: Trace to the original');
    await press('Enter');
    await el.updateComplete;
    expect(stepHeadings(el)).to.deep.equal([
      'Stop',
      'Investigate the source',
      'Find better coverage',
      'Trace to the original',
    ]);
    expectFocus(el, el.shadowRoot!.querySelector('#step-trace'));
    expect(el.shadowRoot!.querySelector('[part~="next-button"]')).to.be.null;
    expect(text(el.shadowRoot!.querySelectorAll('[part~="steps"] > li')[3]!)).to.match(
      /one archived copy of its wording showed 22,191\. No version showing 34,000 was found/,
    );
    await expect(el).to.be.accessible();
  });

  it('scores with its points, names the right verdict when out of tries, and marks each evidence option', async () => {
    const el = await claimCheck(casesClaim, { points: 3 });
    radios(el)[0]!.click();
    boxes(el)[0]!.click();
    boxes(el)[2]!.click();
    const answered = answer(el);
    part(el, 'check-button').click();
    const { detail } = await answered;
    expect(detail).to.deep.include({ correct: false, score: 0, maxScore: 3, attempt: 1, final: true });
    expect(detail.response).to.deep.equal(['accurate', 'evidence-1', 'evidence-3']);
    await el.updateComplete;
    const lines = [...part(el, 'feedback').querySelectorAll(':scope > p')].map(text);
    expect(lines[0]).to.equal('✗ Not Accurate. The exact number is unconfirmed, and a case isn’t a confirmed crime.');
    expect(lines[1]).to.match(/^The verdict is Partly accurate\. A total this size is plausible/);
    expect(lines[2]).to.equal('The evidence you would need:');
    const marks = [...part(el, 'feedback').querySelectorAll('li')].map(text);
    expect(marks[0]).to.match(
      /^✓ Where the figure comes from.* — Needed, and you chose it\. The column names no source\./,
    );
    expect(marks[1]).to.match(/^✗ The hotline’s totals .* — Needed, but you left it out\. They are how to test/);
    expect(marks[2]).to.match(
      /^✗ The number of trafficking convictions — Not needed, but you chose it\. Convictions \(526 in FY2018\)/,
    );
    expect(marks[3]).to.match(/^✓ How many victims .* — Not needed, and you left it out\. That is the claim/);
    expectFocus(el, part(el, 'feedback'));
    expect(stepHeadings(el)).to.deep.equal(['Stop']);
    // Final: the inputs no longer change.
    radios(el)[1]!.click();
    boxes(el)[1]!.click();
    await el.updateComplete;
    expect(el.response).to.deep.equal(['accurate', 'evidence-1', 'evidence-3']);
    await expect(el).to.be.accessible();

    const right = await claimCheck(crossingsClaim, { points: 2 });
    radios(right)[3]!.click();
    const scored = answer(right);
    part(right, 'check-button').click();
    expect((await scored).detail).to.deep.include({ correct: true, score: 2, maxScore: 2, final: true });
    expect((await scored).detail.response).to.deep.equal(['unverified']);
  });

  it('teaches "unverified" is not "wrong" on the 600-a-year claim, and links the fact sheet it was looked for in', async () => {
    const el = await claimCheck(crossingsClaim);
    radios(el)[2]!.click();
    part(el, 'check-button').click();
    await el.updateComplete;
    expect(text(part(el, 'feedback'))).to.match(
      /^✗ Not Misleading\. We couldn’t find it at all\. Say “unverified,” not “wrong\.” The verdict is Unverified\. No source is given;/,
    );
    for (let step = 0; step < 3; step += 1) {
      part(el, 'next-button').click();
      await el.updateComplete;
    }
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="steps"] > li:last-child a')!;
    expect(link.getAttribute('href')).to.equal(
      'https://polarisproject.org/resources/fighting-human-trafficking-across-us-mexico-border',
    );
    expect(text(link)).to.equal('Polaris, U.S.–Mexico fact sheet (October 2016) (opens in a new tab)');
    await expect(el).to.be.accessible();
  });

  it('asks for a verdict before checking, even when evidence is chosen', async () => {
    const el = await claimCheck();
    boxes(el)[0]!.click();
    part(el, 'check-button').click();
    await waitUntil(() => text(part(el, 'status')) === 'Choose a verdict before checking.', 'the notice');
    // A second press empties the live region first, so that the notice is announced again.
    part(el, 'check-button').click();
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('');
    await waitUntil(() => text(part(el, 'status')) === 'Choose a verdict before checking.', 'the notice again');
    expect(el.response).to.deep.equal([]);
    radios(el)[1]!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="feedback"]')).to.be.null;
    expect(el.response).to.deep.equal(['partly-accurate', 'evidence-1']);
  });

  it('restores a finished check with the whole walk-through, and the evidence chosen', async () => {
    const el = await claimCheck();
    el.restore(saved({ response: ['partly-accurate', 'evidence-2'], correct: true, score: 1, final: true }));
    await el.updateComplete;
    expect(radios(el)[1]!.checked).to.be.true;
    expect(boxes(el).map((box) => box.checked)).to.deep.equal([false, true, false, false]);
    expect(text(part(el, 'feedback'))).to.match(/^✓ Right: Partly accurate\./);
    expect(stepHeadings(el)).to.have.length(4);
    expect(el.shadowRoot!.querySelector('[part~="next-button"]')).to.be.null;
    expect(buttons(el)).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('restores sensibly what was saved against an older key', async () => {
    // Tries used up on a verdict that is no longer offered: the answer, not a fresh Check;
    // evidence picks past the end of the list are dropped.
    let el = await claimCheck();
    el.restore(saved({ response: ['needs-context', 'evidence-9', 'evidence-2', 'bogus'] }));
    await el.updateComplete;
    expect(el.response).to.deep.equal([]);
    expect(radios(el).some((radio) => radio.checked)).to.be.false;
    expect(boxes(el).map((box) => box.checked)).to.deep.equal([false, true, false, false]);
    expect(text(part(el, 'feedback'))).to.match(/^The verdict is Partly accurate\./);
    expect(text(part(el, 'feedback').querySelectorAll('li')[1]!)).to.match(/— Needed, and you chose it\./);
    expect(buttons(el)).to.be.null;
    expect(stepHeadings(el)).to.have.length(4);

    // Evidence the author has since removed is dropped from the response.
    el = await claimCheck({ ...casesClaim, evidence: casesClaim.evidence!.slice(0, 2) });
    el.restore(saved({ response: ['partly-accurate', 'evidence-1', 'evidence-4'], correct: true, final: true }));
    await el.updateComplete;
    expect(el.response).to.deep.equal(['partly-accurate', 'evidence-1']);

    // A right verdict saved as not final is final.
    el = await claimCheck(casesClaim, { maxAttempts: 3 });
    el.restore(saved({ response: ['partly-accurate'], correct: true }));
    await el.updateComplete;
    expect(buttons(el)).to.be.null;

    // The attempts carry over: one try left of two.
    el = await claimCheck(casesClaim, { maxAttempts: 2 });
    el.restore(saved({ response: ['accurate', 'evidence-3'] }));
    await el.updateComplete;
    expect(text(part(el, 'feedback'))).to.match(/^✗ Not Accurate\./);
    expect(el.shadowRoot!.querySelector('[part~="steps"]')).to.be.null;
    part(el, 'retry-button').click();
    await el.updateComplete;
    radios(el)[3]!.click();
    const answered = answer(el);
    part(el, 'check-button').click();
    const { detail } = await answered;
    expect(detail).to.deep.include({ attempt: 2, final: true, correct: false });
    expect(detail.response).to.deep.equal(['unverified', 'evidence-3']);

    // Nothing tried yet, whatever "final" says: a fresh Check.
    el = await claimCheck();
    el.restore(saved({ attempts: 0, final: true }));
    await el.updateComplete;
    expect(part(el, 'check-button')).to.exist;
    // Another interaction's state is ignored.
    el.restore(saved({ interaction: 'sequencing', response: ['accurate'], final: true }));
    await el.updateComplete;
    expect(part(el, 'check-button')).to.exist;
  });

  it('names each kind of author mistake in plain words', () => {
    const problem = (change: Record<string, unknown>) =>
      claimCheckProblem({ ...casesClaim, ...change } as ClaimCheckData);
    const steps = casesClaim.steps;
    expect(problem({})).to.equal('');
    expect(problem({ claim: '  ' })).to.equal('the claim is empty or not text.');
    expect(problem({ url: 'javascript:alert(1)' })).to.equal(
      'the url "javascript:alert(1)" is not an http(s) address.',
    );
    expect(problem({ answer: 'true' })).to.match(/^the answer "true" is not one of: accurate, needs-context,/);
    expect(problem({ verdicts: ['accurate', 'maybe'] })).to.match(/^the verdict "maybe" is not one of:/);
    expect(problem({ verdicts: ['accurate', 'accurate', 'partly-accurate'] })).to.equal(
      'the verdict "accurate" is listed twice.',
    );
    expect(problem({ verdicts: ['partly-accurate'] })).to.equal('there must be at least two verdicts.');
    expect(problem({ verdicts: ['accurate', 'misleading'] })).to.equal(
      'the answer "partly-accurate" is not among the verdicts.',
    );
    expect(problem({ why: { ...casesClaim.why, misleading: '' } })).to.equal(
      '"why" has no explanation for "misleading".',
    );
    expect(problem({ evidence: 'sources' })).to.equal('the evidence is not a list.');
    expect(problem({ evidence: [{ text: 'A', needed: true }, { needed: true }] })).to.equal('evidence 2 has no text.');
    expect(problem({ evidence: [{ text: 'A', needed: 'yes' }] })).to.equal(
      'evidence 1 ("A") must say whether it is needed: true or false.',
    );
    expect(problem({ steps: undefined })).to.equal('there are no steps: give at least "trace".');
    expect(problem({ steps: { stop: steps.stop } })).to.equal(
      'the "trace" step is missing: say where the claim comes from.',
    );
    expect(problem({ steps: { ...steps, lookup: { text: 'x' } } })).to.equal(
      'the step "lookup" is not one of: stop, investigate, coverage, trace.',
    );
    expect(problem({ steps: { ...steps, stop: { text: '' } } })).to.equal('the "stop" step has no text.');
    expect(problem({ steps: { ...steps, trace: { text: 'x', links: [{ url: 'https://example.org' }] } } })).to.equal(
      'a link in the "trace" step has no title.',
    );
    expect(problem({ steps: { ...steps, trace: { text: 'x', links: [{ title: 'T', url: 'ftp://x' }] } } })).to.equal(
      'the link "T" in the "trace" step is not an http(s) address.',
    );
  });

  it('shows a teacher’s mistake in the data in place, and a JSON child it cannot read', async () => {
    const el = await claimCheck({ ...casesClaim, steps: { stop: { text: 'Stop.' } } as ClaimCheckData['steps'] });
    expect(text(part(el, 'error'))).to.equal(
      'This activity cannot be shown: the "trace" step is missing: say where the claim comes from.',
    );
    expect(el.shadowRoot!.querySelector('input')).to.be.null;
    const badLink = await claimCheck({
      ...casesClaim,
      steps: { trace: { text: 'x', links: [{ title: 'Polaris', url: 'polarisproject.org' }] } },
    });
    expect(text(part(badLink, 'error'))).to.equal(
      'This activity cannot be shown: the link "Polaris" in the "trace" step is not an http(s) address.',
    );
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const original = console.error;
    const errors: string[] = [];
    console.error = (message: string) => errors.push(message);
    try {
      host.innerHTML = '<lk-claim-check><script type="application/json">{ nope</script></lk-claim-check>';
      const broken = host.querySelector('lk-claim-check')!;
      await broken.updateComplete;
      expect(text(part(broken, 'error'))).to.match(/^This activity cannot be shown: SyntaxError/);
      // A restore (from the lesson's saved attempt) does not hide the reason.
      broken.restore(saved({ response: ['accurate'] }));
      await broken.updateComplete;
      expect(text(part(broken, 'error'))).to.match(/^This activity cannot be shown: SyntaxError/);
    } finally {
      console.error = original;
    }
    expect(errors[0]).to.contain('lk-claim-check: its data could not be read');
    await expect(el).to.be.accessible();
  });

  it('reads its data from a JSON child', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<lk-claim-check item-id="x" max-attempts="0"><script type="application/json">${JSON.stringify(crossingsClaim)}</script><blockquote>Fallback</blockquote></lk-claim-check>`;
    const el = host.querySelector('lk-claim-check')!;
    await el.updateComplete;
    expect(el.maxAttempts).to.equal(0);
    expect(radios(el)).to.have.length(4);
    expect(boxes(el)).to.have.length(3);
    // No limit: a wrong verdict can always be tried again.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      radios(el)[0]!.click();
      part(el, 'check-button').click();
      await el.updateComplete;
      part(el, 'retry-button').click();
      await el.updateComplete;
    }
    expect(part(el, 'check-button')).to.exist;
  });

  it('speaks Spanish', async () => {
    const el = await claimCheck({ ...casesClaim, lang: 'en' }, { lang: 'es' });
    expect(part(el, 'claim').getAttribute('lang')).to.equal('en');
    expect(text(part(el, 'verdicts').querySelector('legend')!)).to.equal(
      '¿Cuál es tu veredicto sobre esta afirmación?',
    );
    expect(text(part(el, 'verdicts').querySelector('label')!)).to.equal('Exacta Las fuentes la confirman.');
    expect(text(part(el, 'evidence').querySelector('legend')!)).to.equal(
      '¿Qué pruebas necesitarías para comprobar esta afirmación? Elige todas las que correspondan.',
    );
    expect(text(part(el, 'check-button'))).to.equal('Comprobar');
    part(el, 'check-button').click();
    await waitUntil(() => text(part(el, 'status')) === 'Elige un veredicto antes de comprobar.', 'the notice');
    radios(el)[2]!.click();
    boxes(el)[0]!.click();
    part(el, 'check-button').click();
    await el.updateComplete;
    expect(text(part(el, 'feedback'))).to.match(/^✗ No es «Engañosa»\. .* El veredicto es «Parcialmente exacta»\./);
    expect(text(part(el, 'feedback').querySelector('li')!)).to.match(/— Necesaria, y la elegiste\./);
    expect(text(el.shadowRoot!.querySelector('.walk h3')!)).to.equal('Lo que dicen las fuentes');
    expect(stepHeadings(el)).to.deep.equal(['Detente']);
    expect(text(part(el, 'next-button'))).to.equal('Paso siguiente: Investiga la fuente');
    for (let step = 0; step < 3; step += 1) {
      part(el, 'next-button').click();
      await el.updateComplete;
    }
    expect(stepHeadings(el)).to.deep.equal([
      'Detente',
      'Investiga la fuente',
      'Busca mejor cobertura',
      'Rastrea hasta el original',
    ]);
    expect(text(el.shadowRoot!.querySelector('[part~="steps"] a')!)).to.match(/\(se abre en una pestaña nueva\)$/);
    await expect(el).to.be.accessible();
  });
});
