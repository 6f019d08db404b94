import '@lessonkit/bill/lk-bill-compare.js';
import '@lessonkit/bill/lk-bill.js';
import type { BillData } from '@lessonkit/bill';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The brief's bills (FOSTA; the four 2018–2019 laws): one copy, shared with the tests.
import { fosta as fostaFixture } from '../../packages/bill/test/fosta.js';
import { laws } from '../../packages/bill/test/laws.js';

interface Args {
  lang: string;
}

/** FOSTA, as the content brief gives it: the tests' fixture, with more provisions, myths and glossary terms. */
const fosta: BillData = {
  ...fostaFixture,
  provisions: [
    {
      summary: 'Creates a new federal crime for running a platform to promote prostitution.',
      detail: '18 U.S.C. 2421A, with tougher penalties for reckless disregard of [[sex trafficking]].',
    },
    { summary: 'Says [[Section 230]] does not block sex-trafficking lawsuits or state prosecutions.' },
    { summary: 'Lets state attorneys general sue.' },
    { summary: 'Requires restitution.' },
  ],
  doesNot: ['It is not limited to child victims.'],
  myths: [
    {
      myth: 'The law is called SESTA.',
      fact: 'The law signed is formally named FOSTA; the Senate’s SESTA bill (S.1693) was folded into it.',
    },
    {
      myth: 'The new crime is used all the time.',
      fact: 'GAO-21-385 (2021) found one case under the aggravated provision as of June 2020, and no criminal restitution sought [@gao-21-385].',
    },
  ],
  // Numbered as a lesson's sources list numbers them; a [@id] in the text cites by that number.
  sources: [
    {
      title: 'congress.gov: H.R.1865',
      url: 'https://www.congress.gov/bill/115th-congress/house-bill/1865',
      number: 1,
    },
    { title: 'GAO-21-385', url: 'https://www.gao.gov/products/gao-21-385', number: 2 },
  ],
  citations: { 'gao-21-385': 2 },
  // Definitions from the content brief's glossary.
  glossary: {
    'Sex trafficking':
      'A commercial sex act obtained by force, fraud or coercion, or any commercial sex act involving someone under 18.',
    'Section 230': 'The 1996 law that shields websites from liability for what users post.',
  },
};

/** H.R.2200: a voice vote in the House, and money authorized (a ceiling, not money spent). */
const hr2200: BillData = {
  number: 'H.R.2200',
  congress: 115,
  publicLaw: 'P.L. 115-425',
  title: 'Frederick Douglass Trafficking Victims Prevention and Protection Reauthorization Act of 2018',
  sponsors: [{ title: 'Rep.', name: 'Chris Smith', party: 'R', state: 'NJ' }],
  cosponsors: [{ title: 'Rep.', name: 'Karen Bass', party: 'D', state: 'CA' }],
  stages: [
    { stage: 'introduced', date: '2017-04-27' },
    { stage: 'passed-house', date: '2017-07-12', vote: 'voice vote' },
    { stage: 'passed-senate', date: '2018-12-17', note: 'an amended version' },
    { stage: 'signed', date: '2019-01-08' },
    { stage: 'public-law', date: '2019-01-08' },
  ],
  provisions: [
    { summary: 'Renews the programs of the Trafficking Victims Protection Act.' },
    { summary: 'Funds prevention education in schools.' },
  ],
  money: {
    authorized: 'Over $430 million over four years, FY2018–FY2021 (the sponsor’s figure; 22 U.S.C. 7110).',
    note: 'The money actually spent depends on later appropriations.',
  },
};

const meta: Meta<Args> = {
  title: 'Bill/Bill',
  component: 'lk-bill',
  tags: ['autodocs'],
  args: { lang: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es'] } },
  render: (args) => html`<lk-bill lang=${args.lang || 'en'} .data=${fosta}></lk-bill>`,
};
export default meta;
type Story = StoryObj<Args>;

/** FOSTA: journey with votes, provisions with more detail and glossary terms, myth-or-fact cards (one citing its source). */
export const Fosta: Story = {};

/** H.R.2200: a voice vote, a cosponsor, and authorized money explained. */
export const AuthorizedMoney: Story = {
  render: (args) => html`<lk-bill lang=${args.lang || 'en'} .data=${hr2200}></lk-bill>`,
};

/** Spanish interface strings and dates. */
export const Spanish: Story = { args: { lang: 'es' } };

/** The four laws side by side (a table; stacked cards in a narrow container), with "which bill does this?". */
export const Compare: Story = {
  render: (args) =>
    html`<lk-bill-compare item-id="which-law" lang=${args.lang || 'en'} .data=${laws}></lk-bill-compare>`,
};

/** The comparison in a narrow container: stacked cards. */
export const CompareNarrow: Story = {
  render: (args) =>
    html`<div style="max-width: 320px">
      <lk-bill-compare item-id="which-law-narrow" lang=${args.lang || 'en'} .data=${laws}></lk-bill-compare>
    </div>`,
};
