import { css, html } from 'lit';

/**
 * A `[@id]` citation in a bill's text, as the element shows it: a link to `#source-<id>` on the
 * page (class `lk-cite`, so `<lk-lesson>` opens its sources panel there; part `cite`), showing
 * `[n]` with the number `citations` gives the source, else its id.
 */
export const citeLink = (id: string, citations: Readonly<Record<string, number>> | undefined) =>
  html`<a class="lk-cite" part="cite" href=${`#source-${id}`}>[${citations?.[id] ?? id}]</a>`;

/** The look of a citation: as in a lesson's prose, small and raised. */
export const citeStyles = css`
  .lk-cite {
    font-size: 0.8em;
    vertical-align: super;
    line-height: 0;
    color: var(--_accent);
  }
`;
