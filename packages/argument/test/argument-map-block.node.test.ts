import { createSanitizer } from '@lessonkit/core';
import { compileLesson, formatDiagnostic, renderPrintPage, renderWebPage } from '@lessonkit/pipeline';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { argumentBlocks } from '../src/block.js';

const options = { file: 'lesson.md', blocks: argumentBlocks, sanitize: createSanitizer(new JSDOM('').window) };
const lesson = (block: string) => `---\nid: l\ntitle: T\n---\n\n## A\n\n\`\`\`argument-map\n${block}\`\`\`\n`;
// Line 9 of the lesson is the block's first line.
const opEdMap = `id: op-ed-map
thesis: Border screening is “the only way” to fight the sex-trafficking industry.
tray: Not in the op-ed
reasons:
  - text: The problem is large.
    evidence:
      - text: “Over 34,000” cases since 2007, and “600” a year.
        why: No source is given; both figures are unverified.
  - text: Cartels run the cross-border sex trade.
    evidence:
      - The Rendon-Reyes case.
assumptions:
  - Hotline “cases” are confirmed crimes.
distractors:
  - text: 83% of confirmed sex-trafficking victims were U.S. citizens.
    why: Counter-evidence from BJS; the op-ed never mentions it.
`;
const problems = (block: string) => compileLesson(lesson(block), options).diagnostics.map(formatDiagnostic);

describe('the argument-map block', () => {
  it('renders an lk-argument-map with its data as JSON and the thesis as a fallback', () => {
    const { lesson: model, diagnostics } = compileLesson(lesson(opEdMap), options);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    const doc = new JSDOM(renderWebPage(model!, { blocks: argumentBlocks })).window.document;
    const element = doc.querySelector('lk-argument-map')!;
    assert.equal(element.getAttribute('item-id'), 'op-ed-map');
    const data = JSON.parse(element.querySelector('script[type="application/json"]')!.textContent!);
    assert.equal(data.reasons.length, 2);
    assert.deepEqual(data.reasons[1].evidence, [{ text: 'The Rendon-Reyes case.' }]);
    assert.equal(data.reasons[0].evidence[0].why, 'No source is given; both figures are unverified.');
    assert.deepEqual(data.assumptions, [{ text: 'Hotline “cases” are confirmed crimes.' }]);
    assert.equal(data.tray, 'Not in the op-ed');
    assert.match(element.textContent!, /Border screening is “the only way”/);
  });

  it('prints the cards mixed on the worksheet, and the tree in the key', () => {
    const { lesson: model } = compileLesson(lesson(opEdMap), options);
    const doc = new JSDOM(renderPrintPage(model!, { blocks: argumentBlocks })).window.document;
    const cards = [...doc.querySelectorAll('ul.lk-cards li')].map((item) => item.textContent);
    assert.equal(cards.length, 6);
    assert.deepEqual(
      cards,
      [...cards].sort((a, b) => a!.localeCompare(b!)),
    );
    const text = doc.body.textContent!.replace(/\s+/g, ' ');
    assert.match(text, /Cartels run the cross-border sex trade\.\s*The Rendon-Reyes case\./);
    assert.match(text, /Unstated assumptions:\s*Hotline “cases” are confirmed crimes\./);
    assert.match(text, /Not in the op-ed:\s*83% of confirmed .* — Counter-evidence from BJS/);
  });

  it('locates a card without text, a key it does not know, and two cards that read the same', () => {
    const found = problems(
      opEdMap
        .replace('      - The Rendon-Reyes case.', '      - The Rendon-Reyes case.\n      - why: one case')
        .replace('  - text: The problem is large.', '  - text: The problem is large.\n    weight: 2')
        .replace(
          '  - Hotline “cases” are confirmed crimes.',
          '  - Hotline “cases” are confirmed crimes.\n  - The problem is large.',
        ),
    );
    assert.equal(found.length, 3, found.join('\n'));
    assert.match(
      found[0]!,
      /^lesson\.md:14:5: error: unknown key "weight" in reason 1\. Allowed keys: text, why, evidence\./,
    );
    assert.match(found[1]!, /^lesson\.md:21:9: error: evidence 2 is missing "text"\./);
    assert.match(
      found[2]!,
      /^lesson\.md:24:5: error: two cards read "The problem is large\.": students could not tell them apart\./,
    );
  });

  it('reports a list that is not a list once, a map with nothing to place, and a lang that is not a language', () => {
    const once = problems(
      opEdMap.replace('assumptions:\n  - Hotline “cases” are confirmed crimes.', 'assumptions: Hotline cases'),
    );
    assert.equal(once.length, 1, once.join('\n'));
    assert.match(once[0]!, /^lesson\.md:20:14: error: "assumptions" in .* must be a list/);
    const nothing = problems(
      'id: m\nthesis: T\ngiven-reasons: true\nreasons:\n  - The problem is large.\n  - Cartels run the trade.\n',
    );
    assert.deepEqual(nothing.length, 1, nothing.join('\n'));
    assert.match(
      nothing[0]!,
      /^lesson\.md:11:16: error: with "given-reasons: true" there is nothing left for students to place\./,
    );
    const lang = problems(opEdMap.replace('tray: Not in the op-ed', 'tray: Not in the op-ed\nlang: english please'));
    assert.match(
      lang[0]!,
      /^lesson\.md:12:7: error: "english please" is not a language tag\. Use a tag such as "en" or "es"\./,
    );
  });

  it('asks for a thesis and reasons, and checks the flags and the url', () => {
    const found = problems('id: m\ngiven-reasons: yes please\nurl: javascript:alert(1)\n');
    assert.equal(found.length, 4, found.join('\n'));
    assert.match(found[0]!, /^lesson\.md:11:6: error: the url "javascript:alert\(1\)" is not an http\(s\) address\./);
    assert.match(found[1]!, /^lesson\.md:9:1: error: .* is missing "thesis"\./);
    assert.match(found[2]!, /^lesson\.md:10:16: error: "given-reasons" in .* must be true or false\./);
    assert.match(found[3]!, /^lesson\.md:9:1: error: .* is missing "reasons"\. List the reasons under "reasons:"/);
  });
});
