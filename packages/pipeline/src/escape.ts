const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/** HTML that is already safe: it is inserted as it is. */
export class RawHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export const raw = (html: string): RawHtml => new RawHtml(html);

type Value = string | number | boolean | RawHtml | null | undefined | readonly Value[];

function piece(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof RawHtml) return value.html;
  if (Array.isArray(value)) return (value as readonly Value[]).map(piece).join('');
  return escapeHtml(String(value));
}

/**
 * A tagged template for HTML. Interpolated values are escaped (unless made
 * with `raw()` or `markup`), and a value right after `name=` is quoted, so an
 * unquoted attribute can never be broken out of.
 */
export function markup(strings: TemplateStringsArray, ...values: Value[]): RawHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    // An attribute value when the template itself (not text put in it) reads `name=` before it.
    const unquoted = /=\s*$/.test(strings[index] ?? '');
    const text = piece(value);
    out += (unquoted ? `"${text.replace(/"/g, '&quot;')}"` : text) + (strings[index + 1] ?? '');
  });
  return new RawHtml(out);
}

/** ` name="value"`, or nothing for `undefined`/`false`; `true` gives a bare boolean attribute. */
export function attr(name: string, value: string | number | boolean | undefined): RawHtml {
  if (value === undefined || value === false) return raw('');
  if (value === true) return raw(` ${name}`);
  return raw(` ${name}="${escapeHtml(String(value))}"`);
}

/**
 * A `<script type="application/json">` holding `data`, for an element to read
 * (`readJsonChild` in core). "<" is escaped, so the text can never close the
 * script element; the JSON means the same.
 */
export function jsonScript(data: unknown): RawHtml {
  return raw(`<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`);
}
