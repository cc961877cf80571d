import { css } from 'lit';

/**
 * The line under a console control that says how its last action went: room kept for it so the layout does not
 * jump when it fills, and red, bold text when it says something failed.
 */
export const statusLineStyles = css`
  .status {
    min-height: 1.5em;
    margin: var(--space-2) 0 0;
  }

  .status.error {
    color: var(--color-danger);
    font-weight: var(--font-weight-bold);
  }
`;
