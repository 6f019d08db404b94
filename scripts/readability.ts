// Readability formulas for the lessons' text: Flesch–Kincaid grade (English) and Fernández Huerta
// (Spanish), with syllables counted by vowel groups (a close estimate, not a dictionary).

export interface Readability {
  readonly lang: 'en' | 'es';
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** English: a U.S. school grade. Spanish: an ease from 0 (hard) to 100 (easy). */
  readonly score: number;
}

/** Syllables in an English word: vowel groups, less a silent final e, at least one. */
export function englishSyllables(word: string): number {
  const clean = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!clean) return 0;
  if (clean.length <= 3) return 1;
  const trimmed = clean.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Syllables in a Spanish word: vowel groups (diphthongs count once; a strong pair splits). */
export function spanishSyllables(word: string): number {
  const clean = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!clean) return 0;
  const groups = clean.match(/[aeiouáéíóúü]+/g) ?? [];
  let count = 0;
  for (const group of groups) {
    // Two strong vowels (a, e, o, or accented) side by side are two syllables.
    count += 1 + (group.match(/[aeoáéíóú](?=[aeoáéíóú])/g) ?? []).length;
  }
  return Math.max(1, count);
}

export function readability(text: string, lang: string): Readability {
  const spanish = lang.toLowerCase().startsWith('es');
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const sentences = Math.max(1, (text.match(/[.!?¿¡…]+(?=\s|$)|\n\s*\n/g) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + (spanish ? spanishSyllables(word) : englishSyllables(word)), 0);
  const count = Math.max(1, words.length);
  const score = spanish
    ? 206.84 - 0.6 * ((100 * syllables) / count) - 1.02 * ((100 * sentences) / count)
    : 0.39 * (count / sentences) + 11.8 * (syllables / count) - 15.59;
  return { lang: spanish ? 'es' : 'en', words: words.length, sentences, syllables, score };
}
