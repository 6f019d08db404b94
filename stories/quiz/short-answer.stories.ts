import '@lessonkit/quiz/lk-short-answer.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { restored, saved } from './restore.js';

interface Args {
  lang: string;
}

const reflection = (args: Args, text?: string) =>
  html`<lk-short-answer
    item-id="hotline-cases"
    lang=${args.lang || ''}
    ${text ? restored(saved('long-fill-in', [text], { correct: null, maxScore: 0, final: true })) : ref()}
  >
    <span slot="prompt">Why might the number of hotline “cases” differ from the number of convictions?</span>
    <p slot="model-answer">
      A hotline case is a reported situation that looks like trafficking; it may involve several victims and is not a
      confirmed crime. Convictions need a prosecution and a verdict, so they are far fewer.
    </p>
  </lk-short-answer>`;

const meta: Meta<Args> = {
  title: 'Quiz/Short answer',
  component: 'lk-short-answer',
  tags: ['autodocs'],
  args: { lang: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es'] } },
  render: (args) => reflection(args),
};
export default meta;
type Story = StoryObj<Args>;

/** A reflection prompt: free text, not scored. */
export const Reflection: Story = {};

/** Submitted: saved, read-only until “Edit my answer”, with the model answer. */
export const Submitted: Story = {
  render: (args) =>
    reflection(args, 'A case is a report, not a proven crime, and one case can involve several people.'),
};

/** Spanish interface strings. */
export const Spanish: Story = { args: { lang: 'es' } };
