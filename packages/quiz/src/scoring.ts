/**
 * How a multiple-answer question scores a response that is partly right.
 *
 * - `partial` (the default): each right choice chosen earns a share of the
 *   points, each wrong choice chosen takes a share away, never below zero:
 *   `points × max(0, right chosen − wrong chosen) / right choices`.
 * - `all-or-nothing`: the points only for exactly the right set.
 *
 * A single-answer question is always all-or-nothing.
 */
export type ChoiceScoring = 'partial' | 'all-or-nothing';

export interface KeyedChoice {
  readonly value: string;
  readonly correct: boolean;
}

export interface ChoiceResult {
  readonly correct: boolean;
  readonly score: number;
}

export function scoreChoices(
  choices: readonly KeyedChoice[],
  selected: ReadonlySet<string>,
  options: { multiple: boolean; points: number; scoring: ChoiceScoring },
): ChoiceResult {
  const right = choices.filter((choice) => choice.correct);
  if (right.length === 0) return { correct: false, score: 0 };
  const hits = right.filter((choice) => selected.has(choice.value)).length;
  const misses = choices.filter((choice) => !choice.correct && selected.has(choice.value)).length;
  if (!options.multiple) {
    // Only one answer is taken; with several keyed right, any of them counts.
    const correct = selected.size === 1 && hits === 1;
    return { correct, score: correct ? options.points : 0 };
  }
  const correct = hits === right.length && misses === 0;
  if (correct || options.scoring === 'all-or-nothing') return { correct, score: correct ? options.points : 0 };
  const share = Math.max(0, hits - misses) / right.length;
  // Round to hundredths so 1/3 of a point reads and stores as 0.33.
  return { correct, score: Math.round(options.points * share * 100) / 100 };
}
