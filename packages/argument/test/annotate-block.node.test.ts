import { createSanitizer } from '@lessonkit/core';
import { compileLesson, formatDiagnostic, renderPrintPage, renderWebPage } from '@lessonkit/pipeline';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { argumentBlocks } from '../src/block.js';

const options = { file: 'lesson.md', blocks: argumentBlocks, sanitize: createSanitizer(new JSDOM('').window) };
const lesson = (block: string) => `---\nid: l\ntitle: T\n---\n\n## A\n\n\`\`\`annotate\n${block}\`\`\`\n`;
// Line 9 of the lesson is the block's first line.
const passage = `id: passage-a
source: Tim Head, opinion column, Fox News, 2019
points: 3
sentences:
  - text: The dramatic photograph … won the World Press Photo of the Year.
    answer: none
    accept: [appeal-to-emotion]
    why: A hook; accurate, but not offered as proof.
  - text: However, hidden behind the headlines and away from prying cameras is a much more sinister issue.
    answer: loaded-language
    why: “Sinister” and “prying” push a feeling.
    paragraph: true
  - text: Since 2007, there have been over 34,000 sex-trafficking cases reported in the United States.
    answer: evidence
    why: A statistic offered to show scale, with no source.
`;
const problems = (block: string) => compileLesson(lesson(block), options).diagnostics.map(formatDiagnostic);

describe('the annotate block', () => {
  it('renders an lk-annotate with its data as JSON and the passage as a fallback', () => {
    const { lesson: model, diagnostics } = compileLesson(lesson(passage), options);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    const doc = new JSDOM(renderWebPage(model!, { blocks: argumentBlocks })).window.document;
    const element = doc.querySelector('lk-annotate')!;
    assert.equal(element.getAttribute('item-id'), 'passage-a');
    assert.equal(element.getAttribute('points'), '3');
    const data = JSON.parse(element.querySelector('script[type="application/json"]')!.textContent!);
    assert.equal(data.sentences.length, 3);
    assert.deepEqual(data.sentences[0].accept, ['appeal-to-emotion']);
    assert.equal(data.sentences[1].paragraph, true);
    assert.equal(data.labels, undefined);
    assert.match(element.querySelector('blockquote')!.textContent!, /^The dramatic photograph .* Since 2007/);
  });

  it('prints numbered sentences with blanks, and the key with the accepted labels and reasons', () => {
    const { lesson: model } = compileLesson(lesson(passage), options);
    const doc = new JSDOM(renderPrintPage(model!, { blocks: argumentBlocks })).window.document;
    assert.equal(doc.querySelectorAll('ol.lk-sentences li').length, 3);
    const text = doc.body.textContent!.replace(/\s+/g, ' ');
    assert.match(text, /Thesis · Claim · Evidence · Reasoning · Appeal to emotion · Loaded language · No tag/);
    assert.match(text, /No tag \(Appeal to emotion\): A hook; accurate, but not offered as proof\./);
    assert.match(text, /Loaded language: “Sinister” and “prying” push a feeling\./);
  });

  it('takes labels of the author’s own, and checks answers against them', () => {
    const own = passage
      .replace('points: 3', 'labels:\n  - { id: fact, name: Fact }\n  - id: opinion\n    name: Opinion\n  - none')
      .replace('answer: loaded-language', 'answer: opinion')
      .replace('answer: evidence', 'answer: fact')
      .replace('accept: [appeal-to-emotion]', 'accept: [opinion]');
    const { lesson: model, diagnostics } = compileLesson(lesson(own), options);
    assert.deepEqual(diagnostics.map(formatDiagnostic), []);
    const doc = new JSDOM(renderPrintPage(model!, { blocks: argumentBlocks })).window.document;
    assert.match(doc.body.textContent!, /Fact · Opinion · No tag/);
    const wrong = problems(own.replace('answer: fact', 'answer: facts'));
    assert.equal(wrong.length, 1, wrong.join('\n'));
    assert.match(
      wrong[0]!,
      /^lesson\.md:26:13: error: the answer "facts" is not one of the labels\. Did you mean "fact"\?/,
    );
  });

  it('locates a sentence without a why, an unknown answer and accepted label, and a key it does not know', () => {
    const found = problems(
      passage
        .replace('    why: A hook; accurate, but not offered as proof.\n', '')
        .replace('answer: loaded-language', 'answer: loaded-langauge')
        .replace('accept: [appeal-to-emotion]', 'accept: [appeal-to-emotions]')
        .replace('    paragraph: true', '    paragraph: true\n    hint: read twice'),
    );
    assert.equal(found.length, 4, found.join('\n'));
    assert.match(found[0]!, /^lesson\.md:13:5: error: sentence 1 is missing "why"\./);
    assert.match(
      found[1]!,
      /^lesson\.md:15:14: error: "accept" has "appeal-to-emotions" is not one of the labels\. Did you mean "appeal-to-emotion"\?/,
    );
    assert.match(found[2]!, /^lesson\.md:20:5: error: unknown key "hint" in sentence 2\./);
    assert.match(
      found[3]!,
      /^lesson\.md:17:13: error: the answer "loaded-langauge" is not one of the labels\. Did you mean "loaded-language"\?/,
    );
  });

  it('locates a wrong label once, without an error for each answer that uses it', () => {
    const found = problems(passage.replace('points: 3', 'labels: [claim, evidense, none, claim]'));
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0]!, /^lesson\.md:11:\d+: error: the label "evidense" is not a tag\. Did you mean "evidence"\?/);
    assert.match(found[1]!, /^lesson\.md:11:\d+: error: the label "claim" is listed twice\./);
    const bad = problems(passage.replace('points: 3', 'labels:\n  - { id: Fact!, name: Fact }\n  - none'));
    assert.match(bad[0]!, /^lesson\.md:12:\d+: error: the label id "Fact!" must be lower-case letters/);
  });

  it('asks for sentences, and rejects a url that is not http(s)', () => {
    const found = problems('id: x\nurl: ftp://example.org/op-ed\n');
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(
      found[0]!,
      /^lesson\.md:10:6: error: the url "ftp:\/\/example\.org\/op-ed" is not an http\(s\) address\./,
    );
    assert.match(
      found[1]!,
      /^lesson\.md:9:1: error: .* is missing "sentences"\. List the sentences under "sentences:"/,
    );
  });
});
