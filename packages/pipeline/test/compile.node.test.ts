import { createSanitizer } from '@lessonkit/core';
import { quizBlocks } from '@lessonkit/quiz/block.js';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileLesson, formatDiagnostic, renderPrintPage, renderWebPage } from '../src/index.js';

const sanitize = createSanitizer(new JSDOM('').window);
const options = { file: 'lesson.md', blocks: quizBlocks, sanitize };
const golden = readFileSync(new URL('./fixtures/golden.md', import.meta.url), 'utf8');

/** Compiles and returns the formatted diagnostics. */
const problems = (source: string): string[] => compileLesson(source, options).diagnostics.map(formatDiagnostic);

const lesson = (body: string, frontMatter = 'id: l\ntitle: T\n') => `---\n${frontMatter}---\n\n${body}`;

describe('compileLesson', () => {
  it('compiles the golden lesson into sections, prose and blocks', () => {
    const { lesson: model, diagnostics } = compileLesson(golden, options);
    assert.deepEqual(diagnostics, []);
    assert.ok(model);
    assert.equal(model.meta.id, 'golden-lesson');
    assert.equal(model.meta.passingScore, 0.7);
    assert.deepEqual(
      model.sections.map((section) => section.slug),
      ['the-definition', 'check-yourself'],
    );
    const blocks = model.sections.flatMap((section) => section.parts.filter((part) => part.kind === 'block'));
    assert.deepEqual(
      blocks.map((part) => part.kind === 'block' && part.items),
      [['q-town'], ['q-tf', 'q-blank', 'q-order', 'q-match', 'q-sort', 'q-reflect']],
    );
    const prose = model.sections[0]!.parts[0]!;
    assert.equal(prose.kind, 'prose');
    assert.match(
      prose.kind === 'prose' ? prose.html : '',
      /<a class="lk-cite" href="#source-tvpa-2000" aria-label="Source 1">\[1\]<\/a>/,
    );
    assert.match(
      prose.kind === 'prose' ? prose.html : '',
      /<lk-term term="human smuggling" definition="Helping[^"]+">smuggling<\/lk-term>/,
    );
  });

  it('gives a lesson with nothing to say about itself no start page, and lists only the facts it has', () => {
    const page = (frontMatter: string) => {
      const { lesson: model } = compileLesson(lesson('## One\n\nText.\n', frontMatter), options);
      return new JSDOM(renderWebPage(model!, { blocks: quizBlocks, scripts: [] })).window.document;
    };
    assert.equal(page('id: l\ntitle: T\n').querySelector('[slot="about"]'), null);
    const summaryOnly = page('id: l\ntitle: T\nsummary: Just this.\n').querySelector('[slot="about"]');
    assert.equal(summaryOnly?.querySelector('.lk-summary')?.textContent, 'Just this.');
    assert.equal(summaryOnly?.querySelector('dl'), null, 'no empty list of facts');
    const withTime = page('id: l\ntitle: T\nduration: 20 minutes\n').querySelector('[slot="about"] dl dd');
    assert.equal(withTime?.textContent, '20 minutes');
  });

  it('writes inline style sheets into the page and allows exactly them in its policy', () => {
    const { lesson: model } = compileLesson(golden, options);
    const css = 'body { margin: 0; }';
    const sha256 = createHash('sha256').update(css).digest('base64');
    const doc = new JSDOM(renderWebPage(model!, { blocks: quizBlocks, inlineStyles: [{ css, sha256 }] })).window
      .document;
    assert.equal(doc.querySelector('style')!.textContent, css);
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    assert.match(policy, new RegExp(`style-src 'self' 'sha256-${sha256.replace(/[+/]/g, '\\$&')}';`));
    assert.match(policy, /script-src 'self';/, 'scripts stay as strict');
    assert.throws(
      () => renderWebPage(model!, { blocks: quizBlocks, inlineStyles: [{ css: 'a{}</style><script>', sha256 }] }),
      /cannot contain "<\/style"/,
    );
  });

  it('preloads the modules its script imports, before the script', () => {
    const { lesson: model } = compileLesson(golden, options);
    const page = renderWebPage(model!, {
      blocks: quizBlocks,
      scripts: ['assets/lessonkit.js'],
      modulePreloads: ['assets/chunks/chunk-A.js'],
    });
    const head = new JSDOM(page).window.document.head;
    assert.deepEqual(
      [...head.querySelectorAll('link[rel="modulepreload"], script')].map(
        (element) => element.getAttribute('href') ?? element.getAttribute('src'),
      ),
      ['assets/chunks/chunk-A.js', 'assets/lessonkit.js'],
    );
  });

  it('renders a web page that reads without JavaScript, with every element declared', () => {
    const { lesson: model } = compileLesson(golden, options);
    const page = renderWebPage(model!, { blocks: quizBlocks, scripts: ['assets/lessonkit.js'] });
    const doc = new JSDOM(page).window.document;
    assert.equal(doc.documentElement.lang, 'en');
    assert.equal(doc.title, 'What Trafficking Is and Is Not');
    assert.match(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!,
      /script-src 'self'/,
    );
    assert.equal(doc.querySelector('lk-lesson')!.getAttribute('lesson-id'), 'golden-lesson');
    for (const tag of [
      'lk-question',
      'lk-quiz',
      'lk-fill-blank',
      'lk-order',
      'lk-match',
      'lk-categorize',
      'lk-short-answer',
    ]) {
      assert.ok(doc.querySelector(tag), `${tag} is on the page`);
    }
    assert.equal(doc.querySelector('lk-question[item-id="q-tf"]')!.getAttribute('answer'), 'true');
    assert.deepEqual(
      [...doc.querySelectorAll('lk-blank')].map((blank) => blank.getAttribute('answers')),
      ['means|method', 'purpose'],
    );
    assert.equal(doc.querySelector('lk-quiz')!.getAttribute('feedback'), 'end');
    assert.equal(doc.querySelectorAll('[slot="sources"] li').length, 2);
    assert.match(doc.querySelector('[slot="content-note"]')!.textContent!, /discusses human trafficking/);
    assert.equal(doc.querySelectorAll('script').length, 1, 'only the module script');
  });

  it('renders a printable worksheet without answers and an answer key', () => {
    const { lesson: model } = compileLesson(golden, options);
    const page = renderPrintPage(model!, { blocks: quizBlocks });
    const doc = new JSDOM(page).window.document;
    assert.equal(doc.querySelector('lk-question'), null, 'no interactive elements on paper');
    assert.equal(doc.querySelectorAll('script').length, 0);
    const worksheet = doc.querySelector('main')!.textContent!;
    assert.doesNotMatch(worksheet, /correct/i);
    const key = doc.querySelector('.lk-answer-key')!.textContent!;
    assert.match(key, /q-town: B/);
    assert.match(key, /q-blank: means \/ method; purpose/);
    assert.match(key, /q-tf: True/);
  });

  it('gives the cards of order, match and categorize questions feedback of their own', () => {
    const { lesson: model, diagnostics } = compileLesson(
      lesson(
        [
          '```quiz',
          'id: cards',
          'questions:',
          '  - id: o',
          '    type: order',
          '    prompt: Earliest first.',
          '    items:',
          '      - Flores (1997)',
          '      - {text: TVPA (2000), feedback: "Created the *T visa*."}',
          '  - id: m',
          '    type: match',
          '    prompt: Match.',
          '    pairs:',
          '      - {left: ORR, right: Cares for children, feedback: An office of HHS.}',
          '      - {left: T visa, right: Status for victims}',
          '  - id: c',
          '    type: categorize',
          '    prompt: Sort.',
          '    categories: [Trafficking, Smuggling]',
          '    cards:',
          '      - {text: A debt never ends., category: Trafficking, feedback: Debt bondage is a means of coercion.}',
          '      - {text: Free on arrival., category: Smuggling}',
          '```',
          '',
        ].join('\n'),
      ),
      options,
    );
    assert.deepEqual(diagnostics, []);
    const doc = new JSDOM(renderWebPage(model!, { blocks: quizBlocks })).window.document;
    const cards = (tag: string) =>
      [...doc.querySelectorAll(`${tag} > lk-item`)].map((item) => [
        item.firstChild!.textContent!.trim(),
        item.querySelector(':scope > [slot="feedback"]')?.innerHTML ?? null,
      ]);
    assert.deepEqual(cards('lk-order'), [
      ['Flores (1997)', null],
      ['TVPA (2000)', 'Created the <em>T visa</em>.'],
    ]);
    assert.deepEqual(cards('lk-match'), [
      ['ORR', 'An office of HHS.'],
      ['T visa', null],
    ]);
    assert.deepEqual(cards('lk-categorize'), [
      ['A debt never ends.', 'Debt bondage is a means of coercion.'],
      ['Free on arrival.', null],
    ]);
    // Feedback is not an answer: the worksheet leaves it out, and the key reads as before.
    const print = new JSDOM(renderPrintPage(model!, { blocks: quizBlocks })).window.document;
    assert.doesNotMatch(print.querySelector('main')!.textContent!, /T visa\*|coercion|HHS/);
    assert.match(print.querySelector('.lk-answer-key')!.textContent!, /o: Flores \(1997\) → TVPA \(2000\)/);
  });

  it('locates an order item that is neither text nor {text, feedback}', () => {
    const found = problems(
      lesson('```question\nid: o\ntype: order\nprompt: P\nitems:\n  - A\n  - [B, C]\n  - {text: D, feedbak: x}\n```\n'),
    );
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0]!, /^lesson\.md:12:5: error: each entry of "items" in question "o" must be text\./);
    assert.match(found[1]!, /^lesson\.md:13:\d+: error: .*"feedbak".*Did you mean "feedback"\?/);
    assert.deepEqual(
      problems(lesson('```question\nid: o\ntype: order\nprompt: P\nitems:\n  - Flores: 1997\n  -\n```\n')),
      [
        'lesson.md:11:5: error: an item of question "o" reads as "key: value" (it has ": " in it). Put the item in quotes: - "Flores: 1997".',
        'lesson.md:12:4: error: an item of question "o" is empty. List the items in the right order, each a text or {text: …, feedback: …}.',
      ],
    );
  });

  it('marks an optional block, on the page and the worksheet, and reads nothing else of it', () => {
    const source = lesson(
      '```question\nid: extra\ntype: true-false\nprompt: Extra.\nanswer: true\noptional: true\n```\n\n```question\nid: core\ntype: true-false\nprompt: Core.\nanswer: true\n```\n',
    );
    const { lesson: model, diagnostics } = compileLesson(source, options);
    assert.deepEqual(diagnostics, []);
    for (const page of [
      renderWebPage(model!, { blocks: quizBlocks }),
      renderPrintPage(model!, { blocks: quizBlocks }),
    ]) {
      const doc = new JSDOM(page).window.document;
      const wrappers = [...doc.querySelectorAll('[data-optional]')];
      assert.equal(wrappers.length, 1);
      assert.match(
        wrappers[0]!.querySelector('.lk-optional-note')!.textContent!,
        /^Optional: not counted toward finishing/,
      );
      assert.match(wrappers[0]!.textContent!, /Extra\./);
      const note = wrappers[0]!.querySelector('.lk-optional-note')!;
      assert.deepEqual(
        [wrappers[0]!.getAttribute('role'), wrappers[0]!.getAttribute('aria-labelledby')],
        ['group', note.id],
        'a group named by its note',
      );
      assert.doesNotMatch(wrappers[0]!.textContent!, /Core\./);
    }
    assert.deepEqual(problems(source.replace('answer: true\n```\n', 'answer: true\noptional: true\n```\n')), [
      'lesson.md:11:11: warning: every activity in this lesson is optional: it counts as complete once the learner reaches its end, with no score. Leave "optional: true" off the activities that should count.',
    ]);
    const spanish = compileLesson(source.replace('title: T\n', 'title: T\nlang: es\n'), options).lesson!;
    assert.match(renderWebPage(spanish, { blocks: quizBlocks }), /Opcional: no cuenta para terminar/);
    assert.deepEqual(
      problems(lesson('```question\nid: q\ntype: true-false\nprompt: P\nanswer: true\noptional: maybe\n```\n')),
      ['lesson.md:11:11: error: "optional" in this question block must be true or false.'],
    );
    assert.deepEqual(
      problems(lesson('```question\nid: q\ntype: true-false\nprompt: P\nanswer: true\noptional:\n```\n')),
      [
        'lesson.md:11:1: error: "optional" in this question block is empty. Write "optional: true", or leave the line out.',
      ],
    );
    assert.deepEqual(
      problems(
        lesson(
          '```quiz\nid: z\nquestions:\n  - id: q\n    type: true-false\n    prompt: P\n    answer: true\n    optional: true\n```\n',
        ),
      ),
      [
        'lesson.md:13:15: error: "optional" applies to a whole block, not to a question inside a quiz. Put "optional: true" on the quiz, or make this question a block of its own.',
      ],
    );
  });

  it('never prints an order or a match already solved', () => {
    for (let n = 0; n < 20; n += 1) {
      const { lesson: model } = compileLesson(
        lesson(
          `\`\`\`quiz\nid: z${n}\nquestions:\n  - id: o${n}\n    type: order\n    prompt: P\n    items: [First, Second]\n  - id: m${n}\n    type: match\n    prompt: P\n    pairs: [{left: A, right: One}, {left: B, right: Two}]\n\`\`\`\n`,
        ),
        options,
      );
      const doc = new JSDOM(renderPrintPage(model!, { blocks: quizBlocks })).window.document;
      const order = [...doc.querySelectorAll(`#print-o${n} li`)].map((li) =>
        li.textContent!.replace('____', '').trim(),
      );
      const rights = [...doc.querySelectorAll(`#print-m${n} ol[type="A"] li`)].map((li) => li.textContent!.trim());
      assert.deepEqual(order, ['Second', 'First'], `o${n}`);
      assert.deepEqual(rights, ['Two', 'One'], `m${n}`);
    }
  });

  it('names a citation for a screen reader in the lesson’s language', () => {
    const html = (lang: string) => {
      const { lesson: model } = compileLesson(
        lesson('Text [@s].\n', `id: l\ntitle: T\nlang: ${lang}\nsources:\n  - id: s\n    title: S\n`),
        options,
      );
      const prose = model!.sections[0]!.parts[0]!;
      return prose.kind === 'prose' ? prose.html : '';
    };
    assert.match(html('en'), /aria-label="Source 1">\[1\]</);
    assert.match(html('es'), /aria-label="Fuente 1">\[1\]</);
  });

  it('removes scripts from prose, YAML strings and front matter', () => {
    const source = lesson(
      'Hello <script>alert(1)</script><img src=x onerror="alert(2)">\n\n```question\nid: q\ntype: single\nprompt: "<img src=x onerror=alert(3)>Pick"\nchoices:\n  - text: "<a href=\\"javascript:alert(4)\\">A</a>"\n    correct: true\n  - text: B\n```\n',
      'id: xss\ntitle: "<script>alert(5)</script>Title"\nsummary: "<img src=x onerror=alert(6)>"\nresources: "Call <script>alert(7)</script> [help](javascript:alert(8))"\n',
    );
    const { lesson: model, diagnostics } = compileLesson(source, options);
    assert.deepEqual(diagnostics, []);
    const page = renderWebPage(model!, { blocks: quizBlocks });
    const doc = new JSDOM(page).window.document;
    assert.equal(doc.querySelectorAll('script').length, 0, 'no script element');
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        assert.doesNotMatch(attribute.name, /^on/i, `${element.localName} has ${attribute.name}`);
        assert.doesNotMatch(attribute.value, /^\s*javascript:/i, `${element.localName} ${attribute.name}`);
      }
    }
    assert.equal(doc.title, '<script>alert(5)</script>Title', 'shown as text');
    assert.equal(
      doc.querySelector('meta[name="description"]')!.getAttribute('content'),
      '<img src=x onerror=alert(6)>',
    );
  });
});

describe('located errors', () => {
  it('asks for front matter', () => {
    assert.match(problems('## Hi\n')[0]!, /^lesson\.md:1:1: error: a lesson starts with front matter/);
  });

  it('reports bad YAML at its line', () => {
    assert.match(
      problems('---\nid: l\ntitle: [unclosed\n---\n## A\n')[0]!,
      /^lesson\.md:[34]:\d+: error: front matter: /,
    );
    const block = problems(lesson('## A\n\n```question\nid: q\nprompt: "open\n```\n'));
    assert.match(block[0]!, /^lesson\.md:(9|10|11):\d+: error: question block: /);
  });

  it('reports missing required keys', () => {
    assert.deepEqual(problems('---\nid: l\n---\n## A\n'), [
      'lesson.md:2:1: error: the front matter is missing "title". Add "title:".',
    ]);
    const missing = problems(
      lesson('## A\n\n```question\nid: q\ntype: single\nchoices:\n  - text: A\n    correct: true\n  - text: B\n```\n'),
    );
    assert.deepEqual(missing, ['lesson.md:9:1: error: this question block is missing "prompt". Add "prompt:".']);
  });

  it('reports an unknown key with a suggestion', () => {
    const found = problems(lesson('## A\n\n```question\nid: q\ntype: single\nprompt: P\nchoises: []\n```\n'));
    assert.ok(
      found.includes('lesson.md:12:1: error: unknown key "choises" in this question block. Did you mean "choices"?'),
      found.join('\n'),
    );
    assert.deepEqual(problems('---\nid: l\ntitel: T\ntitle: T\n---\n## A\n'), [
      'lesson.md:3:1: error: unknown key "titel" in the front matter. Did you mean "title"?',
    ]);
  });

  it('reports a duplicate id where it is used again', () => {
    const question = (id: string) => `\`\`\`question\nid: ${id}\ntype: true-false\nprompt: P\nanswer: true\n\`\`\`\n`;
    assert.deepEqual(problems(lesson(`## A\n\n${question('q1')}\n${question('q1')}`)), [
      'lesson.md:16:5: error: the id "q1" is used twice. It is first used at line 9; ids must be unique in a lesson.',
    ]);
  });

  it('reports a question without a correct answer', () => {
    const found = problems(
      lesson('## A\n\n```question\nid: q\ntype: single\nprompt: P\nchoices:\n  - text: A\n  - text: B\n```\n'),
    );
    assert.deepEqual(found, [
      'lesson.md:13:3: error: question "q" has no correct choice. Mark the right one with "correct: true".',
    ]);
  });

  it('reports a citation to an unknown source and an unknown glossary term', () => {
    const front =
      'id: l\ntitle: T\nsources:\n  - id: gao-15-521\n    title: GAO\nglossary:\n  smuggling: Crossing a border illegally.\n';
    const found = problems(lesson('## A\n\nSee [@gao-15-512] and [[smugling]].\n', front));
    assert.deepEqual(found, [
      'lesson.md:13:5: error: citation [@gao-15-512] names no source. Did you mean [@gao-15-521]?',
      'lesson.md:13:23: error: glossary term [[smugling]] is not in the glossary. Did you mean [[smuggling]]?',
    ]);
  });

  it('warns of a citation or glossary mark left open, which would show as typed', () => {
    const front = 'id: l\ntitle: T\nsources:\n  - id: s\n    title: S\nglossary:\n  smuggling: Crossing.\n';
    const found = problems(
      lesson('## A\n\nSee [@s and [[smug\ngling]], but [@s] and [[smuggling]] are fine.\n', front),
    );
    assert.deepEqual(found, [
      'lesson.md:13:5: warning: a citation "[@" is not closed on its line; it will show as typed. Write it as [@source-id].',
      'lesson.md:13:13: warning: a glossary mark "[[" is not closed on its line; it will show as typed. Write it as [[term]] or [[term|words]], on one line.',
    ]);
  });

  it('reports a fill-blank whose answers do not match its blanks, and an unknown block', () => {
    const found = problems(
      lesson(
        '## A\n\n```question\nid: q\ntype: fill-blank\nprompt: A ___ and a ___.\nanswers: [one]\n```\n\n```qiuz\nid: x\n```\n',
      ),
    );
    assert.deepEqual(found, [
      'lesson.md:12:10: error: question "q" has 2 blanks but 1 answer. Give one entry under "answers:" per ___ in the prompt.',
      'lesson.md:15:1: error: unknown block "qiuz". Did you mean "quiz"?',
    ]);
  });

  it('reports every error in one run', () => {
    const found = problems('---\nid: Bad Id\ntitle: T\nlang: fr\npassing-score: 7\n---\n## A\n');
    assert.equal(found.length, 3, found.join('\n'));
  });

  it('reads a glossary file beside the lesson, locating its errors in that file', () => {
    const body = lesson(
      '## A\n\nA [[T visa]] and [[ORR]].\n',
      'id: l\ntitle: T\nglossary:\n  ORR: Office of Refugee Resettlement.\n',
    );
    const good = compileLesson(body, {
      ...options,
      glossaryFile: { file: 'glossary.yaml', text: 'T visa: Status for victims.\n' },
    });
    assert.deepEqual(good.diagnostics, []);
    assert.deepEqual(good.lesson!.meta.glossary, {
      'T visa': 'Status for victims.',
      ORR: 'Office of Refugee Resettlement.',
    });
    const bad = compileLesson(body, {
      ...options,
      glossaryFile: { file: 'glossary.yaml', text: 'ok: fine\nempty:\n' },
    });
    assert.deepEqual(bad.diagnostics.map(formatDiagnostic), [
      'glossary.yaml:2:1: error: glossary term "empty" needs a definition.',
    ]);
  });
});
