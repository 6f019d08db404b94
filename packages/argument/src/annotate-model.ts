import type { Attribution, CitedReasons } from './attribution.js';
/** The tags a learner can give a sentence, when the author names no labels of their own. */
export const TAGS = [
  'thesis',
  'claim',
  'evidence',
  'reasoning',
  'appeal-to-emotion',
  'loaded-language',
  'none',
] as const;

export type Tag = (typeof TAGS)[number];

/** The built-in tags' names, for the element (through the i18n layer) and the printed worksheet. */
export const TAG_NAMES: Readonly<Record<'en' | 'es', Readonly<Record<Tag, string>>>> = {
  en: {
    thesis: 'Thesis',
    claim: 'Claim',
    evidence: 'Evidence',
    reasoning: 'Reasoning',
    'appeal-to-emotion': 'Appeal to emotion',
    'loaded-language': 'Loaded language',
    none: 'No tag',
  },
  es: {
    thesis: 'Tesis',
    claim: 'Afirmación',
    evidence: 'Prueba',
    reasoning: 'Razonamiento',
    'appeal-to-emotion': 'Apelación a la emoción',
    'loaded-language': 'Lenguaje cargado',
    none: 'Sin etiqueta',
  },
};

export function isTag(value: string): value is Tag {
  return (TAGS as readonly string[]).includes(value);
}

/** A label of the author's own: an id, a name and, optionally, a one-line definition. */
export interface CustomLabel {
  readonly id: string;
  readonly name: string;
  readonly define?: string;
}

/** One sentence (or author-marked span) of the passage, with the key. */
export interface AnnotateSpan {
  /** The sentence, as plain text. */
  readonly text: string;
  /** The label the key gives it. */
  readonly answer: string;
  /** Other labels the key also accepts (a teacher may accept "appeal to emotion" for a hook). */
  readonly accept?: readonly string[];
  /** Why the sentence plays that role: shown with the feedback. */
  readonly why: string;
  /** Starts a new paragraph (the first span always does). */
  readonly paragraph?: boolean;
}

/** One "tag the moves" activity: a passage split into spans, the labels and the key. */
export interface AnnotateData extends Attribution, CitedReasons {
  readonly sentences: readonly AnnotateSpan[];
  /** The labels offered, in order: built-in tag ids or labels of the author's own. All seven built-in tags when left out. */
  readonly labels?: readonly (Tag | CustomLabel)[];
}

/** The id of a label entry. */
export const labelId = (label: Tag | CustomLabel): string => (typeof label === 'string' ? label : label.id);

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** What is wrong with an `AnnotateData` for a teacher to fix, or '' when nothing is. */
export function annotateProblem(data: AnnotateData): string {
  if (typeof data !== 'object' || data === null) return 'the data is not an object.';
  if (data.source !== undefined && typeof data.source !== 'string') return 'the source is not text.';
  if (data.url !== undefined && (typeof data.url !== 'string' || !/^https?:\/\//i.test(data.url)))
    return `the url "${String(data.url)}" is not an http(s) address.`;
  if (data.labels !== undefined && !Array.isArray(data.labels)) return 'the labels are not a list.';
  const labels: readonly unknown[] = data.labels ?? TAGS;
  const ids: string[] = [];
  for (const label of labels) {
    if (typeof label === 'string') {
      if (!isTag(label)) return `the label "${label}" is not one of: ${TAGS.join(', ')} (or give { id, name }).`;
      ids.push(label);
    } else if (typeof label === 'object' && label !== null) {
      const { id, name, define } = label as Partial<CustomLabel>;
      if (typeof id !== 'string' || !ID.test(id))
        return `the label id "${String(id)}" must be lower-case letters, digits and dashes.`;
      if (typeof name !== 'string' || !name.trim()) return `the label "${id}" has no name.`;
      if (define !== undefined && typeof define !== 'string') return `the definition of the label "${id}" is not text.`;
      ids.push(id);
    } else return 'a label is neither a tag id nor { id, name }.';
  }
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) return `the label "${twice}" is listed twice.`;
  if (ids.length < 2) return 'there must be at least two labels.';
  if (ids.length > 9) return 'there can be at most nine labels (one per number key).';
  if (!Array.isArray(data.sentences) || data.sentences.length === 0) return 'there are no sentences to tag.';
  for (const [index, span] of data.sentences.entries()) {
    const where = `sentence ${index + 1}`;
    if (typeof span !== 'object' || span === null) return `${where} is not an object.`;
    if (typeof span.text !== 'string' || !span.text.trim()) return `${where} has no text.`;
    if (typeof span.answer !== 'string' || !ids.includes(span.answer))
      return `the answer of ${where} ("${String(span.answer)}") is not one of the labels: ${ids.join(', ')}.`;
    if (span.accept !== undefined) {
      if (!Array.isArray(span.accept)) return `"accept" of ${where} is not a list.`;
      const unknown = span.accept.find((id: unknown) => typeof id !== 'string' || !ids.includes(id));
      if (unknown !== undefined) return `${where} accepts "${String(unknown)}", which is not one of the labels.`;
    }
    if (typeof span.why !== 'string' || !span.why.trim()) return `${where} has no "why".`;
  }
  return '';
}

/** Whether `tag` is right for `span` by the key. */
export const tagIsRight = (span: AnnotateSpan, tag: string | undefined): boolean =>
  tag !== undefined && (tag === span.answer || (span.accept ?? []).includes(tag));
