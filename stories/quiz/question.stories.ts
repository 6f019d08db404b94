import type { ItemState } from '@lessonkit/core';
import '@lessonkit/quiz/lk-question.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { restored, saved } from './restore.js';

interface QuestionArgs {
  type: 'single' | 'multiple';
  maxAttempts: number;
  points: number;
  scoring: 'partial' | 'all-or-nothing';
  lang: string;
}

const tvpa = (args: QuestionArgs, state?: ItemState) => html`
  <lk-question
    item-id="tvpa"
    type=${args.type}
    max-attempts=${args.maxAttempts}
    points=${args.points}
    scoring=${args.scoring}
    lang=${args.lang || ''}
    ${state ? restored(state) : ref()}
  >
    <span slot="prompt"
      >Which law created new federal trafficking crimes and defined “severe forms of trafficking”?</span
    >
    <lk-choice correct
      >The Trafficking Victims Protection Act of 2000
      <span slot="feedback">Yes. The TVPA (P.L. 106-386) was signed on October 28, 2000.</span></lk-choice
    >
    <lk-choice
      >FOSTA (2018)<span slot="feedback">Not this one: FOSTA is about websites and Section 230.</span></lk-choice
    >
    <lk-choice
      >The Homeland Security Act of 2002<span slot="feedback"
        >Not this one: it moved the care of unaccompanied children to HHS’s Office of Refugee Resettlement.</span
      ></lk-choice
    >
    <span slot="hint">Look for the earliest of the three.</span>
    <p slot="explanation">
      Slavery and involuntary servitude were already federal crimes; the TVPA of 2000 added new trafficking crimes and
      created the T visa. Source: P.L. 106-386.
    </p>
  </lk-question>
`;

const palermo = (args: QuestionArgs, state?: ItemState) => html`
  <lk-question
    item-id="palermo"
    type="multiple"
    max-attempts=${args.maxAttempts}
    points=${args.points}
    scoring=${args.scoring}
    lang=${args.lang || ''}
    ${state ? restored(state) : ref()}
  >
    <span slot="prompt">The UN Palermo Protocol (2000) defines trafficking by three elements. Which are they?</span>
    <lk-choice correct>An act (such as recruiting, moving or harboring a person)</lk-choice>
    <lk-choice correct>A means (such as force, fraud or coercion)</lk-choice>
    <lk-choice correct>A purpose: exploitation</lk-choice>
    <lk-choice
      >Crossing an international border<span slot="feedback">Movement across a border is not required.</span></lk-choice
    >
    <p slot="explanation">Act, means and purpose; for children, no “means” is needed. Source: the Palermo Protocol.</p>
  </lk-question>
`;

const meta: Meta<QuestionArgs> = {
  title: 'Quiz/Question',
  component: 'lk-question',
  tags: ['autodocs'],
  args: { type: 'single', maxAttempts: 2, points: 1, scoring: 'partial', lang: '' },
  argTypes: {
    type: { control: 'inline-radio', options: ['single', 'multiple'] },
    scoring: { control: 'inline-radio', options: ['partial', 'all-or-nothing'] },
    maxAttempts: { control: { type: 'number', min: 0 } },
    points: { control: { type: 'number', min: 0 } },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
  },
  render: (args) => tvpa(args),
};
export default meta;

type Story = StoryObj<QuestionArgs>;

const choice = (response: string[], over: Partial<ItemState>): ItemState => saved('choice', response, over);

/** A fresh single-choice question with a hint and two tries. */
export const Single: Story = {};

/** Checkboxes; partly right answers earn partial credit. */
export const Multiple: Story = { render: (args) => palermo(args) };

/** Answered right on the first try: locked, with feedback and the explanation. */
export const AnsweredRight: Story = {
  render: (args) => tvpa(args, choice(['a'], { correct: true, score: 1, final: true })),
};

/** A wrong answer with a try left: the learner may try again. */
export const WrongWithRetry: Story = {
  render: (args) => tvpa(args, choice(['b'], {})),
};

/** Out of attempts: the right answer is marked and explained. */
export const AnswerShown: Story = {
  render: (args) => tvpa(args, choice(['c'], { attempts: 2, final: true })),
};

/** Two right and one wrong out of three right answers: (2 − 1) / 3 of the points. */
export const PartlyRight: Story = {
  render: (args) => palermo(args, choice(['a', 'b', 'd'], { score: 0.33 })),
};

/** The same question with Spanish interface strings (`lang="es"`). */
export const Spanish: Story = { args: { lang: 'es' } };

/** True or false, with feedback for each answer. */
export const TrueFalse: Story = {
  render: (args) =>
    html`<lk-question item-id="tf" type="true-false" answer="false" lang=${args.lang || ''}>
      <span slot="prompt">Trafficking requires crossing a border.</span>
      <span slot="feedback-true">No: movement is not required.</span>
      <span slot="feedback-false">Right: it can happen entirely within one town.</span>
      <p slot="explanation">Federal law defines trafficking by force, fraud or coercion, not by movement.</p>
    </lk-question>`,
};

/** A question with no choice marked correct says so instead of scoring. */
export const NoAnswerKey: Story = {
  render: () =>
    html`<lk-question item-id="broken">
      <span slot="prompt">Which statement is true?</span>
      <lk-choice>Trafficking requires crossing a border.</lk-choice>
      <lk-choice>Smuggling always involves exploitation.</lk-choice>
    </lk-question>`,
};
