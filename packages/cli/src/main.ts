import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  FORMATS,
  checkDuplicateIds,
  compileFile,
  findLessons,
  format,
  writeCatalog,
  writeLesson,
  type CompiledLesson,
  type Format,
} from './lessons.js';
import { starterLesson } from './starter.js';

const HELP = `lessonkit — lessons written in Markdown, built for the web, print and LMSs

Usage:
  lessonkit new <folder>                         write a starter lesson that builds
  lessonkit validate <file-or-folder>            report every problem as file:line:col
  lessonkit build <file-or-folder> [options]     validate, then write each lesson
      --out <folder>        where to write (default: dist)
      --format <list>       any of web, print, scorm12, scorm2004, cmi5 (default: web,print);
                            scorm12, scorm2004 and cmi5 write <out>/<id>.<format>.zip for an LMS
      --allow-empty         a folder with no lesson is not an error
  lessonkit dev <file>                           live preview that reloads on save

A folder is searched for lesson.md files. Exit code 1 when anything is wrong.`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
};

/** Compiles every lesson a path names and prints their problems; undefined when there are none. */
async function check(path: string, io: Io, allowEmpty = false): Promise<CompiledLesson[] | undefined> {
  const files = await findLessons(resolve(io.cwd, path));
  if (files.length === 0) {
    if (allowEmpty) {
      io.out(`${path}: no lessons yet.`);
      return [];
    }
    io.err(`${path}: no lesson.md found.`);
    return undefined;
  }
  const compiled = await Promise.all(files.map((file) => compileFile(file, io.cwd)));
  const problems = [...compiled.flatMap((entry) => entry.diagnostics), ...checkDuplicateIds(compiled, io.cwd)];
  for (const problem of problems) (problem.severity === 'error' ? io.err : io.out)(format(problem));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const lessons = `${files.length} lesson${files.length === 1 ? '' : 's'}`;
  if (errors > 0) {
    io.err(`${lessons} checked: ${errors} error${errors === 1 ? '' : 's'}.`);
    return undefined;
  }
  io.out(`${lessons} checked: no errors.`);
  return compiled;
}

async function create(folder: string, io: Io): Promise<number> {
  const target = resolve(io.cwd, folder);
  const existing = await readdir(target).catch(() => []);
  if (existing.length > 0) {
    io.err(`${folder}: the folder is not empty; choose a new folder for the lesson.`);
    return 1;
  }
  const id =
    basename(target)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-lesson';
  await mkdir(target, { recursive: true });
  await writeFile(join(target, 'lesson.md'), starterLesson(id));
  const shown = relative(io.cwd, target) || '.';
  io.out(`Wrote ${join(shown, 'lesson.md')}.`);
  io.out(`Next: lessonkit build ${shown}   (or: lessonkit dev ${join(shown, 'lesson.md')})`);
  return 0;
}

async function build(path: string, out: string, formats: Format[], io: Io, allowEmpty: boolean): Promise<number> {
  const compiled = await check(path, io, allowEmpty);
  if (!compiled) {
    io.err('Nothing was written.');
    return 1;
  }
  const target = resolve(io.cwd, out);
  let done = 0;
  for (const entry of compiled) {
    const written = await writeLesson(entry, target, formats);
    done += 1;
    io.out(`built ${done}/${compiled.length}: ${written.map((path) => relative(io.cwd, path) || path).join(', ')}`);
  }
  await writeCatalog(target, compiled);
  return 0;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'dist' },
        format: { type: 'string', default: 'web,print' },
        port: { type: 'string', default: '5173' },
        help: { type: 'boolean', short: 'h' },
        'allow-empty': { type: 'boolean' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${HELP}`);
    return 1;
  }
  const [command, path] = parsed.positionals;
  if (parsed.values.help || !command) {
    io.out(HELP);
    return command || parsed.values.help ? 0 : 1;
  }
  if (!path) {
    io.err(`lessonkit ${command} needs a path.\n\n${HELP}`);
    return 1;
  }
  try {
    switch (command) {
      case 'new':
        return await create(path, io);
      case 'validate':
        return (await check(path, io)) ? 0 : 1;
      case 'build': {
        const formats = (parsed.values.format ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean);
        const unknown = formats.filter((name) => !(FORMATS as readonly string[]).includes(name));
        if (unknown.length > 0 || formats.length === 0) {
          io.err(`--format takes ${FORMATS.join(', ')}; not "${unknown.join(', ') || parsed.values.format}".`);
          return 1;
        }
        return await build(
          path,
          parsed.values.out ?? 'dist',
          formats as Format[],
          io,
          parsed.values['allow-empty'] ?? false,
        );
      }
      case 'dev': {
        const { dev } = await import('./dev.js');
        return await dev(resolve(io.cwd, path), Number(parsed.values.port), io);
      }
      default:
        io.err(`Unknown command "${command}".\n\n${HELP}`);
        return 1;
    }
  } catch (error) {
    io.err(`lessonkit ${command}: ${(error as Error).message}`);
    return 1;
  }
}
