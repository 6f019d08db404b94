import { css } from 'lit';

/** Styles the four argument activities share: the quote, choice groups, feedback, results, actions. */
export const activityStyles = css`
  :host {
    margin-block: var(--_space-4);
  }
  figure {
    margin: 0;
  }
  blockquote {
    margin: 0 0 var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
    font-size: 1.1em;
  }
  blockquote p {
    margin: 0;
  }
  figcaption {
    margin: calc(-1 * var(--_space-2)) 0 var(--_space-3);
    font-size: 0.9em;
  }
  fieldset {
    margin: 0 0 var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding-inline: var(--_space-1);
  }
  fieldset label {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    min-height: 2.75rem;
    padding-block: var(--_space-1);
    cursor: pointer;
  }
  fieldset input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin-top: 0.15rem;
    accent-color: var(--_accent);
  }
  .name {
    font-weight: 600;
  }
  .define {
    display: block;
    font-size: 0.9em;
  }
  .feedback {
    margin-top: var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    border: 2px solid var(--_danger);
  }
  .feedback[data-right] {
    border-color: var(--_success);
  }
  .feedback p {
    margin: 0 0 var(--_space-1);
  }
  .feedback:focus,
  .results:focus {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .summary,
  .verdict {
    font-weight: 700;
  }
  .results {
    margin: var(--_space-2) 0;
    padding-inline-start: var(--_space-4);
  }
  .results li {
    margin-bottom: var(--_space-2);
    padding-inline-start: var(--_space-2);
    border-inline-start: 3px solid var(--_danger);
  }
  .results li[data-right] {
    border-inline-start-color: var(--_success);
  }
  .actions {
    margin-top: var(--_space-3);
  }
  .error {
    color: var(--_danger);
  }
`;
