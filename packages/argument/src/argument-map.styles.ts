import { css } from 'lit';

export const argumentMapStyles = css`
  .instructions {
    margin: 0 0 var(--_space-2);
    font-size: 0.9em;
  }
  .kind {
    margin: 0 0 var(--_space-1);
    font-size: 0.85em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_muted);
  }
  .pool,
  .slot,
  .thesis {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-2) var(--_space-3);
  }
  .pool {
    margin-bottom: var(--_space-3);
    background: var(--_surface);
    border-style: dashed;
  }
  .cards {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: inline-flex;
    align-items: flex-start;
    gap: var(--_space-2);
    max-width: 36rem;
    min-height: 2.75rem;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .card[aria-pressed='true'] {
    border: 3px double var(--_accent);
    background: var(--_surface);
  }
  .badge {
    flex: none;
    padding: 0 0.4em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8em;
    font-weight: 700;
  }
  .card[aria-disabled='true'] {
    cursor: default;
  }
  .card[part~='right'] {
    border: 2px solid var(--_success);
    background: var(--_success-surface);
  }
  .card[part~='wrong'] {
    border: 2px dashed var(--_danger);
    background: var(--_danger-surface);
  }
  .mark {
    font-weight: 700;
  }
  .map {
    display: grid;
    gap: var(--_space-3);
  }
  .thesis {
    margin: 0;
    border-width: 2px;
    border-color: var(--_accent);
    font-weight: 600;
  }
  .thesis .kind {
    display: block;
  }
  .reasons {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0 0 0 var(--_space-4);
    list-style: none;
    border-inline-start: 3px solid var(--_accent);
  }
  .branch {
    display: grid;
    gap: var(--_space-2);
  }
  .slot.evidence {
    margin-inline-start: var(--_space-4);
  }
  @media (min-width: 48rem) {
    /* A reason beside its evidence: the map reads across, then down. */
    .branch {
      grid-template-columns: 1fr 1fr;
      align-items: start;
    }
    .slot.evidence {
      margin-inline-start: 0;
      border-inline-start: 4px solid var(--_border);
    }
  }
  .slot.tray {
    margin-top: var(--_space-3);
    border-style: dashed;
  }
  [data-over] {
    outline: 3px dashed var(--_accent);
    outline-offset: 2px;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
    font-style: italic;
  }
  .place {
    margin-top: var(--_space-2);
  }
  .source {
    font-size: 0.9em;
  }
  @media (max-width: 40rem) {
    .reasons {
      padding-inline-start: var(--_space-2);
    }
    .slot.evidence {
      margin-inline-start: var(--_space-2);
    }
  }
`;
