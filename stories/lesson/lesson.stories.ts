import { LocalTracker } from '@lessonkit/core';
import '@lessonkit/lesson/lk-lesson.js';
import '@lessonkit/quiz/all.js';
import { MemoryStorage } from '@lessonkit/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  lang: string;
  passingScore: number;
}

/** A fresh tracker per story, so stories do not share saved answers. */
const tracker = () => new LocalTracker('story-lesson', { storage: new MemoryStorage() });

const lesson = (args: Args) =>
  html`<lk-lesson
    lesson-id="story-lesson"
    passing-score=${args.passingScore}
    lang=${args.lang || 'en'}
    .tracker=${tracker()}
  >
    <h1 slot="title">What Trafficking Is and Is Not</h1>
    <div slot="about">
      <p>A short sample lesson: two sections and three activities.</p>
      <dl>
        <dt>Audience</dt>
        <dd>Grades 9–12</dd>
        <dt>Time</dt>
        <dd>10 minutes</dd>
      </dl>
    </div>
    <p slot="content-note">
      <strong>Content note:</strong> This lesson discusses human trafficking, without graphic detail.
    </p>
    <section id="definition" class="lk-section">
      <h2>The definition</h2>
      <p>
        Federal law defines
        <lk-term
          term="human trafficking"
          definition="Using force, fraud or coercion to make someone do labor or commercial sex."
          >human trafficking</lk-term
        >
        by force, fraud or coercion, not by movement <a class="lk-cite" href="#source-tvpa">[1]</a>.
      </p>
      <lk-question item-id="story-town" type="true-false" answer="true">
        <span slot="prompt">Trafficking can happen entirely within one town.</span>
      </lk-question>
    </section>
    <section id="check" class="lk-section">
      <h2>Check yourself</h2>
      <lk-categorize item-id="story-sort" max-attempts="2">
        <span slot="prompt">Trafficking or smuggling?</span>
        <lk-category value="trafficking">Trafficking</lk-category>
        <lk-category value="smuggling">Smuggling</lk-category>
        <lk-item category="smuggling"
          >A person pays a guide to cross a border illegally and is free on arrival.</lk-item
        >
        <lk-item category="trafficking">A worker’s passport is taken and she is made to work off a debt.</lk-item>
      </lk-categorize>
      <lk-short-answer item-id="story-reflect">
        <span slot="prompt">Why does the difference matter?</span>
      </lk-short-answer>
      <div class="lk-optional" data-optional role="group" aria-labelledby="optional-story">
        <p class="lk-optional-note" id="optional-story">
          Optional: not counted toward finishing the lesson or your score.
        </p>
        <lk-short-answer item-id="story-extra">
          <span slot="prompt">Where have you heard the two words mixed up?</span>
        </lk-short-answer>
      </div>
    </section>
    <section slot="sources">
      <h2>Sources</h2>
      <ol>
        <li id="source-tvpa">Trafficking Victims Protection Act of 2000, P.L. 106-386.</li>
      </ol>
    </section>
    <aside slot="resources">
      <p>If this topic is hard for you, talk to a teacher, a counselor or another trusted adult.</p>
    </aside>
  </lk-lesson>`;

const meta: Meta<Args> = {
  title: 'Lesson/Lesson',
  component: 'lk-lesson',
  tags: ['autodocs'],
  args: { lang: '', passingScore: 0.7 },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'en', 'es'] } },
  render: lesson,
};
export default meta;
type Story = StoryObj<Args>;

/** The start page: about the lesson, the content note, Start. */
export const StartPage: Story = {};

/** A section, with the table of contents, progress and Previous / Next (the last section ends with an optional activity, left out of the count). */
export const Section: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('lk-lesson');
    await element?.updateComplete;
    element?.go(0);
  },
};

/** The summary after the last section: each section's activities and score, and Print. */
export const Summary: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('lk-lesson');
    await element?.updateComplete;
    element?.go(2);
  },
};

/** Spanish interface strings. */
export const Spanish: Story = { args: { lang: 'es' } };

/** A glossary term: a button that shows its definition in place. */
export const Term: StoryObj = {
  render: () =>
    html`<p>
      Smuggling is a crime against the state;
      <lk-term
        term="human trafficking"
        definition="Using force, fraud or coercion to make someone do labor or commercial sex."
        >trafficking</lk-term
      >
      is a crime against a person.
    </p>`,
};
