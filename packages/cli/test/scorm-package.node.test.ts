// The built SCORM packages, launched as an LMS launches them: the zip unpacked, its page in a frame
// of a host page whose window holds scorm-again (a real LMS-side runtime). The learner answers by
// keyboard; the test reads what the LMS got, then launches again from what the LMS kept.
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { main } from '../src/main.js';
import { answerByKeyboard, lmsLesson } from './lms-lesson.js';
import { serve } from './serve.js';

const LESSON = lmsLesson('lms-check', 'A lesson in an LMS');

/** The host page an LMS would serve: its runtime on the window, the package's page in a frame. */
const host = (version: '12' | '2004') => `<!doctype html><html lang="en"><head><title>LMS</title>
<script src="scorm${version}.min.js"></script>
<script>
  const resume = new URLSearchParams(location.search).get('resume');
  const api = new Scorm${version}API({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
  if (resume) api.loadFromJSON(JSON.parse(resume));
  window.${version === '12' ? 'API' : 'API_1484_11'} = api;
</script></head>
<body><iframe src="pkg${version}/index.html" title="Lesson" style="width:100%;height:900px"></iframe></body></html>`;

const requireHere = createRequire(import.meta.url);

describe('SCORM packages under scorm-again', () => {
  let dir: string;
  let site: { server: Server; url: string };
  let browser: Browser;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lessonkit-scorm-'));
    await writeFile(join(dir, 'lesson.md'), LESSON);
    const code = await main(['build', 'lesson.md', '--out', 'out', '--format', 'scorm12,scorm2004'], {
      out: () => undefined,
      err: console.error,
      cwd: dir,
    });
    assert.equal(code, 0);
    const root = join(dir, 'site');
    for (const version of ['12', '2004'] as const) {
      const zip = unzipSync(await readFile(join(dir, 'out', `lms-check.scorm${version}.zip`)));
      for (const [name, bytes] of Object.entries(zip)) {
        if (name.endsWith('/')) continue;
        await mkdir(dirname(join(root, `pkg${version}`, name)), { recursive: true });
        await writeFile(join(root, `pkg${version}`, name), bytes);
      }
      // The classic-script build, which puts Scorm12API / Scorm2004API on the window.
      await cp(requireHere.resolve(`scorm-again/scorm${version}/min`), join(root, `scorm${version}.min.js`));
      await writeFile(join(root, `lms${version}.html`), host(version));
    }
    site = await serve(root);
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Opens the host page and waits for the lesson in its frame. */
  async function launch(page: Page, version: '12' | '2004', resume?: unknown): Promise<Frame> {
    const query = resume ? `?resume=${encodeURIComponent(JSON.stringify(resume))}` : '';
    await page.goto(`${site.url}/lms${version}.html${query}`, { waitUntil: 'networkidle0' });
    const frame = page.frames().find((candidate) => candidate.url().includes(`pkg${version}/index.html`))!;
    await frame.waitForFunction(() => customElements.get('lk-lesson') && customElements.get('lk-question'));
    return frame;
  }

  /** Answers a question by keyboard: its first radio, arrows, then Check with Enter. */

  /** What the LMS holds, flattened (`cmi.core.lesson_status` → value), read in the host page. */
  const cmi = (page: Page, name: 'API' | 'API_1484_11') =>
    page.evaluate(
      (api) =>
        (window as unknown as Record<string, { getFlattenedCMI(): Record<string, string> }>)[api]!.getFlattenedCMI(),
      name,
    );
  const until = async (page: Page, name: 'API' | 'API_1484_11', element: string, value: string) => {
    for (let tries = 0; tries < 100; tries += 1) {
      if ((await cmi(page, name))[element] === value) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.fail(`${element} never became "${value}"`);
  };

  it('SCORM 1.2: score, status, interactions and suspend data reach the LMS, and the next launch resumes from them', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const requested: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('request', (request) => requested.push(request.url()));
    const frame = await launch(page, '12');
    await until(page, 'API', 'cmi.core.lesson_status', 'incomplete');
    await answerByKeyboard(frame, page, 'q-town', 0, 0);
    await answerByKeyboard(frame, page, 'q-law', 1, 0);
    await until(page, 'API', 'cmi.core.lesson_status', 'passed');
    const kept = await cmi(page, 'API');
    assert.equal(kept['cmi.core.score.raw'], '100');
    assert.equal(kept['cmi.core.lesson_location'], 'section:two');
    assert.equal(kept['cmi.interactions.0.id'], 'q-town');
    assert.equal(kept['cmi.interactions.1.id'], 'q-law');
    assert.equal(kept['cmi.interactions.1.result'], 'correct');
    assert.match(kept['cmi.suspend_data'] ?? '', /^L1~/);
    // The SCORM code came in a chunk of its own, loaded because an LMS was found; no cmi5 code.
    assert.ok(requested.some((url) => /assets\/chunks\/scorm-[A-Z0-9]+\.js$/.test(url)));
    assert.ok(!requested.some((url) => /chunks\/cmi5-/.test(url)));
    // The next launch must resume from the LMS alone, not from the device's copy.
    await frame.evaluate(() => localStorage.clear());
    await page.goto('about:blank');

    const again = await browser.newPage();
    const resumed = await launch(again, '12', {
      core: { entry: 'resume', lesson_location: kept['cmi.core.lesson_location'], lesson_status: 'passed' },
      suspend_data: kept['cmi.suspend_data'],
    });
    await resumed.waitForFunction(() => document.querySelector('lk-lesson')!.status.complete);
    const status = await resumed.evaluate(() => document.querySelector('lk-lesson')!.status);
    assert.deepEqual(status, { done: 2, total: 2, score: 2, maxScore: 2, complete: true, passed: true });
    assert.deepEqual(problems, []);
    await page.close();
    await again.close();
  });

  it('SCORM 2004: completion and success apart, a scaled score, and a resume', async () => {
    const page = await browser.newPage();
    const frame = await launch(page, '2004');
    await answerByKeyboard(frame, page, 'q-town', 0, 0);
    await answerByKeyboard(frame, page, 'q-law', 1, 1); // FOSTA: wrong, and the last try
    await until(page, 'API_1484_11', 'cmi.completion_status', 'completed');
    const kept = await cmi(page, 'API_1484_11');
    assert.equal(kept['cmi.success_status'], 'passed');
    assert.equal(kept['cmi.score.scaled'], '0.5');
    assert.equal(kept['cmi.interactions.1.result'], 'incorrect');
    await frame.evaluate(() => localStorage.clear());
    const resumed = await launch(page, '2004', {
      entry: 'resume',
      location: kept['cmi.location'],
      suspend_data: kept['cmi.suspend_data'],
    });
    await resumed.waitForFunction(() => document.querySelector('lk-lesson')!.status.complete);
    const status = await resumed.evaluate(() => document.querySelector('lk-lesson')!.status);
    assert.deepEqual(status, { done: 2, total: 2, score: 1, maxScore: 2, complete: true, passed: true });
    await page.close();
  });
});
