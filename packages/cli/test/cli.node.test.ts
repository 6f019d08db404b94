import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../src/main.js';

/** Runs the CLI in `cwd`, collecting what it prints. */
async function run(cwd: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const golden = new URL('../../pipeline/test/fixtures/golden.md', import.meta.url);

describe('lessonkit', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lessonkit-cli-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('new writes a starter lesson that validates and builds to web and print', async () => {
    const created = await run(dir, 'new', 'starter');
    assert.equal(created.code, 0, created.err);
    assert.match(created.out, /Wrote starter\/lesson\.md/);
    const validated = await run(dir, 'validate', 'starter');
    assert.equal(validated.code, 0, validated.err);
    assert.match(validated.out, /1 lesson checked: no errors\./);
    const built = await run(dir, 'build', 'starter', '--out', 'site');
    assert.equal(built.code, 0, built.err);
    assert.match(built.out, /built 1\/1: site\/starter/);
    assert.deepEqual((await readdir(join(dir, 'site', 'starter'))).sort(), ['assets', 'index.html', 'print.html']);
    const catalog = JSON.parse(await readFile(join(dir, 'site', 'lessons.json'), 'utf8'));
    assert.deepEqual(catalog[0], {
      id: 'starter',
      title: 'My first lesson',
      lang: 'en',
      summary: 'A starter lesson. Replace this text with your own.',
      audience: 'Grades 9-12',
      duration: '15 minutes',
      web: 'starter/index.html',
      print: 'starter/print.html',
    });
    const embed = await readFile(join(dir, 'site', 'embed.js'), 'utf8');
    assert.match(embed, /lessonkit:resize/);
    assert.ok(embed.length < 2_000, `embed.js stays tiny (${embed.length} bytes)`);
    const page = await readFile(join(dir, 'site', 'starter', 'index.html'), 'utf8');
    assert.match(page, /<script type="module" src="assets\/lessonkit\.js"><\/script>/);
    const runtime = await readFile(join(dir, 'site', 'starter', 'assets', 'lessonkit.js'), 'utf8');
    assert.match(runtime, /lk-lesson/);
    assert.ok(runtime.length > 20_000, 'the runtime holds the elements');
  });

  it('refuses to write a starter into a folder that is not empty', async () => {
    await run(dir, 'new', 'taken');
    const again = await run(dir, 'new', 'taken');
    assert.equal(again.code, 1);
    assert.match(again.err, /not empty/);
  });

  it('validate prints every located error and exits 1', async () => {
    await writeFile(
      join(dir, 'broken.md'),
      '---\nid: broken\ntitle: Broken\n---\n\n## A\n\nSee [@nowhere].\n\n```question\nid: q\ntype: single\nprompt: P\nchoices:\n  - text: A\n  - text: B\n```\n',
    );
    const result = await run(dir, 'validate', 'broken.md');
    assert.equal(result.code, 1);
    assert.match(result.err, /^broken\.md:8:5: error: citation \[@nowhere\] names no source\./m);
    assert.match(result.err, /^broken\.md:15:3: error: question "q" has no correct choice\./m);
    assert.match(result.err, /1 lesson checked: 2 errors\./);
  });

  it('build writes nothing when a lesson has errors, and keeps the last good build', async () => {
    const folder = join(dir, 'lessons');
    await cp(new URL('../../pipeline/test/fixtures/', import.meta.url), join(folder, 'good'), { recursive: true });
    await rm(join(folder, 'good', 'golden.md'));
    await writeFile(join(folder, 'good', 'lesson.md'), await readFile(golden, 'utf8'));
    const first = await run(dir, 'build', 'lessons', '--out', 'out');
    assert.equal(first.code, 0, first.err);
    const before = await readFile(join(dir, 'out', 'golden-lesson', 'index.html'), 'utf8');

    await cp(join(folder, 'good'), join(folder, 'bad'), { recursive: true });
    await writeFile(join(folder, 'bad', 'lesson.md'), '---\nid: bad\ntitle: Bad\n---\n## A\n```quiz\nid: x\n```\n');
    const second = await run(dir, 'build', 'lessons', '--out', 'out');
    assert.equal(second.code, 1);
    assert.match(second.err, /Nothing was written\./);
    assert.deepEqual(
      (await readdir(join(dir, 'out'))).sort(),
      ['drop-in', 'embed.js', 'golden-lesson', 'lessons.json'],
      'no new or temporary folders',
    );
    assert.equal(await readFile(join(dir, 'out', 'golden-lesson', 'index.html'), 'utf8'), before);
  });

  it('reports two lessons with the same id', async () => {
    const folder = join(dir, 'twins');
    for (const name of ['a', 'b']) {
      await cp(join(dir, 'starter'), join(folder, name), { recursive: true });
    }
    const result = await run(dir, 'validate', 'twins');
    assert.equal(result.code, 1);
    assert.match(
      result.err,
      /twins\/b\/lesson\.md:1:1: error: the lesson id "starter" is also used by twins\/a\/lesson\.md\./,
    );
  });

  it('builds only the formats asked for, and refuses unknown ones', async () => {
    const printOnly = await run(dir, 'build', 'starter', '--out', 'print-only', '--format', 'print');
    assert.equal(printOnly.code, 0, printOnly.err);
    assert.deepEqual((await readdir(join(dir, 'print-only', 'starter'))).sort(), ['assets', 'print.html']);
    const unknown = await run(dir, 'build', 'starter', '--format', 'web,zip');
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /--format takes web, print, scorm12, scorm2004, cmi5; not "zip"/);
  });

  it('builds an empty folder only with --allow-empty', async () => {
    await run(dir, 'new', 'empty-parent/ignored').then(() =>
      rm(join(dir, 'empty-parent', 'ignored'), { recursive: true }),
    );
    const refused = await run(dir, 'build', 'empty-parent');
    assert.equal(refused.code, 1);
    assert.match(refused.err, /no lesson\.md found/);
    const allowed = await run(dir, 'build', 'empty-parent', '--out', 'empty-out', '--allow-empty');
    assert.equal(allowed.code, 0, allowed.err);
    assert.deepEqual(JSON.parse(await readFile(join(dir, 'empty-out', 'lessons.json'), 'utf8')), []);
  });

  it('explains itself', async () => {
    assert.equal((await run(dir)).code, 1);
    const help = await run(dir, '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /lessonkit build <file-or-folder>/);
    const missing = await run(dir, 'validate', 'nowhere');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nowhere: no such file or folder/);
  });
});
