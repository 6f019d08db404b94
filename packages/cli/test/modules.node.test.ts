// The lessons in modules/, as teachers get them: each validates with no error or warning, builds
// to the web, the worksheet and the LMS packages, and every page of every built lesson passes axe
// in Chromium (the start page, each section, the summary), in English and in Spanish.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { compileFile, findLessons, format } from '../src/lessons.js';
import { main } from '../src/main.js';
import { serve } from './serve.js';
import { upFront } from './up-front.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const modules = join(root, 'modules');
const axeSource = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
}

describe('the lessons in modules/', async () => {
  const files = await findLessons(modules);
  let out: string;
  let site: { server: Server; url: string };
  let browser: Browser;

  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'lessonkit-modules-'));
    const errors: string[] = [];
    const code = await main(['build', modules, '--out', out, '--format', 'web,print,scorm12,scorm2004,cmi5'], {
      out: () => undefined,
      err: (line) => errors.push(line),
      cwd: root,
    });
    assert.equal(code, 0, errors.join('\n'));
    site = await serve(out);
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
    await rm(out, { recursive: true, force: true });
  });

  it('lists every lesson in the catalog, with its three LMS packages', async () => {
    const catalog = JSON.parse(await readFile(join(out, 'lessons.json'), 'utf8')) as {
      id: string;
      packages?: { format: string; file: string }[];
    }[];
    assert.equal(catalog.length, files.length);
    for (const entry of catalog) {
      assert.deepEqual(
        entry.packages?.map((item) => item.file),
        ['scorm12', 'scorm2004', 'cmi5'].map((format) => `${entry.id}.${format}.zip`),
        entry.id,
      );
    }
  });

  /**
   * The JS and CSS a lesson page loads up front (brotli, file by file as served): its module
   * script with the chunks it imports statically, and its inline styles; not the LMS chunks. This is
   * issue 10's budget for the largest lesson, 40 KiB: on 2026-12-03 border-policy-es (the timeline,
   * the bills and the comparison; Spanish strings are longer) loads 40,811 bytes, the smallest,
   * trafficking-101, 33,807. Sizes are stable, unlike times: a bundle that grows fails here.
   */
  const BUDGET = 40 * 1024;

  it(`loads at most ${BUDGET} bytes (brotli) of JS and CSS up front on any lesson page`, async () => {
    for (const file of files) {
      const { lesson } = await compileFile(file, root);
      const folder = join(out, lesson!.meta.id);
      const { files: loaded, inline } = await upFront(folder);
      assert.equal(loaded[0], 'assets/lessonkit.js', 'one script, its styles inline');
      assert.ok(!loaded.some((path) => /chunks\/(scorm|cmi5)-/.test(path)), 'no LMS code up front');
      const html = await readFile(join(folder, 'index.html'), 'utf8');
      const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((match) => match[1]);
      assert.deepEqual(preloaded, loaded.slice(1), 'the chunks the script imports are fetched beside it');
      assert.equal(inline.length, 1);
      assert.ok(!inline[0]!.includes('lk-lines'), "the worksheet's own rules stay out of the page");
      assert.ok(
        (await readFile(join(folder, 'assets', 'lesson.css'), 'utf8')).includes('lk-lines'),
        'the worksheet has them',
      );
      const contents = [...(await Promise.all(loaded.map((path) => readFile(join(folder, path))))), ...inline];
      const bytes = contents.reduce((sum, content) => sum + brotliCompressSync(content).length, 0);
      assert.ok(
        bytes <= BUDGET,
        `${lesson!.meta.id}: ${bytes} bytes of JS and CSS (brotli), over the budget of ${BUDGET}`,
      );
    }
  });

  it('has the three lessons, each with a Spanish version', () => {
    const ids = files.map((file) => relative(modules, file));
    for (const id of ['trafficking-101', 'border-policy', 'evaluating-op-eds']) {
      assert.ok(ids.includes(join(id, 'lesson.md')), `${id}/lesson.md`);
      assert.ok(ids.includes(join(id, 'es', 'lesson.md')), `${id}/es/lesson.md`);
    }
  });

  for (const file of files) {
    const name = relative(modules, file);

    it(`${name}: validates with no error or warning, cites only listed sources, and has what a class needs`, async () => {
      const { lesson, diagnostics } = await compileFile(file, root);
      assert.deepEqual(diagnostics.map(format), []);
      const meta = lesson!.meta;
      assert.ok(meta.summary && meta.audience && meta.duration, 'summary, audience and duration');
      assert.ok(
        meta.objectives.length >= 3 && meta.objectives.length <= 5,
        `3–5 objectives, not ${meta.objectives.length}`,
      );
      assert.ok(meta.standards.length > 0, 'standards');
      assert.ok(meta.contentNote, 'a content note');
      assert.ok(meta.passingScore !== undefined, 'a passing score');
      assert.ok(meta.sources.length > 0, 'sources');
      // Lessons on trafficking carry a "Get help" panel that sends teachers to the official hotline pages.
      if (/^(trafficking-101|evaluating-op-eds)/.test(meta.id)) {
        assert.match(meta.resources ?? '', /acf\.hhs\.gov\/otip/, 'the help panel links acf.hhs.gov/otip');
        assert.match(
          meta.resources ?? '',
          /humantraffickinghotline\.org/,
          'the help panel links humantraffickinghotline.org',
        );
        const worksheet = await readFile(join(out, meta.id, 'print.html'), 'utf8');
        assert.match(worksheet, /acf\.hhs\.gov\/otip/, 'the worksheet prints the help too');
      }
      // On paper nothing is folded away.
      const printed = await readFile(join(out, meta.id, 'print.html'), 'utf8');
      assert.doesNotMatch(printed, /<details(?![^>]*\sopen)/, 'a collapsed <details> on the worksheet');
      // Every listed source is cited somewhere (a source list is not decoration).
      const page = await readFile(join(out, meta.id, 'index.html'), 'utf8');
      for (const source of meta.sources)
        assert.ok(page.includes(`#source-${source.id}`), `source "${source.id}" is never cited`);
    });

    it(`${name}: every page passes axe in Chromium`, async () => {
      const { lesson } = await compileFile(file, root);
      const id = lesson!.meta.id;
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // axe is injected by the test, which the page's own CSP (script-src 'self') would refuse.
      await page.setBypassCSP(true);
      await page.goto(`${site.url}/${id}/`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => customElements.get('lk-lesson'));
      await page.addScriptTag({ content: await axeSource() });
      const pages = await page.evaluate(
        () => document.querySelector('lk-lesson')!.querySelectorAll(':scope > section:not([slot])').length,
      );
      const failures: string[] = [];
      // -1 is the start page, 0…n-1 the sections, n the summary.
      for (let index = -1; index <= pages; index += 1) {
        const result = await page.evaluate(async (at) => {
          const lesson = document.querySelector('lk-lesson')!;
          if (at >= 0) lesson.go(at);
          await lesson.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 50));
          const axe = (window as unknown as { axe: { run(context: Node, options: unknown): Promise<AxeResult> } }).axe;
          return axe.run(document, { resultTypes: ['violations'] });
        }, index);
        for (const violation of result.violations) {
          failures.push(
            `page ${index}: ${violation.id} (${violation.impact}) at ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
          );
        }
      }
      assert.deepEqual(failures, []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
