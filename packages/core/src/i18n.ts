import { devWarn } from './dev.js';

/** Message key → text. `{name}` marks a parameter. */
export type Strings = Readonly<Record<string, string>>;
export type StringParams = Readonly<Record<string, string | number>>;

/** The language every lookup falls back to. */
export const FALLBACK_LANG = 'en';

const defaults = new Map<string, Record<string, string>>();
const overrides = new Map<string, Record<string, string>>();
const listeners = new Set<() => void>();

const normalize = (lang: string): string => lang.trim().toLowerCase();

function merge(into: Map<string, Record<string, string>>, lang: string, table: Strings): void {
  const key = normalize(lang);
  into.set(key, { ...into.get(key), ...table });
}

/** For element packages: adds their default strings in one language. */
export function registerStrings(lang: string, table: Strings): void {
  merge(defaults, lang, table);
  for (const listener of listeners) listener();
}

/**
 * For authors: replaces some strings in one language, for every element on
 * the page (set `strings` on one element to change only that one). Elements
 * already on the page update.
 *
 * @example setStrings('en', { 'question.check': 'Submit answer' })
 */
export function setStrings(lang: string, table: Strings): void {
  merge(overrides, lang, table);
  for (const listener of listeners) listener();
}

/** Called whenever strings change; returns a function that stops it. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const chains = new Map<string, readonly string[]>();

/** `es-MX` → `es-mx`, `es`, `en` (worked out once per tag: every string an element shows asks). */
export function langChain(lang: string): readonly string[] {
  let chain = chains.get(lang);
  if (chain === undefined) {
    const links: string[] = [];
    const parts = normalize(lang || FALLBACK_LANG).split('-');
    for (let n = parts.length; n > 0; n -= 1) links.push(parts.slice(0, n).join('-'));
    if (!links.includes(FALLBACK_LANG)) links.push(FALLBACK_LANG);
    chain = links;
    chains.set(lang, chain);
  }
  return chain;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      rules = new Intl.PluralRules(FALLBACK_LANG);
    }
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

function lookup(chain: readonly string[], key: string, local: Strings | undefined): string | undefined {
  const own = local?.[key];
  if (own !== undefined) return own;
  for (const lang of chain) {
    const text = overrides.get(lang)?.[key] ?? defaults.get(lang)?.[key];
    if (text !== undefined) return text;
  }
  return undefined;
}

/**
 * The text for `key` in `lang` (falling back to English), with `{name}`
 * parameters filled in. When `params.count` is a number and a key such as
 * `key.one` / `key.other` exists, the plural form for the language is used.
 * `local` holds one element's own overrides and wins over everything else.
 */
export function translate(lang: string, key: string, params?: StringParams, local?: Strings): string {
  const chain = langChain(lang);
  let text: string | undefined;
  if (typeof params?.count === 'number') {
    text = lookup(chain, `${key}.${pluralCategory(chain[0] ?? FALLBACK_LANG, params.count)}`, local);
    text ??= lookup(chain, `${key}.other`, local);
  }
  text ??= lookup(chain, key, local);
  // A page built in one language has only that language's tables: if its language changes under
  // it (a browser translating the page), the strings it has beat raw keys.
  text ??= [...defaults.values()].find((table) => table[key] !== undefined)?.[key];
  if (text === undefined) {
    devWarn('i18n', `no string "${key}" for "${lang}" or "${FALLBACK_LANG}".`);
    return key;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * A usable BCP 47 tag for `lang`: `en_US` becomes `en-US`, and a tag that
 * `Intl` rejects becomes English, so a typo in a page's `lang` never breaks
 * an element.
 */
export function canonicalLang(lang: string): string {
  let tag = canonicalTags.get(lang);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0] ?? FALLBACK_LANG;
    } catch {
      devWarn('i18n', `"${lang}" is not a language tag; using "${FALLBACK_LANG}".`);
      tag = FALLBACK_LANG;
    }
    canonicalTags.set(lang, tag);
  }
  return tag;
}
/** Tags as written → their canonical form, so each is checked (and a bad one warned about) once. */
const canonicalTags = new Map<string, string>();

/**
 * The language in force for `element`: the nearest `lang` attribute on it or
 * an ancestor (crossing shadow roots), then the document's, then English;
 * always a valid tag (see `canonicalLang`).
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return canonicalLang(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return canonicalLang(document.documentElement.lang || FALLBACK_LANG);
}
