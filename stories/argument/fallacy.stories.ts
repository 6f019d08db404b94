import '@lessonkit/argument/lk-fallacy.js';
import type { FallacyData } from '@lessonkit/argument';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  lang: string;
}

const SOURCE = 'Tim Head, opinion column, Fox News, 2019';

/** "The only way": the brief's argument map lists it as a possible false dilemma. */
const onlyWay: FallacyData = {
  passage:
    'Adequately screening migrants at the U.S.-Mexico border is the only way to put a dent in the sex-trafficking industry.',
  source: SOURCE,
  answer: 'false-dilemma',
  choices: ['false-dilemma', 'hasty-generalization', 'loaded-language', 'none'],
  why: {
    'false-dilemma':
      '“The only way” leaves out every other response to trafficking, including the domestic laws the op-ed itself lists.',
    'hasty-generalization': 'The sentence does not generalize from cases; it rules out other options.',
    'loaded-language': 'The words here are plain; the problem is the claim that there is one way only.',
    none: 'Better screening may well help — GAO did find weak screening of Mexican children — but “the only way” overstates it.',
  },
};

/** One case, then a claim about a whole trade: the brief's hasty generalization, with its fair point credited. */
const cartels: FallacyData = {
  passage:
    'Central American and Mexican cartels control the billion dollar sex trade crossing the U.S.-Mexico border. Last year, the U.S. Attorney’s Office for the Eastern District of New York convicted five Mexican nationals residing illegally in the U.S. who were part of the Rendon-Reyes Trafficking Organization.',
  source: SOURCE,
  answer: 'hasty-generalization',
  why: {
    'false-dilemma': 'No choice between two options is offered here.',
    'hasty-generalization':
      'One case is real and serious, but it cannot show that cartels control the whole trade. DOJ called Rendon-Reyes a family-based enterprise, not a cartel.',
    'appeal-to-emotion':
      'The passage gives a case, not feelings, as its support; the question is whether one case is enough.',
    'loaded-language': '“Cartels” is a strong word, but the bigger problem is how far one case is stretched.',
    equivocation: 'The passage does not slide between two meanings of a word.',
    'red-herring': 'The case is on topic; it is just too little to support the claim.',
    none: 'The Rendon-Reyes case was real, but the first sentence claims far more than one case can show.',
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

/** All seven devices offered; the fair point (the case was real) is credited in the feedback. */
export const OneCaseManyClaims: Story = {
  render: (args) => html`<lk-fallacy item-id="cartels" lang=${args.lang || 'en'} .data=${cartels}></lk-fallacy>`,
};

/** Spanish interface strings (the passage stays as quoted). */
export const Spanish: Story = { args: { lang: 'es' } };
