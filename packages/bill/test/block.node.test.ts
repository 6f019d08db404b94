import { createSanitizer } from '@lessonkit/core';
import { compileLesson, formatDiagnostic, renderWebPage } from '@lessonkit/pipeline';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { billBlocks } from '../src/block.js';

const options = { file: 'lesson.md', blocks: billBlocks, sanitize: createSanitizer(new JSDOM('').window) };
const lesson = (block: string) =>
  `---\nid: l\ntitle: T\nsources:\n  - id: fosta-text\n    title: H.R.1865 text\n    url: https://www.congress.gov/\n---\n\n## A\n\n\`\`\`bill\n${block}\`\`\`\n`;
const fosta = `id: fosta
number: H.R.1865
congress: 115
public-law: P.L. 115-164
short-title: FOSTA
title: Allow States and Victims to Fight Online Sex Trafficking Act of 2017
sponsors: [{name: Ann Wagner, party: R, state: MO, title: Rep.}]
stages:
  - {stage: introduced, date: 2017-04-03}
  - {stage: passed-house, date: 2018-02-27, vote: 388-25}
  - {stage: passed-senate, date: 2018-03-21, vote: 97-2}
  - {stage: signed, date: 2018-04-11}
provisions:
  - {summary: Creates a new federal crime., detail: 18 U.S.C. 2421A.}
does-not: [It is not limited to child victims.]
myths: [{myth: It is called SESTA., fact: It is named FOSTA.}]
sources: [fosta-text]
`;
const problems = (block: string) => compileLesson(lesson(block), options).diagnostics.map(formatDiagnostic);

describe('the bill block', () => {
  it('renders an lk-bill with its data as JSON and a plain-HTML fallback', () => {
    const { lesson: model, diagnostics } = compileLesson(lesson(fosta), options);
    assert.deepEqual(diagnostics, []);
    const doc = new JSDOM(renderWebPage(model!, { blocks: billBlocks })).window.document;
    const data = JSON.parse(doc.querySelector('lk-bill script[type="application/json"]')!.textContent!);
    assert.equal(data.number, 'H.R.1865');
    assert.deepEqual(data.stages[1], { stage: 'passed-house', date: '2018-02-27', vote: '388-25' });
    assert.deepEqual(data.sources, [{ title: 'H.R.1865 text', url: 'https://www.congress.gov/', number: 1 }]);
    assert.match(doc.querySelector('lk-bill ol')!.textContent!, /Passed the House — 2018-02-27 \(388-25\)/);
  });

  it('keeps a title with </script> inside its JSON', () => {
    const { lesson: model } = compileLesson(
      lesson(
        fosta.replace(
          'title: Allow States and Victims to Fight Online Sex Trafficking Act of 2017',
          'title: "</script><script>alert(1)</script>Allow"',
        ),
      ),
      options,
    );
    const page = renderWebPage(model!, { blocks: billBlocks });
    const doc = new JSDOM(page).window.document;
    assert.equal(doc.querySelectorAll('lk-bill script').length, 1);
    assert.match(JSON.parse(doc.querySelector('lk-bill script')!.textContent!).title, /^<\/script><script>alert/);
  });

  it('locates an unknown stage, a date out of order, stages out of order and a vote that is not yea-nay', () => {
    const found = problems(
      fosta
        .replace('{stage: introduced, date: 2017-04-03}', '{stage: introduce, date: 2017-04-03}')
        .replace(
          '{stage: passed-senate, date: 2018-03-21, vote: 97-2}',
          '{stage: passed-senate, date: 2018-01-21, vote: 97 to 2}',
        )
        .replace('{stage: signed, date: 2018-04-11}', '{stage: committee, date: 2018-04-11}'),
    );
    assert.equal(found.length, 4, found.join('\n'));
    assert.match(
      found[0]!,
      /^lesson\.md:21:\d+: error: "stage" in a stage must be one of .*, not "introduce"\. Did you mean "introduced"\?/,
    );
    assert.match(
      found[1]!,
      /^lesson\.md:23:\d+: error: stage "passed-senate" is dated 2018-01-21, before the stage above it \(2018-02-27\)\./,
    );
    assert.match(found[2]!, /^lesson\.md:23:\d+: error: the vote "97 to 2" of stage "passed-senate" is not yea-nay\./);
    assert.match(
      found[3]!,
      /^lesson\.md:24:\d+: error: stage "committee" comes after "passed-senate" in a bill's journey, not before\./,
    );
  });
  it('passes the definitions of the [[terms]] in its text to the element, and locates an unknown term', () => {
    const withTerms = fosta.replace(
      'summary: Creates a new federal crime.',
      'summary: "Creates a new federal crime about [[sex trafficking|trafficking]] online."',
    );
    const glossed = lesson(withTerms).replace(
      '---\n\n## A',
      'glossary:\n  Sex trafficking: A crime of exploitation.\n---\n\n## A',
    );
    const { lesson: model, diagnostics } = compileLesson(glossed, options);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    const doc = new JSDOM(renderWebPage(model!, { blocks: billBlocks })).window.document;
    const data = JSON.parse(doc.querySelector('lk-bill script[type="application/json"]')!.textContent!);
    assert.deepEqual(data.glossary, { 'Sex trafficking': 'A crime of exploitation.' });
    assert.match(
      doc.querySelector('lk-bill ul')!.textContent!,
      /^\s*Creates a new federal crime about trafficking online\./,
    );

    const found = problems(
      withTerms.replace(
        'does-not: [It is not limited to child victims.]',
        'does-not: ["It is not about [[smuggling]] or limited to child victims."]',
      ),
    );
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(
      found[0]!,
      /^lesson\.md:\d+:\d+: error: glossary term \[\[sex trafficking\]\] is not in the glossary\./,
    );
    assert.match(found[1]!, /glossary term \[\[smuggling\]\] is not in the glossary\./);
  });
  it('numbers the [@source] citations in its text as the lesson does, and locates an unknown source', () => {
    const cited = fosta
      .replace('summary: Creates a new federal crime.', 'summary: "Creates a new federal crime [@fosta-text]."')
      .replace('fact: It is named FOSTA.', 'fact: "It is named FOSTA [@crs]."');
    const twoSources = lesson(cited).replace('---\n\n## A', '  - id: crs\n    title: CRS report\n---\n\n## A');
    const { lesson: model, diagnostics } = compileLesson(twoSources, options);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    const doc = new JSDOM(renderWebPage(model!, { blocks: billBlocks })).window.document;
    const data = JSON.parse(doc.querySelector('lk-bill script[type="application/json"]')!.textContent!);
    assert.deepEqual(data.citations, { 'fosta-text': 1, crs: 2 });
    assert.deepEqual(data.sources, [{ title: 'H.R.1865 text', url: 'https://www.congress.gov/', number: 1 }]);
    assert.equal(
      data.provisions[0].summary,
      'Creates a new federal crime [@fosta-text].',
      'the mark stays in the data',
    );
    // Without JavaScript the fallback cites as the lesson's prose does.
    const link = doc.querySelector('lk-bill ul a.lk-cite')!;
    assert.equal(link.getAttribute('href'), '#source-fosta-text');
    assert.equal(link.textContent, '[1]');
    assert.equal(link.getAttribute('aria-label'), 'Source 1', 'as the prose names its citations');

    const found = problems(cited);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^lesson\.md:\d+:\d+: error: citation \[@crs\] names no source\./);
  });

  it('explains, once, that [[term]] marks inside a [ ] list need quotes', () => {
    const found = problems(fosta.replace('does-not: [It is not', 'does-not: [[[smuggling]] is not'));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(
      found[0]!,
      /^lesson\.md:27:\d+: error: bill block: .*\. Text with \[\[term\]\] or \[@source\] marks inside \[ \] or \{ \} must be in quotes/,
    );
  });
});
