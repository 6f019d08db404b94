// Measures what a page pays for Lessonkit's packages: each entry bundled and
// minified with esbuild, then gzip and brotli sizes. `--write` puts the table
// into the packages' READMEs between <!-- size:start --> and <!-- size:end -->.
// Sizes, unlike times, are stable from machine to machine.
import { build } from 'esbuild';
import * as prettier from 'prettier';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What is measured: an entry, and what is left out of its bundle. */
export const entries = [
  { name: '@lessonkit/quiz (every element), with Lit', entry: 'packages/quiz/all.ts', external: [] },
  {
    name: '@lessonkit/quiz (every element), Lit shared',
    entry: 'packages/quiz/all.ts',
    external: ['lit', 'lit/*', '@lit/*'],
  },
  { name: '`lk-question` alone, with Lit', entry: 'packages/quiz/lk-question.ts', external: [] },
  { name: 'Lit alone', entry: 'lit', external: [] },
];

export async function measure({ entry, external }) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external,
    conditions: ['source', 'production'],
    tsconfig: 'tsconfig.base.json',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

export async function sizeTable() {
  const rows = ['| bundle | min | gzip | brotli |', '| --- | ---: | ---: | ---: |'];
  for (const item of entries) {
    const size = await measure(item);
    rows.push(`| ${item.name} | ${kb(size.min)} | ${kb(size.gzip)} | ${kb(size.brotli)} |`);
  }
  return rows.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = await sizeTable();
  console.log(table);
  if (process.argv.includes('--write')) {
    const readme = `${root}packages/quiz/README.md`;
    const text = readFileSync(readme, 'utf8');
    const block = `<!-- size:start -->\n${table}\n<!-- size:end -->`;
    const next = text.replace(/<!-- size:start -->[\s\S]*?<!-- size:end -->/, block);
    if (next === text && !text.includes(block)) throw new Error(`${readme} has no <!-- size:start --> block`);
    const options = (await prettier.resolveConfig(readme)) ?? {};
    writeFileSync(readme, await prettier.format(next, { ...options, filepath: readme }));
    console.log(`written to ${readme}`);
  }
}
