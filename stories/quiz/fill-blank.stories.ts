import '@lessonkit/quiz/lk-fill-blank.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { restored, saved } from './restore.js';

interface Args {
  maxAttempts: number;
  scoring: 'partial' | 'all-or-nothing';
  lang: string;
}

const palermo = (args: Args, response?: string[], attempts = 1, final = false) =>
  html`<lk-fill-blank
    item-id="palermo-blanks"
    max-attempts=${args.maxAttempts}
    points="2"
    scoring=${args.scoring}
    lang=${args.lang || ''}
    ${
      response
        ? restored(saved('fill-in', response, { attempts, final, maxScore: 2, score: response[0] === 'means' ? 1 : 0 }))
        : ref()
    }
  >
    <span slot="prompt">Complete the Palermo Protocol’s definition of trafficking.</span>
    <p>
      It has three elements: an act, a
      <lk-blank answers="means|method" feedback="Such as force, fraud or coercion."></lk-blank>, and a
      <lk-blank answers="purpose" feedback="Exploitation."></lk-blank>.
    </p>
    <span slot="hint">The last one is about why it is done.</span>
    <p slot="explanation">
      For children, no “means” is needed. Source: the UN Protocol to Prevent, Suppress and Punish Trafficking in Persons
      (2000), as summarized by UN.GIFT.
    </p>
  </lk-fill-blank>`;

const meta: Meta<Args> = {
  title: 'Quiz/Fill in the blanks',
  component: 'lk-fill-blank',
  tags: ['autodocs'],
  args: { maxAttempts: 2, scoring: 'partial', lang: '' },
  argTypes: {
    scoring: { control: 'inline-radio', options: ['partial', 'all-or-nothing'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
  },
  render: (args) => palermo(args),
};
export default meta;
type Story = StoryObj<Args>;

/** Two blanks in a sentence; each accepts a list of answers, ignoring case and extra spaces. */
export const Blanks: Story = {};

/** One blank right, one wrong, a try left. */
export const PartlyRight: Story = { render: (args) => palermo(args, ['means', 'profit']) };

/** Out of attempts: each wrong blank shows its answer. */
export const AnswersShown: Story = { render: (args) => palermo(args, ['means', 'profit'], 2, true) };

/** Spanish interface strings. */
export const Spanish: Story = { args: { lang: 'es' } };

/** A blank with no accepted answer is an author error, shown in the page. */
export const MissingAnswer: Story = {
  render: () =>
    html`<lk-fill-blank item-id="broken-blank">
      <span slot="prompt">Complete the sentence.</span>
      <p>The TVPA was signed in <lk-blank></lk-blank>.</p>
    </lk-fill-blank>`,
};
