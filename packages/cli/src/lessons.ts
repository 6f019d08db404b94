import { createSanitizer } from '@lessonkit/core';
import {
  compileLesson,
  formatDiagnostic,
  renderPrintPage,
  renderWebPage,
  type Block,
  type Diagnostic,
  type LessonModel,
} from '@lessonkit/pipeline';
import { quizBlocks } from '@lessonkit/quiz/block.js';
import { timelineBlocks } from '@lessonkit/timeline/block.js';
import { billBlocks } from '@lessonkit/bill/block.js';
import { argumentBlocks } from '@lessonkit/argument/block.js';
import { build as esbuild, type BuildOptions } from 'esbuild';
import { JSDOM } from 'jsdom';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every block a lesson can use. A new element package adds its blocks here. */
export const blocks: readonly Block[] = [
  ...(quizBlocks as readonly Block[]),
  ...(timelineBlocks as readonly Block[]),
  ...(billBlocks as readonly Block[]),
  ...(argumentBlocks as readonly Block[]),
];

export const FORMATS = ['web', 'print'] as const;
export type Format = (typeof FORMATS)[number];

let sanitizer: ((html: string) => string) | undefined;
function sanitize(html: string): string {
  sanitizer ??= createSanitizer(new JSDOM('').window);
  return sanitizer(html);
}

/** A lesson file read and compiled. */
export interface CompiledLesson {
  readonly file: string;
  readonly lesson?: LessonModel;
  readonly diagnostics: readonly Diagnostic[];
}

const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage']);

/**
 * The lesson files a path names: a Markdown file itself, or every
 * `lesson.md` under a folder.
 */
export async function findLessons(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new Error(`${path}: no such file or folder.`);
  if (info.isFile()) return [path];
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.isDirectory() && !SKIP.has(entry.name) && !entry.name.startsWith('.'))
        await walk(join(folder, entry.name));
      else if (entry.isFile() && entry.name === 'lesson.md') found.push(join(folder, entry.name));
    }
  };
  await walk(path);
  return found.sort();
}

export async function compileFile(file: string, cwd = process.cwd()): Promise<CompiledLesson> {
  const text = await readFile(file, 'utf8');
  const glossaryPath = join(dirname(file), 'glossary.yaml');
  const glossaryText = await readFile(glossaryPath, 'utf8').catch(() => undefined);
  const { lesson, diagnostics } = compileLesson(text, {
    file: relative(cwd, file) || file,
    blocks,
    sanitize,
    ...(glossaryText !== undefined ? { glossaryFile: { file: relative(cwd, glossaryPath), text: glossaryText } } : {}),
  });
  return { file, ...(lesson ? { lesson } : {}), diagnostics };
}

/** Also reports lesson ids that two files share (they would overwrite each other's output). */
export function checkDuplicateIds(compiled: readonly CompiledLesson[], cwd = process.cwd()): Diagnostic[] {
  const seen = new Map<string, string>();
  const problems: Diagnostic[] = [];
  for (const entry of compiled) {
    const id = entry.lesson?.meta.id;
    if (!id) continue;
    const first = seen.get(id);
    if (first) {
      problems.push({
        file: relative(cwd, entry.file),
        line: 1,
        column: 1,
        severity: 'error',
        message: `the lesson id "${id}" is also used by ${relative(cwd, first)}.`,
        hint: 'Give each lesson its own id.',
      });
    } else seen.set(id, entry.file);
  }
  return problems;
}

export const format = formatDiagnostic;

/** A browser entry of this package (runtime.ts, embed.ts, loader.ts): beside src/ here, two levels up from dist/src/. */
const entry = (name: string): string =>
  fileURLToPath(new URL(import.meta.url.includes('/dist/') ? `../../${name}` : `../${name}`, import.meta.url));

export const runtimeEntry = (): string => entry('runtime.ts');

/** Bundles browser code with the settings every Lessonkit script shares (ES2022 modules, minified). */
function bundle(options: BuildOptions) {
  return esbuild({
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['source', 'production'],
    legalComments: 'none',
    logLevel: 'silent',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    ...options,
  });
}

let runtime: Promise<string> | undefined;

/** The lesson runtime script (every element), bundled and minified once per run. */
export function runtimeScript(): Promise<string> {
  runtime ??= bundle({ entryPoints: [runtimeEntry()] }).then((result) => result.outputFiles?.[0]?.text ?? '');
  return runtime;
}

const lessonCss = (): Promise<string> =>
  readFile(fileURLToPath(import.meta.resolve('@lessonkit/lesson/lesson.css')), 'utf8');

const MEDIA = /\.(png|jpe?g|gif|webp|avif|svg|mp3|m4a|mp4|webm|vtt|pdf)$/i;
const MEDIA_FOLDERS = new Set(['images', 'media']);

/**
 * What is copied with a lesson.md: media files beside it and its `images/`
 * and `media/` folders — never anything else (the output folder may be there).
 */
async function companions(file: string): Promise<string[]> {
  if (basename(file) !== 'lesson.md') return [];
  const folder = dirname(file);
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => (entry.isDirectory() ? MEDIA_FOLDERS.has(entry.name) : entry.isFile() && MEDIA.test(entry.name)))
    .map((entry) => join(folder, entry.name));
}

/**
 * Writes one lesson's output folder atomically: everything goes to a
 * temporary folder first, which then replaces `<out>/<id>` in one rename, so
 * a failed build never leaves a half-written lesson.
 */
export async function writeLesson(entry: CompiledLesson, out: string, formats: readonly Format[]): Promise<string> {
  const lesson = entry.lesson;
  if (!lesson) throw new Error(`${entry.file} has errors; nothing written.`);
  const target = resolve(out, lesson.meta.id);
  const temporary = resolve(out, `.${lesson.meta.id}.tmp-${process.pid}`);
  const previous = resolve(out, `.${lesson.meta.id}.old-${process.pid}`);
  await rm(temporary, { recursive: true, force: true });
  try {
    await mkdir(join(temporary, 'assets'), { recursive: true });
    await writeFile(join(temporary, 'assets', 'lesson.css'), await lessonCss());
    const styles = ['assets/lesson.css'];
    if (formats.includes('web')) {
      await writeFile(join(temporary, 'assets', 'lessonkit.js'), await runtimeScript());
      const page = renderWebPage(lesson, { blocks, scripts: ['assets/lessonkit.js'], styles });
      await writeFile(join(temporary, 'index.html'), page);
    }
    if (formats.includes('print')) {
      await writeFile(join(temporary, 'print.html'), renderPrintPage(lesson, { blocks, styles }));
    }
    for (const file of await companions(entry.file)) {
      await cp(file, join(temporary, basename(file)), { recursive: true });
    }
    const existed = await stat(target).then(
      () => true,
      () => false,
    );
    if (existed) await rename(target, previous);
    await rename(temporary, target);
    if (existed) await rm(previous, { recursive: true, force: true });
    return target;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** One line of `lessons.json`, the list a catalog page reads. */
export interface CatalogEntry {
  readonly id: string;
  readonly title: string;
  readonly lang: string;
  readonly summary?: string;
  readonly audience?: string;
  readonly duration?: string;
  readonly web: string;
  readonly print: string;
}

/** `embed.js` for pages that show lessons in iframes (it sizes each iframe to its lesson). */
export async function embedScript(): Promise<string> {
  const result = await bundle({ entryPoints: [entry('embed.ts')] });
  return result.outputFiles?.[0]?.text ?? '';
}

/**
 * The drop-in loader (`drop-in/lessonkit.js`) and its chunks: each element's
 * code in a file of its own, shared code (Lit, core) in shared chunks.
 */
export async function dropInFiles(): Promise<{ path: string; text: string }[]> {
  const result = await bundle({
    entryPoints: { lessonkit: entry('loader.ts') },
    splitting: true,
    outdir: 'drop-in',
    chunkNames: 'chunks/[name]-[hash]',
  });
  return (result.outputFiles ?? []).map((file) => ({ path: relative(process.cwd(), file.path), text: file.text }));
}

/** Writes `<out>/lessons.json`: the lessons of this build, for a catalog page. */
export async function writeCatalog(out: string, compiled: readonly CompiledLesson[]): Promise<void> {
  const entries: CatalogEntry[] = compiled.flatMap(({ lesson }) =>
    lesson
      ? [
          {
            id: lesson.meta.id,
            title: lesson.meta.title,
            lang: lesson.meta.lang,
            ...(lesson.meta.summary ? { summary: lesson.meta.summary } : {}),
            ...(lesson.meta.audience ? { audience: lesson.meta.audience } : {}),
            ...(lesson.meta.duration ? { duration: lesson.meta.duration } : {}),
            web: `${lesson.meta.id}/index.html`,
            print: `${lesson.meta.id}/print.html`,
          },
        ]
      : [],
  );
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'lessons.json'), `${JSON.stringify(entries, null, 2)}\n`);
  await writeFile(join(out, 'embed.js'), await embedScript());
  const dropIn = resolve(out, 'drop-in');
  await rm(dropIn, { recursive: true, force: true });
  for (const file of await dropInFiles()) {
    const target = resolve(out, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.text);
  }
}
