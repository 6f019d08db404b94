// A built lesson in Chromium: it runs under its strict Content-Security-Policy,
// saves an answer and the place, and resumes both after a reload.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { main } from '../src/main.js';
import { serve } from './serve.js';

/** Script in every place a teacher can type: prose, block YAML, front matter, resources. */
const XSS_LESSON = `---
id: xss
title: "<script>alert('title')</script>Safe title"
summary: "<img src=x onerror=alert('summary')>"
content-note: "<svg onload=alert('note')></svg>Note"
resources: "[help](javascript:alert('resources')) <iframe src=javascript:alert('frame')></iframe>"
sources:
  - id: s
    title: "<b onmouseover=alert('source')>Source</b>"
    url: https://example.org/
---

## Prose <img src=x onerror=alert('heading')>

Text <script>alert('prose')</script> <a href="javascript:alert('link')">link</a> [@s]
<div style="position:fixed;inset:0" onclick="alert('div')">overlay</div>

\`\`\`question
id: q
type: single
prompt: "<img src=x onerror=alert('prompt')>Pick"
choices:
  - text: "<svg><script>alert('choice')</script></svg>A"
    correct: true
    feedback: "<a href='javascript:alert(1)'>x</a>"
  - text: B
hint: "<details open ontoggle=alert('hint')>h</details>"
\`\`\`
`;

/** A sequencing timeline: its events, authored in order and dated, are the answer. */
const SEQUENCE_LESSON = `---
id: sequence
title: Sequence
---

## Order

\`\`\`timeline
id: seq
title: Put these in order
mode: sequence
events:
  - date: 1997
    title: First
  - date: 2000
    title: Second
  - date: 2008
    title: Third
\`\`\`
`;

describe('a built lesson in Chromium', () => {
  let dir: string;
  let site: { server: Server; url: string };
  let browser: Browser;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lessonkit-e2e-'));
    await writeFile(
      join(dir, 'lesson.md'),
      await readFile(new URL('../../pipeline/test/fixtures/golden.md', import.meta.url)),
    );
    await writeFile(join(dir, 'xss.md'), XSS_LESSON);
    await writeFile(join(dir, 'sequence.md'), SEQUENCE_LESSON);
    for (const file of ['lesson.md', 'xss.md', 'sequence.md']) {
      const code = await main(['build', file, '--out', 'out'], { out: () => undefined, err: console.error, cwd: dir });
      assert.equal(code, 0, file);
    }
    site = await serve(join(dir, 'out'));
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs under its CSP, saves an answer and the section, and resumes both after a reload', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP ${event.violatedDirective}`));
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.url}/golden-lesson/`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => customElements.get('lk-lesson') && customElements.get('lk-quiz'));

    // Start, then answer the first question as a learner would (click the right choice, Check).
    await page.evaluate(() => {
      const start = [...document.querySelector('lk-lesson')!.shadowRoot!.querySelectorAll('button')].find(
        (button) => button.textContent!.trim() === 'Start the lesson',
      );
      start!.click();
    });
    const choice = await page.waitForSelector('lk-question[item-id="q-town"] >>> label[for="choice-1"]');
    await choice!.click();
    const check = await page.waitForSelector('lk-question[item-id="q-town"] >>> [part~="check-button"]');
    await check!.click();
    await page.waitForFunction(() => document.querySelector('lk-question[item-id="q-town"]')!.hasAttribute('answered'));
    // Go on to the second section, so that is the saved place.
    await page.evaluate(() => document.querySelector('lk-lesson')!.go(1));
    await page.waitForFunction(() =>
      localStorage.getItem('lessonkit:v1:golden-lesson')?.includes('section:check-yourself'),
    );

    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForFunction(() => customElements.get('lk-lesson'));
    const resumed = await page.evaluate(async () => {
      const lesson = document.querySelector('lk-lesson')!;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const resume = [...lesson.shadowRoot!.querySelectorAll('button')].find(
        (button) => button.textContent!.trim() === 'Resume where you left off',
      );
      resume?.click();
      await lesson.updateComplete;
      const slot = lesson.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="page"]');
      const question = document.querySelector('lk-question[item-id="q-town"]')!;
      return {
        offered: Boolean(resume),
        section: slot?.assignedElements()[0]?.id,
        answered: question.hasAttribute('answered'),
        response: (question as unknown as { response: string[] }).response,
        progress: lesson.shadowRoot!.querySelector('[part~="header"]')!.textContent!.replace(/\s+/g, ' '),
      };
    });
    assert.deepEqual(
      { ...resumed, progress: resumed.progress.includes('1 of 7 activities done') },
      { offered: true, section: 'check-yourself', answered: true, response: ['b'], progress: true },
    );
    assert.deepEqual(problems, []);
    // With no LMS around, the SCORM and cmi5 code is never loaded.
    assert.deepEqual(
      requested.filter((url) => /chunks\/(scorm|cmi5)-/.test(url)),
      [],
    );
    assert.ok(requested.some((url) => url.endsWith('/assets/lessonkit.js')));
    await page.close();
  });

  it('paints the lesson before its script runs, with no answer on show', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${site.url}/golden-lesson/`, { waitUntil: 'load' });
    // Styles, not innerText: sections off screen skip rendering (content-visibility), their text stays.
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('lk-lesson [slot]')]
          .filter((element) => element.closest('section.lk-section'))
          .map((element) => [
            `${element.getAttribute('slot')}: ${element.textContent!.trim().slice(0, 40)}`,
            getComputedStyle(element).display !== 'none',
          ]),
      ),
    );
    // Each choice of a question on a line of its own, not run together in one line of text.
    const choiceTops = await page.evaluate(() =>
      [...document.querySelectorAll('section.lk-section lk-question')].map((question) =>
        [...question.querySelectorAll(':scope > lk-choice')].map((choice) => choice.getBoundingClientRect().top),
      ),
    );
    // Cards whose authored order is the answer stay hidden.
    const cards = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'lk-order > lk-item, lk-match > lk-item, lk-match > lk-target, lk-categorize > lk-item',
        ),
      ].map((card) => getComputedStyle(card).display),
    );
    // So do the dated events of a sequencing timeline; its title stays.
    await page.goto(`${site.url}/sequence/`, { waitUntil: 'load' });
    const timeline = await page.evaluate(() =>
      ['lk-timeline > ol', 'lk-timeline > [slot="title"]'].map(
        (selector) => getComputedStyle(document.querySelector(selector)!).display,
      ),
    );
    await page.close();
    assert.ok(cards.length > 0 && cards.every((display) => display === 'none'), `cards hidden: ${cards.join(' ')}`);
    assert.deepEqual(timeline, ['none', 'block'], 'the events hidden, the title shown');
    assert.ok(choiceTops.length > 0, 'a question with choices');
    for (const tops of choiceTops) assert.equal(new Set(tops).size, tops.length, `one line each: ${tops.join(', ')}`);
    assert.equal(shown['prompt: Which is true?'], true, 'the prompt is there');
    for (const kept of [
      'feedback: No. Movement is not required.',
      'hint: Think about the legal definition.',
      'explanation: Federal law defines trafficking by force',
    ]) {
      assert.equal(shown[kept], false, `"${kept}" waits for the question (${Object.keys(shown).join(' | ')})`);
    }
  });

  it('lays out only the top of the lesson while its script loads; all of it with scripts off or when it fails', async () => {
    const states = async (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('lk-lesson > .lk-section, lk-lesson > .lk-sources')].map(
          (element) => `${element.id || element.className}: ${getComputedStyle(element).contentVisibility}`,
        ),
      );
    const off = await browser.newPage();
    await off.setJavaScriptEnabled(false);
    await off.goto(`${site.url}/golden-lesson/`, { waitUntil: 'load' });
    const scriptsOff = await states(off);
    await off.close();
    // Scripts on, but the lesson's script never arrives.
    const failed = await browser.newPage();
    await failed.setRequestInterception(true);
    failed.on('request', (request) =>
      request.url().endsWith('/assets/lessonkit.js') ? void request.abort() : void request.continue(),
    );
    await failed.goto(`${site.url}/golden-lesson/`, { waitUntil: 'load' });
    const waiting = await states(failed);
    await new Promise((resolve) => setTimeout(resolve, 3300));
    const givenUp = await states(failed);
    const defined = await failed.evaluate(() => Boolean(customElements.get('lk-lesson')));
    await failed.close();
    assert.ok(scriptsOff.length > 2, `sections and sources: ${scriptsOff.join(' | ')}`);
    assert.equal(defined, false);
    const hidden = (list: string[]) => list.map((state) => state.endsWith(': hidden'));
    assert.deepEqual(
      hidden(scriptsOff),
      scriptsOff.map(() => false),
      `scripts off: all there to read: ${scriptsOff.join(' | ')}`,
    );
    assert.deepEqual(
      hidden(waiting),
      [false, ...waiting.slice(1).map(() => true)],
      `while the script loads, the first section only: ${waiting.join(' | ')}`,
    );
    assert.deepEqual(
      hidden(givenUp),
      givenUp.map(() => false),
      `after 3 s without the script: ${givenUp.join(' | ')}`,
    );
  });

  it('keeps the title where it was painted when the script runs', async () => {
    const top = async (javaScript: boolean) => {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(javaScript);
      await page.goto(`${site.url}/golden-lesson/`, { waitUntil: 'load' });
      if (javaScript)
        await page.waitForFunction(() => document.querySelector('lk-lesson')?.shadowRoot?.querySelector('header'));
      const tops = await page.evaluate(() =>
        ['main', 'lk-lesson > h1'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top),
      );
      await page.close();
      return tops;
    };
    assert.deepEqual(await top(true), await top(false));
  });

  it('defines only the elements a page uses with the drop-in script', async () => {
    await writeFile(
      join(dir, 'out', 'drop-in.html'),
      `<!doctype html><html lang="en"><head><title>Drop-in</title>
      <script type="module" src="drop-in/lessonkit.js"></script></head><body>
      <lk-order item-id="o"><span slot="prompt">Order</span><lk-item>A</lk-item><lk-item>B</lk-item></lk-order>
      </body></html>`,
    );
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(`${site.url}/drop-in.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => customElements.get('lk-order'));
    const before = await page.evaluate(() => ({
      order: Boolean(customElements.get('lk-order')),
      quiz: Boolean(customElements.get('lk-quiz')),
      rendered: Boolean(document.querySelector('lk-order')?.shadowRoot?.querySelector('ol')),
    }));
    assert.deepEqual(before, { order: true, quiz: false, rendered: true });
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<lk-question item-id="q"><span slot="prompt">P</span><lk-choice correct>A</lk-choice><lk-choice>B</lk-choice></lk-question>',
      );
    });
    await page.waitForFunction(() => customElements.get('lk-question') && customElements.get('lk-choice'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('runs no script from a lesson that tries everywhere', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.url}/xss/`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => customElements.get('lk-lesson'));
    await page.evaluate(async () => {
      const lesson = document.querySelector('lk-lesson')!;
      lesson.go(0);
      await lesson.updateComplete;
      document
        .querySelector('lk-question')!
        .shadowRoot!.querySelector<HTMLButtonElement>('[part~="hint-button"]')
        ?.click();
      // Everything but real links out (which would leave the page).
      for (const element of document.querySelectorAll('a:not([href^="http"]), b, div, details')) {
        element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        (element as HTMLElement).click();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on|^style$/i.test(attribute.name))
          .map((attribute) => attribute.name),
      ),
    );
    assert.deepEqual(dialogs, []);
    assert.deepEqual(inline, []);
    await page.close();
  });
});
