import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SanitizerUnavailableError, createSanitizer, sanitizeHtml } from '../src/sanitize.js';

describe('createSanitizer in Node (jsdom)', () => {
  const sanitize = createSanitizer(new JSDOM('').window);
  const parse = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;

  const attacks: [string, string][] = [
    ['a script element', '<p>Hi</p><script>alert(1)</script>'],
    ['an event-handler attribute', '<img src="x.png" alt="x" onerror="alert(1)">'],
    ['a javascript: URL', '<a href="javascript:alert(1)">link</a>'],
    ['a JaVaScRiPt: URL with entities', '<a href="jav&#x09;ascript:alert(1)">link</a>'],
    ['an SVG script', '<svg><script>alert(1)</script><circle r="1"/></svg>'],
    ['a handler on an lk- element', '<lk-choice onclick="alert(1)">Yes</lk-choice>'],
    ['mutation XSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
    ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['a javascript: URL in an lk- attribute', '<lk-source url=" java\tscript:alert(1)">S</lk-source>'],
    ['a data: document in an lk- attribute', '<lk-source url="data:text/html,<script>alert(1)</script>">S</lk-source>'],
    ['a formaction', '<button formaction="javascript:alert(1)">Go</button>'],
  ];
  for (const [name, html] of attacks) {
    it(`removes ${name}`, () => {
      const doc = parse(sanitize(html));
      assert.equal(doc.querySelector('script, iframe'), null);
      for (const element of doc.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          assert.doesNotMatch(attribute.name, /^on/i, `${element.localName} kept ${attribute.name}`);
          assert.doesNotMatch(attribute.value.replace(/\s/g, ''), /^(javascript|data:text)/i);
        }
      }
    });
  }

  it('keeps ordinary lesson HTML and Lessonkit elements', () => {
    const html =
      '<h2>Section</h2><p>A <strong>bold</strong> claim with a <a href="https://www.gao.gov/products/gao-15-521">source</a>.</p>' +
      '<lk-question item-id="q1" type="single"><span slot="prompt">Which?</span><lk-choice correct>Yes</lk-choice></lk-question>';
    const doc = parse(sanitize(html));
    assert.equal(doc.querySelector('a')!.getAttribute('href'), 'https://www.gao.gov/products/gao-15-521');
    assert.equal(doc.querySelector('lk-question')!.getAttribute('item-id'), 'q1');
    assert.equal(doc.querySelector('lk-choice')!.hasAttribute('correct'), true);
    assert.equal(doc.querySelector('span')!.getAttribute('slot'), 'prompt');
  });

  it('removes inline styles and keeps raster data images', () => {
    const doc = parse(
      sanitize('<p style="position:fixed;inset:0">Fake</p><img alt="dot" src="data:image/png;base64,iVBORw0KGgo=">'),
    );
    assert.equal(doc.querySelector('p')!.hasAttribute('style'), false);
    assert.equal(doc.querySelector('img')!.getAttribute('src'), 'data:image/png;base64,iVBORw0KGgo=');
  });

  it('fails closed on a DOM it cannot use, instead of passing HTML through', () => {
    const notADom = { document: {} };
    assert.throws(() => createSanitizer(notADom), SanitizerUnavailableError);
  });

  it('points to createSanitizer when there is no window', () => {
    assert.throws(() => sanitizeHtml('<p>x</p>'), /createSanitizer/);
  });
});
