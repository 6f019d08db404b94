import { createSanitizer } from '@lessonkit/core';
import { compileLesson, formatDiagnostic, renderPrintPage, renderWebPage } from '@lessonkit/pipeline';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { billBlocks } from '../src/block.js';

const options = { file: 'lesson.md', blocks: billBlocks, sanitize: createSanitizer(new JSDOM('').window) };
const lesson = (block: string) => `---\nid: l\ntitle: T\n---\n\n## A\n\n\`\`\`bill-compare\n${block}\`\`\`\n`;
// Line 9 of the lesson is the block's first line.
const fourLaws = `id: four-laws
points: 2
bills:
  - id: s1311
    label: S.1311
    number: P.L. 115-392
    scope: Domestic victim services and law enforcement.
    date: 2018-12-21
  - id: s1312
    label: S.1312
    number: P.L. 115-393
    scope: Domestic training, civil suits and data.
    date: 2018-12-21
questions:
  - statement: Trains school resource officers and staff to spot trafficking.
    answer: s1312
    feedback: S.1312 funds that training.
  - statement: Makes restitution mandatory for certain crimes.
    answer: s1311
`;
const problems = (block: string) => compileLesson(lesson(block), options).diagnostics.map(formatDiagnostic);

describe('the bill-compare block', () => {
  it('renders an lk-bill-compare with its data as JSON and a real table as the fallback', () => {
    const { lesson: model, diagnostics } = compileLesson(lesson(fourLaws), options);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    const doc = new JSDOM(renderWebPage(model!, { blocks: billBlocks })).window.document;
    const element = doc.querySelector('lk-bill-compare')!;
    assert.equal(element.getAttribute('item-id'), 'four-laws');
    assert.equal(element.getAttribute('points'), '2');
    const data = JSON.parse(element.querySelector('script[type="application/json"]')!.textContent!);
    assert.equal(data.bills.length, 2);
    assert.deepEqual(data.questions[1], {
      statement: 'Makes restitution mandatory for certain crimes.',
      answer: 's1311',
    });
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    assert.match(rows[0]!, /^S\.1311 \(P\.L\. 115-392\)Domestic victim services/);
  });

  it('numbers the [@source] citations of its cells and feedback, and refuses one in a statement', () => {
    const cited = fourLaws
      .replace(
        'scope: Domestic victim services and law enforcement.',
        'scope: "Domestic victim services [@s1311-text]."',
      )
      .replace('feedback: S.1312 funds that training.', 'feedback: "S.1312 funds that training [@s1312-text]."');
    const withSources = lesson(cited).replace(
      'title: T\n',
      'title: T\nsources:\n  - id: s1312-text\n    title: S.1312\n  - id: s1311-text\n    title: S.1311\n',
    );
    const { lesson: model, diagnostics } = compileLesson(withSources, options);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    const doc = new JSDOM(renderWebPage(model!, { blocks: billBlocks })).window.document;
    const data = JSON.parse(doc.querySelector('lk-bill-compare script[type="application/json"]')!.textContent!);
    assert.deepEqual(data.citations, { 's1311-text': 2, 's1312-text': 1 });
    const link = doc.querySelector('lk-bill-compare td a.lk-cite')!;
    assert.deepEqual([link.getAttribute('href'), link.textContent], ['#source-s1311-text', '[2]']);
    const key = new JSDOM(renderPrintPage(model!, { blocks: billBlocks })).window.document.querySelector(
      '.lk-answer-key',
    )!;
    assert.equal(key.querySelector('a.lk-cite')!.textContent, '[1]', 'the key cites as the page does');

    const found = problems(
      fourLaws.replace(
        'statement: Trains school resource officers and staff to spot trafficking.',
        'statement: "Trains school staff [@s1312-text]."',
      ),
    );
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^lesson\.md:\d+:\d+: error: a statement cannot cite a source/);
  });

  it('has no item without questions, and prints the table, blanks and a key', () => {
    const { lesson: plain } = compileLesson(lesson(fourLaws.replace(/questions:[\s\S]*$/, '')), options);
    const doc = new JSDOM(renderWebPage(plain!, { blocks: billBlocks })).window.document;
    assert.equal(doc.querySelector('lk-bill-compare')!.hasAttribute('item-id'), false);
    const { lesson: model } = compileLesson(lesson(fourLaws), options);
    const print = new JSDOM(renderPrintPage(model!, { blocks: billBlocks })).window.document;
    assert.equal(print.querySelectorAll('ol.lk-which li').length, 2);
    assert.match(print.body.textContent!.replace(/\s+/g, ' '), /S\.1312: S\.1312 funds that training\./);
  });

  it('locates a wrong answer, a bad id and date, an unknown key, and a count of bills out of range', () => {
    assert.deepEqual(problems(fourLaws.replace('    answer: s1312', '    answer: s13122')), [
      'lesson.md:24:13: error: the answer "s13122" is not one of the bills\' ids. Did you mean "s1312"?',
    ]);
    const found = problems(
      fourLaws
        .replace('  - id: s1311', '  - id: S 1311')
        .replace('    date: 2018-12-21\n  - id: s1312', '    date: 12/21/2018\n  - id: s1312')
        .replace('    label: S.1312', '    label: S.1312\n    sponsor: Grassley'),
    );
    assert.deepEqual(found.length, 3, found.join('\n'));
    assert.match(found[0]!, /^lesson\.md:12:9: error: the bill id "S 1311" must be lower-case letters/);
    assert.match(found[1]!, /^lesson\.md:16:11: error: the date "12\/21\/2018" is not YYYY-MM-DD\./);
    assert.match(found[2]!, /^lesson\.md:19:5: error: unknown key "sponsor" in bill 2\./);
    const one = problems(fourLaws.replace(/ {2}- id: s1312[\s\S]*?date: 2018-12-21\n/, ''));
    assert.ok(
      one.some((line) => /^lesson\.md:12:3: error: compare two to five bills, not 1\./.test(line)),
      one.join('\n'),
    );
  });
});
