import { createSanitizer } from '@lessonkit/core';
import { compileLesson, formatDiagnostic, renderPrintPage, renderWebPage } from '@lessonkit/pipeline';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { argumentBlocks } from '../src/block.js';
import { fallacyProblem, type FallacyData } from '../src/model.js';

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
const DEVICES_TEXT =
  'false-dilemma, hasty-generalization, appeal-to-emotion, loaded-language, equivocation, red-herring, none';
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

  it('takes several fair answers, any of them right, and gives each with its reason in the key', () => {
    const both = onlyWay.replace('answer: false-dilemma', 'answer: [false-dilemma, none]');
    assert.match(problems(both)[0]!, /^lesson\.md:12:9: error: "none" cannot be an answer beside a device\./);
    const two = onlyWay.replace('answer: false-dilemma', 'answer:\n  - false-dilemma\n  - hasty-generalization');
    const { lesson: model, diagnostics } = compileLesson(lesson(two), options);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    const web = new JSDOM(renderWebPage(model!, { blocks: argumentBlocks })).window.document;
    const data = JSON.parse(web.querySelector('lk-fallacy script[type="application/json"]')!.textContent!);
    assert.deepEqual(data.answer, ['false-dilemma', 'hasty-generalization']);
    const key = new JSDOM(
      renderPrintPage(model!, { blocks: argumentBlocks }),
    ).window.document.body.textContent!.replace(/\s+/g, ' ');
    assert.match(
      key,
      /only-way: False dilemma: “The only way” leaves out every other response\. Also fair: Hasty generalization: The sentence/,
    );
    // Each wrong entry at its line; and a key that leaves no wrong choice.
    const wrong = problems(
      onlyWay.replace('answer: false-dilemma', 'answer:\n  - false-dilemma\n  - strawman\n  - false-dilemma'),
    );
    assert.equal(wrong.length, 2, wrong.join('\n'));
    assert.match(
      wrong[0]!,
      /^lesson\.md:14:5: error: each entry of "answer" in .* must be one of .*, not "strawman"\./,
    );
    assert.match(wrong[1]!, /^lesson\.md:15:5: error: "false-dilemma" is listed twice in "answer"\./);
    const all = problems(
      onlyWay
        .replace('answer: false-dilemma', 'answer: [false-dilemma, hasty-generalization]')
        .replace(
          'choices: [false-dilemma, hasty-generalization, none]',
          'choices: [false-dilemma, hasty-generalization]',
        )
        .replace(/ {2}none: .*\n/, ''),
    );
    assert.equal(all.length, 1, all.join('\n'));
    assert.match(all[0]!, /^lesson\.md:12:9: error: every one of the choices is an answer\./);
    const absent = problems(onlyWay.replace('answer: false-dilemma', 'answer: [false-dilemma, red-herring]'));
    assert.equal(absent.length, 1, absent.join('\n'));
    assert.match(
      absent[0]!,
      /error: the answer "red-herring" is not among the choices\. Add "red-herring" to "choices"\./,
    );
  });

  it("holds a key of several answers to the same rules in the element's own check", () => {
    const data: FallacyData = {
      passage: 'p',
      answer: ['false-dilemma', 'loaded-language'],
      choices: ['false-dilemma', 'loaded-language', 'none'],
      why: { 'false-dilemma': 'a', 'loaded-language': 'b', none: 'c' },
    };
    assert.equal(fallacyProblem(data), '');
    const problem = (answer: unknown, choices = data.choices) =>
      fallacyProblem({ ...data, answer: answer as FallacyData['answer'], choices });
    assert.equal(problem([]), 'the answer is an empty list.');
    assert.equal(problem(['false-dilemma', 'strawman']), 'the answer "strawman" is not one of: ' + DEVICES_TEXT + '.');
    assert.equal(problem(['none', 'none']), 'the answer "none" is listed twice.');
    assert.equal(problem(['false-dilemma', 'none']), 'the answer "none" cannot be listed with a device.');
    assert.equal(problem(['false-dilemma', 'red-herring']), 'the answer "red-herring" is not among the choices.');
    assert.equal(
      problem(['false-dilemma', 'loaded-language'], ['false-dilemma', 'loaded-language']),
      'every choice is an answer: leave at least one that is not.',
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
