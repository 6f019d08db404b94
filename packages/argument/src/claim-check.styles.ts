import { css } from 'lit';

export const claimCheckStyles = css`
  .hint {
    display: block;
    font-weight: 400;
    font-size: 0.9em;
  }
  .feedback ul {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  .walk {
    margin-top: var(--_space-4);
  }
  .walk h3 {
    margin: 0 0 var(--_space-2);
    font-size: 1.1em;
  }
  .walk ol {
    margin: 0;
    padding-inline-start: var(--_space-6);
  }
  .walk li + li {
    margin-top: var(--_space-3);
  }
  .walk h4 {
    margin: 0;
    font-size: 1em;
  }
  .walk h4:focus {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .walk p {
    margin: var(--_space-1) 0;
  }
  .walk ul {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  .walk ul li + li {
    margin-top: 0;
  }
`;
