import type { LkAnswerEvent } from '@lessonkit/core';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-bill-compare.js';
import type { LkBillCompare } from '../src/compare.js';
import { laws } from './laws.js';

const compare = (lang = 'en') =>
  fixture<LkBillCompare>(
    html`<lk-bill-compare item-id="which" lang=${lang} points="4" .data=${laws}></lk-bill-compare>`,
  );
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

describe('lk-bill-compare', () => {
  it('shows the bills as a real table with headers for each bill and aspect', async () => {
    const el = await compare();
    const table = part(el, 'table') as HTMLTableElement;
    expect(table.caption!.textContent!.trim()).to.equal('The bills side by side');
    expect([...table.tHead!.querySelectorAll('th[scope="col"]')].map((th) => text(th))).to.deep.equal([
      'Aspect',
      'FOSTA H.R.1865',
      'S.1311 Abolish Human Trafficking Act',
      'S.1312 Trafficking Victims Protection Act of 2017',
      'H.R.2200 Frederick Douglass … Reauthorization Act of 2018',
    ]);
    expect([...table.tBodies[0]!.querySelectorAll('th[scope="row"]')].map((th) => text(th))).to.deep.equal([
      'Scope',
      'Who it protects',
      'What it changes',
      'Money',
      'Became law',
    ]);
    expect(text(table)).to.contain('April 11, 2018');
    expect(getComputedStyle(part(el, 'cards')).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('turns into stacked cards in a narrow container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <lk-bill-compare item-id="narrow" .data=${laws}></lk-bill-compare>
      </div>`,
    );
    const el = wrapper.querySelector('lk-bill-compare')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'table')).display).to.equal('none');
    expect(getComputedStyle(part(el, 'cards')).display).to.equal('grid');
    expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('checks "which bill does this?" with the keyboard, with partial credit', async () => {
    const el = await compare();
    // Statement 1 → S.1311 (second radio), 2 → S.1312 (third), 3 → FOSTA (first), 4 → H.R.2200 wrong: FOSTA.
    const picks = [1, 2, 0, 0];
    for (const [index, pick] of picks.entries()) {
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="q-${index}"]`)];
      radios[0]!.focus();
      for (let step = 0; step < pick; step += 1) await sendKeys({ press: 'ArrowRight' });
      if (pick === 0) await sendKeys({ press: 'Space' });
      expect(radios[pick]!.checked).to.be.true;
    }
    await el.updateComplete;
    const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await answered;
    expect(detail).to.deep.include({
      itemId: 'which',
      interaction: 'choice',
      correct: false,
      score: 3,
      maxScore: 4,
      final: false,
    });
    expect(detail.response).to.deep.equal(['s1311', 's1312', 'fosta', 'fosta']);
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('3 of 4 right.');
    await expect(el).to.be.accessible();
  });

  it('offers Try again, and after the last try names the right bill for each wrong statement', async () => {
    const el = await compare();
    const pick = async (index: number, bill: number) => {
      el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="q-${index}"]`)[bill]!.click();
      await el.updateComplete;
    };
    for (const [index, bill] of [1, 2, 0, 0].entries()) await pick(index, bill);
    part(el, 'check-button').click();
    await el.updateComplete;
    const verdicts = () => [...el.shadowRoot!.querySelectorAll('.verdict')].map(text);
    expect(verdicts()[3]).to.equal('✗ Not right yet');

    part(el, 'retry-button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(verdicts()).to.deep.equal([]);
    const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
    part(el, 'check-button').click();
    const { detail } = await answered;
    expect(detail).to.deep.include({ attempt: 2, score: 3, final: true });
    await el.updateComplete;
    expect(verdicts()[3]).to.match(/^✗ Not this one: it is H\.R\.2200/);
    expect(el.shadowRoot!.querySelector('[part~="check-button"]')).to.be.null;
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.be.null;
    // Locked: a click does not change the answer.
    await pick(3, 3);
    expect(el.response[3]).to.equal('fosta');
    await expect(el).to.be.accessible();
  });

  it('asks for every statement before checking, and restores', async () => {
    const el = await compare();
    part(el, 'check-button').click();
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('Choose a bill for every statement before checking.');
    el.restore({
      interaction: 'choice',
      response: ['s1311', 's1312', 'fosta', 'hr2200'],
      correct: true,
      score: 4,
      maxScore: 4,
      attempts: 1,
      final: true,
    });
    await el.updateComplete;
    expect(el.response).to.deep.equal(['s1311', 's1312', 'fosta', 'hr2200']);
    expect(el.shadowRoot!.querySelector('[part~="check-button"]')).to.be.null;
    expect(text(part(el, 'status'))).to.equal('4 of 4 right.');
  });

  it('reports fewer than two bills and an answer that names no bill', async () => {
    const one = await fixture<LkBillCompare>(
      html`<lk-bill-compare .data=${{ bills: [laws.bills[0]!] }}></lk-bill-compare>`,
    );
    expect(text(part(one, 'error'))).to.equal('A comparison needs two to five bills.');
    const bad = await fixture<LkBillCompare>(
      html`<lk-bill-compare
        .data=${{ bills: laws.bills, questions: [{ statement: 'x', answer: 'nope' }] }}
      ></lk-bill-compare>`,
    );
    expect(text(part(bad, 'error'))).to.contain('“nope”');
  });

  it('speaks Spanish', async () => {
    const el = await compare('es');
    expect((part(el, 'table') as HTMLTableElement).caption!.textContent!.trim()).to.equal('Los proyectos lado a lado');
    expect(text(part(el, 'check-button'))).to.equal('Comprobar');
    expect(text(part(el, 'table'))).to.contain('11 de abril de 2018');
    await expect(el).to.be.accessible();
  });
});

describe('lk-bill-compare citations', () => {
  it('shows [@source] citations in its cells as numbered links to the page’s sources', async () => {
    const data = {
      ...laws,
      bills: laws.bills.map((bill, index) =>
        index === 0 ? { ...bill, scope: `${bill.scope ?? ''} [@s1311-text]` } : bill,
      ),
      citations: { 's1311-text': 4 },
    };
    const el = await fixture<LkBillCompare>(html`<lk-bill-compare .data=${data}></lk-bill-compare>`);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="cite"]')];
    expect(links.length, 'in the table and in the cards').to.equal(2);
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).to.deep.equal([
      ['#source-s1311-text', '[4]'],
      ['#source-s1311-text', '[4]'],
    ]);
    expect(links[0]!.classList.contains('lk-cite')).to.be.true;
    await expect(el).to.be.accessible();
  });
});
