import { transformSync, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

/**
 * Build-time minification of lit's `css` and `html` templates. esbuild minifies
 * the code around a template literal but keeps its text as written: the
 * indentation of every template and every style sheet. Here a `css` template
 * becomes minified CSS and an `html` template loses the line breaks and
 * indentation between its tags (a run of white space with a line break becomes
 * one space, which renders the same in normal text; no template here has a
 * `<pre>` or a `<textarea>` with content). Only the static text changes: the
 * `${…}` expressions are left as written.
 */

/** A template literal in source code: its tag and the spans of its static text. */
export interface TaggedTemplate {
  tag: string;
  /** [start, end) of each static part, in order. */
  quasis: [number, number][];
}

// The characters after which a `/` starts a regular expression, not a division.
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const KEYWORDS_BEFORE_REGEX = /\b(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/;

/**
 * Every template literal in `code` (TypeScript or JavaScript), nested ones
 * included, found by scanning strings, comments, regular expressions and
 * template literals. Throws on code it cannot follow (an unterminated
 * literal), so that a template is never rewritten from a wrong reading.
 */
export function findTemplates(code: string): TaggedTemplate[] {
  const found: TaggedTemplate[] = [];
  // Each `${` opens an expression; `depth` counts its braces.
  const stack: { template: TaggedTemplate; depth: number }[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`minify-templates: unterminated ${what} at offset ${i}`);
  };
  /** Scans template text from `start` to its end or its next `${`. */
  const scanQuasi = (template: TaggedTemplate, start: number): void => {
    let j = start;
    for (;;) {
      if (j >= code.length) fail('template literal');
      const c = code[j];
      if (c === '\\') j += 2;
      else if (c === '`') {
        template.quasis.push([start, j]);
        i = j + 1;
        return;
      } else if (c === '$' && code[j + 1] === '{') {
        template.quasis.push([start, j]);
        stack.push({ template, depth: 0 });
        i = j + 2;
        return;
      } else j += 1;
    }
  };
  const previousSignificant = (): string => {
    let j = i - 1;
    while (j >= 0 && /\s/.test(code.charAt(j))) j -= 1;
    return j < 0 ? '' : code.slice(Math.max(0, j - 11), j + 1);
  };
  while (i < code.length) {
    const c = code.charAt(i);
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      i = end === -1 ? code.length : end + 1;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) fail('comment');
      i = end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) {
        if (code[j] === '\n') break;
        j += code[j] === '\\' ? 2 : 1;
      }
      if (code[j] !== c) fail('string');
      i = j + 1;
    } else if (c === '`') {
      // The tag is the name before the backtick (tsc writes `css \`…\`` with a space).
      const tag = /([\w$]+)\s*$/.exec(code.slice(Math.max(0, i - 40), i))?.[1] ?? '';
      const template: TaggedTemplate = { tag, quasis: [] };
      found.push(template);
      scanQuasi(template, i + 1);
    } else if (c === '{') {
      const top = stack.at(-1);
      if (top) top.depth += 1;
      i += 1;
    } else if (c === '}') {
      const top = stack[stack.length - 1];
      if (top && top.depth === 0) {
        stack.pop();
        scanQuasi(top.template, i + 1);
      } else {
        if (top) top.depth -= 1;
        i += 1;
      }
    } else if (c === '/') {
      // A regular expression or a division, told apart by what comes before (`x++ / 2` is a
      // division). Code this cannot read (\`if (x) /re/\`) throws below: it is never rewritten.
      const before = previousSignificant();
      const last = before.slice(-1);
      const division = /(?:\+\+|--)$/.test(before);
      if (!division && (last === '' || BEFORE_REGEX.has(last) || KEYWORDS_BEFORE_REGEX.test(before))) {
        // A regular expression: up to the `/` that is not escaped and not in a class.
        let j = i + 1;
        let inClass = false;
        while (j < code.length && (code[j] !== '/' || inClass)) {
          if (code[j] === '\n') fail('regular expression');
          if (code[j] === '\\') j += 1;
          else if (code[j] === '[') inClass = true;
          else if (code[j] === ']') inClass = false;
          j += 1;
        }
        if (j >= code.length) fail('regular expression');
        i = j + 1;
      } else i += 1;
    } else i += 1;
  }
  if (stack.length > 0) fail('template expression');
  return found;
}

/** Minified CSS for one style sheet with no `${…}`: esbuild's CSS minifier. */
function minifyStyleSheet(text: string): string {
  return transformSync(text, { loader: 'css', minify: true, logLevel: 'silent' }).code.trim();
}

/**
 * A part of a style sheet cut by `${…}`: comments out, white space collapsed,
 * and dropped around `{ } ; ,` and after `:` — never inside a quoted string.
 */
function minifyStyleSheetPart(text: string): string {
  return text
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\*[\s\S]*?\*\/)/)
    .map((piece, index) => {
      if (index % 2 === 0) {
        return piece
          .replace(/[ \t\r\n]+/g, ' ')
          .replace(/ ?([{};,]) ?/g, '$1')
          .replace(/: /g, ':');
      }
      return piece.startsWith('/*') ? '' : piece;
    })
    .join('');
}

/**
 * `html` template text: each run of white space with a line break becomes one
 * space (not after a backslash: a line continuation stays as written).
 */
const minifyMarkup = (text: string): string => text.replace(/(?<!\\)[ \t\r]*\n[ \t\r\n]*/g, ' ');

/** `code` with the static text of its `css` and `html` templates minified. */
export function minifyTemplates(code: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const template of findTemplates(code)) {
    if (template.tag === 'css') {
      const [only] = template.quasis;
      // An escape (\` or \${ in a string, say) would come out of the CSS minifier unescaped.
      if (template.quasis.some(([start, end]) => code.slice(start, end).includes('\\'))) continue;
      if (template.quasis.length === 1 && only) {
        edits.push({ start: only[0], end: only[1], text: minifyStyleSheet(code.slice(...only)) });
      } else {
        template.quasis.forEach(([start, end], index) => {
          let text = minifyStyleSheetPart(code.slice(start, end));
          if (index === 0) text = text.trimStart();
          if (index === template.quasis.length - 1) text = text.trimEnd();
          edits.push({ start, end, text });
        });
      }
    } else if (template.tag === 'html') {
      for (const [start, end] of template.quasis)
        edits.push({ start, end, text: minifyMarkup(code.slice(start, end)) });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let result = code;
  for (const { start, end, text } of edits) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

// Lessonkit's own modules: the workspace packages (src/ or dist/) or @lessonkit/* installed.
const OWN_MODULE = /(?:[\\/]packages[\\/][\w-]+[\\/](?:src|dist)[\\/]|[\\/]node_modules[\\/]@lessonkit[\\/]).*\.[jt]s$/;

/** The esbuild plugin: minifies the templates of Lessonkit's own modules as they load. */
export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'lessonkit-minify-templates',
    setup(build) {
      build.onLoad({ filter: /\.[jt]s$/, namespace: 'file' }, async (args) => {
        if (!OWN_MODULE.test(args.path) || /[\\/]node_modules[\\/](?!@lessonkit[\\/])/.test(args.path))
          return undefined;
        const code = await readFile(args.path, 'utf8');
        return { contents: minifyTemplates(code), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
}
