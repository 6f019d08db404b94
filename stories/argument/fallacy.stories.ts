import '@lessonkit/argument/lk-fallacy.js';
import type { FallacyData } from '@lessonkit/argument';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { onlyWay as onlyWayKey } from '../../packages/argument/test/only-way.js';

interface Args {
  lang: string;
}

const SOURCE = 'Tim Head, opinion column, Fox News, 2019';
const URL = 'https://www.foxnews.com/opinion/tim-head-border-crisis-children-bought-sold-sex-victims';

/** "The only way": the brief's argument map lists it as a possible false dilemma (one copy, shared with the tests). */
const onlyWay: FallacyData = { ...onlyWayKey, url: URL, lang: 'en' };

/** One case, then a claim about a whole trade: the brief's hasty generalization, with its fair point credited. */
const cartels: FallacyData = {
  passage:
    'Central American and Mexican cartels control the billion dollar sex trade crossing the U.S.-Mexico border. Last year, the U.S. Attorney’s Office for the Eastern District of New York convicted five Mexican nationals residing illegally in the U.S. who were part of the Rendon-Reyes Trafficking Organization.',
  source: SOURCE,
  url: URL,
  lang: 'en',
  answer: 'hasty-generalization',
  // "Loaded language" is left out: the brief lists "cartel" as loaded language, so it would not be wrong.
  choices: ['false-dilemma', 'hasty-generalization', 'appeal-to-emotion', 'equivocation', 'red-herring', 'none'],
  why: {
    'false-dilemma': 'No choice between two options is offered here.',
    'hasty-generalization':
      'One case is real and serious, but it cannot show that cartels control the whole trade. DOJ called Rendon-Reyes a family-based enterprise, not a cartel.',
    'appeal-to-emotion':
      'The passage gives a case, not feelings, as its support; the question is whether one case is enough.',
    equivocation:
      'Calling a family-based ring a “cartel” comes close, but the main move is stretching one case into a claim about a whole trade.',
    'red-herring': 'The case is on topic; it is just too little to support the claim.',
    none: 'The Rendon-Reyes case was real, but the first sentence claims far more than one case can show.',
  },
};

/**
 * The same passage with "loaded language" offered too: the brief lists "cartel" among the op-ed's
 * loaded words, so the key takes either reading.
 */
const cartelsTwoReadings: FallacyData = {
  ...cartels,
  answer: ['hasty-generalization', 'loaded-language'],
  choices: undefined,
  why: {
    ...cartels.why,
    'loaded-language':
      '“Cartels” is charged: it calls up violent organized crime, while DOJ described Rendon-Reyes as a family-based enterprise.',
  },
};

const meta: Meta<Args> = {
  title: 'Argument/Fallacy',
  component: 'lk-fallacy',
  tags: ['autodocs'],
  args: { lang: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es'] } },
  render: (args) => html`<lk-fallacy item-id="only-way" lang=${args.lang || 'en'} .data=${onlyWay}></lk-fallacy>`,
};
export default meta;
type Story = StoryObj<Args>;

/** "The only way": four choices, a reason for each wrong pick. */
export const OnlyWay: Story = {};

/** Six devices offered; the fair point (the case was real) is credited in the feedback. */
export const OneCaseManyClaims: Story = {
  render: (args) => html`<lk-fallacy item-id="cartels" lang=${args.lang || 'en'} .data=${cartels}></lk-fallacy>`,
};

/** Spanish interface strings (the passage stays as quoted). */
export const Spanish: Story = { args: { lang: 'es' } };

/** Two fair readings, hasty generalization and loaded language: either is right, and the other is shown. */
export const TwoFairReadings: Story = {
  render: (args) =>
    html`<lk-fallacy item-id="cartels-two" lang=${args.lang || 'en'} .data=${cartelsTwoReadings}></lk-fallacy>`,
};
