// The CLI at scale: `lessonkit validate` and `lessonkit build` (web and print) of 100 generated
// lessons, each a 10-question quiz, a 10-event timeline and a page of prose. Reports lessons per
// second and the CLI process's peak memory (esbuild, which bundles each lesson's runtime, runs in
// a process of its own and is not counted), the median of RUNS_CLI runs (default 3).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lessonkitQuizMarkdown, lessonkitTimelineMarkdown } from './pages.mjs';
import { markdownTable, median, range } from './table.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const LESSONS = 100;
const RUNS = Number(process.env.RUNS_CLI ?? 3);

function lesson(index) {
  const quiz = lessonkitQuizMarkdown(10, `generated-${index}`);
  const timeline = lessonkitTimelineMarkdown(10).split('\n---\n')[1];
  const prose = Array.from(
    { length: 6 },
    (_, n) =>
      `Paragraph ${n + 1} of lesson ${index}: a few sentences of *prose*, with a [link](https://example.org/${n}) and a list.\n\n- one\n- two`,
  ).join('\n\n');
  return `${quiz}\n## Reading\n\n${prose}\n${timeline}`;
}

function run(args) {
  const memory = join(tmpdir(), `lessonkit-peak-${process.pid}`);
  const started = process.hrtime.bigint();
  execFileSync(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '--import',
      join(here, 'peak-memory.mjs'),
      join(root, 'packages/cli/src/run.ts'),
      ...args,
    ],
    {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, PEAK_MEMORY_FILE: memory, TSX_TSCONFIG_PATH: join(root, 'tsconfig.base.json') },
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = Number(readFileSync(memory, 'utf8'));
  rmSync(memory, { force: true });
  return { seconds, peak };
}

export function cliScale() {
  const folder = mkdtempSync(join(tmpdir(), 'lessonkit-cli-bench-'));
  try {
    for (let index = 1; index <= LESSONS; index += 1) {
      mkdirSync(join(folder, 'lessons', `generated-${index}`), { recursive: true });
      writeFileSync(join(folder, 'lessons', `generated-${index}`, 'lesson.md'), lesson(index));
    }
    const commands = {
      validate: ['validate', join(folder, 'lessons')],
      'build (web, print)': ['build', join(folder, 'lessons'), '--out', join(folder, 'out'), '--format', 'web,print'],
    };
    const rows = Object.entries(commands).map(([name, args]) => {
      const runs = Array.from({ length: RUNS }, () => run(args));
      const rates = runs.map((r) => LESSONS / r.seconds);
      const seconds = runs.map((r) => r.seconds);
      return [
        `\`lessonkit ${name}\``,
        `${median(seconds).toFixed(1)} s (${seconds.map((s) => s.toFixed(1)).join(', ')})`,
        `${median(rates).toFixed(1)} (${range(rates)})`,
        `${(median(runs.map((r) => r.peak)) / 1024).toFixed(0)} MiB`,
      ];
    });
    return [
      `${LESSONS} generated lessons (each a 10-question quiz, a 10-event timeline and a page of prose), unthrottled, median of ${RUNS} runs; the CLI runs from source through tsx, whose start-up is included.`,
      '',
      markdownTable(['command', 'time', 'lessons per second', 'peak memory (the CLI process)'], rows),
    ].join('\n');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
