import type { Attribution, CitedReasons } from './attribution.js';
/** The devices and fallacies a learner can name, in the order they are offered. */
export const DEVICES = [
  'false-dilemma',
  'hasty-generalization',
  'appeal-to-emotion',
  'loaded-language',
  'equivocation',
  'red-herring',
  'none',
] as const;

export type Device = (typeof DEVICES)[number];

/** The devices' names, for the element (through the i18n layer) and the printed worksheet. */
export const DEVICE_NAMES: Readonly<Record<'en' | 'es', Readonly<Record<Device, string>>>> = {
  en: {
    'false-dilemma': 'False dilemma',
    'hasty-generalization': 'Hasty generalization',
    'appeal-to-emotion': 'Appeal to emotion',
    'loaded-language': 'Loaded language',
    equivocation: 'Equivocation',
    'red-herring': 'Red herring',
    none: 'None of these',
  },
  es: {
    'false-dilemma': 'Falso dilema',
    'hasty-generalization': 'Generalización apresurada',
    'appeal-to-emotion': 'Apelación a la emoción',
    'loaded-language': 'Lenguaje cargado',
    equivocation: 'Equívoco',
    'red-herring': 'Pista falsa',
    none: 'Ninguno de estos',
  },
};

export function isDevice(value: string): value is Device {
  return (DEVICES as readonly string[]).includes(value);
}

/** One "name the device" activity: a quoted passage and the author's key. */
export interface FallacyData extends Attribution, CitedReasons {
  /** The quoted passage, as plain text. */
  readonly passage: string;
  /**
   * The device the passage uses, or `none`; or a list of the devices that are each a fair reading of
   * it (a passage can be both loaded language and an appeal to emotion): any of them is right.
   */
  readonly answer: Device | readonly Device[];
  /** The devices offered, in order; all of them when left out. Must include the answer. */
  readonly choices?: readonly Device[];
  /** Why, per device: for the answer, why it is right; for the others, why that pick is wrong. */
  readonly why: Partial<Record<Device, string>>;
}

/** The right answers of a `FallacyData`, one or more. */
export const fallacyAnswers = (data: Pick<FallacyData, 'answer'>): readonly Device[] =>
  typeof data.answer === 'string' ? [data.answer] : data.answer;

/** What is wrong with a `FallacyData` for a teacher to fix, or '' when nothing is. */
export function fallacyProblem(data: FallacyData): string {
  if (typeof data !== 'object' || data === null) return 'the data is not an object.';
  if (typeof data.passage !== 'string' || !data.passage.trim()) return 'the passage is empty or not text.';
  if (data.source !== undefined && typeof data.source !== 'string') return 'the source is not text.';
  if (data.url !== undefined && (typeof data.url !== 'string' || !/^https?:\/\//i.test(data.url)))
    return `the url "${String(data.url)}" is not an http(s) address.`;
  const answers: readonly unknown[] = Array.isArray(data.answer) ? data.answer : [data.answer];
  if (answers.length === 0) return 'the answer is an empty list.';
  const wrong = answers.find((answer) => typeof answer !== 'string' || !isDevice(answer));
  if (wrong !== undefined) return `the answer "${String(wrong)}" is not one of: ${DEVICES.join(', ')}.`;
  const repeated = answers.find((answer, index) => answers.indexOf(answer) !== index);
  if (repeated !== undefined) return `the answer "${String(repeated)}" is listed twice.`;
  if (answers.length > 1 && answers.includes('none')) return 'the answer "none" cannot be listed with a device.';
  if (data.choices !== undefined && !Array.isArray(data.choices)) return 'the choices are not a list.';
  const choices: readonly unknown[] = data.choices ?? DEVICES;
  const unknown = choices.find((choice) => typeof choice !== 'string' || !isDevice(choice));
  if (unknown !== undefined) return `the choice "${String(unknown)}" is not one of: ${DEVICES.join(', ')}.`;
  const twice = choices.find((choice, index) => choices.indexOf(choice) !== index);
  if (twice !== undefined) return `the choice "${String(twice)}" is listed twice.`;
  if (choices.length < 2) return 'there must be at least two choices.';
  const absent = answers.find((answer) => !choices.includes(answer));
  if (absent !== undefined) return `the answer "${String(absent)}" is not among the choices.`;
  if (answers.length === choices.length) return 'every choice is an answer: leave at least one that is not.';
  if (typeof data.why !== 'object' || data.why === null) return '"why" is missing.';
  const missing = (choices as Device[]).find((choice) => {
    const reason: unknown = data.why[choice];
    return typeof reason !== 'string' || !reason.trim();
  });
  if (missing !== undefined) return `"why" has no explanation for "${missing}".`;
  return '';
}
