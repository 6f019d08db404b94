import '@lessonkit/quiz/all.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  layout: 'all' | 'paged';
  feedback: 'immediate' | 'end';
  retry: 'clear' | 'keep' | 'none';
  passingScore: number;
  shuffle: boolean;
  lang: string;
}

const quiz = (args: Args) =>
  html`<lk-quiz
    item-id="definitions-quiz"
    layout=${args.layout}
    feedback=${args.feedback}
    retry=${args.retry}
    passing-score=${args.passingScore}
    ?shuffle=${args.shuffle}
    lang=${args.lang || ''}
  >
    <lk-question item-id="quiz-minor">
      <span slot="prompt"
        >A 16-year-old is paid for sex by a third party, with no force used. Under federal law this is:</span
      >
      <lk-choice>Prostitution only<span slot="feedback">The TVPA treats minors as victims.</span></lk-choice>
      <lk-choice correct>Sex trafficking</lk-choice>
      <lk-choice>Smuggling<span slot="feedback">No border is involved.</span></lk-choice>
      <p slot="explanation">Force, fraud or coercion is not required when the person is under 18.</p>
    </lk-question>
    <lk-question item-id="quiz-town" type="true-false" answer="true">
      <span slot="prompt">Trafficking can happen entirely within one town.</span>
      <p slot="explanation">Movement is not required.</p>
    </lk-question>
    <lk-question item-id="quiz-72">
      <span slot="prompt">Under TVPRA 2008, an unaccompanied Honduran child must go to ORR within:</span>
      <lk-choice correct>72 hours</lk-choice>
      <lk-choice
        >48 hours<span slot="feedback"
          >48 hours is the screening window for Mexican and Canadian children.</span
        ></lk-choice
      >
      <lk-choice>30 days</lk-choice>
      <p slot="explanation">Barring exceptional circumstances. Source: TVPRA 2008 §235 (8 U.S.C. 1232).</p>
    </lk-question>
    <lk-short-answer item-id="quiz-reflect">
      <span slot="prompt"
        >In one or two sentences: why does the difference between smuggling and trafficking matter?</span
      >
    </lk-short-answer>
  </lk-quiz>`;

const meta: Meta<Args> = {
  title: 'Quiz/Quiz',
  component: 'lk-quiz',
  tags: ['autodocs'],
  args: { layout: 'all', feedback: 'immediate', retry: 'clear', passingScore: 0.7, shuffle: false, lang: '' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['all', 'paged'] },
    feedback: { control: 'inline-radio', options: ['immediate', 'end'] },
    retry: { control: 'inline-radio', options: ['clear', 'keep', 'none'] },
    passingScore: { control: { type: 'number', min: 0, max: 1, step: 0.05 } },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
  },
  render: quiz,
};
export default meta;
type Story = StoryObj<Args>;

/** All questions at once, each checked on its own; the summary appears when all are done. */
export const AllAtOnce: Story = {};

/** One question at a time, “Question N of M”, Previous and Next. */
export const Paged: Story = { args: { layout: 'paged' } };

/** No feedback until the whole quiz is submitted. */
export const FeedbackAtTheEnd: Story = { args: { feedback: 'end' } };

/** Questions and choices shuffled, in an order that stays the same for a learner. */
export const Shuffled: Story = { args: { shuffle: true } };

/** Spanish interface strings. */
export const Spanish: Story = { args: { lang: 'es', layout: 'paged' } };

/** Presses a button inside the quiz's shadow root. */
const press = (quiz: Element | null, selector: string): void =>
  quiz?.shadowRoot?.querySelector<HTMLButtonElement>(selector)?.click();

/** Feedback at the end, after Submit with questions left: the confirmation. */
export const ConfirmUnanswered: Story = {
  args: { feedback: 'end' },
  play: async ({ canvasElement }) => {
    const quiz = canvasElement.querySelector('lk-quiz');
    await quiz?.updateComplete;
    press(quiz, '[part~="submit-button"]');
  },
};

/** Submitted: every question checked, and the results with the summary and a retry. */
export const Results: Story = {
  args: { feedback: 'end' },
  play: async ({ canvasElement }) => {
    const quiz = canvasElement.querySelector('lk-quiz');
    await quiz?.updateComplete;
    quiz?.querySelector('lk-question')?.shadowRoot?.querySelectorAll('input')[1]?.click();
    press(quiz, '[part~="submit-button"]');
    await quiz?.updateComplete;
    press(quiz, '[part~="confirm"] button');
  },
};

/** A passing score outside 0–1 is an author error, shown above the questions. */
export const BadPassingScore: Story = { args: { passingScore: 70 } };
