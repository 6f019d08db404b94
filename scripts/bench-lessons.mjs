// Page-load bench of the built lessons in Chromium with a 4x CPU slowdown (a cheap school laptop),
// beside a bare static page as the floor: first contentful paint, time until the lesson is visible
// and usable, long tasks and total blocking time, JS heap after GC, and bytes transferred. Each
// page is loaded RUNS times (default 10), the pages in alternating order; medians and min–max.
// Writes a Markdown table to the terminal and to bench/results/latest.md. It never fails on a time;
// it fails only when a page cannot be loaded or measured. (The peers of issue 10 are still to come.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');
const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 10);
const SLOWDOWN = 4;
const LESSONS = ['trafficking-101', 'border-policy', 'evaluating-op-eds'];

// Build the lessons as teachers get them.
const out = mkdtempSync(join(tmpdir(), 'lessonkit-bench-'));
execFileSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', 'packages/cli/bin/lessonkit.js', 'build', 'modules', '--out', out],
  { cwd: root, stdio: 'ignore' },
);
// The floor: a bare page with a heading and a paragraph, no script.
mkdirSync(join(out, 'blank'));
writeFileSync(
  join(out, 'blank', 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><main><h1>A lesson</h1><p>Text.</p></main></body></html>',
);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  // Any host but ours fails at once, so nothing outside can stall a run.
  args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

/** One load of one page: the figures, or an error that stops the bench. */
async function load(name) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await tab.evaluateOnNewDocument(() => {
    window.__bench = { longTasks: [], usable: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    // Visible and usable: the lesson's shell has rendered its first button (or, on a page with
    // no lesson, the page has painted).
    const check = () => {
      const lesson = document.querySelector('lk-lesson');
      const ready = lesson ? lesson.shadowRoot?.querySelector('button') : document.readyState !== 'loading';
      if (ready) window.__bench.usable = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await tab.goto(`${base}/${name}/`, { waitUntil: 'networkidle0', timeout: 60000 });
  await tab.waitForFunction(() => window.__bench.usable > 0, { timeout: 60000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const figures = await tab.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const tasks = window.__bench.longTasks;
    return {
      fcp: paint ? paint.startTime : NaN,
      usable: window.__bench.usable,
      longTasks: tasks.reduce((sum, duration) => sum + duration, 0),
      tbt: tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
  await tab.close();
  if (!Number.isFinite(figures.fcp) || !Number.isFinite(figures.usable)) throw new Error(`${name}: no paint measured`);
  return { ...figures, heap, bytes };
}

const pages = ['blank', ...LESSONS];
const results = Object.fromEntries(pages.map((name) => [name, []]));
for (let run = 0; run < RUNS; run += 1) {
  // Alternating order, so that no page is always first (or last) on a warm machine.
  const order = run % 2 === 0 ? pages : [...pages].reverse();
  for (const name of order) results[name].push(await load(name));
}
await browser.close();
server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
const cell = (name, key, unit = ' ms') => {
  const values = results[name].map((result) => result[key]);
  return `${Math.round(median(values))}${unit} (${range(values)})`;
};
const ratio = (name, key) =>
  (median(results[name].map((r) => r[key])) / median(results.blank.map((r) => r[key]))).toFixed(2);
const brotli = (name) => {
  if (name === 'blank') return 0;
  const assets = join(out, name, 'assets');
  return ['lessonkit.js', 'lesson.css'].reduce(
    (sum, file) => sum + brotliCompressSync(readFileSync(join(assets, file))).length,
    0,
  );
};

const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium at ${SLOWDOWN}× CPU slowdown`;
const lines = [
  `# Lesson pages, ${date}`,
  '',
  `${machine}; ${RUNS} loads of each page in alternating order, served from 127.0.0.1; median (min–max).`,
  '',
  '| page | first contentful paint | visible and usable | long tasks | total blocking time | JS heap after GC | bytes transferred | JS+CSS brotli | FCP ÷ blank | usable ÷ blank |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...pages.map(
    (name) =>
      `| ${name} | ${cell(name, 'fcp')} | ${cell(name, 'usable')} | ${cell(name, 'longTasks')} | ${cell(name, 'tbt')} | ${(median(results[name].map((r) => r.heap)) / 1024).toFixed(0)} KiB | ${(median(results[name].map((r) => r.bytes)) / 1024).toFixed(1)} KiB | ${(brotli(name) / 1024).toFixed(1)} KiB | ${ratio(name, 'fcp')} | ${ratio(name, 'usable')} |`,
  ),
  '',
  'The peers of issue 10 (TimelineJS, SurveyJS, quizdown, H5P) are not measured yet.',
];
const table = lines.join('\n');
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.md'), `${table}\n`);
console.log(table);
rmSync(out, { recursive: true, force: true });
