/**
 * True in development and tests, false in a production Vite build, where
 * `import.meta.env` is replaced by a literal and the warnings below are
 * removed as dead code.
 */
export const DEV: boolean = (import.meta as ImportMeta & { env?: { DEV?: boolean } }).env?.DEV ?? true;

/** A warning for authors (an unknown variant, a question with no correct answer). Dev builds only. */
export function devWarn(where: string, message: string): void {
  if (DEV) console.warn(`[lessonkit] ${where}: ${message}`);
}
