import { Marked, type Token, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import type { Block, BlockContext } from './block.js';
import { Reporter, didYouMean, type Diagnostic } from './diagnostics.js';
import { escapeHtml } from './escape.js';
import { citationLink } from './render.js';
import { Fields } from './fields.js';
import {
  LESSON_SCHEMA,
  type BlockPart,
  type LessonMeta,
  type LessonModel,
  type ProsePart,
  type Section,
  type Source,
} from './model.js';

/** Turns authored HTML into safe HTML (DOMPurify over a browser window or jsdom). */
export type Sanitizer = (html: string) => string;

export interface CompileOptions {
  /** The file name used in messages. */
  readonly file: string;
  /** The blocks this pipeline knows, by fence name. */
  readonly blocks: readonly Block[];
  readonly sanitize: Sanitizer;
  /** A `glossary.yaml` beside the lesson (`term: definition` lines), merged with the front matter's. */
  readonly glossaryFile?: { readonly file: string; readonly text: string };
}

export interface CompileResult {
  /** Present when there are no errors. */
  readonly lesson?: LessonModel;
  readonly diagnostics: readonly Diagnostic[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONT_MATTER_KEYS = [
  'id',
  'title',
  'lang',
  'summary',
  'audience',
  'duration',
  'objectives',
  'standards',
  'content-note',
  'passing-score',
  'sources',
  'glossary',
  'resources',
];
const SOURCE_KEYS = ['id', 'title', 'url', 'publisher', 'date'];
const LANGS = ['en', 'es'];

/** `Who Is Trafficked?` → `who-is-trafficked`. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}

const CITATION = /\[@([A-Za-z0-9_-]+)\]/g;
const TERM = /\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]/g;

/** Finds the glossary entry for a term, ignoring case. */
export function findTerm(glossary: Readonly<Record<string, string>>, term: string): string | undefined {
  const wanted = term.trim().toLowerCase();
  return Object.keys(glossary).find((key) => key.toLowerCase() === wanted);
}

/** Marked, with `[@source]` citations and `[[term]]` / `[[term|label]]` glossary terms. */
function createMarked(meta: () => LessonMeta): Marked {
  const citation: TokenizerAndRendererExtension = {
    name: 'citation',
    level: 'inline',
    start: (src) => src.indexOf('[@'),
    tokenizer(src) {
      const match = /^\[@([A-Za-z0-9_-]+)\]/.exec(src);
      return match ? { type: 'citation', raw: match[0], id: match[1] } : undefined;
    },
    renderer(token) {
      const id = String(token.id);
      const index = meta().sources.findIndex((source) => source.id === id);
      if (index < 0) return escapeHtml(token.raw);
      return citationLink(id, index + 1, meta().lang).html;
    },
  };
  const term: TokenizerAndRendererExtension = {
    name: 'term',
    level: 'inline',
    start: (src) => src.indexOf('[['),
    tokenizer(src) {
      const match = /^\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]/.exec(src);
      return match ? { type: 'term', raw: match[0], term: match[1], label: match[2] ?? match[1] } : undefined;
    },
    renderer(token) {
      const glossary = meta().glossary;
      const key = findTerm(glossary, String(token.term));
      const label = escapeHtml(String(token.label).trim());
      if (!key) return label;
      return `<lk-term term="${escapeHtml(key)}" definition="${escapeHtml(glossary[key] ?? '')}">${label}</lk-term>`;
    },
  };
  return new Marked({ gfm: true, extensions: [citation, term] });
}

/** Splits `---` front matter from the body; offsets are into the normalized text. */
function splitFrontMatter(text: string): { yaml: string; yamlStart: number; bodyStart: number } | undefined {
  if (!text.startsWith('---\n')) return undefined;
  const close = /\n---[ \t]*(?:\n|$)/g;
  close.lastIndex = 3;
  const match = close.exec(text);
  if (!match) return undefined;
  return { yaml: text.slice(4, match.index + 1), yamlStart: 4, bodyStart: match.index + match[0].length };
}

function readSources(fields: Fields): Source[] {
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const node of fields.list('sources') ?? []) {
    const entry = fields.mapping(node, 'a source');
    if (!entry) continue;
    entry.allow(SOURCE_KEYS);
    const id = entry.string('id', { required: true, hint: 'Give the source an id to cite it with [@id].' });
    const title = entry.string('title', { required: true });
    if (id === undefined || title === undefined) continue;
    if (seen.has(id)) fields.report.error(entry.offset(entry.value('id')), `source id "${id}" is used twice.`);
    seen.add(id);
    const url = entry.string('url');
    if (url !== undefined && !/^https?:\/\//i.test(url)) {
      fields.report.error(
        entry.offset(entry.value('url')),
        `the url of source "${id}" must start with https:// or http://.`,
      );
    }
    const publisher = entry.string('publisher');
    const date = entry.string('date');
    sources.push({
      id,
      title,
      ...(url !== undefined ? { url } : {}),
      ...(publisher !== undefined ? { publisher } : {}),
      ...(date !== undefined ? { date } : {}),
    });
  }
  return sources;
}

function readGlossary(fields: Fields, node: Node | undefined = fields.value('glossary')): Record<string, string> {
  const glossary: Record<string, string> = {};
  if (!node) return glossary;
  if (!isMap(node)) {
    fields.report.error(fields.offset(node), 'the glossary must be a set of "term: definition" lines.');
    return glossary;
  }
  for (const pair of node.items) {
    const term = isScalar(pair.key) ? String(pair.key.value).trim() : '';
    const definition = isScalar(pair.value) && pair.value.value !== null ? String(pair.value.value).trim() : '';
    if (!term || !definition) {
      fields.report.error(fields.offset(pair.key as Node), `glossary term "${term}" needs a definition.`);
      continue;
    }
    glossary[term] = definition;
  }
  return glossary;
}

function readMeta(fields: Fields): LessonMeta | undefined {
  fields.allow(FRONT_MATTER_KEYS);
  const id = fields.string('id', {
    required: true,
    hint: 'Use lowercase letters, digits and dashes: "id: evaluating-op-eds".',
  });
  if (id !== undefined && !ID.test(id)) {
    fields.report.error(
      fields.offset(fields.value('id')),
      `the lesson id "${id}" may use only lowercase letters, digits and dashes.`,
      `Try "${slugify(id)}".`,
    );
  }
  const title = fields.string('title', { required: true });
  const lang = fields.has('lang') ? fields.choice('lang', LANGS) : 'en';
  const passingScore = fields.number('passing-score', { min: 0, max: 1 });
  const objectives = fields.strings('objectives') ?? [];
  const standards = fields.strings('standards') ?? [];
  const sources = readSources(fields);
  const glossary = readGlossary(fields);
  if (id === undefined || !ID.test(id) || title === undefined || lang === undefined) return undefined;
  const optional = (key: string): Partial<Record<string, string>> => {
    const value = fields.string(key);
    return value === undefined ? {} : { [key]: value };
  };
  const contentNote = fields.string('content-note');
  const resources = fields.string('resources');
  return {
    id,
    title,
    lang,
    ...optional('summary'),
    ...optional('audience'),
    ...optional('duration'),
    objectives,
    standards,
    ...(contentNote !== undefined ? { contentNote } : {}),
    ...(passingScore !== undefined ? { passingScore } : {}),
    sources,
    glossary,
    ...(resources !== undefined ? { resources } : {}),
  };
}

/** Reads a glossary.yaml: `term: definition` lines, every problem located in that file. */
function readGlossaryFile(source: { file: string; text: string }): {
  glossary: Record<string, string>;
  diagnostics: Diagnostic[];
  failed: boolean;
} {
  const text = source.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const report = new Reporter(source.file, text);
  const document = parseDocument(text, { prettyErrors: false });
  for (const error of document.errors) report.error(error.pos[0], `glossary: ${error.message.split('\n')[0]}`);
  if (document.errors.length > 0) return { glossary: {}, diagnostics: report.diagnostics, failed: true };
  if (document.contents === null) return { glossary: {}, diagnostics: [], failed: false };
  if (!isMap(document.contents)) {
    report.error(0, 'a glossary file holds "term: definition" lines.');
    return { glossary: {}, diagnostics: report.diagnostics, failed: true };
  }
  const fields = new Fields(document.contents, 0, report, 'the glossary');
  const glossary = readGlossary(fields, document.contents);
  return { glossary, diagnostics: report.diagnostics, failed: report.failed };
}

/** Reports citations to unknown sources and unknown glossary terms in a piece of Markdown. */
function checkReferences(markdown: string, offset: number, meta: LessonMeta, report: Reporter): void {
  const ids = meta.sources.map((source) => source.id);
  for (const match of markdown.matchAll(CITATION)) {
    const id = match[1] as string;
    if (ids.includes(id)) continue;
    const guess = didYouMean(id, ids);
    report.error(
      offset + (match.index ?? 0),
      `citation [@${id}] names no source.`,
      guess ? `Did you mean [@${guess}]?` : `Add a source with "id: ${id}" under "sources:" in the front matter.`,
    );
  }
  // A mark that does not close on its line is shown as typed, brackets and all: say so.
  for (const match of markdown.matchAll(/\[@(?![A-Za-z0-9_-]+\])|\[\[(?![^\]\n]+\]\])/g)) {
    const citation = match[0] === '[@';
    report.warning(
      offset + (match.index ?? 0),
      `${citation ? 'a citation "[@"' : 'a glossary mark "[["'} is not closed on its line; it will show as typed.`,
      citation ? 'Write it as [@source-id].' : 'Write it as [[term]] or [[term|words]], on one line.',
    );
  }
  const terms = Object.keys(meta.glossary);
  for (const match of markdown.matchAll(TERM)) {
    const term = (match[1] as string).trim();
    if (findTerm(meta.glossary, term)) continue;
    const guess = didYouMean(term, terms);
    report.error(
      offset + (match.index ?? 0),
      `glossary term [[${term}]] is not in the glossary.`,
      guess ? `Did you mean [[${guess}]]?` : `Add "${term}: <definition>" under "glossary:" in the front matter.`,
    );
  }
}

/**
 * Compiles one lesson file: front matter, sections and blocks, every problem
 * reported with its line and column. The lesson model is returned only when
 * there are no errors.
 */
export function compileLesson(source: string, options: CompileOptions): CompileResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const report = new Reporter(options.file, text);
  const split = splitFrontMatter(text);
  if (!split) {
    report.error(
      0,
      'a lesson starts with front matter between two "---" lines.',
      'Begin the file with:\n---\nid: my-lesson\ntitle: My lesson\n---',
    );
    return { diagnostics: report.diagnostics };
  }

  const frontMatter = parseDocument(split.yaml, { prettyErrors: false });
  for (const error of frontMatter.errors)
    report.error(split.yamlStart + error.pos[0], `front matter: ${error.message.split('\n')[0]}`);
  if (frontMatter.errors.length > 0) return { diagnostics: report.diagnostics };
  if (!isMap(frontMatter.contents)) {
    report.error(split.yamlStart, 'the front matter must be "key: value" lines.');
    return { diagnostics: report.diagnostics };
  }
  const read = readMeta(new Fields(frontMatter.contents, split.yamlStart, report, 'the front matter'));
  const glossaryFile = options.glossaryFile ? readGlossaryFile(options.glossaryFile) : undefined;
  const diagnostics = (): Diagnostic[] => [...(glossaryFile?.diagnostics ?? []), ...report.diagnostics];
  if (!read || glossaryFile?.failed) return { diagnostics: diagnostics() };
  // The front matter's entries win over the file's.
  let meta: LessonMeta = glossaryFile ? { ...read, glossary: { ...glossaryFile.glossary, ...read.glossary } } : read;

  const marked = createMarked(() => meta);
  if (meta.resources !== undefined) {
    // Resources are Markdown (links to help lines, say): rendered and sanitized like prose.
    const node = frontMatter.contents.items.find((item) => isScalar(item.key) && item.key.value === 'resources');
    const at = split.yamlStart + ((node?.value as Node | undefined)?.range?.[0] ?? 0);
    checkReferences(meta.resources, at, meta, report);
    meta = { ...meta, resources: options.sanitize(marked.parse(meta.resources, { async: false })) };
  }
  const blocks = new Map(options.blocks.map((block) => [block.name, block]));
  const ids = new Map<string, number>();
  const context: BlockContext = {
    report,
    lang: meta.lang,
    glossary: meta.glossary,
    inline: (markdown, offset) => {
      checkReferences(markdown, offset, meta, report);
      return options.sanitize(marked.parseInline(markdown, { async: false }));
    },
    markdown: (markdown, offset) => {
      checkReferences(markdown, offset, meta, report);
      return options.sanitize(marked.parse(markdown, { async: false }));
    },
    claimId: (id, offset) => {
      if (!ID.test(id)) {
        report.error(
          offset,
          `the id "${id}" may use only lowercase letters, digits and dashes.`,
          `Try "${slugify(id)}".`,
        );
        return false;
      }
      const first = ids.get(id);
      if (first !== undefined) {
        const at = report.at(first);
        report.error(
          offset,
          `the id "${id}" is used twice.`,
          `It is first used at line ${at.line}; ids must be unique in a lesson.`,
        );
        return false;
      }
      ids.set(id, offset);
      return true;
    },
  };

  const body = text.slice(split.bodyStart);
  const tokens = marked.lexer(body);
  const sections: { title: string; slug: string; parts: (ProsePart | BlockPart)[]; prose: Token[] }[] = [];
  /** Where the lesson first says "optional:", for the warning when every activity is. */
  let firstOptionalAt: number | undefined;
  const slugs = new Set<string>();
  const startSection = (title: string): void => {
    let slug = slugify(title);
    for (let n = 2; slugs.has(slug); n += 1) slug = `${slugify(title)}-${n}`;
    slugs.add(slug);
    sections.push({ title, slug, parts: [], prose: [] });
  };
  const flushProse = (): void => {
    const section = sections.at(-1);
    if (!section || section.prose.length === 0) return;
    const html = options.sanitize(marked.parser(section.prose as Token[]));
    section.prose = [];
    if (html.trim()) section.parts.push({ kind: 'prose', html });
  };

  let cursor = 0;
  for (const token of tokens) {
    const at = body.indexOf(token.raw, cursor);
    const start = at >= 0 ? at : cursor;
    cursor = start + token.raw.length;
    const offset = split.bodyStart + start;

    if (token.type === 'heading' && (token as Tokens.Heading).depth === 1 && sections.length === 0) {
      report.warning(offset, 'a "#" heading is not shown: the lesson title comes from "title:" in the front matter.');
      continue;
    }
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      flushProse();
      checkReferences(token.raw, offset, meta, report);
      startSection((token as Tokens.Heading).text.trim());
      continue;
    }
    if (token.type === 'space') continue;
    if (sections.length === 0) startSection(meta.lang === 'es' ? 'Introducción' : 'Introduction');
    const section = sections[sections.length - 1] as (typeof sections)[number];

    const code = token.type === 'code' ? (token as Tokens.Code) : undefined;
    const name = code?.lang?.trim().split(/\s+/)[0] ?? '';
    const block = code ? blocks.get(name) : undefined;
    if (!code || (!block && !looksLikeBlock(name, blocks))) {
      if (!code) checkReferences(token.raw, offset, meta, report);
      section.prose.push(token);
      continue;
    }
    if (!block) {
      const guess = didYouMean(name, [...blocks.keys()]);
      report.error(
        offset,
        `unknown block "${name}".`,
        guess ? `Did you mean "${guess}"?` : `Known blocks: ${[...blocks.keys()].join(', ')}.`,
      );
      continue;
    }
    flushProse();
    const yamlStart = offset + code.raw.indexOf('\n') + 1;
    const document = parseDocument(code.text, { prettyErrors: false });
    if (document.errors.length > 0) {
      // The first YAML error only: the ones after it are mostly its echoes.
      const [error] = document.errors;
      const at = error?.pos[0] ?? 0;
      const line = code.text.slice(code.text.lastIndexOf('\n', at - 1) + 1).split('\n')[0] ?? '';
      const hint = /\[\[|\[@/.test(line)
        ? ' Text with [[term]] or [@source] marks inside [ ] or { } must be in quotes: "like [[this]]".'
        : '';
      const message = (error?.message.split('\n')[0] ?? 'not valid YAML').replace(/\.$/, '');
      report.error(yamlStart + at, `${name} block: ${message}.${hint}`);
      continue;
    }
    if (!isMap(document.contents)) {
      report.error(yamlStart, `a ${name} block holds "key: value" lines.`);
      continue;
    }
    const fields = new Fields(document.contents, yamlStart, report, `this ${name} block`);
    // `optional` is the lesson's to read, for any block with activities; the block never sees it.
    const optionalAt = fields.has('optional') ? fields.offset(fields.value('optional')) : undefined;
    firstOptionalAt ??= optionalAt;
    const optional = fields.has('optional')
      ? fields.value('optional', true, 'Write "optional: true", or leave the line out.') && fields.boolean('optional')
      : undefined;
    document.contents.delete('optional');
    const model = block.parse(fields, context);
    if (model === undefined) continue;
    const items = block.items(model);
    if (optional && optionalAt !== undefined && items.length === 0) {
      report.error(
        optionalAt,
        `"optional" applies to activities, and this ${name} block has none.`,
        'Remove "optional:", or give the block questions.',
      );
      continue;
    }
    section.parts.push({ kind: 'block', block: name, model, items, ...(optional ? { optional } : {}) });
  }
  flushProse();

  if (sections.length === 0)
    report.error(split.bodyStart, 'the lesson has no content.', 'Add a section: a line "## Title" and some text.');
  const blockParts = sections.flatMap((section) => section.parts.filter((part) => part.kind === 'block'));
  const activities = blockParts.filter((part) => part.items.length > 0);
  if (activities.length > 0 && activities.every((part) => part.optional)) {
    report.warning(
      firstOptionalAt ?? split.bodyStart,
      'every activity in this lesson is optional: it counts as complete once the learner reaches its end, with no score.',
      'Leave "optional: true" off the activities that should count.',
    );
  }
  if (report.failed) return { diagnostics: diagnostics() };
  const lesson: LessonModel = {
    schema: LESSON_SCHEMA,
    meta,
    sections: sections.map(({ title, slug, parts }): Section => ({ title, slug, parts })),
  };
  return { lesson, diagnostics: diagnostics() };
}

/** A fence name that is probably meant as a block (a near miss of a known one), not code to show. */
function looksLikeBlock(name: string, blocks: ReadonlyMap<string, Block>): boolean {
  return name !== '' && didYouMean(name, [...blocks.keys()]) !== undefined && !KNOWN_CODE_LANGUAGES.has(name);
}

/** Languages a lesson may show as code, never taken for a misspelled block. */
const KNOWN_CODE_LANGUAGES = new Set([
  'js',
  'javascript',
  'ts',
  'typescript',
  'html',
  'css',
  'json',
  'yaml',
  'yml',
  'text',
  'md',
  'markdown',
  'python',
  'sh',
  'bash',
  'quote',
]);
