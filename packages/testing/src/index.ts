/** A Storage kept in memory, with switches to make it fail like a full or blocked localStorage. */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  /** Makes `setItem` throw, as a full store does. */
  failWrites = false;
  /** Makes `getItem` throw, as a blocked store does. */
  failReads = false;

  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.#items.set(key, String(value));
  }
  keys(): string[] {
    return [...this.#items.keys()];
  }
}

/** Collects console.warn calls while `run` runs (sync or async), then restores console.warn. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Waits for the next animation frame (after Lit's update and the browser's layout). */
export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
