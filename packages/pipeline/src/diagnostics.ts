/** Where something is in a lesson file: 1-based line and column. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One problem found in a lesson, located, with what to do about it. */
export interface Diagnostic extends Location {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
}

/** `file:line:col: error: message (hint)` — the form editors and terminals link. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const hint = diagnostic.hint ? ` ${diagnostic.hint}` : '';
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message}${hint}`;
}

/** Edit distance between two short strings (Levenshtein). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

/** The closest candidate to `name`, if one is close enough to be a likely typo. */
export function didYouMean(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** Turns offsets in a text into 1-based lines and columns. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let index = 0; index < text.length; index += 1) {
      if (text.charCodeAt(index) === 10) this.#starts.push(index + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.#starts[low] as number) + 1 };
  }
}

/** Collects diagnostics for one file, locating offsets in it. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  readonly #lines: LineIndex;

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.#lines = new LineIndex(text);
  }

  at(offset: number): Location {
    return { file: this.file, ...this.#lines.position(offset) };
  }

  error(offset: number, message: string, hint?: string): void {
    this.diagnostics.push({ ...this.at(offset), severity: 'error', message, ...(hint ? { hint } : {}) });
  }

  warning(offset: number, message: string, hint?: string): void {
    this.diagnostics.push({ ...this.at(offset), severity: 'warning', message, ...(hint ? { hint } : {}) });
  }

  get failed(): boolean {
    return this.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  }
}
