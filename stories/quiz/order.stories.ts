import '@lessonkit/quiz/lk-order.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { restored, saved } from './restore.js';

interface Args {
  maxAttempts: number;
  scoring: 'partial' | 'all-or-nothing';
  lang: string;
}

const laws = (args: Args, response?: string[], attempts = 1, final = false) =>
  html`<lk-order
    item-id="law-order"
    max-attempts=${args.maxAttempts}
    points="4"
    scoring=${args.scoring}
    lang=${args.lang || ''}
    ${response ? restored(saved('sequencing', response, { attempts, final, maxScore: 4, score: 2 })) : ref()}
  >
    <span slot="prompt">Put these in order, earliest first.</span>
    <lk-item value="flores">The Flores Settlement Agreement</lk-item>
    <lk-item value="tvpa">The Trafficking Victims Protection Act</lk-item>
    <lk-item value="hsa">The Homeland Security Act moves children’s care to ORR</lk-item>
    <lk-item value="tvpra">The TVPRA of 2008 and its §235 screening rules</lk-item>
    <p slot="explanation">1997, 2000, 2002, 2008. Sources: CRS R43599; P.L. 106-386; 6 U.S.C. 279; P.L. 110-457.</p>
  </lk-order>`;

const meta: Meta<Args> = {
  title: 'Quiz/Order',
  component: 'lk-order',
  tags: ['autodocs'],
  args: { maxAttempts: 2, scoring: 'partial', lang: '' },
  argTypes: {
    scoring: { control: 'inline-radio', options: ['partial', 'all-or-nothing'] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
  },
  render: (args) => laws(args),
};
export default meta;
type Story = StoryObj<Args>;

/** Shuffled; reorder with the buttons, Alt+Arrow keys, or drag by the handle. */
export const Ordering: Story = {};

/** Two in the right place, a try left. */
export const PartlyRight: Story = { render: (args) => laws(args, ['flores', 'tvpa', 'tvpra', 'hsa']) };

/** Out of attempts: the misplaced items say where they belong. */
export const AnswerShown: Story = { render: (args) => laws(args, ['flores', 'tvpa', 'tvpra', 'hsa'], 2, true) };

/** Spanish interface strings. */
export const Spanish: Story = { args: { lang: 'es' } };
