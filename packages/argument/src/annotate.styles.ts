import { css } from 'lit';

/**
 * One highlight per label (up to nine). The tag's name is always written after the
 * sentence, so the colour only helps: it never carries the meaning alone.
 */
export const annotateStyles = css`
  :host {
    --_mark-0: var(--lk-annotate-mark-0, light-dark(#dbeafe, #1e3a5f));
    --_mark-1: var(--lk-annotate-mark-1, light-dark(#fef3c7, #4a3a0a));
    --_mark-2: var(--lk-annotate-mark-2, light-dark(#dcfce7, #14391f));
    --_mark-3: var(--lk-annotate-mark-3, light-dark(#f3e8ff, #3b1f5c));
    --_mark-4: var(--lk-annotate-mark-4, light-dark(#ffe4e6, #4c1d24));
    --_mark-5: var(--lk-annotate-mark-5, light-dark(#ffedd5, #4a2a0c));
    --_mark-6: var(--lk-annotate-mark-6, light-dark(#e5e7eb, #30363d));
    --_mark-7: var(--lk-annotate-mark-7, light-dark(#cffafe, #123c44));
    --_mark-8: var(--lk-annotate-mark-8, light-dark(#fae8ff, #47194f));
  }
  [data-label='0'] {
    --_mark: var(--_mark-0);
  }
  [data-label='1'] {
    --_mark: var(--_mark-1);
  }
  [data-label='2'] {
    --_mark: var(--_mark-2);
  }
  [data-label='3'] {
    --_mark: var(--_mark-3);
  }
  [data-label='4'] {
    --_mark: var(--_mark-4);
  }
  [data-label='5'] {
    --_mark: var(--_mark-5);
  }
  [data-label='6'] {
    --_mark: var(--_mark-6);
  }
  [data-label='7'] {
    --_mark: var(--_mark-7);
  }
  [data-label='8'] {
    --_mark: var(--_mark-8);
  }
  .instructions {
    margin: 0 0 var(--_space-2);
    font-size: 0.9em;
  }
  .labels {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: var(--_space-1) var(--_space-3);
  }

  .labels label {
    padding-inline: var(--_space-2);
    border-radius: var(--_radius);
    background: var(--_mark);
  }
  .key {
    font-size: 0.85em;
  }
  .passage {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    font-size: 1.05em;
    line-height: 1.9;
  }
  .passage p {
    margin: 0 0 var(--_space-2);
  }
  .passage p:last-child {
    margin-bottom: 0;
  }
  .sentence {
    padding: 0.1em 0.15em;
    border-radius: 0.25em;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
    border-bottom: 2px dotted var(--_border);
    cursor: pointer;
  }
  .sentence:hover {
    border-bottom-style: solid;
  }
  .sentence[part~='tagged'] {
    background: var(--_mark);
    border-bottom-style: solid;
  }
  .sentence[aria-disabled='true'] {
    cursor: default;
  }
  .sentence[part~='wrong'] {
    border-bottom: 3px double var(--_danger);
  }
  .sentence[part~='right'] {
    border-bottom-color: var(--_success);
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.6;
    white-space: nowrap;
  }
  figcaption {
    margin-top: var(--_space-2);
    font-size: 0.9em;
  }
  .progress {
    margin: var(--_space-2) 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .which {
    font-weight: 600;
  }
  .also {
    display: block;
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .sentence[part~='tagged'] {
      border-bottom: 2px solid CanvasText;
    }
  }
`;
