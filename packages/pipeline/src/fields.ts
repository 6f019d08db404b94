import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { didYouMean, type Reporter } from './diagnostics.js';

/** Reads a YAML mapping with every problem reported at its place in the lesson file. */
export class Fields {
  constructor(
    readonly node: YAMLMap,
    /** Offset of the YAML text in the lesson file. */
    readonly base: number,
    readonly report: Reporter,
    /** What this mapping is, for messages: `question "q1"`, `the front matter`. */
    readonly what: string,
  ) {}

  /** Offset in the lesson file of a node (or of this mapping). */
  offset(node?: Node | Pair | null): number {
    const range = node && 'range' in node ? node.range : undefined;
    return this.base + (range?.[0] ?? this.node.range?.[0] ?? 0);
  }

  #pair(key: string): Pair | undefined {
    return this.node.items.find((item) => isScalar(item.key) && String(item.key.value) === key) as Pair | undefined;
  }

  /** Offset in the lesson file of `key` itself (its name), or of this mapping when it is not there. */
  keyOffset(key: string): number {
    return this.offset(this.#pair(key)?.key as Node | undefined);
  }

  has(key: string): boolean {
    return this.#pair(key) !== undefined;
  }

  keys(): string[] {
    return this.node.items
      .filter((item) => isScalar(item.key))
      .map((item) => String((item.key as { value: unknown }).value));
  }

  /** Reports every key not in `allowed`, with the closest allowed one. */
  allow(allowed: readonly string[]): void {
    for (const item of this.node.items) {
      const name = isScalar(item.key) ? String(item.key.value) : '';
      if (allowed.includes(name)) continue;
      const guess = didYouMean(name, allowed);
      this.report.error(
        this.offset(item.key as Node),
        `unknown key "${name}" in ${this.what}.`,
        guess ? `Did you mean "${guess}"?` : `Allowed keys: ${allowed.join(', ')}.`,
      );
    }
  }

  #missing(key: string, hint?: string): void {
    this.report.error(this.offset(), `${this.what} is missing "${key}".`, hint ?? `Add "${key}:".`);
  }

  /** The node under `key`, or undefined (reported when required). */
  value(key: string, required = false, hint?: string): Node | undefined {
    const pair = this.#pair(key);
    const value = pair?.value as Node | null | undefined;
    if (value === undefined || value === null || (isScalar(value) && value.value === null)) {
      if (required) {
        if (pair) this.report.error(this.offset(pair.key as Node), `"${key}" in ${this.what} is empty.`, hint);
        else this.#missing(key, hint);
      }
      return undefined;
    }
    return value;
  }

  /** Text under `key`; numbers and booleans are taken as their text. */
  string(key: string, options: { required?: boolean; hint?: string } = {}): string | undefined {
    const node = this.value(key, options.required, options.hint);
    if (!node) return undefined;
    if (!isScalar(node) || typeof node.value === 'object') {
      this.report.error(this.offset(node), `"${key}" in ${this.what} must be text.`, options.hint);
      return undefined;
    }
    const text = String(node.value).trim();
    if (text === '' && options.required) {
      this.report.error(this.offset(node), `"${key}" in ${this.what} is empty.`, options.hint);
      return undefined;
    }
    return text;
  }

  number(
    key: string,
    options: { required?: boolean; min?: number; max?: number; integer?: boolean } = {},
  ): number | undefined {
    const node = this.value(key, options.required);
    if (!node) return undefined;
    const value = isScalar(node) ? node.value : undefined;
    const number =
      typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    const range =
      options.min !== undefined && options.max !== undefined
        ? ` from ${options.min} to ${options.max}`
        : options.min !== undefined
          ? ` of ${options.min} or more`
          : '';
    if (
      !Number.isFinite(number) ||
      (options.integer && !Number.isInteger(number)) ||
      (options.min !== undefined && number < options.min) ||
      (options.max !== undefined && number > options.max)
    ) {
      this.report.error(
        this.offset(node),
        `"${key}" in ${this.what} must be ${options.integer ? 'a whole number' : 'a number'}${range}.`,
      );
      return undefined;
    }
    return number;
  }

  boolean(key: string): boolean | undefined {
    const node = this.value(key);
    if (!node) return undefined;
    if (!isScalar(node) || typeof node.value !== 'boolean') {
      this.report.error(this.offset(node), `"${key}" in ${this.what} must be true or false.`);
      return undefined;
    }
    return node.value;
  }

  /** One of `values`. */
  choice<T extends string>(key: string, values: readonly T[], options: { required?: boolean } = {}): T | undefined {
    const text = this.string(key, options);
    if (text === undefined) return undefined;
    if ((values as readonly string[]).includes(text)) return text as T;
    const guess = didYouMean(text, values);
    this.report.error(
      this.offset(this.value(key)),
      `"${key}" in ${this.what} must be one of ${values.join(', ')}, not "${text}".`,
      guess ? `Did you mean "${guess}"?` : undefined,
    );
    return undefined;
  }

  /**
   * One of `values`, or a list of them, each at most once: the values, in order (one value is a
   * list of one). Each wrong entry is reported at its own line.
   */
  choices<T extends string>(key: string, values: readonly T[], options: { required?: boolean } = {}): T[] | undefined {
    const node = this.value(key, options.required);
    if (!node) return undefined;
    if (!isSeq(node)) {
      const one = this.choice(key, values, options);
      return one === undefined ? undefined : [one];
    }
    if (node.items.length === 0) {
      this.report.error(this.offset(node), `"${key}" in ${this.what} is an empty list.`);
      return undefined;
    }
    const found: T[] = [];
    let ok = true;
    for (const item of node.items as Node[]) {
      const text = this.textOf(item)?.trim();
      const at = this.offset(item);
      if (text === undefined || !(values as readonly string[]).includes(text)) {
        const guess = text === undefined ? undefined : didYouMean(text, values);
        this.report.error(
          at,
          `each entry of "${key}" in ${this.what} must be one of ${values.join(', ')}${text === undefined ? '' : `, not "${text}"`}.`,
          guess ? `Did you mean "${guess}"?` : undefined,
        );
        ok = false;
      } else if (found.includes(text as T)) {
        this.report.error(at, `"${text}" is listed twice in "${key}".`);
        ok = false;
      } else found.push(text as T);
    }
    return ok ? found : undefined;
  }

  /** The items of a list under `key` (reported when it is not a list). */
  list(key: string, options: { required?: boolean; hint?: string } = {}): Node[] | undefined {
    const node = this.value(key, options.required, options.hint);
    if (!node) return undefined;
    if (!isSeq(node)) {
      this.report.error(
        this.offset(node),
        `"${key}" in ${this.what} must be a list (lines starting with "- ").`,
        options.hint,
      );
      return undefined;
    }
    if (node.items.length === 0 && options.required) {
      this.report.error(this.offset(node), `"${key}" in ${this.what} is an empty list.`, options.hint);
      return undefined;
    }
    return node.items as Node[];
  }

  /** A list of texts under `key`. */
  strings(key: string, options: { required?: boolean; hint?: string } = {}): string[] | undefined {
    const items = this.list(key, options);
    if (!items) return undefined;
    const texts: string[] = [];
    for (const item of items) {
      const text = this.textOf(item);
      if (text !== undefined) texts.push(text);
      else this.report.error(this.offset(item), `each entry of "${key}" in ${this.what} must be text.`);
    }
    return texts;
  }

  /**
   * A list under `key` whose entries are each a text or a list of texts
   * (a blank's accepted answers): `[["means", "method"], ["purpose"]]`.
   */
  textLists(key: string, options: { required?: boolean; hint?: string } = {}): string[][] | undefined {
    const items = this.list(key, options);
    if (!items) return undefined;
    return items.map((item) => {
      const entries = isSeq(item) ? (item.items as Node[]) : [item];
      const texts: string[] = [];
      for (const entry of entries) {
        const text = this.textOf(entry);
        if (text) {
          texts.push(text);
        } else {
          this.report.error(
            this.offset(entry),
            `each entry of "${key}" in ${this.what} must be text, or a list of texts.`,
          );
        }
      }
      if (entries.length === 0)
        this.report.error(this.offset(item), `an entry of "${key}" in ${this.what} is an empty list.`);
      return texts;
    });
  }

  /** The text of a scalar node (a list entry, say; numbers and booleans as their text), else undefined. */
  textOf(node: Node): string | undefined {
    return isScalar(node) && node.value !== null && typeof node.value !== 'object'
      ? String(node.value).trim()
      : undefined;
  }

  /** Whether a node holds no text: a list entry written as "- " or "- ''". */
  isBlank(node: Node): boolean {
    return isScalar(node) && (node.value === null || String(node.value).trim() === '');
  }

  /** Whether a node is a mapping ("key: value" lines or {key: value}). */
  isMapping(node: Node): boolean {
    return isMap(node);
  }

  /** The mapping at `node` (a list entry, say) as Fields, or undefined (reported). */
  mapping(node: Node, what: string): Fields | undefined {
    if (!isMap(node)) {
      this.report.error(this.offset(node), `${what} must be a set of "key: value" lines.`);
      return undefined;
    }
    return new Fields(node, this.base, this.report, what);
  }
}
