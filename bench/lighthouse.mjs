// Lighthouse (performance and accessibility) on each page, once, with its default mobile settings
// (simulated slow 4G and a 4× slower CPU), in the same Chromium as the rest of the bench.
import * as chromeLauncher from 'chrome-launcher';
import run from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { markdownTable } from './table.mjs';

export async function lighthouse(base, names) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    const rows = [];
    for (const name of names) {
      const result = await run(`${base}/${name}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const { categories, audits } = result.lhr;
      if (categories.performance.score === null || categories.accessibility.score === null) {
        throw new Error(`Lighthouse could not score ${name}: ${result.lhr.runtimeError?.message ?? 'no score'}`);
      }
      const score = (category) => Math.round(category.score * 100);
      const failed = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      rows.push([
        name,
        String(score(categories.performance)),
        String(score(categories.accessibility)),
        audits['first-contentful-paint'].displayValue,
        audits['largest-contentful-paint'].displayValue,
        audits['total-blocking-time'].displayValue,
        audits['cumulative-layout-shift'].displayValue,
        failed.join(', ') || '—',
      ]);
    }
    return markdownTable(
      ['page', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS', 'audits not passed (pass/fail ones)'],
      rows,
    );
  } finally {
    chrome.kill();
  }
}
