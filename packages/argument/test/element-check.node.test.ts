import { createSanitizer } from '@lessonkit/core';
import { compileLesson, defineBlock, formatDiagnostic } from '@lessonkit/pipeline';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withElementCheck } from '../src/block-fields.js';

/** A block whose own checks let anything through, and the element's check it is given. */
const lenient = withElementCheck(
  defineBlock<{ data: { text: string } }>({
    name: 'lenient',
    parse: (fields) => ({ data: { text: fields.string('text') ?? '' } }),
    items: () => [],
    render: () => '',
  }),
  (data: { text: string }) => (data.text.startsWith('bad') ? `the text "${data.text}" is bad.` : ''),
);
const options = { file: 'lesson.md', blocks: [lenient], sanitize: createSanitizer(new JSDOM('').window) };
const problems = (text: string) =>
  compileLesson(`---\nid: l\ntitle: T\n---\n\n## A\n\n\`\`\`lenient\ntext: ${text}\n\`\`\`\n`, options).diagnostics.map(
    formatDiagnostic,
  );

describe('withElementCheck', () => {
  it('stops the build, at the block, on data its element would refuse', () => {
    assert.deepEqual(problems('good'), []);
    assert.deepEqual(problems('bad one'), ['lesson.md:9:1: error: this lenient block: the text "bad one" is bad.']);
  });
});
