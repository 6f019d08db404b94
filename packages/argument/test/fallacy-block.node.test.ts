import { createSanitizer } from '@lessonkit/core';
import { compileLesson, formatDiagnostic, renderPrintPage, renderWebPage } from '@lessonkit/pipeline';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { argumentBlocks } from '../src/block.js';

const options = { file: 'lesson.md', blocks: argumentBlocks, sanitize: createSanitizer(new JSDOM('').window) };
const lesson = (block: string) => `---\nid: l\ntitle: T\n---\n\n## A\n\n\`\`\`fallacy\n${block}\`\`\`\n`;
const onlyWay = `id: only-way
passage: Adequately screening migrants at the U.S.-Mexico border is the only way to put a dent in the sex-trafficking industry.
source: Tim Head, opinion column, Fox News, 2019
answer: false-dilemma
choices: [false-dilemma, hasty-generalization, none]
points: 2
why:
  false-dilemma: “The only way” leaves out every other response.
  hasty-generalization: The sentence does not generalize from cases.
  none: Screening may help, but “the only way” overstates it.
`;
const problems = (block: string) => compileLesson(lesson(block), options).diagnostics.map(formatDiagnostic);

describe('the fallacy block', () => {
  it('renders an lk-fallacy with its data as JSON and the passage as a fallback', () => {
    const { lesson: model, diagnostics } = compileLesson(lesson(onlyWay), options);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    const doc = new JSDOM(renderWebPage(model!, { blocks: argumentBlocks })).window.document;
    const element = doc.querySelector('lk-fallacy')!;
    assert.equal(element.getAttribute('item-id'), 'only-way');
    assert.equal(element.getAttribute('points'), '2');
    const data = JSON.parse(element.querySelector('script[type="application/json"]')!.textContent!);
    assert.equal(data.answer, 'false-dilemma');
    assert.deepEqual(data.choices, ['false-dilemma', 'hasty-generalization', 'none']);
    assert.equal(data.why.none, 'Screening may help, but “the only way” overstates it.');
    assert.match(element.querySelector('blockquote')!.textContent!, /^Adequately screening migrants/);
  });

  it('prints the passage and the choices on the worksheet, and the answer with its reason in the key', () => {
    const { lesson: model } = compileLesson(lesson(onlyWay), options);
    const doc = new JSDOM(renderPrintPage(model!, { blocks: argumentBlocks })).window.document;
    const text = doc.body.textContent!.replace(/\s+/g, ' ');
    assert.deepEqual(
      [...doc.querySelectorAll('ol.lk-choices li')].map((item) => item.textContent),
      ['False dilemma', 'Hasty generalization', 'None of these'],
    );
    assert.match(text, /the only way to put a dent/);
    assert.match(text, /False dilemma: “The only way” leaves out every other response\./);
  });

  it('locates an unknown answer, an unknown choice, an answer that is not offered and a missing reason', () => {
    assert.match(
      problems(onlyWay.replace('answer: false-dilemma', 'answer: false-dillema'))[0]!,
      /^lesson\.md:12:9: error: "answer" in .* must be one of .*, not "false-dillema"\. Did you mean "false-dilemma"\?/,
    );
    assert.match(
      problems(onlyWay.replace('choices: [false-dilemma,', 'choices: [false-dilemma, strawman,'))[0]!,
      /^lesson\.md:13:\d+: error: "strawman" in "choices" is not a device\. Devices: false-dilemma, /,
    );
    assert.match(
      problems(onlyWay.replace('choices: [false-dilemma,', 'choices: ['))[0]!,
      /^lesson\.md:12:\d+: error: the answer "false-dilemma" is not among the choices\. Add "false-dilemma" to "choices"\./,
    );
    const missing = problems(onlyWay.replace(/ {2}none: .*\n/, ''));
    assert.equal(missing.length, 1, missing.join('\n'));
    assert.match(missing[0]!, /^lesson\.md:16:\d+: error: "why" has no reason for "none"\./);
    const typo = problems(onlyWay.replace('  none:', '  nones:'));
    assert.deepEqual(typo.length, 1, typo.join('\n'));
    assert.match(
      typo[0]!,
      /^lesson\.md:18:\d+: error: "why" has a reason for "nones", which is not a device\. Did you mean "none"\?/,
    );
  });

  it('locates each bad entry of a choices list, without inventing errors about the other devices', () => {
    const found = problems(
      onlyWay.replace(
        'choices: [false-dilemma, hasty-generalization, none]',
        'choices:\n  - false-dilemma\n  - none\n  - strawman\n  - none',
      ),
    );
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0]!, /^lesson\.md:16:5: error: "strawman" in "choices" is not a device\./);
    assert.match(found[1]!, /^lesson\.md:17:5: error: "none" is listed twice in "choices"\./);
  });

  it('says so when "choices" is there but empty, and blames no reason for it', () => {
    const found = problems(onlyWay.replace('choices: [false-dilemma, hasty-generalization, none]', 'choices:'));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(
      found[0]!,
      /^lesson\.md:13:1: error: "choices" is empty\. List at least two choices, or leave "choices" out/,
    );
  });

  it('warns of a reason for a device that is not offered, and rejects a url that is not http(s)', () => {
    const found = problems(
      onlyWay
        .replace('  none: Screening', '  red-herring: Not a distraction.\n  none: Screening')
        .replace('source: Tim', 'url: javascript:alert(1)\nsource: Tim'),
    );
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0]!, /^lesson\.md:11:\d+: error: the url "javascript:alert\(1\)" is not an http\(s\) address\./);
    assert.match(
      found[1]!,
      /^lesson\.md:19:\d+: warning: "why" has a reason for "red-herring", which is not among the choices\./,
    );
  });
});
