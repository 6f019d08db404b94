// LMS packages: a lesson's web build and the manifest its format needs, in one deterministic zip.
import { packageManifest, PACKAGE_FORMATS, type PackageFormat, type PackageMeta } from '@lessonkit/pipeline';
import { zipSync, type Zippable } from 'fflate';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

export { PACKAGE_FORMATS, type PackageFormat };

export const isPackageFormat = (name: string): name is PackageFormat =>
  (PACKAGE_FORMATS as readonly string[]).includes(name);

/** `<id>.<format>.zip`: the package's file name beside the lesson folders. */
export const packageFileName = (id: string, format: PackageFormat): string => `${id}.${format}.zip`;

/**
 * Every file under a built lesson folder (symbolic links followed), by its
 * path relative to the folder with `/` between segments (as zips and
 * manifests want), in sorted order.
 */
export async function readLessonFiles(folder: string): Promise<Map<string, Uint8Array>> {
  const paths: string[] = [];
  const walk = async (path: string): Promise<void> => {
    if ((await stat(path)).isDirectory()) {
      for (const name of await readdir(path)) await walk(join(path, name));
    } else paths.push(relative(folder, path).split(sep).join('/'));
  };
  await walk(folder);
  const files = new Map<string, Uint8Array>();
  for (const path of paths.sort()) files.set(path, new Uint8Array(await readFile(join(folder, path))));
  return files;
}

/**
 * Every zip entry gets this time (in the zip's local-time fields), so the same
 * files always give the same bytes, in any time zone.
 */
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0);

/** A regular file, readable by all and writable by its owner (Unix mode 0100644, in the high 16 bits). */
const FILE_MODE = 0o100644 * 0x10000;

/** Formats that are compressed already: stored as they are, which is faster and no larger. */
const COMPRESSED = /\.(png|jpe?g|gif|webp|avif|mp3|m4a|mp4|webm)$/i;

/** Zips files in sorted path order with fixed times and attributes: the same files give the same bytes. */
export function deterministicZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [path, data] of sorted) {
    entries[path] = [data, { level: COMPRESSED.test(path) ? 0 : 6, mtime: FIXED_TIME, os: 3, attrs: FILE_MODE }];
  }
  return zipSync(entries);
}

/** The files of a package: the lesson's web build plus the format's manifest at the root. */
export function packageFiles(
  meta: PackageMeta,
  format: PackageFormat,
  build: ReadonlyMap<string, Uint8Array>,
): Map<string, Uint8Array> {
  const manifest = packageManifest(format, meta, [...build.keys()]);
  if (build.has(manifest.path)) throw new Error(`the lesson's files already hold a ${manifest.path}.`);
  return new Map([...build, [manifest.path, new TextEncoder().encode(manifest.xml)]]);
}

/**
 * Zips a built lesson folder (which must hold the web build: `index.html`)
 * as a package of each format asked for, each written to a temporary file in
 * `out` first. Returns the temporary files and their final paths; `commit`
 * renames them into place, `discard` removes them.
 */
export async function stagePackages(
  folder: string,
  meta: PackageMeta,
  formats: readonly PackageFormat[],
  out: string,
): Promise<{ commit: () => Promise<string[]>; discard: () => Promise<void> }> {
  const staged: { temporary: string; target: string }[] = [];
  const discard = async () => {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
  };
  try {
    const build = await readLessonFiles(folder);
    if (!build.has('index.html')) throw new Error(`${folder} has no index.html to package.`);
    for (const format of formats) {
      const name = packageFileName(meta.id, format);
      const entry = { temporary: resolve(out, `.${name}.tmp-${process.pid}`), target: resolve(out, name) };
      staged.push(entry);
      await writeFile(entry.temporary, deterministicZip(packageFiles(meta, format, build)));
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    discard,
    commit: async () => {
      for (const { temporary, target } of staged) await rename(temporary, target);
      return staged.map(({ target }) => target);
    },
  };
}
