// What the four argument blocks read and write alike: DOM-free, for the pipeline.
import {
  attr,
  citationNumbers,
  markup,
  type Block,
  type BlockContext,
  type Fields,
  type RawHtml,
} from '@lessonkit/pipeline';
import { isPair, isScalar, visit, type Node } from 'yaml';

/** The keys every argument block takes, besides its own. */
export const ACTIVITY_KEYS = ['id', 'source', 'url', 'lang', 'points', 'max-attempts'] as const;

/** The fields every argument block has, read and checked at their lines. */
export interface ActivityFields {
  readonly id: string | undefined;
  readonly source: string | undefined;
  readonly url: string | undefined;
  readonly lang: string | undefined;
  readonly points: number | undefined;
  readonly maxAttempts: number | undefined;
}

/** How many errors have been reported so far: a block compares counts to know whether a part was sound. */
export const errorCount = (fields: Fields): number =>
  fields.report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;

/** Reads `id`, `source`, `url` (http(s) only), `lang`, `points` and `max-attempts`; problems are reported. */
export function readActivityFields(fields: Fields, context: BlockContext, idHint: string): ActivityFields {
  const id = fields.string('id', { required: true, hint: idHint });
  if (id !== undefined) context.claimId(id, fields.offset(fields.value('id')));
  const source = fields.string('source');
  let url = fields.string('url');
  if (url !== undefined && !/^https?:\/\//i.test(url)) {
    fields.report.error(fields.offset(fields.value('url')), `the url "${url}" is not an http(s) address.`);
    url = undefined;
  }
  let lang = fields.string('lang');
  if (lang !== undefined) {
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      fields.report.error(
        fields.offset(fields.value('lang')),
        `"${lang}" is not a language tag.`,
        'Use a tag such as "en" or "es".',
      );
      lang = undefined;
    }
  }
  return {
    id,
    source,
    url,
    lang,
    points: fields.number('points', { min: 0 }),
    maxAttempts: fields.number('max-attempts', { min: 0, integer: true }),
  };
}

/** `item-id`, `points` and `max-attempts` on an activity's element. */
export const activityAttributes = (model: { id: string; points?: number; maxAttempts?: number }): RawHtml =>
  markup`${attr('item-id', model.id)}${attr('points', model.points)}${attr('max-attempts', model.maxAttempts)}`;

/** The model's common part, leaving out what is unset. */
export function activityModel(fields: ActivityFields, id: string) {
  return {
    id,
    ...(fields.points !== undefined ? { points: fields.points } : {}),
    ...(fields.maxAttempts !== undefined ? { maxAttempts: fields.maxAttempts } : {}),
  };
}

/** The data's source, url and language, leaving out what is unset. */
export function sourceData(fields: ActivityFields) {
  return {
    ...(fields.source !== undefined ? { source: fields.source } : {}),
    ...(fields.url !== undefined ? { url: fields.url } : {}),
    ...(fields.lang !== undefined ? { lang: fields.lang } : {}),
  };
}

/** A quoted passage with its source line: an element's plain-HTML fallback, and the printed worksheet's quote. */
export const quoteHtml = (text: string, data: { source?: string; url?: string; lang?: string }): RawHtml =>
  markup`<blockquote${attr('lang', data.lang)}${attr('cite', data.url)}><p>${text}</p></blockquote>
      ${data.source ? markup`<p>— ${data.source}</p>` : ''}`;

/**
 * `block`, whose parse then also runs its element's own check (`problem`) on the data it built: a
 * problem its located checks missed stops the build, at the block. So a built page never holds data
 * its element would refuse, and the page's elements skip that check (LESSONKIT_VALIDATED, see
 * BuildEnv in core), which leaves its code out of the page.
 */
export function withElementCheck<Data, Model extends { readonly data: Data }>(
  block: Block<Model>,
  problem: (data: Data) => string,
): Block<Model> {
  return {
    ...block,
    parse(fields, context) {
      const model = block.parse(fields, context);
      const found = model ? problem(model.data) : '';
      if (!found) return model;
      fields.report.error(fields.offset(), `this ${block.name} block: ${found}`);
      return undefined;
    },
  };
}

/** Every text in a block's data, however deep. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/**
 * Lets the reasons of an argument block (every text under a `why` key) cite the lesson's sources
 * and mark glossary terms, as its prose does: each is checked at its line (an unknown source, an
 * unknown term, a mark left open), and the data the element gets carries the number of each cited
 * source (`citations`), so the element links `[n]` to the sources panel, as the worksheet's key
 * does. A citation anywhere else (a quoted passage, a claim, a card) is an error: it would show as
 * typed, and a quote is the author's words, not the lesson's.
 */
export function withReasonCitations<Model extends { readonly data: object }>(block: Block<Model>): Block<Model> {
  const withNumbers = (model: Model, context: Parameters<Block<Model>['render']>[1]): Model => {
    const citations = citationNumbers(textsOf(model.data), context);
    return Object.keys(citations).length > 0 ? { ...model, data: { ...model.data, citations } } : model;
  };
  return {
    ...block,
    parse(fields, context) {
      visit(fields.node, {
        Scalar(_key, node, path) {
          if (typeof node.value !== 'string' || !/\[@|\[\[/.test(node.value)) return;
          const inReason = path.some((step) => isPair(step) && isScalar(step.key) && step.key.value === 'why');
          // Where the value's text starts in the file: after the opening quote of a quoted scalar.
          const at =
            fields.offset(node as Node) + (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0);
          if (inReason) context.inline(node.value, at);
          else if (/\[@[A-Za-z0-9_-]+\]/.test(node.value))
            fields.report.error(
              at,
              `a citation can only be in a reason (under "why") of this ${block.name} block; here it would show as typed.`,
              'Cite the source in the reason that explains this part.',
            );
        },
      });
      return block.parse(fields, context);
    },
    render: (model, context) => block.render(withNumbers(model, context), context),
    ...(block.print ? { print: (model, context) => block.print?.(withNumbers(model, context), context) } : {}),
  };
}
