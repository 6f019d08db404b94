import { devWarn } from './dev.js';

/**
 * Registers `tag` once. Loading the same element twice (two bundles on one
 * page, a hot reload) is harmless: the second call is a no-op, with a dev
 * warning when it brings a different class.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    devWarn(tag, 'is already defined by another copy of the element; the first definition is kept.');
  }
}
