import { devWarn } from './dev.js';

/**
 * Registers `tag` once. Loading the same element twice (two bundles on one
 * page, a hot reload) is harmless: the second call is a no-op, with a dev
 * warning when it brings a different class.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (held && !held.now.has(tag)) {
    const waiting = held.waiting.get(tag);
    if (waiting === undefined) held.waiting.set(tag, element);
    else if (waiting !== element)
      devWarn(tag, 'is already defined by another copy of the element; the first definition is kept.');
    return;
  }
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    devWarn(tag, 'is already defined by another copy of the element; the first definition is kept.');
  }
}

let held: { now: ReadonlySet<string>; waiting: Map<string, CustomElementConstructor> } | undefined;

/**
 * Until the returned function is called, `define` registers only the tags in `now` and keeps the
 * others waiting. A lesson page's runtime uses it so that the page the lesson opens on renders and
 * paints before the elements of its later sections upgrade. The returned function defines the
 * waiting elements one task at a time (each upgrade renders in a task of its own, so none blocks
 * input for long); it resolves when all are defined.
 */
export function holdDefinitions(now: Iterable<string>): () => Promise<void> {
  const state = { now: new Set(now), waiting: new Map<string, CustomElementConstructor>() };
  held = state;
  return async () => {
    if (held === state) held = undefined;
    for (const [tag, element] of state.waiting) {
      await new Promise((next) => setTimeout(next));
      define(tag, element);
    }
    state.waiting.clear();
  };
}
