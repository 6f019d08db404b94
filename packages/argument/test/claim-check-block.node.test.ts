import { createSanitizer } from '@lessonkit/core';
import { compileLesson, formatDiagnostic, renderPrintPage, renderWebPage } from '@lessonkit/pipeline';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { argumentBlocks } from '../src/block.js';

const options = { file: 'lesson.md', blocks: argumentBlocks, sanitize: createSanitizer(new JSDOM('').window) };
// The block's YAML starts on line 9 of the file: line n of the block is line n + 8.
const lesson = (block: string, lang = '') =>
  `---\nid: l\ntitle: T\n${lang ? `lang: ${lang}\n` : ''}---\n\n## A\n\n\`\`\`claim-check\n${block}\`\`\`\n`;
// Facts as in test/claims.ts (lesson 3, Q6), shortened.
const cases = `id: cases-34000
claim: Since 2007, there have been over 34,000 sex-trafficking cases reported in the United States.
source: Tim Head, opinion column, Fox News, 2019
url: https://www.foxnews.com/opinion/tim-head-border-crisis-children-bought-sold-sex-victims
answer: partly-accurate
verdicts: [accurate, partly-accurate, misleading, unverified]
points: 2
max-attempts: 2
why:
  accurate: The exact number is unconfirmed, and a case isn’t a confirmed crime.
  partly-accurate: A total this size is plausible, but no source is named, and a “case” is a report, not a conviction.
  misleading: The figure fits the size of the hotline’s totals; what it lacks is a source.
  unverified: The exact figure is unverified, but the hotline’s totals show a count this size is plausible.
evidence:
  - text: Where the figure comes from, and what a hotline “case” counts
    needed: true
    why: The column names no source.
  - text: The number of trafficking convictions
    needed: false
steps:
  stop: The column names no source for the figure.
  coverage:
    text: Polaris’s 2018 statistics count 51,919 cases of all types from December 2007 through 2018.
    links:
      - title: Polaris, 2018 U.S. National Human Trafficking Hotline statistics
        url: https://polarisproject.org/2018-us-national-human-trafficking-hotline-statistics
  trace: One archived copy of Polaris’s count showed 22,191; no version showing 34,000 was found.
`;
const problems = (block: string) => compileLesson(lesson(block), options).diagnostics.map(formatDiagnostic);
/** The one diagnostic a mistake gives (a second one would be an invented error). */
const only = (block: string) => {
  const found = problems(block);
  assert.equal(found.length, 1, found.join('\n'));
  return found[0]!;
};

describe('the claim-check block', () => {
  it('renders an lk-claim-check with its data as JSON and the claim as a fallback', () => {
    const { lesson: model, diagnostics } = compileLesson(lesson(cases), options);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    const doc = new JSDOM(renderWebPage(model!, { blocks: argumentBlocks })).window.document;
    const element = doc.querySelector('lk-claim-check')!;
    assert.equal(element.getAttribute('item-id'), 'cases-34000');
    assert.equal(element.getAttribute('points'), '2');
    assert.equal(element.getAttribute('max-attempts'), '2');
    const data = JSON.parse(element.querySelector('script[type="application/json"]')!.textContent!);
    assert.equal(data.answer, 'partly-accurate');
    assert.deepEqual(data.verdicts, ['accurate', 'partly-accurate', 'misleading', 'unverified']);
    assert.equal(data.url, 'https://www.foxnews.com/opinion/tim-head-border-crisis-children-bought-sold-sex-victims');
    assert.deepEqual(data.evidence[1], { text: 'The number of trafficking convictions', needed: false });
    // A step written as plain text becomes { text }.
    assert.deepEqual(data.steps.stop, { text: 'The column names no source for the figure.' });
    assert.equal(
      data.steps.coverage.links[0].url,
      'https://polarisproject.org/2018-us-national-human-trafficking-hotline-statistics',
    );
    assert.equal(data.steps.investigate, undefined);
    const quote = element.querySelector('blockquote')!;
    assert.match(quote.textContent!, /^Since 2007, there have been over 34,000/);
    assert.equal(quote.getAttribute('cite'), data.url);
    assert.equal(element.querySelector(':scope > p')!.textContent, '— Tim Head, opinion column, Fox News, 2019');
  });

  it('keeps a "</script>" in the text from closing the JSON child', () => {
    const { lesson: model } = compileLesson(
      lesson(cases.replace(/ {2}stop: .*/, '  stop: "</script><script>alert(1)</script> The column names no source."')),
      options,
    );
    const html = renderWebPage(model!, { blocks: argumentBlocks });
    assert.doesNotMatch(html, /<script>alert/);
    const doc = new JSDOM(html).window.document;
    const data = JSON.parse(doc.querySelector('lk-claim-check script[type="application/json"]')!.textContent!);
    assert.match(data.steps.stop.text, /^<\/script><script>alert\(1\)<\/script> The column/);
  });

  it('prints the claim, the verdicts and the evidence on the worksheet, and the verdict, evidence and steps in the key', () => {
    const { lesson: model } = compileLesson(lesson(cases), options);
    const doc = new JSDOM(renderPrintPage(model!, { blocks: argumentBlocks })).window.document;
    const worksheet = doc.querySelector('main')!;
    assert.deepEqual(
      [...worksheet.querySelectorAll('ol.lk-choices li')].map((item) => item.textContent),
      ['Accurate', 'Partly accurate', 'Misleading', 'Unverified'],
    );
    assert.deepEqual(
      [...worksheet.querySelectorAll('ul.lk-evidence li')].map((item) => item.textContent),
      ['☐ Where the figure comes from, and what a hotline “case” counts', '☐ The number of trafficking convictions'],
    );
    assert.match(worksheet.textContent!, /over 34,000 sex-trafficking cases/);
    // No answers on the worksheet.
    assert.doesNotMatch(worksheet.textContent!, /plausible|needed/i);
    const key = doc.querySelector('.lk-answer-key')!;
    const text = key.textContent!.replace(/\s+/g, ' ');
    assert.match(text, /cases-34000: Partly accurate: A total this size is plausible/);
    assert.deepEqual(
      [...key.querySelectorAll('ul.lk-evidence li')].map((item) => item.textContent),
      ['Where the figure comes from, and what a hotline “case” counts — The column names no source.'],
    );
    assert.deepEqual(
      [...key.querySelectorAll('ul.lk-steps li strong')].map((item) => item.textContent),
      ['Stop', 'Find better coverage', 'Trace to the original'],
    );
    assert.equal(
      key.querySelector('ul.lk-steps a')!.getAttribute('href'),
      'https://polarisproject.org/2018-us-national-human-trafficking-hotline-statistics',
    );
  });

  it('prints in the lesson’s language', () => {
    const { lesson: model, diagnostics } = compileLesson(lesson(cases, 'es'), options);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    const doc = new JSDOM(renderPrintPage(model!, { blocks: argumentBlocks })).window.document;
    assert.deepEqual(
      [...doc.querySelectorAll('ol.lk-choices li')].map((item) => item.textContent),
      ['Exacta', 'Parcialmente exacta', 'Engañosa', 'No verificada'],
    );
    assert.match(
      doc.querySelector('.lk-answer-key')!.textContent!,
      /Pruebas necesarias:[\s\S]*Rastrea hasta el original/,
    );
  });

  it('locates a mistyped answer or verdict, with the closest verdict', () => {
    assert.equal(
      only(cases.replace('answer: partly-accurate', 'answer: partly-acurate')),
      'lesson.md:13:9: error: "answer" in this claim-check block must be one of accurate, needs-context, partly-accurate, misleading, unsupported, unverified, opinion, not "partly-acurate". Did you mean "partly-accurate"?',
    );
    assert.equal(
      only(cases.replace('partly-accurate, misleading, unverified]', 'partly-accurate, misleding, unverified]')),
      'lesson.md:14:39: error: "misleding" in "verdicts" is not a verdict. Did you mean "misleading"?',
    );
    const twice = problems(cases.replace('[accurate, partly-accurate,', '[accurate, accurate, partly-accurate,'));
    assert.deepEqual(twice, ['lesson.md:14:22: error: "accurate" is listed twice in "verdicts".']);
    const notOffered = problems(cases.replace('[accurate, partly-accurate,', '[accurate,'));
    assert.deepEqual(notOffered, [
      'lesson.md:13:9: error: the answer "partly-accurate" is not among the verdicts. Add "partly-accurate" to "verdicts".',
    ]);
    assert.equal(
      only(
        cases.replace('verdicts: [accurate, partly-accurate, misleading, unverified]', 'verdicts: [partly-accurate]'),
      ),
      'lesson.md:14:11: error: list at least two verdicts (or leave "verdicts" out to offer all 7).',
    );
  });

  it('locates a missing or mistyped reason, without inventing errors about the other verdicts', () => {
    assert.match(
      only(cases.replace(/ {2}misleading: .*\n/, '')),
      /^lesson\.md:18:3: error: "why" has no reason for "misleading"\./,
    );
    assert.equal(
      only(cases.replace('  misleading:', '  misleadin:')),
      'lesson.md:20:14: error: "why" has a reason for "misleadin", which is not a verdict. Did you mean "misleading"?',
    );
  });

  it('locates mistakes in the evidence', () => {
    assert.equal(
      only(cases.replace('    needed: true', '    needed: yes')),
      'lesson.md:24:13: error: "needed" in evidence 1 must be true or false.',
    );
    assert.equal(
      only(cases.replace('    needed: false\n', '')),
      'lesson.md:26:5: error: evidence 2 is missing "needed". Add "needed: true" or "needed: false".',
    );
    // Left blank: reported at its key, not dropped without a word.
    assert.equal(
      only(cases.replace('    needed: true', '    needed:')),
      'lesson.md:24:5: error: "needed" in evidence 1 is empty. Add "needed: true" or "needed: false".',
    );
    assert.deepEqual(problems(cases.replace('  - text: The number', '  - txt: The number')), [
      'lesson.md:26:5: error: unknown key "txt" in evidence 2. Did you mean "text"?',
      'lesson.md:26:5: error: evidence 2 is missing "text". Say what the evidence is, under "text:".',
    ]);
    assert.match(
      only(cases.replace(/evidence:\n(?: {2}.*\n)+/, 'evidence: []\n')),
      /^lesson\.md:22:11: error: "evidence" is an empty list\./,
    );
  });

  it('locates mistakes in the steps: a mistyped or missing step, an empty one, a link without a title or address', () => {
    assert.equal(
      only(cases.replace('  trace: One', '  tarce: One')),
      'lesson.md:35:3: error: unknown key "tarce" in the "steps" of this claim check. Did you mean "trace"?',
    );
    assert.equal(
      only(cases.replace(/ {2}trace: .*\n/, '')),
      'lesson.md:29:3: error: "steps" has no "trace" step. Add "trace:": the original source of the claim, and what it says.',
    );
    assert.match(
      only(cases.replace(/ {2}stop: .*\n/, '  stop:\n')),
      /^lesson\.md:29:3: error: "stop" in the "steps" of this claim check is empty\./,
    );
    assert.equal(
      only(
        cases.replace(
          '      - title: Polaris, 2018 U.S. National Human Trafficking Hotline statistics\n        url:',
          '      - url:',
        ),
      ),
      'lesson.md:33:9: error: link 1 of the "coverage" step is missing "title". Give the link a title: the name of the source.',
    );
    assert.equal(
      only(cases.replace('url: https://polarisproject.org/', 'url: polarisproject.org/')),
      'lesson.md:34:14: error: the url "polarisproject.org/2018-us-national-human-trafficking-hotline-statistics" is not an http(s) address.',
    );
    assert.deepEqual(problems(cases.replace('    text: Polaris’s 2018', '    txt: Polaris’s 2018')), [
      'lesson.md:31:5: error: unknown key "txt" in the "coverage" step. Did you mean "text"?',
      'lesson.md:31:5: error: the "coverage" step is missing "text". Say what the sources show at this step.',
    ]);
  });

  it('rejects unknown keys, a claim url that is not http(s), and a block with no claim or steps', () => {
    assert.equal(
      only(cases.replace('points: 2', 'point: 2')),
      'lesson.md:15:1: error: unknown key "point" in this claim-check block. Did you mean "points"?',
    );
    assert.equal(
      only(cases.replace('url: https://www.foxnews.com', 'url: javascript:alert(1)//www.foxnews.com')),
      'lesson.md:12:6: error: the url "javascript:alert(1)//www.foxnews.com/opinion/tim-head-border-crisis-children-bought-sold-sex-victims" is not an http(s) address.',
    );
    assert.deepEqual(
      problems(
        'id: bare\nanswer: unverified\nverdicts: [accurate, unverified]\nwhy:\n  accurate: a\n  unverified: b\n',
      ),
      [
        'lesson.md:9:1: error: this claim-check block is missing "claim". Quote the claim under "claim:".',
        'lesson.md:9:1: error: this claim-check block is missing "steps". Under "steps:", say what the sources say at each step of lateral reading: stop, investigate, coverage, trace ("trace" at least).',
      ],
    );
  });
});
