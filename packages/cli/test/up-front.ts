import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { staticImports } from '../src/static-imports.js';

/**
 * What a built lesson page (`folder/index.html`) loads before a learner acts: its module scripts
 * with every chunk they import statically (not the LMS chunks, imported dynamically), its
 * stylesheets, and the text of its inline style sheets.
 */
export async function upFront(folder: string): Promise<{ files: string[]; inline: string[] }> {
  const html = await readFile(join(folder, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script type="module" src|link rel="stylesheet" href)="([^"]+)"/g)].map(
    (match) => match[1] as string,
  );
  for (let index = 0; index < files.length; index += 1) {
    const file = files[index]!;
    if (!file.endsWith('.js')) continue;
    for (const imported of staticImports(await readFile(join(folder, file), 'utf8'))) {
      const path = join(dirname(file), imported);
      if (!files.includes(path)) files.push(path);
    }
  }
  return { files, inline: [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] as string) };
}
