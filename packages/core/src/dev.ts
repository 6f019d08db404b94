/**
 * True in development and tests, false in a production Vite build, where
 * `import.meta.env` is replaced by a literal and the warnings below are
 * removed as dead code.
 */
export const DEV: boolean = (import.meta as BuildEnv).env?.DEV ?? true;

/**
 * What a bundler may set on `import.meta.env`: Vite's `DEV`; `LESSONKIT_LANG`, which
 * `lessonkit build` sets to "en" or "es" for a lesson page all in that language, so that the
 * other language's strings, which the page never shows, are left out of its script (the Spanish
 * tables are complete, so a Spanish page needs no English fallback); and `LESSONKIT_VALIDATED`,
 * which it sets on every lesson page, whose argument activities' data its blocks have checked
 * with the elements' own checks (stopping on any problem): those elements skip theirs, and its
 * code is left out. Read each where it is used, as `(import.meta as BuildEnv).env?.…`, so the bundler
 * can fold it. Unset (tests, Storybook, the drop-in script, a page of your own), every language
 * ships and every element shows a problem in its data in place.
 */
export type BuildEnv = ImportMeta & {
  env?: { DEV?: boolean; LESSONKIT_LANG?: string; LESSONKIT_VALIDATED?: boolean };
};

/** A warning for authors (an unknown variant, a question with no correct answer). Dev builds only. */
export function devWarn(where: string, message: string): void {
  if (DEV) console.warn(`[lessonkit] ${where}: ${message}`);
}
