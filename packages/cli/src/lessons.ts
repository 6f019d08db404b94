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
import { build as esbuild, transform, type BuildOptions, type Plugin } from 'esbuild';
import { JSDOM } from 'jsdom';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOLD_MODULE, runtimeSource } from './elements.js';
import { minifyTemplatesPlugin } from './minify-templates.js';
import { staticImportGraph } from './static-imports.js';
import { isPackageFormat, PACKAGE_FORMATS, packageFileName, stagePackages, type PackageFormat } from './packages.js';

/** Every block a lesson can use. A new element package adds its blocks here. */
export const blocks: readonly Block[] = [
  ...(quizBlocks as readonly Block[]),
  ...(timelineBlocks as readonly Block[]),
  ...(billBlocks as readonly Block[]),
  ...(argumentBlocks as readonly Block[]),
];

/** What `lessonkit build --format` can write: the lesson folder's pages, and LMS packages (zips). */
export const FORMATS = ['web', 'print', ...PACKAGE_FORMATS] as const;
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

/** A production build: the authors' warnings (devWarn) are left out as dead code. */
const PRODUCTION = { 'import.meta.env.DEV': 'false' };

/**
 * Bundles browser code with the settings every Lessonkit script shares (ES2022
 * modules, minified, lit's `css` and `html` templates minified too).
 */
function bundle(options: BuildOptions) {
  return esbuild({
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['source', 'production'],
    define: PRODUCTION,
    legalComments: 'none',
    logLevel: 'silent',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    ...options,
    plugins: [...(options.plugins ?? []), minifyTemplatesPlugin()],
  });
}

const runtimes = new Map<string, Promise<{ path: string; text: string }[]>>();

/**
 * A lesson page's runtime, bundled and minified once per set of elements:
 * `assets/lessonkit.js` holds the lesson shell and only the elements the
 * page's HTML uses (`runtimeSource`: those of later pages are defined after
 * the first paint), and `assets/chunks/` the code that only
 * some launches need (the SCORM and cmi5 trackers), loaded when an LMS is found.
 * Without a page, every element (runtime.ts). `validated`: the page's blocks have run the elements'
 * own data checks at build time (`lessonkit build` does), so the elements leave theirs out
 * (LESSONKIT_VALIDATED, see BuildEnv in core); leave it off for HTML of your own.
 */
export function runtimeFiles(
  html?: string,
  { validated = false }: { validated?: boolean } = {},
): Promise<{ path: string; text: string }[]> {
  const source = html === undefined ? undefined : runtimeSource(html);
  const lang = html === undefined ? undefined : singleLanguage(html);
  const key =
    source === undefined ? '*' : `${lang ?? '*'}\n${validated ? 'validated' : ''}\n${source.entry}${source.hold}`;
  let files = runtimes.get(key);
  if (!files) {
    const resolveDir = dirname(runtimeEntry());
    files = bundle({
      ...(source === undefined
        ? { entryPoints: { lessonkit: runtimeEntry() } }
        : {
            stdin: { contents: source.entry, resolveDir, sourcefile: 'lessonkit.ts', loader: 'ts' },
            entryNames: 'lessonkit',
            plugins: [virtualModule(HOLD_MODULE, source.hold, resolveDir)],
            define: {
              ...PRODUCTION,
              ...(validated ? { 'import.meta.env.LESSONKIT_VALIDATED': 'true' } : {}),
              ...(lang ? { 'import.meta.env.LESSONKIT_LANG': JSON.stringify(lang) } : {}),
            },
          }),
      splitting: true,
      outdir: 'assets',
      chunkNames: 'chunks/[name]-[hash]',
    }).then((result) =>
      (result.outputFiles ?? []).map((file) => ({ path: relative(process.cwd(), file.path), text: file.text })),
    );
    runtimes.set(key, files);
  }
  return files;
}

/**
 * "en" or "es" when every element on the page is in that language (the nearest `lang` of each
 * lk-* element: a quotation marked in another language around text only does not count): the
 * page's script then carries only that language's strings. Otherwise undefined: both.
 */
function singleLanguage(html: string): 'en' | 'es' | undefined {
  const document = new JSDOM(html).window.document;
  const langs = new Set(
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('lk-'))
      .map((element) => (element.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0]),
  );
  const [only] = langs;
  return langs.size === 1 && (only === 'en' || only === 'es') ? only : undefined;
}

/** Gives a bundle a module made here: `name` is `contents`, resolved from `resolveDir`. */
function virtualModule(name: string, contents: string, resolveDir: string): Plugin {
  const filter = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return {
    name: `virtual ${name}`,
    setup(build) {
      build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lessonkit-virtual' }));
      build.onLoad({ filter, namespace: 'lessonkit-virtual' }, () => ({ contents, resolveDir, loader: 'ts' }));
    },
  };
}

/** The runtime's main script alone (`assets/lessonkit.js`). */
export async function runtimeScript(): Promise<string> {
  return (await runtimeFiles()).find((file) => file.path === join('assets', 'lessonkit.js'))?.text ?? '';
}

/** The comment in lesson.css after which its rules are the worksheet's only. */
const WORKSHEET_ONLY = '/* Worksheet only:';

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

/** Writes a lesson's pages and files into `folder`: the web page, the worksheet, or both. */
async function writePages(
  entry: CompiledLesson,
  lesson: LessonModel,
  folder: string,
  pages: { web: boolean; print: boolean },
): Promise<void> {
  await mkdir(join(folder, 'assets'), { recursive: true });
  // The worksheet links the stylesheet; the web page carries the same rules inline.
  const css = await lessonCss();
  await writeFile(join(folder, 'assets', 'lesson.css'), css);
  if (pages.web) {
    // The page's styles are in the page (minified): it paints without waiting for another request.
    // The worksheet's own rules, at the end of lesson.css, stay out of it.
    const [pageCss = css] = css.split(WORKSHEET_ONLY);
    const { code } = await transform(pageCss, { loader: 'css', minify: true, logLevel: 'silent' });
    const inlineStyles = [{ css: code.trim(), sha256: createHash('sha256').update(code.trim()).digest('base64') }];
    const options = { blocks, scripts: ['assets/lessonkit.js'], inlineStyles };
    // The blocks ran the elements' own data checks as the lesson compiled.
    const files = await runtimeFiles(renderWebPage(lesson, options), { validated: true });
    for (const file of files) {
      await mkdir(dirname(join(folder, file.path)), { recursive: true });
      await writeFile(join(folder, file.path), file.text);
    }
    // The chunks the script imports come with it, not one round trip after it.
    const modulePreloads = staticImportGraph('assets/lessonkit.js', files);
    await writeFile(join(folder, 'index.html'), renderWebPage(lesson, { ...options, modulePreloads }));
  }
  if (pages.print) {
    await writeFile(join(folder, 'print.html'), renderPrintPage(lesson, { blocks, styles: ['assets/lesson.css'] }));
  }
  for (const file of await companions(entry.file)) {
    await cp(file, join(folder, basename(file)), { recursive: true });
  }
}

/**
 * Writes one lesson's output atomically: its folder `<out>/<id>` (for `web`
 * and `print`) and its LMS packages `<out>/<id>.<format>.zip`. Everything is
 * written under temporary names first and renamed into place at the end, so a
 * failed build never leaves a half-written lesson. A package holds the web
 * build, which is built for it in a temporary folder when `web` is not asked
 * for. Returns the paths written: the folder first, then the packages.
 */
export async function writeLesson(entry: CompiledLesson, out: string, formats: readonly Format[]): Promise<string[]> {
  const lesson = entry.lesson;
  if (!lesson) throw new Error(`${entry.file} has errors; nothing written.`);
  const pages = { web: formats.includes('web'), print: formats.includes('print') };
  const packages = [...new Set(formats.filter(isPackageFormat))];
  const target = resolve(out, lesson.meta.id);
  const temporary = resolve(out, `.${lesson.meta.id}.tmp-${process.pid}`);
  const webOnly = resolve(out, `.${lesson.meta.id}.web-tmp-${process.pid}`);
  const previous = resolve(out, `.${lesson.meta.id}.old-${process.pid}`);
  const cleanUp = () => Promise.all([temporary, webOnly].map((folder) => rm(folder, { recursive: true, force: true })));
  await cleanUp();
  let staged: Awaited<ReturnType<typeof stagePackages>> | undefined;
  try {
    if (pages.web || pages.print) await writePages(entry, lesson, temporary, pages);
    if (packages.length > 0) {
      if (!pages.web) await writePages(entry, lesson, webOnly, { web: true, print: false });
      staged = await stagePackages(pages.web ? temporary : webOnly, lesson.meta, packages, out);
      await rm(webOnly, { recursive: true, force: true });
    }
    const written: string[] = [];
    if (pages.web || pages.print) {
      const existed = await stat(target).then(
        () => true,
        () => false,
      );
      if (existed) await rename(target, previous);
      await rename(temporary, target);
      if (existed) await rm(previous, { recursive: true, force: true });
      written.push(target);
    }
    if (staged) written.push(...(await staged.commit()));
    return written;
  } catch (error) {
    await cleanUp();
    await staged?.discard();
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
  /** The LMS packages built for the lesson (`<id>.scorm12.zip`…), for teachers to download. */
  readonly packages?: readonly { readonly format: PackageFormat; readonly file: string }[];
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

/** The packages of a lesson among the files of the output folder, if any. */
function packagesOf(id: string, built: ReadonlySet<string>): Pick<CatalogEntry, 'packages'> {
  const packages = PACKAGE_FORMATS.filter((format) => built.has(packageFileName(id, format))).map((format) => ({
    format,
    file: packageFileName(id, format),
  }));
  return packages.length > 0 ? { packages } : {};
}

/** Writes `<out>/lessons.json`: the lessons of this build, for a catalog page. */
export async function writeCatalog(out: string, compiled: readonly CompiledLesson[]): Promise<void> {
  const built = new Set(await readdir(out).catch(() => [] as string[]));
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
            ...packagesOf(lesson.meta.id, built),
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
