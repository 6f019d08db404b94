/** The stages of a bill's journey, in order. */
export const STAGES = [
  'introduced',
  'committee',
  'passed-house',
  'passed-senate',
  'resolved',
  'signed',
  'public-law',
] as const;
export type Stage = (typeof STAGES)[number];

export interface Sponsor {
  readonly name: string;
  /** `R`, `D`, `I`… */
  readonly party?: string;
  /** Two-letter state. */
  readonly state?: string;
  /** Rep., Sen. */
  readonly title?: string;
}

export interface StageEvent {
  readonly stage: Stage;
  /** YYYY-MM-DD */
  readonly date?: string;
  /** `yea-nay` (388-25), or words such as "voice vote" or "unanimous consent". */
  readonly vote?: string;
  readonly note?: string;
}

/** A bill as `<lk-bill>` shows it. Text is plain text (never HTML). */
export interface BillData {
  readonly number: string;
  readonly congress?: number;
  readonly publicLaw?: string;
  readonly shortTitle?: string;
  readonly title: string;
  readonly sponsors: readonly Sponsor[];
  readonly cosponsors?: readonly Sponsor[];
  /** Only the stages that happened. */
  readonly stages: readonly StageEvent[];
  readonly provisions: readonly { readonly summary: string; readonly detail?: string }[];
  readonly doesNot?: readonly string[];
  readonly money?: { readonly authorized?: string; readonly appropriated?: string; readonly note?: string };
  readonly myths?: readonly { readonly myth: string; readonly fact: string }[];
  /** Its sources; `number` is a source's number in the page's list (a lesson's), shown as its list number. */
  readonly sources?: readonly { readonly title: string; readonly url?: string; readonly number?: number }[];
  /** Definitions of the `[[term]]` / `[[term|words]]` marks in the text, shown as `<lk-term>`s. */
  readonly glossary?: Readonly<Record<string, string>>;
  /**
   * The number each `[@id]` citation in the text shows (`[2]`), by source id; the citation links
   * to `#source-<id>` on the page (a lesson's sources list). Without a number it shows the id.
   */
  readonly citations?: Readonly<Record<string, number>>;
}

/** A piece of a bill's text: a plain run, a glossary mark, or a citation. */
/** Pieces of a text: plain runs, glossary marks and citations (`splitMarks`, shared with the other blocks). */
export { splitMarks as splitTerms, type TextPiece } from '@lessonkit/core/marks.js';

/** `388-25` → yeas and nays; anything else is not a roll-call vote. */
export function parseVote(vote: string): { yeas: number; nays: number } | undefined {
  const match = /^(\d+)\s*[-–]\s*(\d+)$/.exec(vote.trim());
  return match ? { yeas: Number(match[1]), nays: Number(match[2]) } : undefined;
}

/** One bill in a comparison: plain text per aspect. */
export interface ComparedBill {
  /** Identifier used in answers. */
  readonly id: string;
  /** Short name: FOSTA, S.1311… */
  readonly label: string;
  readonly number?: string;
  readonly scope?: string;
  readonly protects?: string;
  readonly changes?: string;
  readonly money?: string;
  /** When it became law (YYYY-MM-DD). */
  readonly date?: string;
}

/** "Which bill does this?": a statement and the id of the bill it describes. */
export interface WhichBillQuestion {
  readonly statement: string;
  readonly answer: string;
  readonly feedback?: string;
}

export interface CompareData {
  readonly bills: readonly ComparedBill[];
  readonly questions?: readonly WhichBillQuestion[];
  /** The number each `[@id]` citation in the bills' texts and the feedback shows, by source id (as in `BillData`). */
  readonly citations?: Readonly<Record<string, number>>;
}
