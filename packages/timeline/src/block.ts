// The `timeline` lesson block: DOM-free, for the pipeline (Node and browser).
import { shuffleAway } from '@lessonkit/core/shuffle.js';
import { attr, citationLink, defineBlock, markup, raw, type Fields, type RenderContext } from '@lessonkit/pipeline';
import { compareDates, formatDate, isoDate, parseDate, type TimelineDate } from './dates.js';

const CATEGORY_VALUES = ['law', 'policy', 'court', 'event', 'report', 'other'] as const;

export interface TimelineEventModel {
  readonly start: TimelineDate;
  readonly end?: TimelineDate;
  readonly title: string;
  /** Safe HTML. */
  readonly body?: string;
  readonly category: (typeof CATEGORY_VALUES)[number];
  readonly sources: readonly string[];
  readonly image?: { readonly src: string; readonly alt: string };
}

export interface TimelineModel {
  readonly id: string;
  readonly title?: string;
  readonly mode: 'explore' | 'sequence';
  readonly events: readonly TimelineEventModel[];
}

const DATE_HINT = 'Use YYYY, YYYY-MM or YYYY-MM-DD (a range as {start: …, end: …}).';

/** Reads `date:` as a date or a {start, end} range, reporting what is wrong at its place. */
function readDate(fields: Fields, what: string): { start: TimelineDate; end?: TimelineDate } | undefined {
  const node = fields.value('date', true, DATE_HINT);
  if (!node) return undefined;
  if (fields.isMapping(node)) {
    const inner = fields.mapping(node, `the date of ${what}`);
    if (!inner) return undefined;
    inner.allow(['start', 'end']);
    const startText = inner.string('start', { required: true, hint: DATE_HINT });
    const endText = inner.string('end', { required: true, hint: DATE_HINT });
    const start = startText === undefined ? undefined : parseDate(startText);
    const end = endText === undefined ? undefined : parseDate(endText);
    if (startText !== undefined && !start)
      fields.report.error(inner.offset(inner.value('start')), `"${startText}" is not a date.`, DATE_HINT);
    if (endText !== undefined && !end)
      fields.report.error(inner.offset(inner.value('end')), `"${endText}" is not a date.`, DATE_HINT);
    if (!start || !end) return undefined;
    if (compareDates(end, start) < 0) {
      fields.report.error(
        inner.offset(inner.value('end')),
        `the range of ${what} ends before it starts.`,
        'Put the earlier date in "start".',
      );
      return undefined;
    }
    return { start, end };
  }
  const text = fields.string('date', { required: true, hint: DATE_HINT });
  if (text === undefined) return undefined;
  const start = parseDate(text);
  if (!start) {
    fields.report.error(fields.offset(node), `"${text}" in ${what} is not a date.`, DATE_HINT);
    return undefined;
  }
  return { start };
}

const printWords = (lang: string) =>
  lang === 'es'
    ? {
        order: 'Numera los acontecimientos en orden, del más antiguo al más reciente:',
        ties: '(los acontecimientos de la misma fecha, unidos por =, pueden ir en cualquier orden)',
      }
    : {
        order: 'Number the events in order, earliest first:',
        ties: '(events with the same date, joined by =, may go in either order)',
      };

/** When an event happened, as a reader of `lang` writes it (a range as "start – end"). */
const when = (event: TimelineEventModel, lang: string) =>
  event.end ? `${formatDate(event.start, lang)} – ${formatDate(event.end, lang)}` : formatDate(event.start, lang);

/**
 * A sequencing timeline on paper: the events shuffled, without their dates, a
 * blank to number each; the answer key gives the order with the dates. (An
 * explorable timeline prints as it renders: its dates are its content.)
 */
function printSequence(model: TimelineModel, context: RenderContext): { worksheet: string; key: string } {
  const w = printWords(context.lang);
  // The answer is the order by date, whatever order the author listed the events in.
  const sorted = [...model.events].sort((a, b) => compareDates(a.start, b.start));
  // Never printed solved: not even with only events of the same date swapped.
  const shown = shuffleAway(sorted, model.id, (order) =>
    order.every((event, index) => {
      const before = order[index - 1];
      return before === undefined || compareDates(before.start, event.start) <= 0;
    }),
  );
  const worksheet = markup`<div class="lk-print-question" id=${`print-${model.id}`}>
      ${model.title ? markup`<p class="lk-q"><strong>${model.title}</strong></p>` : ''}
      <p>${w.order}</p>
      <ul class="lk-blank-list">
        ${shown.map((event) => markup`<li>____ ${raw(event.title)}</li>`)}
      </ul>
    </div>`;
  const tie = (index: number) => {
    const [before, event] = [sorted[index - 1], sorted[index]];
    return before !== undefined && event !== undefined && compareDates(before.start, event.start) === 0;
  };
  const order = sorted.map(
    (event, index) =>
      markup`${index ? (tie(index) ? ' = ' : ' → ') : ''}${raw(event.title)} (${when(event, context.lang)})`,
  );
  const ties = sorted.some((_, index) => tie(index)) ? markup` ${w.ties}` : '';
  return { worksheet: worksheet.html, key: markup`<li><strong>${model.id}</strong>: ${order}${ties}</li>`.html };
}

export const timelineBlock = defineBlock<TimelineModel>({
  name: 'timeline',
  parse(fields, context) {
    fields.allow(['id', 'title', 'mode', 'events']);
    const id = fields.string('id', { required: true, hint: 'Give the timeline an id, such as "id: uac-policy".' });
    const idOk = id !== undefined && context.claimId(id, fields.offset(fields.value('id')));
    const title = fields.string('title');
    const mode = fields.choice('mode', ['explore', 'sequence'] as const) ?? 'explore';
    const nodes = fields.list('events', { required: true, hint: 'List the events under "events:".' }) ?? [];
    const events: TimelineEventModel[] = [];
    nodes.forEach((node, index) => {
      const what = `event ${index + 1} of this timeline`;
      const event = fields.mapping(node, what);
      if (!event) return;
      event.allow(['date', 'title', 'body', 'category', 'sources', 'image']);
      let image: { src: string; alt: string } | undefined;
      const imageNode = event.value('image');
      if (imageNode) {
        const picture = event.mapping(imageNode, `the image of ${what}`);
        if (picture) {
          picture.allow(['src', 'alt']);
          const src = picture.string('src', {
            required: true,
            hint: 'A path beside the lesson (images/photo.jpg) or an https:// address.',
          });
          // alt: "" is allowed (a decorative image), a missing alt is not.
          const hasAlt = picture.has('alt');
          if (!hasAlt) {
            picture.report.error(
              picture.offset(),
              `the image of ${what} is missing "alt". Describe the image for someone who cannot see it (alt: "" only if it adds nothing).`,
            );
          }
          const alt = hasAlt ? (picture.string('alt') ?? '') : undefined;
          if (src !== undefined && !/^(https?:\/\/|[\w./-]+$)/i.test(src)) {
            picture.report.error(
              picture.offset(picture.value('src')),
              `the image address "${src}" is not a path or an http(s) address.`,
            );
          } else if (src !== undefined && alt !== undefined) image = { src, alt };
        }
      }
      const date = readDate(event, what);
      const eventTitle = event.string('title', { required: true });
      const body = event.string('body');
      const category = event.choice('category', CATEGORY_VALUES) ?? 'event';
      const sources = event.strings('sources') ?? [];
      const bodyHtml = body === undefined ? undefined : context.markdown(body, event.offset(event.value('body')));
      const cites = sources.map((source) => `[@${source}]`).join(' ');
      if (cites) context.inline(cites, event.offset(event.value('sources')));
      if (!date || eventTitle === undefined) return;
      events.push({
        ...date,
        title: context.inline(eventTitle, event.offset(event.value('title'))),
        ...(bodyHtml !== undefined ? { body: bodyHtml } : {}),
        category,
        sources,
        ...(image ? { image } : {}),
      });
    });
    if (mode === 'sequence' && nodes.length === 1) {
      fields.report.error(
        fields.offset(fields.value('events')),
        'a sequencing timeline needs at least two events to put in order.',
        'Add events, or leave out "mode: sequence".',
      );
      return undefined;
    }
    if (
      mode === 'sequence' &&
      events.length > 1 &&
      events.every((event) => compareDates(event.start, events[0]?.start ?? event.start) === 0)
    ) {
      fields.report.error(
        fields.offset(fields.value('events')),
        'every event of this sequencing timeline has the same date, so any order is right.',
        'Give the events different dates, or leave out "mode: sequence".',
      );
      return undefined;
    }
    if (!idOk || id === undefined || events.length !== nodes.length) return undefined;
    return { id, mode, events, ...(title !== undefined ? { title } : {}) };
  },
  items: (model) => (model.mode === 'sequence' ? [model.id] : []),
  render(model, context) {
    const sourceNumber = (id: string) => context.meta.sources.findIndex((source) => source.id === id) + 1;
    return markup`<lk-timeline${attr('item-id', model.id)}${attr('mode', model.mode === 'sequence' ? 'sequence' : undefined)}>
      ${model.title ? markup`<h3 slot="title">${model.title}</h3>` : ''}
      <ol>
        ${model.events.map(
          (event) => markup`<li${attr('data-date', isoDate(event.start))}${attr(
            'data-end',
            event.end ? isoDate(event.end) : undefined,
          )}${attr('data-category', event.category)}>
            <time${attr('datetime', isoDate(event.start))}>${when(event, context.lang)}</time>
            <strong>${raw(event.title)}</strong>
            ${event.body ? raw(event.body) : ''}
            ${event.image ? markup`<img src="${event.image.src}" alt="${event.image.alt}" loading="lazy" />` : ''}
            ${event.sources.map((id) => markup` ${citationLink(id, sourceNumber(id), context.lang)}`)}
          </li>`,
        )}
      </ol>
    </lk-timeline>`.html;
  },
  print: (model, context) => (model.mode === 'sequence' ? printSequence(model, context) : undefined),
});

export const timelineBlocks = [timelineBlock];
