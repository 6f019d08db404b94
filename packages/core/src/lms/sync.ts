import type { SaveState } from '../tracker.js';

/** Runs a retry after growing waits (the last one repeats); `reset()` after a success. */
export class Backoff {
  readonly #delays: readonly number[];
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(delays: readonly number[] = [1000, 3000, 10000, 30000]) {
    this.#delays = delays.length > 0 ? delays : [30000];
  }

  /** A retry is waiting to run. */
  get planned(): boolean {
    return this.#timer !== undefined;
  }

  /** Runs `again` after the next wait; a retry already planned stands. */
  plan(again: () => void): void {
    if (this.#timer !== undefined) return;
    const delay = this.#delays[Math.min(this.#failures, this.#delays.length - 1)] as number;
    this.#failures += 1;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      again();
    }, delay);
  }

  /** Drops a planned retry (the caller sends now instead). */
  cancel(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  reset(): void {
    this.#failures = 0;
  }
}

/** "saved" or "pending", told to whoever watches, and only when it changes. */
export class SaveStates {
  #state: SaveState = 'saved';
  readonly #listeners = new Set<(state: SaveState) => void>();

  get state(): SaveState {
    return this.#state;
  }

  /** Returns true when the state changed. */
  set(state: SaveState): boolean {
    if (state === this.#state) return false;
    this.#state = state;
    for (const listener of this.#listeners) listener(state);
    return true;
  }

  watch(listener: (state: SaveState) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#state);
    return () => this.#listeners.delete(listener);
  }
}
