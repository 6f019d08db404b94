import { posix } from 'node:path';

/**
 * The relative modules a bundled script imports statically (`import"./x.js"`,
 * `import{a}from"./x.js"`, `import x from"./x.js"`, `import*as x from"./x.js"`,
 * `import x,{y}from"./x.js"`), not `import("./x.js")`: what a page loads with
 * the script before it can run.
 */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?"(\.\.?\/[^"]+)"/g)].map(
    (match) => match[1] as string,
  );
}

/**
 * Every module `entry` (a path among `files`) imports statically, directly or
 * through another: paths as in `files`, with forward slashes, in the order found.
 */
export function staticImportGraph(entry: string, files: readonly { path: string; text: string }[]): string[] {
  const byPath = new Map(files.map((file) => [file.path.replaceAll('\\', '/'), file.text]));
  const found: string[] = [];
  const queue = [entry.replaceAll('\\', '/')];
  for (let index = 0; index < queue.length; index += 1) {
    const from = queue[index] as string;
    for (const imported of staticImports(byPath.get(from) ?? '')) {
      const path = posix.join(posix.dirname(from), imported);
      if (path !== entry && !found.includes(path)) {
        found.push(path);
        queue.push(path);
      }
    }
  }
  return found;
}
