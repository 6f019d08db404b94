// A lesson launched by an LMS: lk-lesson finds the SCORM API on its own (as in a built package)
// and reports to scorm-again, a real LMS-side runtime.
import { decodeAttempt } from '@lessonkit/core/scorm.js';
import '@lessonkit/quiz/all.js';
import type { LkQuestion } from '@lessonkit/quiz';
import { Scorm12API, Scorm2004API, lmsSettings } from '@lessonkit/testing/scorm.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-lesson.js';
import type { LkLesson } from '../src/lesson.js';

type Host = Window & { API?: unknown; API_1484_11?: unknown };

const lesson = () =>
  fixture<LkLesson>(
    html`<lk-lesson lesson-id="scorm-lesson" passing-score="0.5" lang="en">
      <h1 slot="title">A lesson in an LMS</h1>
      <section id="one" class="lk-section">
        <h2>One</h2>
        <lk-question item-id="q-town" type="true-false" answer="true"
          ><span slot="prompt">Trafficking can happen within one town.</span></lk-question
        >
      </section>
      <section id="two" class="lk-section">
        <h2>Two</h2>
        <lk-question item-id="q-law"
          ><span slot="prompt">Which law created the T visa?</span><lk-choice value="tvpa" correct>TVPA 2000</lk-choice
          ><lk-choice value="fosta">FOSTA</lk-choice></lk-question
        >
      </section>
    </lk-lesson>`,
  );

/** Answers a question by keyboard: Tab into its first radio, arrows to the choice, then Check. */
async function answerByKeyboard(question: LkQuestion, arrows: number): Promise<void> {
  question.shadowRoot!.querySelector('input')!.focus();
  for (let step = 0; step < arrows; step += 1) await sendKeys({ press: 'ArrowDown' });
  if (arrows === 0) await sendKeys({ press: ' ' });
  const check = [...question.shadowRoot!.querySelectorAll('button')].find((button) =>
    /Check/.test(button.textContent!),
  )!;
  check.focus();
  await sendKeys({ press: 'Enter' });
}

const clearCopies = () => {
  for (const key of Object.keys(localStorage)) if (key.includes('scorm-lesson')) localStorage.removeItem(key);
};

describe('lk-lesson in a SCORM LMS', () => {
  afterEach(() => {
    delete (window as Host).API;
    delete (window as Host).API_1484_11;
    clearCopies();
  });

  it('SCORM 1.2: reports as the learner answers by keyboard, passes only when complete, and resumes', async () => {
    const api = new Scorm12API(lmsSettings);
    (window as Host).API = api;
    const el = await lesson();
    await waitUntil(() => api.getFlattenedCMI()['cmi.core.lesson_status'] === 'incomplete', 'incomplete at launch');
    el.go(0);
    await el.updateComplete;
    await answerByKeyboard(el.querySelector<LkQuestion>('[item-id="q-town"]')!, 0);
    await waitUntil(() => String(api.getFlattenedCMI()['cmi.suspend_data']).includes('q-town'), 'the answer saved');
    let cmi = api.getFlattenedCMI();
    // One of two items, all its points: still not passed.
    expect(cmi).to.include({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.score.raw': '100',
      'cmi.core.lesson_location': 'section:one',
      'cmi.interactions.0.id': 'q-town',
      'cmi.interactions.0.type': 'true-false',
      'cmi.interactions.0.student_response': 't',
      'cmi.interactions.0.result': 'correct',
    });
    el.go(1);
    await el.updateComplete;
    await answerByKeyboard(el.querySelector<LkQuestion>('[item-id="q-law"]')!, 1);
    await waitUntil(() => api.getFlattenedCMI()['cmi.core.lesson_status'] !== 'incomplete', 'complete');
    cmi = api.getFlattenedCMI();
    expect(cmi).to.include({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '50', 'cmi.core.exit': '' });
    expect(cmi['cmi.interactions.1.student_response']).to.equal('fosta');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitUntil(() => api.isTerminated(), 'finished');

    // The next launch resumes from what the LMS kept (the device's copy is gone).
    clearCopies();
    const saved = decodeAttempt(String(cmi['cmi.suspend_data']));
    const next = new Scorm12API(lmsSettings);
    next.loadFromJSON({
      core: { entry: 'resume', lesson_location: cmi['cmi.core.lesson_location'], lesson_status: 'passed' },
      suspend_data: cmi['cmi.suspend_data'],
    });
    (window as Host).API = next;
    const again = await lesson();
    expect(Object.keys(saved.items).sort()).to.deep.equal(['q-law', 'q-town']);
    await waitUntil(() => again.status.complete, 'restored as complete');
    expect(again.status).to.deep.include({ done: 2, total: 2, score: 1, maxScore: 2, passed: true });
  });

  it('SCORM 2004: completion and success apart, and a quiet notice while the LMS does not answer', async () => {
    const api = new Scorm2004API(lmsSettings);
    const commit = api.Commit;
    let failing = true;
    api.Commit = (parameter?: string) => (failing ? 'false' : commit.call(api, parameter));
    (window as Host).API_1484_11 = api;
    const el = await lesson();
    const notice = () => el.shadowRoot!.querySelector('[part~="save-state"]')!.textContent!.trim();
    await waitUntil(() => notice().startsWith('Not saved to your course yet.'), 'the notice');
    failing = false;
    await waitUntil(() => notice() === '', 'saved at last', { timeout: 4000 });
    expect(api.getFlattenedCMI()).to.include({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
    });
    await expect(el).to.be.accessible();
  });
});
