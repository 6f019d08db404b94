import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { canonicalLang, onStringsChange, resolveLang, translate, type StringParams, type Strings } from './i18n.js';
import { renderWithItem } from './slice.js';
import { base } from './theme.js';

const connected = new Set<LkElement>();
let stopWatching: (() => void) | undefined;
/**
 * The language each element found on its ancestors, kept until a `lang` attribute in the document
 * changes or the element moves: every string an element shows asks for it, and finding it walks up
 * to the root.
 */
let locales = new WeakMap<LkElement, string>();

/** Re-renders every connected element when a `lang` attribute in the document or the strings change. */
function watchLanguage(): () => void {
  const refresh = (): void => {
    locales = new WeakMap();
    for (const element of connected) element.requestUpdate();
  };
  const observer = new MutationObserver(refresh);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  const stopStrings = onStringsChange(refresh);
  return () => {
    observer.disconnect();
    stopStrings();
  };
}

/**
 * The base of every Lessonkit element: shared styles and tokens, strings in
 * the reader's language, and `emit()` for typed events.
 *
 * @cssprop --lk-color-text - Text colour.
 * @cssprop --lk-color-accent - Buttons, links and selected things.
 * @cssprop --lk-color-success - Marks a right answer (always with an icon and words too).
 * @cssprop --lk-color-danger - Marks a wrong answer (always with an icon and words too).
 * @cssprop --lk-color-focus - The focus ring.
 * @cssprop --lk-font-family - Font (inherits the page's by default).
 * @cssprop --lk-radius - Corner radius.
 */
export class LkElement extends LitElement {
  static override styles: CSSResultGroup = [base];

  /**
   * The language of the element's own strings. When unset, the nearest
   * `lang` attribute of an ancestor, then the document's, is used.
   */
  @property({ reflect: true }) override lang!: string;

  /** Replaces some of this element's strings, in any language (keys as in the package README). */
  @property({ attribute: false }) strings: Strings | undefined;

  /** The language in force for this element. */
  get locale(): string {
    // The property first: during an update it is set before it is reflected.
    if (this.lang) return canonicalLang(this.lang);
    let locale = locales.get(this);
    if (locale === undefined) {
      locale = resolveLang(this);
      locales.set(this, locale);
    }
    return locale;
  }

  override connectedCallback(): void {
    const before = locales.get(this);
    locales.delete(this);
    super.connectedCallback();
    if (connected.size === 0) stopWatching = watchLanguage();
    connected.add(this);
    // Moved under another language: its strings follow.
    if (before !== undefined && this.hasUpdated && this.locale !== before) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    if (connected.size === 0) stopWatching?.();
  }

  /** A part of an item that has not rendered yet (slice.ts) renders right after it, the first time. */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return renderWithItem(this, () => void super.scheduleUpdate()) ?? super.scheduleUpdate();
  }

  /** This element's text for `key`, in its language. */
  protected t(key: string, params?: StringParams): string {
    return translate(this.locale, key, params, this.strings);
  }

  /** Dispatches a typed event from this element; false when a listener cancelled it. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
