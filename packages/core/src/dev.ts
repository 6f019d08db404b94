/**
 * True in development and tests, false in a production Vite build, where
 * `import.meta.env` is replaced by a literal and the warnings below are
 * removed as dead code.
 */
export const DEV: boolean = (import.meta as BuildEnv).env?.DEV ?? true;

/**
 * What a bundler may set on `import.meta.env`: Vite's `DEV`, and `LESSONKIT_LANG`, which
 * `lessonkit build` sets to "en" or "es" for a lesson page all in that language, so that the
 * other language's strings, which the page never shows, are left out of its script (the Spanish
 * tables are complete, so a Spanish page needs no English fallback). Unset (tests, Storybook, the
 * drop-in script), every language ships.
 */
export type BuildEnv = ImportMeta & { env?: { DEV?: boolean; LESSONKIT_LANG?: string } };

/** A warning for authors (an unknown variant, a question with no correct answer). Dev builds only. */
export function devWarn(where: string, message: string): void {
  if (DEV) console.warn(`[lessonkit] ${where}: ${message}`);
}
