import { createSanitizer } from '@lessonkit/core';
import { compileLesson, formatDiagnostic, renderPrintPage, renderWebPage } from '@lessonkit/pipeline';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timelineBlocks } from '../src/block.js';

const options = { file: 'lesson.md', blocks: timelineBlocks, sanitize: createSanitizer(new JSDOM('').window) };
const lesson = (block: string) =>
  `---\nid: l\ntitle: T\nsources:\n  - id: tvpa-2000\n    title: TVPA\n---\n\n## A\n\n\`\`\`timeline\n${block}\`\`\`\n`;
const problems = (block: string) => compileLesson(lesson(block), options).diagnostics.map(formatDiagnostic);

describe('the timeline block', () => {
  it('renders events as an ordered list with dates, categories, ranges and citations', () => {
    const { lesson: model, diagnostics } = compileLesson(
      lesson(
        'id: uac\ntitle: Children and the law\nevents:\n  - date: 2000-10-28\n    title: Trafficking Victims Protection Act\n    category: law\n    body: Created new federal trafficking crimes and the T visa.\n    sources: [tvpa-2000]\n  - date: {start: 2013-10, end: 2014-09}\n    title: Surge\n',
      ),
      options,
    );
    assert.deepEqual(diagnostics, []);
    const doc = new JSDOM(renderWebPage(model!, { blocks: timelineBlocks })).window.document;
    const items = [...doc.querySelectorAll('lk-timeline[item-id="uac"] > ol > li')];
    assert.equal(items.length, 2);
    assert.equal(items[0]!.getAttribute('data-date'), '2000-10-28');
    assert.equal(items[0]!.getAttribute('data-category'), 'law');
    assert.equal(items[0]!.querySelector('time')!.textContent, 'October 28, 2000');
    assert.equal(items[0]!.querySelector('a.lk-cite')!.getAttribute('href'), '#source-tvpa-2000');
    assert.equal(items[1]!.getAttribute('data-end'), '2014-09');
    assert.equal(items[1]!.getAttribute('data-category'), 'event', 'the default category');
    assert.equal(doc.querySelector('lk-timeline h3[slot="title"]')!.textContent, 'Children and the law');
  });

  it('locates a missing date, a malformed date and a bad range end', () => {
    assert.deepEqual(problems('id: t\nevents:\n  - title: No date\n'), [
      'lesson.md:14:5: error: event 1 of this timeline is missing "date". Use YYYY, YYYY-MM or YYYY-MM-DD (a range as {start: …, end: …}).',
    ]);
    assert.deepEqual(problems('id: t\nevents:\n  - date: 2001-02-30\n    title: Bad\n'), [
      'lesson.md:14:11: error: "2001-02-30" in event 1 of this timeline is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD (a range as {start: …, end: …}).',
    ]);
    const range = problems('id: t\nevents:\n  - date: {start: 2013-10, end: sometime}\n    title: Bad\n');
    assert.equal(range.length, 1);
    assert.match(range[0]!, /^lesson\.md:14:\d+: error: "sometime" is not a date\./);
  });

  it('reports an unknown category and an unknown source', () => {
    const found = problems('id: t\nevents:\n  - date: 2000\n    title: X\n    category: lawz\n    sources: [tvpa]\n');
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(
      found[0]!,
      /"category" in event 1 of this timeline must be one of law, policy, court, event, report, other, not "lawz"\. Did you mean "law"\?/,
    );
    assert.match(
      found[1]!,
      /^lesson\.md:17:\d+: error: citation \[@tvpa\] names no source\. Add a source with "id: tvpa"/,
    );
  });

  it('takes an image only with alt text', () => {
    const missing = problems('id: t\nevents:\n  - date: 2000\n    title: X\n    image: {src: images/law.jpg}\n');
    assert.equal(missing.length, 1, missing.join('\n'));
    assert.match(missing[0]!, /the image of event 1 of this timeline is missing "alt"\. Describe the image/);
    const bad = problems(
      'id: t\nevents:\n  - date: 2000\n    title: X\n    image: {src: "javascript:alert(1)", alt: x}\n',
    );
    assert.match(bad[0]!, /is not a path or an http\(s\) address/);
    const { lesson: model } = compileLesson(
      lesson(
        'id: t\nevents:\n  - date: 2000\n    title: X\n    image: {src: images/law.jpg, alt: The first page of the law}\n',
      ),
      options,
    );
    const doc = new JSDOM(renderWebPage(model!, { blocks: timelineBlocks })).window.document;
    assert.equal(doc.querySelector('lk-timeline li img')!.getAttribute('alt'), 'The first page of the law');
  });

  it('needs two events to sequence', () => {
    assert.deepEqual(problems('id: t\nmode: sequence\nevents:\n  - date: 2000\n    title: A\n'), [
      'lesson.md:15:3: error: a sequencing timeline needs at least two events to put in order. Add events, or leave out "mode: sequence".',
    ]);
  });

  it('refuses a sequence whose events all share a date, and never prints one solved', () => {
    assert.deepEqual(
      problems('id: t\nmode: sequence\nevents:\n  - date: 2000\n    title: A\n  - date: 2000\n    title: B\n'),
      [
        'lesson.md:15:3: error: every event of this sequencing timeline has the same date, so any order is right. Give the events different dates, or leave out "mode: sequence".',
      ],
    );
    for (let n = 0; n < 20; n += 1) {
      const { lesson: model } = compileLesson(
        lesson(
          `id: t${n}\nmode: sequence\nevents:\n  - date: 2000\n    title: A\n  - date: 2000\n    title: B\n  - date: 1999\n    title: C\n`,
        ),
        options,
      );
      const lines = [
        ...new JSDOM(renderPrintPage(model!, { blocks: timelineBlocks })).window.document.querySelectorAll(
          `#print-t${n} li`,
        ),
      ].map((li) => li.textContent!.replace('____', '').trim());
      assert.notEqual(lines[0], 'C', `t${n}: ${lines.join(' ')}`);
    }
  });

  it('takes "optional" only in sequence mode, where it is an activity', () => {
    assert.deepEqual(
      problems(
        'id: t\nmode: sequence\noptional: true\nevents:\n  - date: 2000\n    title: A\n  - date: 2001\n    title: B\n',
      ),
      [
        'lesson.md:14:11: warning: every activity in this lesson is optional: it counts as complete once the learner reaches its end, with no score. Leave "optional: true" off the activities that should count.',
      ],
      'no error: only the warning that nothing else counts',
    );
    assert.deepEqual(problems('id: t\noptional: true\nevents:\n  - date: 2000\n    title: A\n'), [
      'lesson.md:13:11: error: "optional" applies to activities, and this timeline block has none. Remove "optional:", or give the block questions.',
    ]);
  });

  it('reports a range that ends before it starts', () => {
    const found = problems('id: t\nevents:\n  - date: {start: 2014-09, end: 2013-10}\n    title: Backwards\n');
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^lesson\.md:14:\d+: error: the range of event 1 of this timeline ends before it starts\./);
  });

  it('prints a sequencing timeline shuffled and undated, with the order and dates in the key', () => {
    // Listed out of date order, as an author may: the answer is the order by date.
    const events = ['2008-12-23: TVPRA', '1997: Flores', '2002-11-25: Homeland Security Act', '2000-10-28: TVPA']
      .map((line) => line.split(': '))
      .map(([date, title]) => `  - date: ${date}\n    title: ${title}\n`)
      .join('');
    const print = (mode: string) => {
      const { lesson: model, diagnostics } = compileLesson(
        lesson(`id: seq\ntitle: Put them in order\nmode: ${mode}\nevents:\n${events}`),
        options,
      );
      assert.deepEqual(diagnostics, []);
      return new JSDOM(renderPrintPage(model!, { blocks: timelineBlocks })).window.document;
    };
    const doc = print('sequence');
    const sheet = doc.querySelector('main #print-seq')!;
    assert.equal(sheet.querySelector('.lk-q')!.textContent, 'Put them in order');
    const lines = [...sheet.querySelectorAll('li')].map((li) => li.textContent!.trim());
    assert.deepEqual(
      [...lines].sort(),
      ['____ Flores', '____ Homeland Security Act', '____ TVPA', '____ TVPRA'],
      'every event, with a blank to number it',
    );
    assert.notDeepEqual(
      lines,
      ['____ Flores', '____ TVPA', '____ Homeland Security Act', '____ TVPRA'],
      'not in order',
    );
    assert.equal(sheet.querySelector('time, lk-timeline'), null, 'no dates on the worksheet');
    assert.doesNotMatch(sheet.textContent!, /1997|2000|2002|2008/);
    assert.equal(
      doc.querySelector('.lk-answer-key li')!.textContent!.replace(/\s+/g, ' ').trim(),
      'seq: Flores (1997) → TVPA (October 28, 2000) → Homeland Security Act (November 25, 2002) → TVPRA (December 23, 2008)',
    );
    // Events of the same date may go either way: the key says so.
    const tied = compileLesson(
      lesson(
        'id: tie\nmode: sequence\nevents:\n  - date: 2018-12-21\n    title: S.1312\n  - date: 2018-12-21\n    title: S.1311\n  - date: 2017\n    title: Earlier\n',
      ),
      options,
    );
    assert.equal(
      new JSDOM(renderPrintPage(tied.lesson!, { blocks: timelineBlocks })).window.document
        .querySelector('.lk-answer-key li')!
        .textContent!.replace(/\s+/g, ' ')
        .trim(),
      'tie: Earlier (2017) → S.1312 (December 21, 2018) = S.1311 (December 21, 2018) (events with the same date, joined by =, may go in either order)',
    );
    // An explorable timeline prints as it reads, dates and all, with nothing in the key.
    const explore = print('explore');
    assert.equal(explore.querySelectorAll('main lk-timeline time').length, 4);
    assert.equal(explore.querySelector('.lk-answer-key'), null);
  });
});
