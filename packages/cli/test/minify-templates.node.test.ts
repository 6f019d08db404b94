import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { findTemplates, minifyTemplates } from '../src/minify-templates.js';

const packages = fileURLToPath(new URL('../../', import.meta.url));

/** Every TypeScript module under packages/<name>/src, but the CLI's own (Node code, not bundled). */
const sources = readdirSync(packages).flatMap((name) => {
  if (name === 'cli') return [];
  const src = join(packages, name, 'src');
  try {
    return readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(src, file));
  } catch {
    return [];
  }
});

/** The code of `code` outside the static text of its templates. */
const outside = (code: string): string => {
  let rest = '';
  let at = 0;
  const spans = findTemplates(code)
    .flatMap((template) => template.quasis)
    .sort((a, b) => a[0] - b[0]);
  for (const [start, end] of spans) {
    rest += `${code.slice(at, start)}\u0000`;
    at = end;
  }
  return rest + code.slice(at);
};

const cssOf = (text: string) => transformSync(text, { loader: 'css', minify: true }).code;

/** A template's text as the tag function receives it: escapes turned into what they stand for. */
const cooked = (text: string): string =>
  text.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_, escape: string) => {
    if (/^[ux]/.test(escape) && escape.length > 1) {
      return String.fromCodePoint(parseInt(escape.replace(/^u\{?|^x|\}$/g, ''), 16));
    }
    const named: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
    return /^(?:\r\n|\n|\r)$/.test(escape) ? '' : (named[escape] ?? escape);
  });

describe('minifyTemplates', () => {
  it('minifies a style sheet and keeps its strings', () => {
    const code = "const s = css`\n  :host {\n    display: block; /* a note */\n    content: ', ';\n  }\n`;";
    assert.equal(minifyTemplates(code), 'const s = css`:host{display:block;content:", "}`;');
  });

  it('keeps the expressions of a style sheet and minifies the text around them', () => {
    const code = "const s = css`\n  :host {\n    ${tokens}\n    font-family: 'Segoe UI', sans-serif;\n  }\n`;";
    assert.equal(minifyTemplates(code), "const s = css`:host{${tokens} font-family:'Segoe UI',sans-serif;}`;");
  });

  it('turns each line break and its indentation in markup into one space, in nested templates too', () => {
    const code = [
      'render() {',
      '  return html`',
      '    <ul class="a',
      '      b">',
      '      ${this.items.map((item) => html`',
      '        <li>${item}</li>',
      '      `)}',
      '    </ul>',
      '  `;',
      '}',
    ].join('\n');
    assert.equal(
      minifyTemplates(code),
      'render() {\n  return html` <ul class="a b"> ${this.items.map((item) => html` <li>${item}</li> `)} </ul> `;\n}',
    );
  });

  it('leaves templates with other tags, strings, comments and regular expressions alone', () => {
    const code = [
      "const a = '`html`'; // html` in a comment",
      '/* css` in a comment */ const b = /`[\\/`]/.test(x) ? y / 2 : `',
      '  untagged  `;',
      'const c = svg`\n  <g></g>\n`;',
      'const d = "a \\" html`";',
    ].join('\n');
    assert.equal(minifyTemplates(code), code);
  });

  it('reads a regular expression after a keyword and a division after a value', () => {
    const code = 'function f(x) { return /}`/.test(x) ? (x) / 2 / html`\n  <b></b>` : 0; }';
    assert.equal(minifyTemplates(code), 'function f(x) { return /}`/.test(x) ? (x) / 2 / html` <b></b>` : 0; }');
  });

  it('reads a tag written with a space before the backtick, as tsc writes it', () => {
    assert.equal(
      minifyTemplates('const s = css `\n  a {\n    color: red;\n  }\n`; const r = () => { return `\n  x`; };'),
      'const s = css `a{color:red}`; const r = () => { return `\n  x`; };',
    );
  });

  it('leaves a style sheet with an escape as written', () => {
    const code = "const s = css`\n  .a::before {\n    content: '\\`';\n  }\n`;";
    assert.equal(minifyTemplates(code), code);
  });

  it("drops a comment with an apostrophe in a style sheet with expressions, and keeps the strings' spaces", () => {
    assert.equal(
      minifyTemplates("const s = css`/* don't */ .b { content: 'x ; y'; } ${t}`;"),
      "const s = css`.b{content:'x ; y';}${t}`;",
    );
  });

  it('keeps a no-break space, a line continuation, and a division after x++', () => {
    const code = 'let i = 0; const a = i++ / 2; const t = html`a\u00a0\n  b \\\n c`;';
    assert.equal(minifyTemplates(code), 'let i = 0; const a = i++ / 2; const t = html`a\u00a0 b \\\n c`;');
  });

  it('throws on code it cannot follow, rather than rewrite a template from a wrong reading', () => {
    assert.throws(() => minifyTemplates('const a = html`<b>${x'), /unterminated template expression/);
    assert.throws(() => minifyTemplates('const a = `open'), /unterminated template literal/);
    assert.throws(() => minifyTemplates("const a = 'open\n"), /unterminated string/);
  });
});

describe("minifyTemplates on Lessonkit's own modules", () => {
  const modules = sources.map((file) => {
    const code = readFileSync(file, 'utf8');
    return { file, code, minified: minifyTemplates(code) };
  });
  /** The templates of `text` with one of `tags`. */
  const tagged = (text: string, ...tags: string[]) =>
    findTemplates(text).filter((template) => tags.includes(template.tag));

  it('finds every css and html template and changes nothing but their text', () => {
    let templates = 0;
    for (const { file, code, minified } of modules) {
      const shape = (text: string) =>
        tagged(text, 'css', 'html').map((template) => `${template.tag}:${template.quasis.length}`);
      assert.deepEqual(shape(minified), shape(code), file);
      const written = code.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '').match(/\b(?:css|html)`/g)?.length ?? 0;
      assert.equal(shape(code).length, written, `${file}: every tagged template`);
      assert.equal(outside(minified), outside(code), `${file}: the code outside the templates`);
      transformSync(minified, { loader: 'ts', logLevel: 'silent' });
      templates += written;
    }
    assert.ok(templates > 200, `${templates} templates`);
  });

  it('keeps every style sheet the same CSS', () => {
    let sheets = 0;
    for (const { file, code, minified } of modules) {
      // A comment stands in for an expression (the theme's tokens): valid anywhere in CSS.
      const sheetsOf = (text: string) =>
        tagged(text, 'css').map((template) =>
          template.quasis.map(([start, end]) => cooked(text.slice(start, end))).join('/**/'),
        );
      const before = sheetsOf(code);
      const after = sheetsOf(minified);
      assert.equal(after.length, before.length, file);
      before.forEach((sheet, index) =>
        assert.equal(cssOf(after[index]!), cssOf(sheet), `${file}: style sheet ${index}`),
      );
      sheets += before.length;
    }
    assert.ok(sheets >= 20, `${sheets} style sheets`);
  });

  it('finds no markup whose white space is kept as written', () => {
    for (const { file, code } of modules) {
      for (const template of tagged(code, 'html')) {
        const text = template.quasis.map(([start, end]) => code.slice(start, end)).join('${}');
        assert.doesNotMatch(text, /<pre\b|<textarea[^>]*>[^<]|white-space:\s*pre/, file);
      }
      // Nor a style sheet that keeps it (it would style markup here).
      for (const template of tagged(code, 'css')) {
        const text = template.quasis.map(([start, end]) => code.slice(start, end)).join('${}');
        assert.doesNotMatch(text, /white-space:\s*(?:pre|break-spaces)/, file);
      }
    }
  });
});
