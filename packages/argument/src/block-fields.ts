// What the four argument blocks read and write alike: DOM-free, for the pipeline.
import { attr, markup, type Block, type BlockContext, type Fields, type RawHtml } from '@lessonkit/pipeline';

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
