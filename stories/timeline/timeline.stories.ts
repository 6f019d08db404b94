import '@lessonkit/timeline/lk-timeline.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  lang: string;
  view: 'axis' | 'list';
}

/** The border-policy timeline from the content brief (dates and sources as the brief gives them). */
const policy = (args: Args, mode = 'explore') =>
  html`<lk-timeline item-id="uac-policy" mode=${mode} view=${args.view} lang=${args.lang || 'en'}>
    <h3 slot="title">Unaccompanied children and trafficking law</h3>
    <ol>
      <li data-date="1997" data-category="court">
        <time datetime="1997">1997</time> <strong>Flores Settlement Agreement</strong>
        <p>Set standards for detaining and releasing immigrant children. (CRS R43599)</p>
      </li>
      <li data-date="2000-10-28" data-category="law">
        <time datetime="2000-10-28">October 28, 2000</time> <strong>Trafficking Victims Protection Act</strong>
        <p>Created new federal trafficking crimes and the T visa. (P.L. 106-386)</p>
      </li>
      <li data-date="2002-11-25" data-category="law">
        <time datetime="2002-11-25">November 25, 2002</time> <strong>Homeland Security Act §462</strong>
        <p>Moved the care of unaccompanied children from INS to HHS’s Office of Refugee Resettlement. (6 U.S.C. 279)</p>
      </li>
      <li data-date="2008-12-23" data-category="law">
        <time datetime="2008-12-23">December 23, 2008</time> <strong>TVPRA of 2008, §235</strong>
        <p>
          Screening rules for children from Mexico and Canada; other children go to ORR within 72 hours, barring
          exceptional circumstances. (P.L. 110-457)
        </p>
      </li>
      <li data-date="2013-10" data-end="2014-09" data-category="event">
        <time datetime="2013-10">FY2014</time> <strong>Surge of unaccompanied children</strong>
        <p>68,541 unaccompanied children apprehended, a record at the time. (CRS R43599)</p>
      </li>
      <li data-date="2015-07-14" data-category="report">
        <time datetime="2015-07-14">July 14, 2015</time> <strong>GAO-15-521</strong>
        <p>Found CBP screening of Mexican children inconsistent and poorly documented.</p>
      </li>
      <li data-date="2018-04-06" data-category="policy">
        <time datetime="2018-04-06">April 6, 2018</time> <strong>“Zero tolerance” memo</strong>
        <p>Told border U.S. Attorneys to prosecute DHS-referred illegal-entry cases “to the extent practicable”.</p>
      </li>
    </ol>
  </lk-timeline>`;

const meta: Meta<Args> = {
  title: 'Timeline/Timeline',
  component: 'lk-timeline',
  tags: ['autodocs'],
  args: { lang: '', view: 'axis' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    view: { control: 'inline-radio', options: ['axis', 'list'] },
  },
  render: (args) => policy(args),
};
export default meta;
type Story = StoryObj<Args>;

/** Events in proportion to time, with filters, zoom and details. */
export const Explore: Story = {};

/** The authored list, as it reads without JavaScript. */
export const List: Story = { args: { view: 'list' } };

/** Spanish interface strings and dates. */
export const Spanish: Story = { args: { lang: 'es' } };

/** Put the events in order by date. */
export const Sequence: Story = { render: (args) => policy(args, 'sequence') };

/** 1,000 generated events (placeholder titles): it stays responsive. */
export const ThousandEvents: Story = {
  render: () => {
    const categories = ['law', 'policy', 'court', 'event', 'report'];
    const items = Array.from({ length: 1000 }, (_, index) => {
      const year = 1900 + Math.floor(index / 8);
      const month = String((index % 12) + 1).padStart(2, '0');
      return html`<li data-date=${`${year}-${month}`} data-category=${categories[index % categories.length] ?? 'event'}>
        <strong>Event ${index + 1}</strong>
      </li>`;
    });
    return html`<lk-timeline
      ><ol>
        ${items}
      </ol></lk-timeline
    >`;
  },
};
