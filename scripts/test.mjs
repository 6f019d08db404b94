// `npm test`: lint, typecheck, browser tests (Chromium) and Node tests. Every
// step runs even when an earlier one fails, so one run shows every problem;
// the exit code is non-zero if any step failed. The last line counts the tests.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'lint', command: 'npm run --silent lint' },
  { name: 'typecheck', command: 'npm run --silent typecheck' },
  { name: 'browser tests', command: 'npm run --silent test:browser', count: /^browser: (\d+) passed, (\d+) failed/m },
  { name: 'node tests', command: 'npm run --silent test:node', pass: /^# pass (\d+)/m, fail: /^# fail (\d+)/m },
];

function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

let passed = 0;
let failed = 0;
const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command}\n`);
  const started = Date.now();
  const { code, output } = await run(step.command);
  if (step.count) {
    const match = step.count.exec(output);
    if (match) {
      passed += Number(match[1]);
      failed += Number(match[2]);
    }
  }
  if (step.pass) {
    passed += Number(step.pass.exec(output)?.[1] ?? 0);
    failed += Number(step.fail.exec(output)?.[1] ?? 0);
  }
  results.push({ name: step.name, ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

console.log('\n=== summary');
for (const result of results) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name} (${result.seconds} s)`);
const broken = results.filter((result) => !result.ok);
if (broken.length > 0) console.log(`failed steps: ${broken.map((result) => result.name).join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(broken.length > 0 ? 1 : 0);
