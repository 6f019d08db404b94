import { LocalTracker, type CompleteDetail, type ProgressDetail } from '@lessonkit/core';
import '@lessonkit/quiz/all.js';
import { MemoryStorage } from '@lessonkit/testing';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-lesson.js';
import type { LkLesson } from '../src/lesson.js';
import { LkQuestion } from '@lessonkit/quiz';
import { reportHeight } from '../src/resize.js';

const content = html`
  <h1 slot="title">What Trafficking Is and Is Not</h1>
  <div slot="about"><p>A short lesson.</p></div>
  <p slot="content-note"><strong>Content note:</strong> This lesson discusses human trafficking.</p>
  <section id="definition" class="lk-section">
    <h2>The definition</h2>
    <p>
      Federal law defines
      <lk-term term="human trafficking" definition="Using force, fraud or coercion.">human trafficking</lk-term> by
      force, fraud or coercion <a class="lk-cite" href="#source-tvpa">[1]</a>.
    </p>
    <lk-question item-id="q-town" type="true-false" answer="true"
      ><span slot="prompt">It can happen within one town.</span></lk-question
    >
  </section>
  <section id="check" class="lk-section">
    <h2>Check yourself</h2>
    <lk-question item-id="q-law"
      ><span slot="prompt">Which law?</span><lk-choice correct>TVPA</lk-choice><lk-choice>FOSTA</lk-choice></lk-question
    >
  </section>
  <section slot="sources">
    <h2>Sources</h2>
    <ol>
      <li id="source-tvpa">TVPA of 2000</li>
    </ol>
  </section>
  <aside slot="resources"><p>Talk to a trusted adult.</p></aside>
`;

const lessonWith = (storage: MemoryStorage, lang = '') =>
  fixture<LkLesson>(
    html`<lk-lesson
      lesson-id="t101"
      passing-score="0.5"
      lang=${lang || 'en'}
      .tracker=${new LocalTracker('t101', { storage })}
      >${content}</lk-lesson
    >`,
  );

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const buttonNamed = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === name)!;
const shownSection = (el: LkLesson) =>
  el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="page"]')?.assignedElements()[0]?.id;
const settle = async (el: LkLesson) => {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

async function answerTrue(el: LkLesson): Promise<void> {
  const question = el.querySelector<LkQuestion>('lk-question[item-id="q-town"]')!;
  question.shadowRoot!.querySelector('input')!.click();
  question.check();
  await settle(el);
}

describe('lk-lesson', () => {
  it('opens on the content note and starts with the keyboard, focusing the first section', async () => {
    const el = await lessonWith(new MemoryStorage());
    await settle(el);
    expect(part(el, 'start')).to.exist;
    expect(el.querySelector('[slot="content-note"]')!.assignedSlot).to.exist;
    expect(shownSection(el)).to.equal(undefined);
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Start the lesson').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownSection(el)).to.equal('definition');
    expect(document.activeElement).to.equal(el.querySelector('#definition h2'));
    const current = el.shadowRoot!.querySelector('[aria-current="step"]')!;
    expect(current.textContent!.trim()).to.equal('1. The definition');
    await expect(el).to.be.accessible();
  });

  it('goes section by section to a summary, with progress and completion', async () => {
    const el = await lessonWith(new MemoryStorage());
    await settle(el);
    el.go(0);
    await el.updateComplete;
    const progress: ProgressDetail[] = [];
    el.addEventListener('lk-progress', (event) => progress.push(event.detail));
    await answerTrue(el);
    expect(progress.at(-1)).to.deep.equal({ done: 1, total: 2, score: 1, maxScore: 1 });
    expect(part(el, 'header')!.textContent).to.contain('1 of 2 activities done');
    buttonNamed(el, 'Next').click();
    await el.updateComplete;
    expect(shownSection(el)).to.equal('check');
    const completed = oneEvent(el, 'lk-complete');
    const law = el.querySelector<LkQuestion>('lk-question[item-id="q-law"]')!;
    law.shadowRoot!.querySelectorAll('input')[1]!.click();
    law.check();
    const detail = (await completed).detail as CompleteDetail;
    expect(detail).to.deep.equal({ score: 1, maxScore: 2, passed: true });
    buttonNamed(el, 'Finish').click();
    await settle(el);
    const summary = part(el, 'summary')!;
    expect(summary.textContent!.replace(/\s+/g, ' ')).to.contain('Lesson complete. Score: 1 of 2 (50%). Passed.');
    const rows = [...summary.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['The definition 1 of 1 1 of 1', 'Check yourself 1 of 1 0 of 1']);
    expect(document.activeElement === el, 'focus is in the summary').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('saves an optional activity but leaves it out of completion and the score', async () => {
    const storage = new MemoryStorage();
    const el = await fixture<LkLesson>(
      html`<lk-lesson lesson-id="opt" .tracker=${new LocalTracker('opt', { storage })}>
        <h1 slot="title">Optional</h1>
        <section id="one" class="lk-section">
          <h2>One</h2>
          <lk-question item-id="q-town" type="true-false" answer="true"
            ><span slot="prompt">It can happen within one town.</span></lk-question
          >
          <div class="lk-optional" data-optional role="group" aria-labelledby="optional-extra">
            <p class="lk-optional-note" id="optional-extra">Optional</p>
            <lk-question item-id="q-extra" type="true-false" answer="false"
              ><span slot="prompt">Extra.</span></lk-question
            >
          </div>
          <lk-question item-id="q-more" type="true-false" answer="true" optional
            ><span slot="prompt">More.</span></lk-question
          >
        </section>
      </lk-lesson>`,
    );
    await settle(el);
    expect(el.status).to.include({ done: 0, total: 1 });
    const extra = el.querySelector<LkQuestion>('lk-question[item-id="q-extra"]')!;
    extra.shadowRoot!.querySelector('input')!.click();
    extra.check();
    await settle(el);
    expect(el.status, 'an optional answer counts for nothing').to.include({ done: 0, total: 1, maxScore: 0 });
    expect(JSON.parse(storage.getItem('lessonkit:v1:opt')!).items['q-extra'], 'but it is saved').to.include({
      final: true,
    });
    const completed = oneEvent(el, 'lk-complete');
    await answerTrue(el);
    expect((await completed).detail).to.deep.equal({ score: 1, maxScore: 1, passed: null });
    expect(el.status).to.include({ done: 1, total: 1, complete: true });
  });

  it('completes a lesson with no activity that counts once the learner reaches its end, and stays complete', async () => {
    const storage = new MemoryStorage();
    const reading = () =>
      fixture<LkLesson>(
        html`<lk-lesson lesson-id="read" .tracker=${new LocalTracker('read', { storage })}>
          <h1 slot="title">A reading</h1>
          <section id="one" class="lk-section">
            <h2>One</h2>
            <p>Text.</p>
          </section>
          <section id="two" class="lk-section">
            <h2>Two</h2>
            <lk-question item-id="q-aside" type="true-false" answer="true" optional
              ><span slot="prompt">An aside.</span></lk-question
            >
          </section>
        </lk-lesson>`,
      );
    const el = await reading();
    await settle(el);
    expect(el.status).to.include({ total: 0, complete: false });
    el.go(1);
    await el.updateComplete;
    expect(el.status.complete, 'not before the end').to.be.false;
    const completed = oneEvent(el, 'lk-complete');
    buttonNamed(el, 'Finish').click();
    expect((await completed).detail).to.deep.equal({ score: 0, maxScore: 0, passed: null });
    expect(el.status).to.include({ complete: true, passed: null });
    el.remove();
    const again = await reading();
    await settle(again);
    expect(again.status.complete, 'complete on the next launch').to.be.true;
  });

  it('counts activities whose elements are defined later, so a relaunch is never reported complete too soon', async () => {
    const storage = new MemoryStorage();
    // A saved attempt in which only the first page's question is done.
    await new LocalTracker('late', { storage }).save({
      items: {
        'q-now': {
          interaction: 'true-false',
          response: ['true'],
          correct: true,
          score: 1,
          maxScore: 1,
          attempts: 1,
          final: true,
        },
      },
      updated: new Date().toISOString(),
    });
    const el = await fixture<LkLesson>(
      html`<lk-lesson lesson-id="late" .tracker=${new LocalTracker('late', { storage })}
        ><section id="one" class="lk-section">
          <h2>One</h2>
          <lk-question item-id="q-now" type="true-false" answer="true"><span slot="prompt">Now.</span></lk-question>
        </section>
        <section id="two" class="lk-section">
          <h2>Two</h2>
          <lk-late-question item-id="q-late" type="true-false" answer="true"
            ><span slot="prompt">Later.</span></lk-late-question
          >
        </section></lk-lesson
      >`,
    );
    await settle(el);
    expect(part(el, 'header')!.textContent).to.contain('1 of 2 activities done');
    expect(el.status).to.include({ done: 1, total: 2, complete: false });
    const render = el.render.bind(el);
    let renders = 0;
    el.render = () => {
      renders += 1;
      return render();
    };
    customElements.define('lk-late-question', class extends LkQuestion {});
    await settle(el);
    expect(part(el, 'header')!.textContent).to.contain('1 of 2 activities done');
    expect(el.status.complete).to.equal(false);
    // It was counted before it was defined: nothing on the page changes, so the lesson does not render again.
    expect(renders, 'renders of the lesson when the counted item is defined').to.equal(0);
  });

  it('counts an activity added after it rendered', async () => {
    const el = await lessonWith(new MemoryStorage());
    await settle(el);
    buttonNamed(el, 'Start the lesson').click();
    await el.updateComplete;
    expect(part(el, 'header')!.textContent).to.contain('0 of 2 activities done');
    const added = document.createElement('lk-question');
    added.setAttribute('item-id', 'q-added');
    added.setAttribute('type', 'true-false');
    added.setAttribute('answer', 'false');
    added.innerHTML = '<span slot="prompt">Added later.</span>';
    el.querySelector('#check')!.append(added);
    await settle(el);
    expect(part(el, 'header')!.textContent).to.contain('0 of 3 activities done');
  });

  it('resumes where the learner left off, with every answer, after a reload', async () => {
    const storage = new MemoryStorage();
    const first = await lessonWith(storage);
    await settle(first);
    first.go(0);
    await answerTrue(first);
    first.go(1);
    await settle(first);
    first.remove();

    const again = await lessonWith(storage);
    await settle(again);
    const resume = buttonNamed(again, 'Resume where you left off');
    expect(resume).to.exist;
    resume.click();
    await again.updateComplete;
    expect(shownSection(again)).to.equal('check');
    const restored = again.querySelector<LkQuestion>('lk-question[item-id="q-town"]')!;
    expect(restored.answered).to.be.true;
    expect(part(again, 'header')!.textContent).to.contain('1 of 2 activities done');
  });

  it('opens the sources at a citation', async () => {
    const el = await lessonWith(new MemoryStorage());
    await settle(el);
    el.go(0);
    await el.updateComplete;
    el.querySelector<HTMLAnchorElement>('a.lk-cite')!.click();
    expect((part(el, 'sources') as HTMLDetailsElement).open).to.be.true;
    expect(document.activeElement).to.equal(el.querySelector('#source-tvpa'));
  });

  it('opens the sources at a citation inside an element (a bill’s), from the keyboard', async () => {
    const el = await lessonWith(new MemoryStorage());
    await settle(el);
    el.go(0);
    await el.updateComplete;
    const host = document.createElement('div');
    el.querySelector('section#definition')!.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>It did <a class="lk-cite" href="#source-tvpa">[1]</a>.</p>';
    const link = host.shadowRoot!.querySelector('a')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect((part(el, 'sources') as HTMLDetailsElement).open).to.be.true;
    expect(document.activeElement).to.equal(el.querySelector('#source-tvpa'));
    expect(location.hash, 'the page does not jump to a hidden target').to.not.equal('#source-tvpa');
  });

  it('shows a glossary definition with the keyboard and hides it with Escape', async () => {
    const el = await lessonWith(new MemoryStorage());
    await settle(el);
    el.go(0);
    await el.updateComplete;
    const term = el.querySelector('lk-term')!;
    const button = term.shadowRoot!.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await term.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(term.shadowRoot!.querySelector('[part~="definition"]')!.hasAttribute('hidden')).to.be.false;
    await expect(term).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await term.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('speaks Spanish', async () => {
    const el = await lessonWith(new MemoryStorage(), 'es');
    await settle(el);
    expect(buttonNamed(el, 'Empezar la lección')).to.exist;
    el.go(0);
    await el.updateComplete;
    expect(buttonNamed(el, 'Siguiente')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('reportHeight', () => {
  it('posts the page height to the parent frame in both message shapes', async () => {
    const messages: unknown[] = [];
    const parent = { postMessage: (message: unknown) => messages.push(message) };
    const stop = reportHeight({ parent, document } as unknown as Window);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    const height = Math.ceil(document.documentElement.scrollHeight);
    expect(messages).to.deep.include({ type: 'lessonkit:resize', height });
    expect(messages).to.deep.include({ subject: 'lti.frameResize', height });
  });

  it('does nothing outside a frame', () => {
    const stop = reportHeight(window);
    expect(stop).to.be.a('function');
    stop();
  });
});
