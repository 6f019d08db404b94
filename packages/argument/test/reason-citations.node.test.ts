// Citations in the reasons (`why`) of the argument blocks: checked at their line, numbered as the
// lesson lists its sources, linked in the element's data and on the worksheet's key.
import { createSanitizer } from '@lessonkit/core';
import { compileLesson, formatDiagnostic, renderPrintPage, renderWebPage } from '@lessonkit/pipeline';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { argumentBlocks } from '../src/block.js';

const options = { file: 'lesson.md', blocks: argumentBlocks, sanitize: createSanitizer(new JSDOM('').window) };
// Two sources: the block cites the second, so its number is 2. The block starts on line 15.
const lesson = (name: string, block: string) => `---
id: l
title: T
sources:
  - id: oped
    title: The op-ed
  - id: doj
    title: A DOJ release
    url: https://www.justice.gov/
---

## A

\`\`\`${name}
${block}\`\`\`
`;
const fallacy = `id: cartels
passage: Cartels control the trade.
answer: hasty-generalization
choices: [hasty-generalization, none]
why:
  hasty-generalization: One case cannot show control of a trade; DOJ called the ring family-based [@doj].
  none: It claims far more than one case can show.
`;
const compile = (name: string, block: string) => compileLesson(lesson(name, block), options);
const problems = (name: string, block: string) => compile(name, block).diagnostics.map(formatDiagnostic);
const dataOf = (name: string, block: string, tag: string) => {
  const { lesson: model, diagnostics } = compile(name, block);
  assert.deepEqual(diagnostics.map(formatDiagnostic), []);
  const doc = new JSDOM(renderWebPage(model!, { blocks: argumentBlocks })).window.document;
  return JSON.parse(doc.querySelector(`${tag} script[type="application/json"]`)!.textContent!);
};

describe('citations in the reasons of an argument block', () => {
  it('numbers the cited sources for the element, and links them on the worksheet’s key', () => {
    const data = dataOf('fallacy', fallacy, 'lk-fallacy');
    assert.deepEqual(data.citations, { doj: 2 });
    assert.match(data.why['hasty-generalization'], /family-based \[@doj\]\.$/);
    const { lesson: model } = compile('fallacy', fallacy);
    const key = new JSDOM(renderPrintPage(model!, { blocks: argumentBlocks })).window.document;
    const link = [...key.querySelectorAll('a.lk-cite')].find((a) => a.getAttribute('href') === '#source-doj');
    assert.ok(link, 'a link to the source in the key');
    assert.equal(link.textContent, '[2]');
    assert.equal(link.getAttribute('aria-label'), 'Source 2');
    // No citation, no numbers.
    assert.equal(dataOf('fallacy', fallacy.replace(' [@doj]', ''), 'lk-fallacy').citations, undefined);
  });

  it('reports an unknown source at its line, and a citation outside a reason as shown as typed', () => {
    assert.deepEqual(problems('fallacy', fallacy.replace('[@doj]', '[@dj]')), [
      'lesson.md:20:99: error: citation [@dj] names no source. Did you mean [@doj]?',
    ]);
    const quoted = problems('fallacy', fallacy.replace('control the trade.', 'control the trade [@oped].'));
    assert.equal(quoted.length, 1, quoted.join('\n'));
    assert.match(
      quoted[0]!,
      /^lesson\.md:16:10: error: a citation can only be in a reason \(under "why"\) of this fallacy block; here it would show as typed\./,
    );
  });

  it('works the same in a claim check’s evidence, an annotated sentence and an argument map’s card', () => {
    const claim = dataOf(
      'claim-check',
      `id: c
claim: Over 34,000 cases.
answer: unverified
verdicts: [accurate, unverified]
why:
  accurate: No source is named.
  unverified: The column names no source.
evidence:
  - text: Where the figure comes from
    needed: true
    why: The release names the defendants [@doj].
steps:
  trace: { text: Find the source. }
`,
      'lk-claim-check',
    );
    assert.deepEqual(claim.citations, { doj: 2 });
    const annotate = dataOf(
      'annotate',
      `id: a
sentences:
  - text: Cartels control the trade.
    answer: claim
    why: A sweeping claim [@oped].
  - text: Five men were convicted.
    answer: evidence
    why: One case [@doj].
`,
      'lk-annotate',
    );
    assert.deepEqual(annotate.citations, { oped: 1, doj: 2 });
    const map = dataOf(
      'argument-map',
      `id: m
thesis: Screening is the only way.
reasons:
  - text: Cartels run the trade.
    evidence:
      - One case.
distractors:
  - text: Most victims are U.S. citizens.
    why: That is counter-evidence [@doj].
`,
      'lk-argument-map',
    );
    assert.deepEqual(map.citations, { doj: 2 });
  });
});
