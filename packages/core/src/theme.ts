import { css } from 'lit';

/**
 * The design tokens every element reads. Authors theme with the public
 * `--lk-*` properties (on the page or on one element); elements use the
 * private `--_*` copies. Colours follow the inherited `color-scheme`, so a
 * page that declares `color-scheme: light dark` gets dark elements in dark
 * mode, and `color-scheme: dark` on one element forces it.
 */
export const tokens = css`
  :host {
    --_text: var(--lk-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--lk-color-muted, light-dark(#57606a, #9da7b3));
    --_surface: var(--lk-color-surface, light-dark(#ffffff, #161b22));
    --_surface-alt: var(--lk-color-surface-alt, light-dark(#f4f6f8, #21262d));
    --_border: var(--lk-color-border, light-dark(#8c959f, #6e7681));
    --_accent: var(--lk-color-accent, light-dark(#0b57d0, #7cacf8));
    --_on-accent: var(--lk-color-on-accent, light-dark(#ffffff, #0d1117));
    --_success: var(--lk-color-success, light-dark(#116329, #56d364));
    --_success-surface: var(--lk-color-success-surface, light-dark(#e6f4ea, #12261e));
    --_danger: var(--lk-color-danger, light-dark(#b3261e, #ff938a));
    --_danger-surface: var(--lk-color-danger-surface, light-dark(#fdecea, #2d1416));
    --_warning: var(--lk-color-warning, light-dark(#7a4d00, #e3b341));
    --_focus: var(--lk-color-focus, light-dark(#0b57d0, #7cacf8));
    --_radius: var(--lk-radius, 0.5rem);
    --_space-1: var(--lk-space-1, 0.25rem);
    --_space-2: var(--lk-space-2, 0.5rem);
    --_space-3: var(--lk-space-3, 0.75rem);
    --_space-4: var(--lk-space-4, 1rem);
    --_space-6: var(--lk-space-6, 1.5rem);
    --_font: var(--lk-font-family, inherit);
    --_font-size: var(--lk-font-size, 1rem);
    --_line-height: var(--lk-line-height, 1.5);
    --_motion: var(--lk-motion-duration, 150ms);
  }

  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_success: CanvasText;
      --_danger: CanvasText;
      --_warning: CanvasText;
      --_focus: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0ms;
    }
  }
`;

/** Shared base styles: tokens, box model, focus ring, buttons, visually hidden text. */
export const base = css`
  ${tokens}

  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: var(--_space-2) var(--_space-4);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transition: background-color var(--_motion) ease-out;
  }

  .button[data-variant='quiet'] {
    background: transparent;
    color: var(--_accent);
  }

  .button:hover {
    filter: brightness(1.08);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
