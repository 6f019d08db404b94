import { accessibilityTree, findNode } from '@lessonkit/testing/a11y.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-bill.js';
import type { LkBill } from '../src/bill.js';
import { fosta } from './fosta.js';

const bill = (lang = 'en') => fixture<LkBill>(html`<lk-bill lang=${lang} .data=${fosta}></lk-bill>`);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

describe('lk-bill', () => {
  it('shows the titles, numbers, Congress and sponsor', async () => {
    const el = await bill();
    const header = text(part(el, 'header'));
    expect(header).to.contain('FOSTA Allow States and Victims to Fight Online Sex Trafficking Act of 2017');
    expect(header).to.contain('Bill H.R.1865');
    expect(header).to.contain('Public law P.L. 115-164');
    expect(header).to.contain('Congress 115th Congress');
    expect(header).to.contain('Sponsor Rep. Ann Wagner (R-MO)');
    await expect(el).to.be.accessible();
  });

  it('shows the journey as a list of seven stages, the ones that did not happen as such, the last one current', async () => {
    const el = await bill();
    const stages = parts(el, 'stage');
    expect(stages).to.have.length(7);
    expect(stages.map((stage) => stage.hasAttribute('data-happened'))).to.deep.equal([
      true,
      false,
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(text(stages[1]!)).to.contain('In committee').and.contain('did not happen');
    expect(text(stages[2]!))
      .to.contain('Passed the House')
      .and.contain('February 27, 2018')
      .and.contain('vote 388 to 25');
    expect(
      stages.filter((stage) => stage.getAttribute('aria-current') === 'step').map((stage) => text(stage)),
    ).to.have.length(1);
    expect(stages[6]!.getAttribute('aria-current')).to.equal('step');
    const tree = await accessibilityTree();
    expect(
      findNode(tree, (node) => node.role === 'list' && node.name === 'The bill’s journey'),
      'a named list',
    ).to.exist;
  });

  it('opens a provision’s detail with the keyboard (a button with aria-expanded)', async () => {
    const el = await bill();
    const button = part(el, 'detail-button') as HTMLButtonElement;
    const detail = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(detail.hidden).to.be.true;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(detail.hidden).to.be.false;
    expect(text(detail)).to.contain('18 U.S.C. 2421A');
    expect(text(button)).to.equal('Less detail');
    await expect(el).to.be.accessible();
  });

  it('reveals a myth card’s fact, explains authorized vs appropriated money, and numbers its sources', async () => {
    const el = await fixture<LkBill>(
      html`<lk-bill
        .data=${{ ...fosta, money: { authorized: '$430 million over four years (FY2018–FY2021)' } }}
      ></lk-bill>`,
    );
    const factButton = part(el, 'fact-button') as HTMLButtonElement;
    factButton.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(factButton.getAttribute('aria-expanded')).to.equal('true');
    expect(text(part(el, 'myth'))).to.contain('formally named FOSTA');
    expect(text(part(el, 'money')))
      .to.contain('An authorization is a ceiling')
      .and.contain('Authorized: $430 million');
    expect(part(el, 'sources').querySelector('ol > li a')!.getAttribute('href')).to.contain('congress.gov');
    expect(text(part(el, 'does-not'))).to.contain('not limited to child victims');
    await expect(el).to.be.accessible();
  });

  it('reads its data from a JSON child, and says so when it cannot', async () => {
    const json = JSON.stringify(fosta);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<lk-bill><script type="application/json">${json}</script><p>Fallback</p></lk-bill>`;
    const el = host.querySelector('lk-bill')!;
    await el.updateComplete;
    expect(text(part(el, 'header'))).to.contain('H.R.1865');
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      host.innerHTML = '<lk-bill><script type="application/json">{ not json</script></lk-bill>';
      await host.querySelector('lk-bill')!.updateComplete;
    } finally {
      console.error = original;
    }
    expect(errors[0]).to.contain('lk-bill: its data could not be read');
  });

  it('speaks Spanish', async () => {
    const el = await bill('es');
    expect(text(part(el, 'header'))).to.contain('Congreso 115.º Congreso');
    expect(text(parts(el, 'stage')[2]!))
      .to.contain('Aprobado por la Cámara de Representantes')
      .and.contain('27 de febrero de 2018');
    expect(text(part(el, 'detail-button'))).to.equal('Más detalle');
    await expect(el).to.be.accessible();
  });
  it('shows [[term]] marks in its text as glossary terms, and plain words when a term has no definition', async () => {
    const data = {
      ...fosta,
      provisions: [{ summary: 'About [[sex trafficking|trafficking]] and [[smuggling]] online.' }],
      glossary: { 'Sex trafficking': 'A crime of exploitation.' },
    };
    const el = await fixture<LkBill>(html`<lk-bill .data=${data}></lk-bill>`);
    const item = el.shadowRoot!.querySelector('[part~="provisions"] li')!;
    const terms = item.querySelectorAll('lk-term');
    expect(terms.length).to.equal(1);
    expect(terms[0]!.getAttribute('term')).to.equal('Sex trafficking');
    expect(terms[0]!.getAttribute('definition')).to.equal('A crime of exploitation.');
    expect(terms[0]!.textContent).to.equal('trafficking');
    expect(customElements.get('lk-term'), 'lk-bill defines the lk-term it renders').to.exist;
    expect(text(item)).to.equal('About trafficking and smuggling online.');
    await expect(el).to.be.accessible();
  });
});

describe('lk-bill citations', () => {
  it('shows [@source] citations in its text as numbered links to the page’s sources', async () => {
    const data = {
      ...fosta,
      provisions: [{ summary: 'Creates a new federal crime [@fosta-text].' }],
      doesNot: ['It is not limited to child victims [@crs].'],
      money: { note: 'No new money [@fosta-text].' },
      citations: { 'fosta-text': 3 },
      sources: [{ title: 'H.R.1865 text', number: 3 }],
    };
    const el = await fixture<LkBill>(html`<lk-bill .data=${data}></lk-bill>`);
    const links = parts(el, 'cite') as HTMLAnchorElement[];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).to.deep.equal([
      ['#source-fosta-text', '[3]'],
      ['#source-fosta-text', '[3]'],
    ]);
    expect(links[0]!.classList.contains('lk-cite'), 'a lesson opens its sources panel at it').to.be.true;
    expect(links[0]!.getAttribute('aria-label'), 'named for a screen reader').to.equal('Source 3');
    expect(text(el.shadowRoot!.querySelector('[part~="provisions"] li')!)).to.equal('Creates a new federal crime [3].');
    expect(text(part(el, 'money')), 'the money texts cite too').to.contain('No new money [3].');
    expect(text(part(el, 'does-not')), 'a source the page does not number is named, not linked to nothing').to.contain(
      'It is not limited to child victims [crs].',
    );
    const listed = part(el, 'sources').querySelector('li')!;
    expect(listed.value, 'its own list numbers the source as the citation does').to.equal(3);
    await expect(el).to.be.accessible();
  });
});

describe('two lk-bill on one page', () => {
  it('gives each bill’s sections their own names (distinct landmarks), and passes axe together', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <lk-bill .data=${fosta}></lk-bill>
        <lk-bill .data=${{ ...fosta, number: 'S.1312', shortTitle: 'Another law' }}></lk-bill>
      </div>`,
    );
    const [first, second] = host.querySelectorAll('lk-bill');
    await first!.updateComplete;
    await second!.updateComplete;
    const name = (el: Element) => {
      const section = el.shadowRoot!.querySelector('section[part~="provisions"]')!;
      return section
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim())
        .join(' ');
    };
    expect(name(first!)).to.equal('What it does H.R.1865');
    expect(name(second!)).to.equal('What it does S.1312');
    await expect(host).to.be.accessible();
  });
});
