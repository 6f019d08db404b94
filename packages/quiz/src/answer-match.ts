/** Folds the differences a teacher would not count as wrong: case, spacing, curly quotes, dashes. */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase();
}

/** The accepted answers of a blank, from `answers="one|two|three"`. */
export function parseAnswers(list: string): string[] {
  return list
    .split('|')
    .map((answer) => answer.trim())
    .filter((answer) => answer !== '');
}

/**
 * Whether `given` is one of the accepted answers: by default ignoring case,
 * spacing and typographic quotes; with `exact`, the same text (only leading
 * and trailing spaces ignored).
 */
export function acceptsAnswer(accepted: readonly string[], given: string, exact: boolean): boolean {
  if (exact) return accepted.includes(given.trim());
  const normalized = normalizeAnswer(given);
  return normalized !== '' && accepted.some((answer) => normalizeAnswer(answer) === normalized);
}
