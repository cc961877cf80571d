import { css } from 'lit';

/**
 * A fieldset that groups radio buttons or checkboxes without a frame: the legend reads as a label. Elements that
 * need room below the group add their own `fieldset { margin }` after this block.
 */
export const fieldsetStyles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }

  legend {
    font-weight: var(--font-weight-bold);
    margin-bottom: var(--space-2);
    padding: 0;
  }
`;

/**
 * Radio buttons drawn as a row of framed choices, each a large target (accessibility-and-ux.md), with the chosen one
 * marked by more than colour: border, background and bold text. Markup: `.choices > label.choice > input`.
 */
export const choiceStyles = css`
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space-2);
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--space-2);
    min-height: var(--target-min);
    margin: 0;
    padding: var(--space-1) var(--space-3) var(--space-1) var(--space-2);
    border: var(--border-width-strong) solid var(--color-border);
    border-radius: var(--radius-sm);
    background: var(--color-surface);
    font-weight: normal;
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border-color: var(--color-primary);
    background: var(--color-pressed-bg);
    font-weight: var(--font-weight-bold);
  }

  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--color-primary);
  }
`;
