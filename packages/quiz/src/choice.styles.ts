import { css } from 'lit';

/** The rows of radio buttons or checkboxes of a choice question. */
export const choiceStyles = css`
  .choices {
    display: grid;
    gap: var(--_question-gap);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
    padding-inline-start: var(--_space-3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .choice:not([data-verdict]):has(input:checked) {
    border-color: var(--_accent);
  }

  .choice[data-verdict='correct'],
  .choice[data-verdict='answer'],
  .choice[data-verdict='missed'] {
    border-color: var(--_success);
    background: var(--_success-surface);
  }

  .choice[data-verdict='incorrect'] {
    border-color: var(--_danger);
    background: var(--_danger-surface);
  }

  .choice[data-verdict='missed'] {
    border-style: dashed;
  }

  input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: calc(var(--_space-3) + 0.125rem) 0 0;
    accent-color: var(--_accent);
  }

  label {
    flex: 1;
    padding: var(--_space-3) var(--_space-3) var(--_space-3) 0;
    cursor: pointer;
  }

  .feedback {
    display: block;
    margin-top: var(--_space-1);
    color: var(--_muted);
  }

  input:disabled + label {
    cursor: default;
  }
`;
