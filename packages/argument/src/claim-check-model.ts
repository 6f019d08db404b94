import type { Attribution, CitedReasons } from './attribution.js';
/** The verdicts a learner can give a claim, in the order they are offered. */
export const VERDICTS = [
  'accurate',
  'needs-context',
  'partly-accurate',
  'misleading',
  'unsupported',
  'unverified',
  'opinion',
] as const;

export type Verdict = (typeof VERDICTS)[number];

/** The steps of lateral reading, in the order they are walked through. */
export const LATERAL_STEPS = ['stop', 'investigate', 'coverage', 'trace'] as const;

export type LateralStep = (typeof LATERAL_STEPS)[number];

/** The verdicts' names, for the element (through the i18n layer) and the printed worksheet. */
export const VERDICT_NAMES: Readonly<Record<'en' | 'es', Readonly<Record<Verdict, string>>>> = {
  en: {
    accurate: 'Accurate',
    'needs-context': 'Accurate, needs context',
    'partly-accurate': 'Partly accurate',
    misleading: 'Misleading',
    unsupported: 'Unsupported',
    unverified: 'Unverified',
    opinion: 'Opinion',
  },
  es: {
    accurate: 'Exacta',
    'needs-context': 'Exacta, pero le falta contexto',
    'partly-accurate': 'Parcialmente exacta',
    misleading: 'Engañosa',
    unsupported: 'Sin fundamento',
    unverified: 'No verificada',
    opinion: 'Opinión',
  },
};

/** The steps' headings, for the element (through the i18n layer) and the printed key. */
export const LATERAL_STEP_NAMES: Readonly<Record<'en' | 'es', Readonly<Record<LateralStep, string>>>> = {
  en: {
    stop: 'Stop',
    investigate: 'Investigate the source',
    coverage: 'Find better coverage',
    trace: 'Trace to the original',
  },
  es: {
    stop: 'Detente',
    investigate: 'Investiga la fuente',
    coverage: 'Busca mejor cobertura',
    trace: 'Rastrea hasta el original',
  },
};

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

export function isLateralStep(value: unknown): value is LateralStep {
  return typeof value === 'string' && (LATERAL_STEPS as readonly string[]).includes(value);
}

/** Whether a value is an http(s) address: the only links the element and the block accept. */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/\S/i.test(value);
}

/** A source a step points to. */
export interface ClaimLink {
  readonly title: string;
  /** An http(s) address; opens in a new tab. */
  readonly url: string;
}

/** One step of the lateral-reading walk-through: what the sources say at that step. */
export interface ClaimStep {
  readonly text: string;
  readonly links?: readonly ClaimLink[];
}

/** One answer to "What evidence would you need to check this claim?" */
export interface ClaimEvidence {
  readonly text: string;
  /** Whether checking the claim needs it. */
  readonly needed: boolean;
  /** Why it is needed, or why not. */
  readonly why?: string;
}

/** One claim check: a claim from the text, the author's verdict and what the sources say. */
export interface ClaimCheckData extends Attribution, CitedReasons {
  /** The claim, quoted as plain text. */
  readonly claim: string;
  /** The right verdict. */
  readonly answer: Verdict;
  /** The verdicts offered, in order; all of them when left out. Must include the answer. */
  readonly verdicts?: readonly Verdict[];
  /** Why, per offered verdict: for the answer, why it is right; for the others, why not. */
  readonly why: Partial<Record<Verdict, string>>;
  /** Answers to "What evidence would you need?", shown as checkboxes. */
  readonly evidence?: readonly ClaimEvidence[];
  /** What the sources say, step by step; "trace" is required. */
  readonly steps: Partial<Record<LateralStep, ClaimStep>> & { readonly trace: ClaimStep };
}

/** The steps the author gave, in the order of lateral reading. */
export function lateralSteps(data: ClaimCheckData): [LateralStep, ClaimStep][] {
  return LATERAL_STEPS.flatMap((name): [LateralStep, ClaimStep][] => {
    const step = data.steps[name];
    return step ? [[name, step]] : [];
  });
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function evidenceProblem(evidence: unknown): string {
  if (evidence === undefined) return '';
  if (!Array.isArray(evidence)) return 'the evidence is not a list.';
  for (const [index, entry] of (evidence as unknown[]).entries()) {
    const n = index + 1;
    if (!isObject(entry) || !isText(entry.text)) return `evidence ${n} has no text.`;
    if (typeof entry.needed !== 'boolean')
      return `evidence ${n} ("${entry.text}") must say whether it is needed: true or false.`;
    if (entry.why !== undefined && typeof entry.why !== 'string') return `the "why" of evidence ${n} is not text.`;
  }
  return '';
}

function stepProblem(name: string, step: unknown): string {
  if (!isObject(step) || !isText(step.text)) return `the "${name}" step has no text.`;
  if (step.links === undefined) return '';
  if (!Array.isArray(step.links)) return `the links of the "${name}" step are not a list.`;
  for (const link of step.links as unknown[]) {
    if (!isObject(link) || !isText(link.title)) return `a link in the "${name}" step has no title.`;
    if (!isHttpUrl(link.url)) return `the link "${link.title}" in the "${name}" step is not an http(s) address.`;
  }
  return '';
}

function stepsProblem(steps: unknown): string {
  if (!isObject(steps) || Object.keys(steps).length === 0) return 'there are no steps: give at least "trace".';
  const unknown = Object.keys(steps).find((name) => !isLateralStep(name));
  if (unknown !== undefined) return `the step "${unknown}" is not one of: ${LATERAL_STEPS.join(', ')}.`;
  if (steps.trace === undefined) return 'the "trace" step is missing: say where the claim comes from.';
  for (const name of LATERAL_STEPS) {
    if (steps[name] === undefined) continue;
    const problem = stepProblem(name, steps[name]);
    if (problem) return problem;
  }
  return '';
}

/** What is wrong with a `ClaimCheckData` for a teacher to fix, or '' when nothing is. */
export function claimCheckProblem(data: ClaimCheckData): string {
  if (!isObject(data)) return 'the data is not an object.';
  if (!isText(data.claim)) return 'the claim is empty or not text.';
  if (data.source !== undefined && typeof data.source !== 'string') return 'the source is not text.';
  if (data.url !== undefined && !isHttpUrl(data.url)) return `the url "${String(data.url)}" is not an http(s) address.`;
  if (data.lang !== undefined && typeof data.lang !== 'string') return 'the lang is not text.';
  if (!isVerdict(data.answer)) return `the answer "${String(data.answer)}" is not one of: ${VERDICTS.join(', ')}.`;
  if (data.verdicts !== undefined && !Array.isArray(data.verdicts)) return 'the verdicts are not a list.';
  const verdicts: readonly unknown[] = data.verdicts ?? VERDICTS;
  const unknown = verdicts.find((verdict) => !isVerdict(verdict));
  if (unknown !== undefined) return `the verdict "${String(unknown)}" is not one of: ${VERDICTS.join(', ')}.`;
  const twice = verdicts.find((verdict, index) => verdicts.indexOf(verdict) !== index);
  if (twice !== undefined) return `the verdict "${String(twice)}" is listed twice.`;
  if (verdicts.length < 2) return 'there must be at least two verdicts.';
  if (!verdicts.includes(data.answer)) return `the answer "${data.answer}" is not among the verdicts.`;
  if (!isObject(data.why)) return '"why" is missing.';
  const missing = (verdicts as Verdict[]).find((verdict) => !isText(data.why[verdict]));
  if (missing !== undefined) return `"why" has no explanation for "${missing}".`;
  return evidenceProblem(data.evidence) || stepsProblem(data.steps);
}
