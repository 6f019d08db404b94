import { css } from 'lit';

/** Styles every question type shares: the frame, buttons, hint, status, explanation, verdicts. */
export const questionStyles = css`
  :host {
    --_question-gap: var(--lk-question-gap, var(--_space-3));
    margin-block: var(--_space-4);
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    font-size: var(--lk-question-prompt-size, 1.125rem);
    font-weight: 600;
  }

  .instructions {
    margin: var(--_space-1) 0 var(--_space-3);
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .verdict {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    margin-bottom: var(--_space-1);
    font-size: 0.875rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }

  .verdict[data-verdict='correct'],
  .verdict[data-verdict='answer'],
  .verdict[data-verdict='missed'] {
    color: var(--_success);
  }

  .verdict[data-verdict='incorrect'] {
    color: var(--_danger);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-top: var(--_space-4);
  }

  .hint,
  .explanation {
    margin-top: var(--_space-3);
    padding: var(--_space-3);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }

  .status:not(:empty) {
    margin-top: var(--_space-3);
    font-weight: 600;
  }

  .status:focus {
    outline: none;
  }

  .status:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .error {
    margin-top: var(--_space-3);
    padding: var(--_space-3);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }

  [hidden] {
    display: none !important;
  }
`;
