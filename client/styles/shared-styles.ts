import { css } from 'lit';

/**
 * Common rules for every element's shadow root: shadow roots do not inherit the page's rules, only its custom
 * properties, so buttons, fields and focus rings are styled once here from the design tokens.
 */
export const sharedStyles = css`
  :host {
    display: block;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  h1,
  h2,
  h3 {
    line-height: var(--line-height-tight);
    margin: 0 0 var(--space-3);
  }

  h1 {
    font-size: var(--font-size-2xl);
  }

  h2 {
    font-size: var(--font-size-xl);
  }

  h3 {
    font-size: var(--font-size-lg);
  }

  p {
    margin: 0 0 var(--space-3);
  }

  a {
    color: var(--color-primary);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  a:hover {
    color: var(--color-primary-hover);
    text-decoration-thickness: 2px;
  }

  /* Visible on keyboard focus, and kept in forced-colours mode because outlines survive it. */
  :focus-visible {
    outline: var(--focus-width) solid var(--color-focus);
    outline-offset: var(--focus-offset);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--space-2);
    min-height: var(--target-min);
    min-width: var(--target-min);
    padding: var(--space-2) var(--space-4);
    border: var(--border-width-strong) solid var(--color-primary);
    border-radius: var(--radius-sm);
    background: var(--color-primary);
    color: var(--color-on-primary);
    font: inherit;
    font-weight: var(--font-weight-bold);
    line-height: var(--line-height-tight);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }

  button:hover,
  .button:hover {
    background: var(--color-primary-hover);
    border-color: var(--color-primary-hover);
    color: var(--color-on-primary);
  }

  button.secondary,
  .button.secondary {
    background: var(--color-surface);
    color: var(--color-primary);
  }

  button.secondary:hover,
  .button.secondary:hover {
    background: var(--color-pressed-bg);
    color: var(--color-primary-hover);
  }

  button[aria-disabled='true'],
  button:disabled {
    cursor: not-allowed;
  }

  label {
    display: block;
    font-weight: var(--font-weight-bold);
    margin-bottom: var(--space-1);
  }

  .hint {
    color: var(--color-text-muted);
    margin: 0 0 var(--space-2);
  }

  input[type='text'],
  input[type='password'],
  input[type='number'],
  select,
  textarea {
    display: block;
    width: 100%;
    min-height: var(--target-min);
    padding: var(--space-2) var(--space-3);
    border: var(--border-width-strong) solid var(--color-border);
    border-radius: var(--radius-sm);
    background: var(--color-surface);
    color: var(--color-text);
    font: inherit;
    font-size: var(--font-size-base);
  }

  textarea {
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--color-danger);
  }

  .field {
    margin-bottom: var(--space-4);
  }

  .error {
    color: var(--color-danger);
    font-weight: var(--font-weight-bold);
    margin: var(--space-1) 0 0;
  }

  /* Kept in the layout while empty: a live region that appears from display:none is often not announced. */
  .error:empty {
    margin: 0;
  }

  .card {
    background: var(--color-surface);
    border: var(--border-width) solid var(--color-border-subtle);
    border-radius: var(--radius-md);
    padding: var(--space-4);
  }

  .stack > * + * {
    margin-top: var(--space-4);
  }

  .notice {
    border-left: 4px solid var(--color-primary);
    background: var(--color-surface);
    padding: var(--space-3) var(--space-4);
    margin: 0 0 var(--space-4);
  }

  .notice.warning {
    border-left-color: var(--color-warning-border);
    background: var(--color-warning-bg);
    color: var(--color-warning-text);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
