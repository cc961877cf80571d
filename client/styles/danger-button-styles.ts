import { css } from 'lit';

/**
 * The filled red button for a step that cannot be undone (deleting a board, confirming it). Hover darkens to the
 * text colour rather than a lighter red, so the white label keeps its contrast.
 */
export const dangerButtonStyles = css`
  button.danger {
    background: var(--color-danger);
    border-color: var(--color-danger);
    color: var(--color-on-primary);
  }

  button.danger:hover {
    background: var(--color-text);
    border-color: var(--color-text);
  }
`;
