import { css, html, type TemplateResult } from 'lit';
import { splitMarks } from './marks.js';

/**
 * A text of a block's data for an element (a bill's provision, a reason in an activity): plain runs as they are, `[@id]` citations as links to
 * `#source-<id>` on the page (class `lk-cite`, so `<lk-lesson>` opens its sources panel there;
 * part `cite`) showing `[n]` from `citations` and named `name(n)` ("Source 3") for a screen reader
 * (without a number, as plain `[id]` text: the page lists no such source), and `[[term]]` marks
 * through `term` (their words when it is not given).
 */
export function citedText(
  text: string,
  citations: Readonly<Record<string, number>> | undefined,
  name: (n: number) => string,
  term?: (term: string, label: string) => TemplateResult | string,
): (TemplateResult | string)[] {
  return splitMarks(text).map((piece) => {
    if ('text' in piece) return piece.text;
    if ('term' in piece) return term ? term(piece.term, piece.label) : piece.label;
    const number = citations?.[piece.cite];
    return number === undefined
      ? `[${piece.cite}]`
      : html`<a class="lk-cite" part="cite" href=${`#source-${piece.cite}`} aria-label=${name(number)}>[${number}]</a>`;
  });
}

/** The look of a citation: as in a lesson's prose, small and raised. */
export const citeStyles = css`
  .lk-cite {
    font-size: 0.8em;
    vertical-align: super;
    line-height: 0;
    color: var(--_accent);
  }
`;
