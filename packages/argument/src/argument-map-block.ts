// The `argument-map` lesson block: DOM-free, for the pipeline (Node and browser).
import { attr, defineBlock, jsonScript, markedText, markup, type Fields } from '@lessonkit/pipeline';
import {
  ACTIVITY_KEYS,
  activityAttributes,
  activityModel,
  errorCount,
  readActivityFields,
  sourceData,
  withElementCheck,
  withReasonCitations,
} from './block-fields.js';
import {
  keyedCards,
  type ArgumentMapData,
  type MapCard,
  type MapReason,
  argumentMapProblem,
} from './argument-map-model.js';

/** A YAML node, as the Fields API hands it out. */
type Node = NonNullable<ReturnType<Fields['value']>>;

export interface ArgumentMapModel {
  readonly id: string;
  readonly points?: number;
  readonly maxAttempts?: number;
  readonly data: ArgumentMapData;
}

const WORDS = {
  en: { tray: 'Not in the text', assumptions: 'Unstated assumptions' },
  es: { tray: 'No está en el texto', assumptions: 'Supuestos implícitos' },
};

/** A card: a text, or `{ text, why }`. Undefined (reported) when it is neither. */
function readCard(
  fields: Fields,
  node: Node,
  what: string,
  extra: readonly string[] = [],
): { card?: MapCard; entry?: Fields } {
  if (!fields.isMapping(node)) {
    const value = (node as { value?: unknown }).value;
    if (value === null || value === undefined || typeof value === 'object' || String(value).trim() === '') {
      fields.report.error(fields.offset(node), `${what} must be a text, or "text:" and "why:" lines.`);
      return {};
    }
    return { card: { text: String(value).trim() } };
  }
  const entry = fields.mapping(node, what);
  if (!entry) return {};
  entry.allow(['text', 'why', ...extra]);
  const text = entry.string('text', { required: true, hint: 'Write the card’s statement under "text:".' });
  const why = entry.string('why');
  if (text === undefined) return { entry };
  return { card: { text, ...(why ? { why } : {}) }, entry };
}

/** Where a card's text was written, to point at the second of two cards that read the same. */
type Written = { text: string; at: number }[];

/** The cards of a list under `key` of `fields` (each noted in `written`); undefined when one is wrong. */
function readCards(fields: Fields, key: string, what: string, written: Written): MapCard[] | undefined {
  const cards: MapCard[] = [];
  let ok = true;
  for (const [index, node] of (fields.list(key) ?? []).entries()) {
    const { card } = readCard(fields, node, `${what} ${index + 1}`);
    if (card) {
      cards.push(card);
      written.push({ text: card.text, at: fields.offset(node) });
    } else ok = false;
  }
  return ok ? cards : undefined;
}

export const argumentMapBlock = withReasonCitations(
  withElementCheck(
    defineBlock<ArgumentMapModel>({
      name: 'argument-map',
      parse(fields, context) {
        const before = errorCount(fields);
        fields.allow([...ACTIVITY_KEYS, 'thesis', 'reasons', 'assumptions', 'distractors', 'tray', 'given-reasons']);
        const common = readActivityFields(fields, context, 'Give the map an id, such as "id: op-ed-map".');
        const thesis = fields.string('thesis', {
          required: true,
          hint: 'State the thesis under "thesis:"; it is given to students.',
        });
        const tray = fields.string('tray');
        const givenReasons = fields.boolean('given-reasons');

        const reasons: MapReason[] = [];
        const written: Written = [];
        const nodes = fields.list('reasons', {
          required: true,
          hint: 'List the reasons under "reasons:", each with "text:" and its "evidence:".',
        });
        for (const [index, node] of (nodes ?? []).entries()) {
          const { card, entry } = readCard(fields, node, `reason ${index + 1}`, ['evidence']);
          if (card) written.push({ text: card.text, at: fields.offset(node) });
          const evidence = entry ? readCards(entry, 'evidence', `evidence`, written) : [];
          if (!card || !evidence) continue;
          reasons.push({ ...card, ...(evidence.length > 0 ? { evidence } : {}) });
        }
        const assumptions = readCards(fields, 'assumptions', 'assumption', written);
        const distractors = readCards(fields, 'distractors', 'distractor', written);
        // With the reasons given, the evidence, assumptions and distractors are all there is to place.
        const toPlace = givenReasons
          ? reasons.reduce((sum, reason) => sum + (reason.evidence?.length ?? 0), 0) +
            (assumptions?.length ?? 0) +
            (distractors?.length ?? 0)
          : reasons.length;
        if (reasons.length > 0 && toPlace === 0)
          fields.report.error(
            fields.offset(fields.value('given-reasons')),
            'with "given-reasons: true" there is nothing left for students to place.',
            'Add evidence, assumptions or distractors, or leave "given-reasons" out.',
          );
        const seen = new Set<string>();
        for (const { text, at } of written) {
          if (!text) continue;
          if (seen.has(text)) {
            fields.report.error(
              at,
              `two cards read "${text}": students could not tell them apart.`,
              'Reword one of them.',
            );
          }
          seen.add(text);
        }

        if (errorCount(fields) > before || !common.id || thesis === undefined || reasons.length === 0) return undefined;
        return {
          ...activityModel(common, common.id),
          data: {
            thesis,
            reasons,
            ...(assumptions && assumptions.length > 0 ? { assumptions } : {}),
            ...(distractors && distractors.length > 0 ? { distractors } : {}),
            ...(tray !== undefined ? { tray } : {}),
            ...(givenReasons ? { givenReasons } : {}),
            ...sourceData(common),
          },
        };
      },
      items: (model) => [model.id],
      render(model) {
        const { data } = model;
        return markup`<lk-argument-map${activityAttributes(model)}>
      ${jsonScript(data)}
      <p${attr('lang', data.lang)}><strong>${data.thesis}</strong></p>
    </lk-argument-map>`.html;
      },
      print(model, context) {
        const { data } = model;
        const words = context.lang.toLowerCase().startsWith('es') ? WORDS.es : WORDS.en;
        const tray = data.tray ?? words.tray;
        const cards = keyedCards(data);
        // The worksheet lists the cards in a fixed mixed order (by text), so the key's order is not given away.
        const mixed = [...cards]
          .filter((card) => !(data.givenReasons && card.kind === 'reason'))
          .sort((a, b) => a.text.localeCompare(b.text));
        return {
          worksheet: markup`<p${attr('lang', data.lang)}><strong>${data.thesis}</strong></p>
        ${data.givenReasons ? markup`<ol>${data.reasons.map((reason) => markup`<li>${reason.text}</li>`)}</ol>` : ''}
        <ul class="lk-cards"${attr('lang', data.lang)}>${mixed.map((card) => markup`<li>${card.text}</li>`)}</ul>`.html,
          key: markup`<li><strong>${model.id}</strong>:<ol>${data.reasons.map(
            (reason) =>
              markup`<li><strong>${reason.text}</strong>${
                reason.evidence
                  ? markup`<ul>${reason.evidence.map((evidence) => markup`<li>${evidence.text}</li>`)}</ul>`
                  : ''
              }</li>`,
          )}</ol>
        ${data.assumptions ? markup`<p>${words.assumptions}:</p><ul>${data.assumptions.map((card) => markup`<li>${card.text}</li>`)}</ul>` : ''}
        ${data.distractors ? markup`<p>${tray}:</p><ul>${data.distractors.map((card) => markup`<li>${card.text}${card.why ? markup` — ${markedText(card.why, data.citations ?? {}, context.lang)}` : ''}</li>`)}</ul>` : ''}</li>`
            .html,
        };
      },
    }),
    argumentMapProblem,
  ),
);
