import '@lessonkit/quiz/lk-categorize.js';
import '@lessonkit/quiz/lk-match.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { restored, saved } from './restore.js';

interface Args {
  maxAttempts: number;
  lang: string;
}

const sorting = (args: Args, response?: string[], attempts = 1, final = false) =>
  html`<lk-categorize
    item-id="traffick-smuggle"
    max-attempts=${args.maxAttempts}
    points="3"
    lang=${args.lang || ''}
    ${response ? restored(saved('matching', response, { attempts, final, maxScore: 3, score: 1 })) : ref()}
  >
    <span slot="prompt">Trafficking, smuggling, or both?</span>
    <lk-category value="trafficking">Trafficking</lk-category>
    <lk-category value="smuggling">Smuggling</lk-category>
    <lk-category value="both">Both</lk-category>
    <lk-item value="guide" category="smuggling"
      >A person pays a guide to cross a border illegally and is free on arrival.<span slot="feedback"
        >Consent and freedom on arrival: smuggling, a crime against the state.</span
      ></lk-item
    >
    <lk-item value="debt" category="trafficking"
      >A worker’s passport is taken and she is made to work off a debt that never ends.<span slot="feedback"
        >Debt bondage: no border is needed for trafficking.</span
      ></lk-item
    >
    <lk-item value="fee" category="both"
      >A person is smuggled across a border, then forced to work to repay the fee.<span slot="feedback"
        >Smuggling can turn into trafficking when force, fraud or coercion begins.</span
      ></lk-item
    >
    <p slot="explanation">Trafficking is a crime against a person; smuggling, a crime against the state.</p>
  </lk-categorize>`;

const meta: Meta<Args> = {
  title: 'Quiz/Categorize and match',
  component: 'lk-categorize',
  tags: ['autodocs'],
  args: { maxAttempts: 2, lang: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es'] } },
  render: (args) => sorting(args),
};
export default meta;
type Story = StoryObj<Args>;

/** Pick a card, then its category — or drag it there. */
export const Categorize: Story = {};

/** One card in the right place, a try left. */
export const PartlyRight: Story = { render: (args) => sorting(args, ['guide.smuggling', 'debt.both']) };

/** Out of attempts: misplaced cards say where they belong. */
export const AnswerShown: Story = {
  render: (args) => sorting(args, ['guide.smuggling', 'debt.both', 'fee.trafficking'], 2, true),
};

/** Spanish interface strings. */
export const Spanish: Story = { args: { lang: 'es' } };

/** Match each term with its meaning; a distractor target matches nothing. */
export const Match: Story = {
  render: (args) =>
    html`<lk-match item-id="terms" lang=${args.lang || ''} max-attempts=${args.maxAttempts}>
      <span slot="prompt">Match each term with its meaning.</span>
      <lk-item match="visa">T visa</lk-item>
      <lk-item match="orr">ORR</lk-item>
      <lk-item match="uac">Unaccompanied alien child</lk-item>
      <lk-target value="visa">Immigration status for trafficking victims</lk-target>
      <lk-target value="orr">The HHS office that cares for unaccompanied children</lk-target>
      <lk-target value="uac"
        >A child under 18 with no legal status and no parent or guardian available in the U.S.</lk-target
      >
      <lk-target value="tip">The State Department’s yearly ranking of governments</lk-target>
    </lk-match>`,
};
