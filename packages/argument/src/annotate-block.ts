// The `annotate` lesson block: DOM-free, for the pipeline (Node and browser).
import { attr, defineBlock, didYouMean, jsonScript, markedText, markup, type Fields } from '@lessonkit/pipeline';
import {
  ACTIVITY_KEYS,
  activityAttributes,
  activityModel,
  errorCount,
  quoteHtml,
  readActivityFields,
  sourceData,
  withElementCheck,
  withReasonCitations,
} from './block-fields.js';
import {
  TAG_NAMES,
  TAGS,
  isTag,
  labelId,
  type AnnotateData,
  type AnnotateSpan,
  type CustomLabel,
  type Tag,
  annotateProblem,
} from './annotate-model.js';

/** A YAML node, as the Fields API hands it out. */
type Node = NonNullable<ReturnType<Fields['value']>>;

export interface AnnotateModel {
  readonly id: string;
  readonly points?: number;
  readonly maxAttempts?: number;
  readonly data: AnnotateData;
}

const LABEL_ID = /^[a-z0-9][a-z0-9-]*$/;
const TAG_HINT = `Tags: ${TAGS.join(', ')}; or a label of your own as "{ id: fact, name: Fact }".`;

const tagNames = (lang: string) => (lang.toLowerCase().startsWith('es') ? TAG_NAMES.es : TAG_NAMES.en);

/** The labels under `labels:`, each checked at its own line; undefined when one is wrong. */
function readLabels(fields: Fields): (Tag | CustomLabel)[] | undefined {
  const labels: (Tag | CustomLabel)[] = [];
  let ok = true;
  const nodes = fields.list('labels');
  for (const node of nodes ?? []) {
    const at = fields.offset(node);
    let label: Tag | CustomLabel | undefined;
    const entry = fields.isMapping(node) ? fields.mapping(node, 'a label') : undefined;
    if (entry) {
      entry.allow(['id', 'name', 'define']);
      const id = entry.string('id', { required: true, hint: 'Give the label a short id, such as "id: fact".' });
      const name = entry.string('name', { required: true, hint: 'Give the label the name students see.' });
      const define = entry.string('define');
      if (id !== undefined && !LABEL_ID.test(id)) {
        entry.report.error(
          entry.offset(entry.value('id')),
          `the label id "${id}" must be lower-case letters, digits and dashes.`,
        );
      } else if (id !== undefined && name !== undefined) {
        label = { id, name, ...(define !== undefined ? { define } : {}) };
      }
    } else {
      const text = String((node as { value?: unknown }).value ?? '').trim();
      if (isTag(text)) label = text;
      else {
        const guess = didYouMean(text, TAGS);
        fields.report.error(at, `the label "${text}" is not a tag.`, guess ? `Did you mean "${guess}"?` : TAG_HINT);
      }
    }
    if (!label) {
      ok = false;
      continue;
    }
    const id = labelId(label);
    if (labels.some((other) => labelId(other) === id)) {
      fields.report.error(at, `the label "${id}" is listed twice.`);
      ok = false;
    } else labels.push(label);
  }
  if (!ok) return undefined;
  if (nodes && labels.length < 2) {
    fields.report.error(
      fields.offset(fields.value('labels')),
      'list at least two labels (or leave "labels" out for all seven tags).',
    );
    return undefined;
  }
  if (labels.length > 9) {
    fields.report.error(fields.offset(fields.value('labels')), 'list at most nine labels: one per number key.');
    return undefined;
  }
  return labels;
}

/** One label id, checked against the labels offered. */
function labelAt(fields: Fields, node: Node, text: string, ids: readonly string[], what: string): boolean {
  if (ids.includes(text)) return true;
  const guess = didYouMean(text, ids);
  fields.report.error(
    fields.offset(node),
    `${what} "${text}" is not one of the labels.`,
    guess ? `Did you mean "${guess}"?` : `Labels: ${ids.join(', ')}.`,
  );
  return false;
}

function readSentence(
  fields: Fields,
  node: Node,
  index: number,
  ids: readonly string[] | undefined,
): AnnotateSpan | undefined {
  const entry = fields.mapping(node, `sentence ${index + 1}`);
  if (!entry) return undefined;
  entry.allow(['text', 'answer', 'accept', 'why', 'paragraph']);
  const text = entry.string('text', { required: true, hint: 'Quote the sentence under "text:".' });
  const answer = entry.string('answer', {
    required: true,
    hint: 'Give the label the key expects, such as "answer: claim".',
  });
  const why = entry.string('why', {
    required: true,
    hint: 'Say why the sentence plays that role: students see it as feedback.',
  });
  const paragraph = entry.boolean('paragraph');
  let ok = text !== undefined && answer !== undefined && why !== undefined;
  const answerNode = entry.value('answer');
  if (answer !== undefined && answerNode && ids && !labelAt(entry, answerNode, answer, ids, 'the answer')) ok = false;
  const accept: string[] = [];
  for (const item of entry.list('accept') ?? []) {
    const id = String((item as { value?: unknown }).value ?? '').trim();
    if (ids && !labelAt(entry, item, id, ids, '"accept" has')) ok = false;
    else if (id === answer)
      entry.report.warning(entry.offset(item), `"${id}" is the answer already; "accept" lists other labels.`);
    else accept.push(id);
  }
  if (!ok || text === undefined || answer === undefined || why === undefined) return undefined;
  return { text, answer, why, ...(accept.length > 0 ? { accept } : {}), ...(paragraph ? { paragraph } : {}) };
}

export const annotateBlock = withReasonCitations(
  withElementCheck(
    defineBlock<AnnotateModel>({
      name: 'annotate',
      parse(fields, context) {
        const before = errorCount(fields);
        fields.allow([...ACTIVITY_KEYS, 'labels', 'sentences']);
        const common = readActivityFields(fields, context, 'Give the activity an id, such as "id: passage-a".');
        const labels = readLabels(fields);
        // With a wrong label list, answers are not checked against it: one mistake, one error.
        const ids = labels ? (labels.length > 0 ? labels.map(labelId) : [...TAGS]) : undefined;
        const nodes = fields.list('sentences', {
          required: true,
          hint: 'List the sentences under "sentences:", each with "text", "answer" and "why".',
        });
        const sentences = (nodes ?? []).map((node, index) => readSentence(fields, node, index, ids));
        if (errorCount(fields) > before || !common.id || !nodes) return undefined;
        return {
          ...activityModel(common, common.id),
          data: {
            sentences: sentences.filter((sentence) => sentence !== undefined),
            ...(labels && labels.length > 0 ? { labels } : {}),
            ...sourceData(common),
          },
        };
      },
      items: (model) => [model.id],
      render(model) {
        const { data } = model;
        const passage = data.sentences.map((sentence) => sentence.text).join(' ');
        return markup`<lk-annotate${activityAttributes(model)}>${jsonScript(data)} ${quoteHtml(passage, data)}</lk-annotate>`
          .html;
      },
      print(model, context) {
        const words = tagNames(context.lang);
        const labels = model.data.labels ?? TAGS;
        const name = (id: string) => {
          const label = labels.find((entry) => labelId(entry) === id);
          return typeof label === 'string' ? words[label] : (label?.name ?? id);
        };
        const { sentences } = model.data;
        return {
          worksheet: markup`<p>${labels.map((label) => name(labelId(label))).join(' · ')}</p>
        <ol class="lk-sentences"${attr('lang', model.data.lang)}>${sentences.map(
          (sentence) => markup`<li>${sentence.text} <span class="lk-blank">__________</span></li>`,
        )}</ol>
        ${model.data.source ? markup`<p>— ${model.data.source}</p>` : ''}`.html,
          key: markup`<li><strong>${model.id}</strong>:<ol>${sentences.map(
            (sentence) =>
              markup`<li><strong>${name(sentence.answer)}</strong>${
                sentence.accept ? ` (${sentence.accept.map(name).join(', ')})` : ''
              }: ${markedText(sentence.why, model.data.citations ?? {}, context.lang)}</li>`,
          )}</ol></li>`.html,
        };
      },
    }),
    annotateProblem,
  ),
);
