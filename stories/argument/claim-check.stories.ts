import '@lessonkit/argument/lk-claim-check.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ClaimCheckData } from '@lessonkit/argument';
import {
  cartelsClaim,
  casesClaim,
  crossingsClaim,
  onlyWayClaim,
  photoClaim,
} from '../../packages/argument/test/claims.js';

interface Args {
  lang: string;
  maxAttempts: number;
}

/** The op-ed is in English: its quotes keep `lang="en"` when the interface is Spanish. */
const english = (data: ClaimCheckData): ClaimCheckData => ({ ...data, lang: 'en' });

const claimCheck = (id: string, data: ClaimCheckData) => (args: Args) =>
  html`<lk-claim-check
    item-id=${id}
    lang=${args.lang || 'en'}
    max-attempts=${args.maxAttempts}
    .data=${english(data)}
  ></lk-claim-check>`;

const meta: Meta<Args> = {
  title: 'Argument/Claim check',
  component: 'lk-claim-check',
  tags: ['autodocs'],
  args: { lang: '', maxAttempts: 1 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    maxAttempts: { control: { type: 'number', min: 0, step: 1 } },
  },
  render: claimCheck('cases-34000', casesClaim),
};
export default meta;
type Story = StoryObj<Args>;

/** "Over 34,000 cases": partly accurate, and the exact figure unverified (lesson 3, Q6). */
export const CasesReported: Story = {};

/** "Approximately 600 … annually": unverified — not the same as false (Q7). */
export const SixHundredAYear: Story = { render: claimCheck('crossings-600', crossingsClaim) };

/** The photograph and its prize: accurate, but it needs context (Q5). */
export const PhotoAward: Story = { render: claimCheck('photo-award', photoClaim) };

/** "Cartels control": unsupported — the one example points elsewhere (Q8). */
export const Cartels: Story = { render: claimCheck('cartels', cartelsClaim) };

/** "The only way": an opinion whose assumption the data contradict (Q11). Two tries. */
export const OnlyWay: Story = { args: { maxAttempts: 2 }, render: claimCheck('only-way-claim', onlyWayClaim) };

/** Spanish interface strings (the claim and the author's notes stay as written). */
export const Spanish: Story = { args: { lang: 'es' } };
