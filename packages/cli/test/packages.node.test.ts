// The LMS packages `lessonkit build` writes, opened the way an LMS opens them: unzip, find the
// manifest at the root, parse it, and follow every file it names.
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, mock } from 'node:test';
import { main } from '../src/main.js';
import { deterministicZip, readLessonFiles } from '../src/packages.js';

/** Runs the CLI in `cwd`, collecting what it prints. */
async function run(cwd: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const DOMParser = new JSDOM('').window.DOMParser;

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  assert.equal(doc.getElementsByTagName('parsererror').length, 0, `well-formed XML:\n${xml}`);
  return doc;
}

const unzip = async (file: string): Promise<Record<string, Uint8Array>> => unzipSync(await readFile(file));
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

/** Every file of a folder, by its `/`-separated path. */
async function folderFiles(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(folder.length + 1).replaceAll('\\', '/'), await readFile(path));
    }
  return files;
}

const TITLE = `Tom & "Jerry" <b>'s</b> lesson`;
const ID = 'golden-lesson';
const PACKAGES = ['scorm12', 'scorm2004', 'cmi5'] as const;
const SCORM = {
  scorm12: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  scorm2004: 'http://www.imsglobal.org/xsd/imscp_v1p1',
};

describe('lessonkit build: LMS packages', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lessonkit-packages-'));
    const golden = await readFile(new URL('../../pipeline/test/fixtures/golden.md', import.meta.url), 'utf8');
    const folder = join(dir, 'lessons', 'golden');
    await mkdir(join(folder, 'images'), { recursive: true });
    await writeFile(join(folder, 'lesson.md'), golden.replace(/^title: .*$/m, `title: '${TITLE.replace(/'/g, "''")}'`));
    await writeFile(join(folder, 'images', 'route map #1.png'), new Uint8Array([137, 80, 78, 71, 1, 2, 3]));
    await writeFile(join(folder, 'diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a SCORM 1.2, a SCORM 2004 and a cmi5 zip beside the lesson folder', async () => {
    const built = await run(dir, 'build', 'lessons', '--out', 'out', '--format', 'web,print,scorm12,scorm2004,cmi5');
    assert.equal(built.code, 0, built.err);
    assert.match(
      built.out,
      /built 1\/1: out\/golden-lesson, out\/golden-lesson\.scorm12\.zip, out\/golden-lesson\.scorm2004\.zip, out\/golden-lesson\.cmi5\.zip/,
    );
    assert.deepEqual((await readdir(join(dir, 'out'))).sort(), [
      'drop-in',
      'embed.js',
      'golden-lesson',
      'golden-lesson.cmi5.zip',
      'golden-lesson.scorm12.zip',
      'golden-lesson.scorm2004.zip',
      'lessons.json',
    ]);
  });

  for (const format of ['scorm12', 'scorm2004'] as const) {
    it(`${format}: the manifest at the root lists exactly the files in the zip, and the SCO launches index.html`, async () => {
      const zip = await unzip(join(dir, 'out', `${ID}.${format}.zip`));
      const manifest = parse(text(zip['imsmanifest.xml']));
      assert.equal(manifest.documentElement.namespaceURI, SCORM[format]);
      const resource = manifest.getElementsByTagNameNS(SCORM[format], 'resource')[0]!;
      assert.equal(resource.getAttribute('href'), 'index.html');
      const listed = [...manifest.getElementsByTagNameNS(SCORM[format], 'file')].map((file) =>
        decodeURIComponent(file.getAttribute('href')!),
      );
      const zipped = Object.keys(zip).filter((path) => path !== 'imsmanifest.xml');
      assert.deepEqual(listed.sort(), zipped.sort(), 'every listed file is in the zip, and every file is listed');
      assert.ok(zip['index.html'] && zip['images/route map #1.png'], 'the launch page and the media are inside');
      const titles = [...manifest.getElementsByTagNameNS(SCORM[format], 'title')].map((title) => title.textContent);
      assert.deepEqual(titles, [TITLE, TITLE], 'the escaped title reads back as written');
      assert.match(
        text(zip['imsmanifest.xml']),
        format === 'scorm12' ? /<adlcp:masteryscore>70</ : /minNormalizedMeasure>0\.7</,
      );
    });
  }

  it('cmi5: cmi5.xml at the root, one AU launching index.html, passed at the lesson’s passing score', async () => {
    const zip = await unzip(join(dir, 'out', `${ID}.cmi5.zip`));
    const structure = parse(text(zip['cmi5.xml']));
    const au = structure.querySelector('au')!;
    assert.equal(au.getAttribute('id'), `urn:lessonkit:${ID}:au`);
    assert.equal(au.getAttribute('moveOn'), 'CompletedAndPassed');
    assert.equal(au.getAttribute('masteryScore'), '0.7');
    const url = au.querySelector('url')!.textContent!;
    assert.ok(zip[url], `the AU's url ${url} is in the zip`);
    assert.equal(structure.querySelector('course > title > langstring')!.textContent, TITLE);
    assert.equal(
      structure.querySelector('course > description > langstring')!.textContent,
      'A short lesson used to test every block.',
    );
  });

  it('each zip holds the same web build as the lesson folder', async () => {
    const folder = await folderFiles(join(dir, 'out', ID));
    assert.ok(folder.has('assets/lessonkit.js') && folder.has('assets/lesson.css') && folder.has('diagram.svg'));
    for (const format of PACKAGES) {
      const zip = await unzip(join(dir, 'out', `${ID}.${format}.zip`));
      const manifest = format === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml';
      assert.deepEqual(
        Object.keys(zip)
          .filter((path) => path !== manifest)
          .sort(),
        [...folder.keys()].sort(),
        format,
      );
      for (const [path, bytes] of folder) assert.ok(bytes.equals(zip[path]!), `${format}: ${path} is the same`);
      assert.deepEqual(Object.keys(zip), Object.keys(zip).sort(), `${format}: entries in sorted order`);
    }
  });

  it('gives the same bytes when the lesson is built again', async () => {
    const first = await Promise.all(PACKAGES.map((format) => readFile(join(dir, 'out', `${ID}.${format}.zip`))));
    const again = await run(dir, 'build', 'lessons', '--out', 'again', '--format', 'web,print,scorm12,scorm2004,cmi5');
    assert.equal(again.code, 0, again.err);
    const second = await Promise.all(PACKAGES.map((format) => readFile(join(dir, 'again', `${ID}.${format}.zip`))));
    for (const [index, format] of PACKAGES.entries()) assert.ok(first[index]!.equals(second[index]!), format);
  });

  it('zips the same files to the same bytes at any time of day (no build time inside)', async () => {
    const files = await readLessonFiles(join(dir, 'out', ID));
    const at = (iso: string) => {
      mock.timers.enable({ apis: ['Date'], now: new Date(iso) });
      try {
        return Buffer.from(deterministicZip(files));
      } finally {
        mock.timers.reset();
      }
    };
    assert.ok(at('2031-05-05T10:00:00Z').equals(at('2044-12-31T23:59:58Z')));
    const reordered = new Map([...files].reverse());
    assert.ok(Buffer.from(deterministicZip(reordered)).equals(Buffer.from(deterministicZip(files))), 'order-free');
  });

  it('builds the web files for a package even when web is not asked for', async () => {
    const scormOnly = await run(dir, 'build', 'lessons', '--out', 'scorm-only', '--format', 'scorm12,scorm12');
    assert.equal(scormOnly.code, 0, scormOnly.err);
    assert.match(scormOnly.out, /built 1\/1: scorm-only\/golden-lesson\.scorm12\.zip$/m);
    assert.deepEqual(
      (await readdir(join(dir, 'scorm-only'))).sort(),
      ['drop-in', 'embed.js', 'golden-lesson.scorm12.zip', 'lessons.json'],
      'no lesson folder, and no temporary file or folder left',
    );
    const zip = await unzip(join(dir, 'scorm-only', `${ID}.scorm12.zip`));
    for (const path of ['index.html', 'assets/lessonkit.js', 'assets/lesson.css', 'diagram.svg', 'imsmanifest.xml'])
      assert.ok(zip[path], `${path} is in the zip`);

    const printAndCmi5 = await run(dir, 'build', 'lessons', '--out', 'print-cmi5', '--format', 'print,cmi5');
    assert.equal(printAndCmi5.code, 0, printAndCmi5.err);
    assert.deepEqual((await readdir(join(dir, 'print-cmi5', ID))).sort(), [
      'assets',
      'diagram.svg',
      'images',
      'print.html',
    ]);
    assert.ok((await unzip(join(dir, 'print-cmi5', `${ID}.cmi5.zip`)))['index.html']);
    assert.deepEqual(
      (await readdir(join(dir, 'print-cmi5'))).filter((name) => name.startsWith('.')),
      [],
      'no temporary file or folder left',
    );
  });

  it('keeps the last good packages when a lesson has errors', async () => {
    const before = await readFile(join(dir, 'out', `${ID}.scorm2004.zip`));
    const broken = join(dir, 'broken');
    await mkdir(broken);
    await writeFile(join(broken, 'lesson.md'), `---\nid: ${ID}\ntitle: Broken\n---\n## A\n\`\`\`quiz\nid: x\n\`\`\`\n`);
    const result = await run(dir, 'build', 'broken', '--out', 'out', '--format', 'scorm2004');
    assert.equal(result.code, 1);
    assert.match(result.err, /Nothing was written\./);
    assert.ok(before.equals(await readFile(join(dir, 'out', `${ID}.scorm2004.zip`))));
  });

  it('leaves no temporary file when a package cannot be written', async () => {
    await mkdir(join(dir, 'blocked', `${ID}.cmi5.zip`), { recursive: true });
    const result = await run(dir, 'build', 'lessons', '--out', 'blocked', '--format', 'scorm12,cmi5');
    assert.equal(result.code, 1);
    assert.match(result.err, /^lessonkit build: /);
    assert.deepEqual(
      (await readdir(join(dir, 'blocked'))).filter((name) => name.startsWith('.')),
      [],
      'no temporary file or folder left',
    );
  });

  it('refuses an unknown or empty --format, naming every format, and writes nothing', async () => {
    const unknown = await run(dir, 'build', 'lessons', '--out', 'refused', '--format', 'web,scorm13');
    assert.equal(unknown.code, 1);
    assert.equal(unknown.err, '--format takes web, print, scorm12, scorm2004, cmi5; not "scorm13".');
    const empty = await run(dir, 'build', 'lessons', '--out', 'refused', '--format', ' , ');
    assert.equal(empty.code, 1);
    assert.match(empty.err, /^--format takes web, print, scorm12, scorm2004, cmi5; not " , "\.$/);
    await assert.rejects(readdir(join(dir, 'refused')), { code: 'ENOENT' });
    const help = await run(dir, '--help');
    assert.match(help.out, /--format <list> +any of web, print, scorm12, scorm2004, cmi5 \(default: web,print\)/);
  });
});
