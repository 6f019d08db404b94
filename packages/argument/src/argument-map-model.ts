import type { Attribution, CitedReasons } from './attribution.js';
/** A card of the map: a statement, and optionally why it belongs where it does. */
export interface MapCard {
  readonly text: string;
  /** Shown with the feedback: why the card goes where the key puts it. */
  readonly why?: string;
}

/** A reason for the thesis, with the evidence offered for it. */
export interface MapReason extends MapCard {
  readonly evidence?: readonly MapCard[];
}

/** One argument map: the thesis (given), and the cards the learner places, as the key has them. */
export interface ArgumentMapData extends Attribution, CitedReasons {
  /** The thesis, shown at the top of the map. */
  readonly thesis: string;
  /** The reasons, each with its evidence. */
  readonly reasons: readonly MapReason[];
  /** What the argument needs but never states. */
  readonly assumptions?: readonly MapCard[];
  /** Cards that are not part of the argument: they belong in the tray ("Not in the text"). */
  readonly distractors?: readonly MapCard[];
  /** The tray's name; "Not in the text" when left out. */
  readonly tray?: string;
  /** Places the reasons from the start (not scored): only evidence and assumptions are left to place. */
  readonly givenReasons?: boolean;
}

export type CardKind = 'reason' | 'evidence' | 'assumption' | 'distractor';

/** A card with its id and its place in the key. */
export interface KeyedCard {
  /** `r2` for reason 2, `r2e1` for its first evidence, `a1`, `d1`. */
  readonly id: string;
  readonly kind: CardKind;
  readonly text: string;
  readonly why?: string;
  /** For evidence: the id of its reason. */
  readonly reason?: string;
}

/** Where a card can go: `reason-2` (one card), `evidence-2`, `assumptions`, `tray` (many). */
export type Target = `reason-${number}` | `evidence-${number}` | 'assumptions' | 'tray';

/** Every card of the key, with ids, in the key's order. */
export function keyedCards(data: ArgumentMapData): KeyedCard[] {
  const cards: KeyedCard[] = [];
  const card = (id: string, kind: CardKind, entry: MapCard, reason?: string): KeyedCard => ({
    id,
    kind,
    text: entry.text,
    ...(entry.why !== undefined ? { why: entry.why } : {}),
    ...(reason !== undefined ? { reason } : {}),
  });
  data.reasons.forEach((reason, r) => {
    cards.push(card(`r${r + 1}`, 'reason', reason));
    (reason.evidence ?? []).forEach((evidence, e) =>
      cards.push(card(`r${r + 1}e${e + 1}`, 'evidence', evidence, `r${r + 1}`)),
    );
  });
  (data.assumptions ?? []).forEach((entry, a) => cards.push(card(`a${a + 1}`, 'assumption', entry)));
  (data.distractors ?? []).forEach((entry, d) => cards.push(card(`d${d + 1}`, 'distractor', entry)));
  return cards;
}

/** Whether `card`, placed at `target`, is where the key puts it, given what the reason slots hold. */
export function isPlacedRight(
  card: KeyedCard,
  target: string | undefined,
  placement: ReadonlyMap<string, string>,
): boolean {
  if (target === undefined) return false;
  switch (card.kind) {
    case 'reason':
      return target.startsWith('reason-');
    case 'evidence': {
      // Under whichever slot holds its reason: the order of the reasons does not matter.
      if (!target.startsWith('evidence-')) return false;
      const slot = `reason-${target.slice('evidence-'.length)}`;
      return card.reason !== undefined && placement.get(card.reason) === slot;
    }
    case 'assumption':
      return target === 'assumptions';
    case 'distractor':
      return target === 'tray';
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function cardProblem(entry: unknown, where: string): string {
  if (typeof entry !== 'object' || entry === null) return `${where} is not an object.`;
  const { text, why } = entry as Partial<MapCard>;
  if (!isText(text)) return `${where} has no text.`;
  if (why !== undefined && typeof why !== 'string') return `the "why" of ${where} is not text.`;
  return '';
}

/** What is wrong with an `ArgumentMapData` for a teacher to fix, or '' when nothing is. */
export function argumentMapProblem(data: ArgumentMapData): string {
  if (typeof data !== 'object' || data === null) return 'the data is not an object.';
  if (!isText(data.thesis)) return 'the thesis is empty or not text.';
  if (!Array.isArray(data.reasons) || data.reasons.length === 0) return 'there are no reasons.';
  for (const [r, reason] of data.reasons.entries()) {
    const problem = cardProblem(reason, `reason ${r + 1}`);
    if (problem) return problem;
    if (reason.evidence !== undefined && !Array.isArray(reason.evidence))
      return `the evidence of reason ${r + 1} is not a list.`;
    for (const [e, evidence] of (reason.evidence ?? []).entries()) {
      const inner = cardProblem(evidence, `evidence ${e + 1} of reason ${r + 1}`);
      if (inner) return inner;
    }
  }
  for (const [list, name] of [
    [data.assumptions, 'assumption'],
    [data.distractors, 'distractor'],
  ] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) return `the ${name}s are not a list.`;
    for (const [index, entry] of list.entries()) {
      const problem = cardProblem(entry, `${name} ${index + 1}`);
      if (problem) return problem;
    }
  }
  if (data.tray !== undefined && !isText(data.tray)) return 'the tray’s name is empty or not text.';
  if (data.givenReasons !== undefined && typeof data.givenReasons !== 'boolean')
    return '"givenReasons" is not true or false.';
  if (data.source !== undefined && typeof data.source !== 'string') return 'the source is not text.';
  if (data.url !== undefined && (typeof data.url !== 'string' || !/^https?:\/\//i.test(data.url)))
    return `the url "${String(data.url)}" is not an http(s) address.`;
  const cards = keyedCards(data);
  if (data.givenReasons && cards.every((card) => card.kind === 'reason'))
    return 'the reasons are given and there is nothing else to place.';
  const texts = cards.map((card) => card.text.trim());
  const twice = texts.find((text, index) => texts.indexOf(text) !== index);
  if (twice !== undefined) return `two cards read the same ("${twice}"): students could not tell them apart.`;
  return '';
}
