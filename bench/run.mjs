// npm run bench: Lessonkit beside TimelineJS, SurveyJS, quizdown and the H5P player, on the same
// content, in Chromium at a 4× CPU slowdown (a school Chromebook). Each page is loaded RUNS times
// (default 10), all pages in alternating order; the tables give medians, min–max and ratios.
// Then the scale runs: a 100-question quiz in each quiz library (first render, answering one), the
// 1,000-event timeline (timeline-scale.mjs) and the CLI on 100 generated lessons; and
// Lighthouse on the Lessonkit pages. Writes Markdown to the terminal and to bench/results/latest.md.
// It is not a test: it never fails on a time, only when a page does not load or a figure cannot
// be taken. Environment: RUNS, LIGHTHOUSE=0 to skip Lighthouse, SCALE=0 to skip the scale runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { transformSync } from 'esbuild';
import { format, resolveConfig } from 'prettier';
import { cliScale } from './cli.mjs';
import { lighthouse } from './lighthouse.mjs';
import { SLOWDOWN, launch, load, serve } from './load.mjs';
import { buildPages } from './pages.mjs';
import { markdownTable, median, range } from './table.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 10);
const SCALE = process.env.SCALE !== '0';
const LIGHTHOUSE = process.env.LIGHTHOUSE !== '0';

const out = mkdtempSync(join(tmpdir(), 'lessonkit-bench-'));
console.error('building the pages…');
const pages = buildPages(out).filter((page) => SCALE || !page.content.endsWith('-100'));
const { base, close } = await serve(out);

// JS and CSS a page loads to run its interactive: minified (by esbuild, as a shipped build would
// be; files that come minified barely change), then gzip and brotli of that.
function sizes(page) {
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const file of page.runtime) {
    const source = readFileSync(join(page.dir, file), 'utf8');
    const min = Buffer.from(
      transformSync(source, { loader: file.endsWith('.css') ? 'css' : 'js', minify: true, logLevel: 'silent' }).code,
    );
    total.min += min.length;
    total.gzip += gzipSync(min, { level: 9 }).length;
    total.brotli += brotliCompressSync(min, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
}

const measured = pages.filter((page) => !page.sizeOnly);
const results = new Map(measured.map((page) => [page.name, []]));
const browser = await launch();
try {
  for (let run = 0; run < RUNS; run += 1) {
    // Alternating order, so that no page is always first (or last) on a warm machine.
    const order = run % 2 === 0 ? measured : [...measured].reverse();
    for (const page of order) {
      results.get(page.name).push(await load(browser, `${base}/${page.name}/`, page));
    }
    console.error(`run ${run + 1}/${RUNS} done`);
  }
} finally {
  await browser.close();
}

const ms = (value) => `${Math.round(value)} ms`;
const kib = (value) => `${(value / 1024).toFixed(1)} KiB`;
const figure = (name, key) => median(results.get(name).map((result) => result[key]));
const cell = (name, key) => {
  const values = results.get(name).map((result) => result[key]);
  return `${ms(median(values))} (${range(values)})`;
};
const ratio = (name, other, key) => figure(name, key) / figure(other, key);
const times = (value) => `${value.toFixed(2)}×`;
const byName = new Map(pages.map((page) => [page.name, page]));
const blank = 'blank';
/** The least a Lit page can be (pages.mjs): the floor the chosen stack sets. */
const litFloor = 'lit-floor';

/** The Lessonkit page with the same content as `page`. */
const lessonkitFor = (page) =>
  pages.find((other) => other.library === 'Lessonkit' && other.content === page.content) ?? page;

function loadTable(names, { answer = false } = {}) {
  const header = [
    'page',
    'library',
    'first contentful paint',
    'visible and usable',
    'from request to usable',
    ...(answer ? ['answering one'] : []),
    'long tasks',
    'total blocking time',
    'JS heap after GC',
    'bytes transferred',
    'JS+CSS min / gzip / brotli',
    'FCP ÷ blank',
    'usable ÷ blank',
    'usable ÷ Lessonkit',
  ];
  const rows = names.map((name) => {
    const page = byName.get(name);
    const size = sizes(page);
    const peer = lessonkitFor(page);
    return [
      name,
      page.library,
      cell(name, 'fcp'),
      // A page with no script has no interactive to use.
      page.paintOnly ? '—' : cell(name, 'usable'),
      page.paintOnly ? '—' : cell(name, 'fromRequest'),
      ...(answer ? [page.answer ? cell(name, 'answer') : '—'] : []),
      cell(name, 'longTasks'),
      cell(name, 'tbt'),
      kib(figure(name, 'heap')),
      kib(figure(name, 'bytes')),
      page.runtime.length ? `${kib(size.min)} / ${kib(size.gzip)} / ${kib(size.brotli)}` : '—',
      times(ratio(name, blank, 'fcp')),
      page.paintOnly ? '—' : times(ratio(name, blank, 'usable')),
      page.content === 'floor' || page.paintOnly ? '—' : times(ratio(name, peer.name, 'usable')),
    ];
  });
  return markdownTable(header, rows);
}

const named = (test) => pages.filter(test).map((page) => page.name);
const h5p = byName.get('h5p-core');
const h5pSize = sizes(h5p);
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
const chromium = execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
const versions = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8')).packages;
const version = (name) => versions[`node_modules/${name}`]?.version ?? '?';

const lessons = named((page) => page.content === 'lesson');
/** Each lesson's page with its script taken out (pages.mjs): what its content costs to paint. */
const htmlOnly = (name) => pages.find((page) => page.paintOnly && page.of === name).name;
const htmlOnlyRange = (() => {
  const values = lessons.map((name) => ratio(htmlOnly(name), blank, 'fcp'));
  return `${times(Math.min(...values))}–${times(Math.max(...values))}`;
})();
const worst = (names, test) => names.reduce((a, b) => (test(b) > test(a) ? b : a));
const fcpWorst = worst(lessons, (name) => ratio(name, blank, 'fcp'));
const usableWorst = worst(lessons, (name) => ratio(name, blank, 'usable'));
const faster = (peer) => ratio(peer, lessonkitFor(byName.get(peer)).name, 'usable');
const peers = named((page) => ['quiz', 'timeline'].includes(page.content) && page.library !== 'Lessonkit');
const slowestPeer = worst(peers, (name) => -faster(name));
const biggest = worst(
  [...lessons, ...named((page) => page.content === 'lesson-es')],
  (name) => sizes(byName.get(name)).brotli,
);
const quizSize = sizes(byName.get('lessonkit-quiz')).brotli;
const met = (ok) => (ok ? 'met' : 'not met');
const targets = markdownTable(
  ['target (issue 10)', 'measured', ''],
  [
    [
      'a lesson paints its content within 1.1× of the blank page',
      `${times(ratio(fcpWorst, blank, 'fcp'))} (${fcpWorst}, the slowest to paint); with no script, the lessons’ HTML alone: ${htmlOnlyRange}`,
      met(ratio(fcpWorst, blank, 'fcp') <= 1.1),
    ],
    [
      'a lesson is usable within 1.6× of the blank page',
      `${times(ratio(usableWorst, blank, 'usable'))} (${usableWorst})`,
      met(ratio(usableWorst, blank, 'usable') <= 1.6),
    ],
    [
      'at least 3× faster to usable than TimelineJS, SurveyJS and quizdown, same content',
      peers.map((peer) => `${byName.get(peer).library} ${times(faster(peer))}`).join(', '),
      met(faster(slowestPeer) >= 3),
    ],
    ['a quiz page’s runtime at most 25 KiB (brotli)', kib(quizSize), met(quizSize <= 25 * 1024)],
    [
      'the largest lesson’s runtime at most 40 KiB (brotli)',
      `${kib(sizes(byName.get(biggest)).brotli)} (${biggest}, of the lessons in English and Spanish)`,
      met(sizes(byName.get(biggest)).brotli <= 40 * 1024),
    ],
  ],
);

const sections = [
  `# npm run bench, ${date}`,
  '',
  `${machine}; ${chromium} at ${SLOWDOWN}× CPU slowdown, cache off, served from 127.0.0.1; ${RUNS} loads of each page, the pages in alternating order; median (min–max).`,
  `Peers: quizdown ${version('quizdown')}, SurveyJS ${version('survey-core')} (survey-core + survey-js-ui), TimelineJS ${version('@knight-lab/timelinejs')}, h5p-standalone ${version('h5p-standalone')}.`,
  '',
  '- **first contentful paint** and **visible and usable** are counted from navigation start, as the browser reports them; **from request to usable** is counted from the moment the harness asks for the page, so it includes the browser’s own work to open it (the same for every page).',
  '- **visible and usable**: the first control of the interactive (a choice, a timeline event, the lesson’s first button) has a box on screen, is not hidden and not at opacity 0. Each library’s handlers are bound when it renders that control.',
  '- **long tasks** and **total blocking time** add up the main thread’s tasks over 50 ms until the page is quiet.',
  '- **JS+CSS**: what the page loads before a learner acts, minified by esbuild (files that ship minified barely change), then compressed file by file.',
  '',
  '## Targets',
  '',
  targets,
  '',
  `For scale, the least a page made with Lit can be (\`lit-floor\`: one element that renders a question as four radio buttons, ${kib(sizes(byName.get(litFloor)).brotli)} brotli, nothing else) paints at ${times(ratio(litFloor, blank, 'fcp'))} the blank page and is usable at ${times(ratio(litFloor, blank, 'usable'))}.`,
  '',
  '## A 10-question quiz',
  '',
  loadTable([blank, litFloor, ...named((page) => page.content === 'quiz')], { answer: true }),
  '',
  '## A 10-event timeline',
  '',
  loadTable([blank, ...named((page) => page.content === 'timeline')]),
  '',
  '## The three lessons, as `lessonkit build` writes them',
  '',
  loadTable([blank, litFloor, ...lessons.flatMap((name) => [name, htmlOnly(name)])]),
  '',
  `Each lesson’s “its HTML, no script” row is its page as built with the script taken out: the same HTML and styles, so the same first screen (its title, what the lesson is about, its content note), and no JavaScript. It paints at ${htmlOnlyRange} the blank page, whose body is one heading and one line: that is what the lessons’ content costs to lay out and paint by itself, before any of Lessonkit’s code runs.`,
  '',
  `The H5P player (h5p-standalone ${version('h5p-standalone')}) is measured by size only: the content types for a quiz (H5P.QuestionSet) and a timeline (H5P.Timeline) are not published on npm, and the player core renders nothing without one. Its core alone is ${kib(h5pSize.min)} / ${kib(h5pSize.gzip)} / ${kib(h5pSize.brotli)} (min / gzip / brotli of main.bundle.js, frame.bundle.js and h5p.css), before any content type.`,
];

if (SCALE) {
  console.error('scale: 100-question quizzes, the 1,000-event timeline, the CLI…');
  sections.push(
    '',
    '## Scale: a 100-question quiz',
    '',
    '**answering one** is the time from a click on the first question’s first choice to the next frame.',
    '',
    loadTable(
      named((page) => page.content === 'quiz-100'),
      { answer: true },
    ),
    '',
    '## Scale: `<lk-timeline>` with 1,000 events',
    '',
    execFileSync(process.execPath, [join(here, 'timeline-scale.mjs')], { encoding: 'utf8' }).trim(),
    '',
    '## Scale: the CLI on 100 generated lessons',
    '',
    cliScale(),
  );
}

if (LIGHTHOUSE) {
  console.error('Lighthouse…');
  sections.push(
    '',
    '## Lighthouse',
    '',
    await lighthouse(
      base,
      named((page) => !page.sizeOnly),
    ),
  );
}
close();

// Formatted as the repository's other Markdown is (Prettier aligns the tables).
const target = join(here, 'results', 'latest.md');
const text = await format(`${sections.join('\n')}\n`, { ...(await resolveConfig(target)), filepath: target });
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(target, text);
console.log(text);
rmSync(out, { recursive: true, force: true });
