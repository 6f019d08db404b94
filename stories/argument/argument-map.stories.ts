import '@lessonkit/argument/lk-argument-map.js';
import type { ArgumentMapData } from '@lessonkit/argument';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { opEdMap as opEdMapKey } from '../../packages/argument/test/op-ed-map.js';

interface Args {
  lang: string;
}

const URL = 'https://www.foxnews.com/opinion/tim-head-border-crisis-children-bought-sold-sex-victims';

/** The op-ed's argument as the brief maps it, with two distractors (one copy, shared with the tests). */
const opEdMap: ArgumentMapData = { ...opEdMapKey, url: URL, lang: 'en' };

const meta: Meta<Args> = {
  title: 'Argument/Argument map',
  component: 'lk-argument-map',
  tags: ['autodocs'],
  args: { lang: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es'] } },
  render: (args) =>
    html`<lk-argument-map item-id="op-ed-map" lang=${args.lang || 'en'} .data=${opEdMap}></lk-argument-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Sixteen cards: five reasons, their evidence, four unstated assumptions and two cards from outside the op-ed. */
export const OpEd: Story = {};

/** The reasons placed from the start (an accommodation in the lesson plan): only evidence and assumptions are left. */
export const ReasonsGiven: Story = {
  render: (args) =>
    html`<lk-argument-map
      item-id="op-ed-map-given"
      lang=${args.lang || 'en'}
      .data=${{ ...opEdMap, givenReasons: true }}
    ></lk-argument-map>`,
};

/** Spanish interface strings (the cards stay as written, marked as English). */
export const Spanish: Story = { args: { lang: 'es' } };
