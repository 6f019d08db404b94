import '@lessonkit/argument/lk-annotate.js';
import type { AnnotateData } from '@lessonkit/argument';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { passageA as passageAKey } from '../../packages/argument/test/passage-a.js';

interface Args {
  lang: string;
}

const URL = 'https://www.foxnews.com/opinion/tim-head-border-crisis-children-bought-sold-sex-victims';

/** Paragraphs 1–4 of the op-ed, keyed as in the lesson plan (one copy, shared with the tests). */
const passageA: AnnotateData = { ...passageAKey, url: URL, lang: 'en' };

/** Sentences from the closing paragraphs, keyed as in the lesson plan's "Passage B". */
const passageB: AnnotateData = {
  source: 'Tim Head, opinion column, Fox News, 2019 (closing paragraphs, sentences chosen)',
  url: URL,
  lang: 'en',
  sentences: [
    {
      text: 'Thankfully, Congress and the Trump administration have increased the resources necessary for law enforcement to fight domestic traffickers, but more is needed to combat trafficking and the cartels flooding our nation with an unlimited supply of child sex slaves.',
      answer: 'loaded-language',
      why: '“Flooding” and “unlimited supply” exaggerate without numbers.',
    },
    {
      text: 'Migrant children from other countries who appear at our southern border are vetted more stringently.',
      answer: 'claim',
      why: 'A comparison of how children are treated; it partly matches the 2008 law (TVPRA §235).',
      paragraph: true,
    },
    {
      text: 'This process allows authorities to determine whether a child is a victim of trafficking.',
      answer: 'reasoning',
      why: 'It explains why placement with the Office of Refugee Resettlement matters.',
    },
    {
      text: 'Adequately screening migrants at the U.S.-Mexico border is the only way to put a dent in the sex-trafficking industry.',
      answer: 'thesis',
      why: 'The main point of the column, restated near its end.',
      paragraph: true,
    },
    {
      text: 'Our national conscience demands that we protect the innocent young men, women, and children who cross our southern border to be bought and sold in this modern-day slave trade.',
      answer: 'appeal-to-emotion',
      why: 'It invokes conscience and innocence instead of evidence, and repeats an earlier line (spelled “consicence” there).',
      paragraph: true,
    },
  ],
};

const meta: Meta<Args> = {
  title: 'Argument/Annotate',
  component: 'lk-annotate',
  tags: ['autodocs'],
  args: { lang: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es'] } },
  render: (args) => html`<lk-annotate item-id="passage-a" lang=${args.lang || 'en'} .data=${passageA}></lk-annotate>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Passage A: nine sentences, seven tags; the hook also accepts "appeal to emotion". */
export const PassageA: Story = {};

/** Passage B: the thesis, restated near the end, among the closing moves. */
export const PassageB: Story = {
  render: (args) => html`<lk-annotate item-id="passage-b" lang=${args.lang || 'en'} .data=${passageB}></lk-annotate>`,
};

/** Labels of the author's own: fact or opinion. */
export const FactOrOpinion: Story = {
  render: (args) =>
    html`<lk-annotate
      item-id="fact-opinion"
      lang=${args.lang || 'en'}
      max-attempts="0"
      .data=${
        {
          source: 'Tim Head, opinion column, Fox News, 2019',
          url: URL,
          lang: 'en',
          labels: [
            { id: 'fact', name: 'Checkable fact', define: 'True or false, and a source could settle it.' },
            { id: 'opinion', name: 'Opinion', define: 'A judgment; its assumptions can be checked.' },
          ],
          sentences: [
            {
              text: 'The dramatic photograph of a 2-year-old Honduran girl … won the World Press Photo of the Year.',
              answer: 'fact',
              why: 'It can be checked: the photo won on April 11, 2019 (AFP, via The Straits Times).',
            },
            {
              text: 'Adequately screening migrants at the U.S.-Mexico border is the only way to put a dent in the sex-trafficking industry.',
              answer: 'opinion',
              why: 'A judgment about policy; the data on who victims are bear on it, but cannot settle it alone.',
            },
          ],
        } satisfies AnnotateData
      }
    ></lk-annotate>`,
};

/** Spanish interface strings (the passage stays as quoted, marked as English). */
export const Spanish: Story = { args: { lang: 'es' } };
