#!/usr/bin/env node
// The lessonkit command. In a checkout of the repository it runs the
// TypeScript sources through tsx (never a stale build); an installed package
// has no sources and runs dist/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../src/run.ts', import.meta.url));
let tsx;
try {
  tsx = existsSync(source) ? import.meta.resolve('tsx') : undefined;
} catch {
  tsx = undefined;
}

if (tsx) {
  // The repository's compiler settings (legacy decorators), whatever the current folder.
  const tsconfig = fileURLToPath(new URL('../../../tsconfig.base.json', import.meta.url));
  const env = { ...process.env, TSX_TSCONFIG_PATH: process.env.TSX_TSCONFIG_PATH ?? tsconfig };
  const args = ['--conditions=source', '--import', tsx, source, ...process.argv.slice(2)];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  process.exitCode = result.status ?? 1;
} else {
  const { main } = await import(new URL('../dist/src/main.js', import.meta.url).href);
  process.exitCode = await main(process.argv.slice(2));
}
