/** Loads an element's definition (a module that calls `define`). */
export type ElementLoader = () => Promise<unknown>;

/**
 * Loads the definition of each known tag the first time it appears under
 * `root`, now or later (elements added by other scripts, a page that swaps
 * content). Each module is loaded once. Returns a function that stops
 * watching. Runs in the browser; it lives here because it is part of what the
 * CLI builds.
 */
export function watchElements(root: Document | Element, loaders: Readonly<Record<string, ElementLoader>>): () => void {
  const pending = new Map(Object.entries(loaders));
  const load = (tag: string): void => {
    const loader = pending.get(tag);
    if (!loader) return;
    pending.delete(tag);
    if (customElements.get(tag)) return;
    loader().catch((error: unknown) => {
      pending.set(tag, loader); // try again the next time the tag appears
      console.error(`[lessonkit] could not load <${tag}>: ${String(error)}`);
    });
  };
  const scan = (node: ParentNode): void => {
    for (const tag of [...pending.keys()]) {
      if ((node instanceof Element && node.localName === tag) || node.querySelector(tag)) load(tag);
    }
  };
  scan(root);
  // Kept until stopped: a module that failed to load is tried again when its tag appears again.
  const observer = new MutationObserver((records) => {
    if (pending.size === 0) return;
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
