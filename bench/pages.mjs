// Builds the pages the bench loads, each in a folder of `out`: a bare static page (the floor); the
// same 10-question quiz in Lessonkit, quizdown and SurveyJS; the same 10-event timeline in Lessonkit
// and TimelineJS; the three lessons as `lessonkit build` writes them; and a 100-question quiz in
// each quiz library for the scale run. Every page loads its library from 127.0.0.1 (TimelineJS is
// given its script_path so it never reaches for its CDN). The H5P player is measured by size only:
// its content types (Question Set, Timeline) are not published on npm, and without one it renders
// nothing.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { quiz, timeline } from './content.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
// Package files by path (some packages' "exports" do not list their browser builds).
const modules = (path) => join(here, 'node_modules', path);
const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
const page = (title, head, body) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><link rel="icon" href="data:,">${head}</head>\n<body>${body}</body></html>\n`;

/** Copies a package file into the page's folder; returns its name there. */
function vendor(dir, path, name = path.split('/').pop()) {
  copyFileSync(modules(path), join(dir, name));
  return name;
}

// How the harness tells that the interactive is on screen and takes input: `selector` found by a
// search through every shadow root, visible (a box, no ancestor hidden or at opacity 0). `path`
// instead steps from shadow root to shadow root; the Lessonkit pages use it, since a search of
// every element on every frame costs a page with its content in HTML (hundreds of elements before
// its script runs) about 15 ms a frame at 4×, work the page itself never does. Each page names the
// files that are its runtime.
const LESSON_READY = { path: ['lk-lesson', 'button'] };
const LESSONKIT_QUIZ_READY = { path: ['lk-question', '[part~="control"]'] };
const LESSONKIT_TIMELINE_READY = { path: ['lk-timeline', '[part~="event"]'] };
// The control a learner clicks to answer the first question, for the "answering one" figure.
const ANSWER = { Lessonkit: '[part~="control"]', quizdown: 'label:has(input)', SurveyJS: '.sd-item__control' };

function blank(dir) {
  writeFileSync(join(dir, 'index.html'), page('A lesson', '', '<main><h1>A lesson</h1><p>Text.</p></main>'));
  return { ready: { selector: 'p' }, runtime: [] };
}

/**
 * The least a page made with Lit can be: one LitElement that renders the first question as a
 * fieldset of four radio buttons and says whether the pick is right, bundled and minified as a
 * shipped page would be (Lit's production build), and nothing else: no lesson, no saving, no
 * feedback. It is not a peer: it is the floor the chosen stack sets, beside the blank page's.
 */
function litFloor(dir) {
  const [question] = quiz(1);
  const source = `import { LitElement, html } from 'lit';
const question = ${JSON.stringify(question)};
class FloorQuestion extends LitElement {
  static properties = { picked: { state: true } };
  render() {
    return html\`<fieldset><legend>\${question.prompt}</legend>\${question.choices.map(
      (choice, index) => html\`<label><input type="radio" name="q" @change=\${() => (this.picked = index)} /> \${choice}</label>\`,
    )}</fieldset><p role="status">\${this.picked === undefined ? '' : this.picked === question.answer ? 'Right.' : 'Not quite.'}</p>\`;
  }
}
customElements.define('floor-question', FloorQuestion);
`;
  buildSync({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    legalComments: 'none',
    logLevel: 'silent',
    outfile: join(dir, 'floor.js'),
  });
  writeFileSync(
    join(dir, 'index.html'),
    page(
      'A question',
      '<script type="module" src="floor.js"></script>',
      '<main><floor-question></floor-question></main>',
    ),
  );
  return { ready: { path: ['floor-question', 'input'] }, runtime: ['floor.js'] };
}

/** Builds one lesson folder with `lessonkit build` (the web page only) into `dir`. */
function buildLesson(source, dir) {
  const scratch = `${dir}.build`;
  const id = /^id: *([a-z0-9-]+)/m.exec(readFileSync(join(source, 'lesson.md'), 'utf8'))[1];
  lessonkit(['build', source, '--out', scratch, '--format', 'web']);
  rmSync(dir, { recursive: true, force: true });
  renameSync(join(scratch, id), dir);
  rmSync(scratch, { recursive: true, force: true });
  // What the page loads before a learner acts: its module script with the chunks it imports
  // statically (the page preloads them; not the LMS chunks, imported dynamically), its
  // stylesheets, and its inline styles, kept beside it to be measured.
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const runtime = [
    ...html.matchAll(/<(?:script type="module" src|link rel="(?:stylesheet|modulepreload)" href)="([^"]+)"/g),
  ].map((match) => match[1]);
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
  if (inline) {
    writeFileSync(join(dir, 'inline-styles.css'), inline);
    runtime.push('inline-styles.css');
  }
  return { runtime };
}

/**
 * A lesson's page as `lessonkit build` writes it with its script taken out (the module script and
 * its preloads): the same HTML and inline styles, so the same first screen, and no JavaScript. It
 * is not a way to ship a lesson: it shows what painting the lesson's content costs by itself, the
 * floor its first screen sets, beside the page with its script.
 */
function htmlOnly(id) {
  return (dir) => {
    buildLesson(join(root, 'modules', id), dir);
    const file = join(dir, 'index.html');
    const html = readFileSync(file, 'utf8');
    const stripped = html
      .replace(/<script type="module" src="[^"]*"><\/script>/g, '')
      .replace(/<link rel="modulepreload" href="[^"]*" \/>/g, '');
    // Its JSON data blocks (`<script type="application/json">`) are content and stay.
    if (/<script(?! type="application\/json")|modulepreload/.test(stripped)) {
      throw new Error(`${id}: a script is left in its HTML-only page`);
    }
    writeFileSync(file, stripped);
    // Its title: the first thing a learner sees, painted with the rest of the first screen.
    return { ready: { selector: 'h1' }, runtime: [] };
  };
}

function lessonkitLesson(markdown) {
  return (dir) => {
    const source = `${dir}.source`;
    mkdirSync(source, { recursive: true });
    writeFileSync(join(source, 'lesson.md'), markdown);
    const built = buildLesson(source, dir);
    rmSync(source, { recursive: true, force: true });
    return built;
  };
}

/** Runs the CLI from this checkout's sources. */
export function lessonkit(args, options = {}) {
  return execFileSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(root, 'packages/cli/bin/lessonkit.js'), ...args],
    { cwd: root, stdio: 'pipe', ...options },
  );
}

const yamlString = (text) => JSON.stringify(text);

export function lessonkitQuizMarkdown(count, id = `quiz-${count}`) {
  const questions = quiz(count)
    .map(
      (q) => `  - id: ${q.id}
    type: single
    prompt: ${yamlString(q.prompt)}
    choices:
${q.choices.map((choice, index) => `      - text: ${yamlString(choice)}${index === q.answer ? `\n        correct: true\n        feedback: ${yamlString(q.feedback)}` : ''}`).join('\n')}`,
    )
    .join('\n');
  return `---\nid: ${id}\ntitle: A quiz of ${count} questions\n---\n\n## Quiz\n\n\`\`\`quiz\nid: quiz\ntitle: Check your understanding\nquestions:\n${questions}\n\`\`\`\n`;
}

export function lessonkitTimelineMarkdown(count) {
  const events = timeline(count)
    .map(
      (e) =>
        `  - date: ${e.date}\n    title: ${yamlString(e.title)}\n    category: ${e.category}\n    body: ${yamlString(e.body)}`,
    )
    .join('\n');
  return `---\nid: timeline-${count}\ntitle: A timeline of ${count} events\n---\n\n## Timeline\n\n\`\`\`timeline\nid: timeline\ntitle: Ten events\nevents:\n${events}\n\`\`\`\n`;
}

function quizdown(count) {
  return (dir) => {
    const script = vendor(dir, 'quizdown/public/build/quizdown.js');
    const text = quiz(count)
      .map(
        (q) =>
          `### ${q.prompt}\n\n${q.choices.map((choice, index) => `1. [${index === q.answer ? 'x' : ' '}] ${choice}`).join('\n')}\n\n> ${q.feedback}`,
      )
      .join('\n\n');
    const head = `<script src="${script}"></script><script>quizdown.init({ shuffleAnswers: false });</script>`;
    writeFileSync(
      join(dir, 'index.html'),
      page(`A quiz of ${count} questions`, head, `<div class="quizdown">\n${escape(text)}\n</div>`),
    );
    return { ready: { selector: 'label:has(input)' }, runtime: [script] };
  };
}

function surveyjs(count) {
  return (dir) => {
    const core = vendor(dir, 'survey-core/survey.core.min.js');
    const ui = vendor(dir, 'survey-js-ui/survey-js-ui.min.js');
    const css = vendor(dir, 'survey-core/survey-core.min.css');
    const json = {
      title: `A quiz of ${count} questions`,
      elements: quiz(count).map((q) => ({
        type: 'radiogroup',
        name: q.id,
        title: q.prompt,
        choices: q.choices,
        correctAnswer: q.choices[q.answer],
      })),
    };
    writeFileSync(join(dir, 'survey.json.js'), `window.surveyJson = ${JSON.stringify(json)};`);
    const head = `<link rel="stylesheet" href="${css}"><script src="${core}"></script><script src="${ui}"></script><script src="survey.json.js"></script>`;
    const body = `<div id="survey"></div><script>SurveyUI.renderSurvey(new Survey.Model(window.surveyJson), document.getElementById('survey'));</script>`;
    writeFileSync(join(dir, 'index.html'), page(`A quiz of ${count} questions`, head, body));
    return { ready: { selector: '.sd-item' }, runtime: [core, ui, css] };
  };
}

function timelinejs(count) {
  return (dir) => {
    const base = '@knight-lab/timelinejs/dist';
    mkdirSync(join(dir, 'js', 'locale'), { recursive: true });
    const script = `js/${vendor(join(dir, 'js'), `${base}/js/timeline.js`)}`;
    vendor(join(dir, 'js', 'locale'), `${base}/js/locale/en.json`);
    // The stylesheet with the fonts and icons it refers to.
    cpSync(modules(`${base}/css`), join(dir, 'css'), { recursive: true, filter: (path) => !path.endsWith('.map') });
    const css = 'css/timeline.css';
    const data = {
      title: { text: { headline: `A timeline of ${count} events` } },
      events: timeline(count).map((e) => ({
        start_date: { year: e.year, month: e.month, day: e.day },
        text: { headline: e.title, text: e.body },
        group: e.category,
      })),
    };
    writeFileSync(join(dir, 'timeline-data.js'), `window.timelineData = ${JSON.stringify(data)};`);
    const head = `<link rel="stylesheet" href="${css}"><script src="${script}"></script><script src="timeline-data.js"></script>`;
    const body = `<div id="timeline" style="width: 100%; height: 600px"></div><script>new TL.Timeline('timeline', window.timelineData, { script_path: new URL('js/', location.href).href });</script>`;
    writeFileSync(join(dir, 'index.html'), page(`A timeline of ${count} events`, head, body));
    return { ready: { selector: '.tl-slide-content .tl-headline' }, runtime: [script, css] };
  };
}

/** The H5P player's core, measured by size only (see above). */
function h5pCore(dir) {
  const base = 'h5p-standalone/dist';
  return {
    sizeOnly: true,
    runtime: [
      vendor(dir, `${base}/main.bundle.js`),
      vendor(dir, `${base}/frame.bundle.js`),
      vendor(dir, `${base}/styles/h5p.css`),
    ],
  };
}

/** The same quiz of `count` questions in each quiz library; `content` names the comparison. */
const quizPages = (count, content) => [
  {
    name: `lessonkit-${content}`,
    library: 'Lessonkit',
    content,
    build: lessonkitLesson(lessonkitQuizMarkdown(count)),
    ready: LESSONKIT_QUIZ_READY,
  },
  { name: `quizdown-${content}`, library: 'quizdown', content, build: quizdown(count) },
  { name: `surveyjs-${content}`, library: 'SurveyJS', content, build: surveyjs(count) },
];

/** Every page: name, what it is, and its builder. */
export const PAGES = [
  { name: 'blank', library: 'static HTML', content: 'floor', build: blank },
  { name: 'lit-floor', library: 'Lit, one element', content: 'floor', build: litFloor },
  ...quizPages(10, 'quiz'),
  {
    name: 'lessonkit-timeline',
    library: 'Lessonkit',
    content: 'timeline',
    build: lessonkitLesson(lessonkitTimelineMarkdown(10)),
    ready: LESSONKIT_TIMELINE_READY,
  },
  { name: 'timelinejs-timeline', library: 'TimelineJS', content: 'timeline', build: timelinejs(10) },
  { name: 'h5p-core', library: 'H5P player', content: 'size', build: h5pCore },
  ...['trafficking-101', 'border-policy', 'evaluating-op-eds'].map((id) => ({
    name: id,
    library: 'Lessonkit',
    content: 'lesson',
    build: (dir) => buildLesson(join(root, 'modules', id), dir),
    ready: LESSON_READY,
  })),
  // Each lesson's page with no script: what its content costs to paint by itself.
  ...['trafficking-101', 'border-policy', 'evaluating-op-eds'].map((id) => ({
    name: `${id}-html-only`,
    library: 'its HTML, no script',
    content: 'lesson-html',
    // The lesson page it is a copy of.
    of: id,
    paintOnly: true,
    build: htmlOnly(id),
  })),
  // The Spanish lessons, measured by size only: their pages load as the English ones do.
  ...['trafficking-101', 'border-policy', 'evaluating-op-eds'].map((id) => ({
    name: `${id}-es`,
    library: 'Lessonkit',
    content: 'lesson-es',
    build: (dir) => ({ ...buildLesson(join(root, 'modules', id, 'es'), dir), sizeOnly: true }),
  })),
  ...quizPages(100, 'quiz-100'),
];

/** Builds every page into `out`; returns the pages with their folder, readiness test and runtime files. */
export function buildPages(out) {
  return PAGES.map((entry) => {
    const dir = join(out, entry.name);
    mkdirSync(dir, { recursive: true });
    const built = entry.build(dir);
    return {
      ...entry,
      dir,
      ready: entry.ready ?? built.ready,
      answer: entry.content.startsWith('quiz') ? ANSWER[entry.library] : undefined,
      runtime: built.runtime,
      sizeOnly: Boolean(built.sizeOnly),
    };
  });
}
