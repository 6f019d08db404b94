// Loads one built page in Chromium, the way a student on a cheap school laptop would meet it, and
// takes its figures through the DevTools protocol: CPU slowed 4×, cache off, every host but
// 127.0.0.1 failing at once (so a library's CDN fonts cannot stall a run).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

// The project's own puppeteer-core (Lighthouse brings an older one into bench/node_modules).
const require = createRequire(new URL('../package.json', import.meta.url));
const puppeteer = require('puppeteer-core');

export const SLOWDOWN = 4;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * Serves `folder` on 127.0.0.1, text gzipped as any static host or LMS would send it; resolves to
 * its base URL and a close function.
 */
export async function serve(folder) {
  const gzipped = new Map();
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const file = join(folder, path.endsWith('/') ? `${path}index.html` : path);
      let body = readFileSync(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 6 }));
        body = gzipped.get(file);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}

/**
 * Runs in the page before any of its scripts: records long tasks, and on every frame looks for the
 * interactive (`ready`) until it is on screen.
 */
function watch(ready) {
  const bench = { longTasks: [], usable: 0 };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  // The first match in the flat tree: the document, then every open shadow root.
  const deep = (selector, scope = document) => {
    const found = scope.querySelector(selector);
    if (found) return found;
    for (const host of scope.querySelectorAll('*')) {
      if (host.shadowRoot) {
        const inner = deep(selector, host.shadowRoot);
        if (inner) return inner;
      }
    }
    return null;
  };
  const byPath = (path) =>
    path.reduce((scope, selector, index) => {
      const root = index === 0 ? scope : scope?.shadowRoot;
      return root ? root.querySelector(selector) : null;
    }, document);
  bench.deep = deep;
  bench.find = () => (ready.path ? byPath(ready.path) : deep(ready.selector));
  const visible = (element) => {
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
    );
  };
  const check = () => {
    if (visible(bench.find())) bench.usable = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * One load of one page: first contentful paint and the time until the interactive is visible and
 * usable (both after navigation start, as browsers report them, and from the moment the page was
 * asked for, which adds the browser's own work to open it), long tasks, total blocking time, JS
 * heap after garbage collection, bytes transferred; with `answer`, the time from clicking the first
 * choice to the next frame. Throws when the page does not load or a figure cannot be taken.
 */
export async function load(browser, url, { ready, answer }) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width: 1280, height: 800 });
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
    await tab.evaluateOnNewDocument(watch, ready);
    const asked = Date.now();
    const response = await tab.goto(url, { waitUntil: 'load', timeout: 120000 });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    await tab
      .waitForFunction(() => window.__bench.usable > 0, { timeout: 60000, polling: 100 })
      .catch(() => {
        throw new Error(`${url}: the interactive (${JSON.stringify(ready)}) was not visible within 60 s`);
      });
    await tab.waitForNetworkIdle({ idleTime: 300, timeout: 120000 });
    const figures = await tab.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const tasks = window.__bench.longTasks;
      return {
        fcp: paint ? paint.startTime : NaN,
        usable: window.__bench.usable,
        origin: performance.timeOrigin,
        longTasks: tasks.reduce((sum, duration) => sum + duration, 0),
        tbt: tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      };
    });
    if (!Number.isFinite(figures.fcp)) throw new Error(`${url}: no first contentful paint`);
    const result = {
      fcp: figures.fcp,
      usable: figures.usable,
      fromRequest: figures.origin + figures.usable - asked,
      longTasks: figures.longTasks,
      tbt: figures.tbt,
      bytes,
    };
    if (answer) {
      result.answer = await tab.evaluate(async (selector) => {
        const target = window.__bench.deep(selector);
        if (!target) return NaN;
        const started = performance.now();
        target.click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return performance.now() - started;
      }, answer);
      if (!Number.isFinite(result.answer)) throw new Error(`${url}: no ${answer} to answer with`);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    result.heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
    return result;
  } finally {
    await tab.close();
  }
}
