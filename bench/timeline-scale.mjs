// Measures <lk-timeline> with 1,000 events in Chromium: first render, a zoom
// step and a filter change, each the median of several runs, with and without
// a 4x CPU slowdown (a cheap school laptop). It never fails on a time; it fails
// only when the page cannot be loaded or measured. Prints a Markdown table.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

// The project's own puppeteer-core (Lighthouse brings an older one into bench/node_modules).
const require = createRequire(new URL('../package.json', import.meta.url));
const puppeteer = require('puppeteer-core');
const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 7);

const bundle = await build({
  entryPoints: ['packages/timeline/lk-timeline.ts'],
  absWorkingDir: root,
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  conditions: ['source', 'production'],
  tsconfig: 'tsconfig.base.json',
  logLevel: 'silent',
});
const script = bundle.outputFiles[0].text;
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/timeline.js"></script></head><body><main id="host"></main></body></html>`;
const server = createServer((request, response) => {
  const js = request.url === '/timeline.js';
  response.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
  response.end(js ? script : page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(slowdown) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => customElements.get('lk-timeline'));
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    runs.push(
      await tab.evaluate(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const host = document.querySelector('#host');
        host.replaceChildren();
        const categories = ['law', 'policy', 'court', 'event', 'report'];
        const items = Array.from(
          { length: 1000 },
          (_, index) =>
            `<li data-date="${1900 + Math.floor(index / 8)}-${String((index % 12) + 1).padStart(2, '0')}" data-category="${categories[index % 5]}"><strong>Event ${index + 1}</strong></li>`,
        ).join('');
        let started = performance.now();
        host.innerHTML = `<lk-timeline><ol>${items}</ol></lk-timeline>`;
        const timeline = host.querySelector('lk-timeline');
        await timeline.updateComplete;
        await frame();
        const render = performance.now() - started;
        if (timeline.shadowRoot.querySelectorAll('[part~="event"]').length !== 1000)
          throw new Error('not all events rendered');
        started = performance.now();
        timeline.setZoom(2);
        await timeline.updateComplete;
        await frame();
        const zoom = performance.now() - started;
        started = performance.now();
        timeline.shadowRoot.querySelector('[part~="filters"] input').click();
        await timeline.updateComplete;
        await frame();
        const filter = performance.now() - started;
        return { render, zoom, filter };
      }),
    );
  }
  await tab.close();
  return {
    render: median(runs.map((run) => run.render)),
    zoom: median(runs.map((run) => run.zoom)),
    filter: median(runs.map((run) => run.filter)),
  };
}

try {
  const rows = ['| CPU | first render | zoom step | filter change |', '| --- | ---: | ---: | ---: |'];
  for (const slowdown of [1, 4]) {
    const result = await measure(slowdown);
    const ms = (value) => `${Math.round(value)} ms`;
    rows.push(
      `| ${slowdown === 1 ? 'unthrottled' : '4× slowdown'} | ${ms(result.render)} | ${ms(result.zoom)} | ${ms(result.filter)} |`,
    );
  }
  console.log(`lk-timeline, 1,000 events, median of ${RUNS} runs (${new Date().toISOString().slice(0, 10)}):\n`);
  console.log(rows.join('\n'));
} finally {
  await browser.close();
  server.close();
}
