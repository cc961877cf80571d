import { css } from 'lit';

/**
 * Settings forms (board creation and the facilitator console): the width of number fields and selects, check boxes
 * and groups, which the shared styles do not cover. Tokens only; 16 px text and 44 px targets as everywhere else.
 */
export const formStyles = css`
  /* The shared styles draw these like text fields; their values are short, so they need less width. */
  input[type='number'],
  select {
    max-width: 12rem;
  }

  select {
    max-width: 20rem;
  }

  fieldset {
    min-width: 0;
    margin: 0 0 var(--space-4);
    padding: var(--space-3) var(--space-4) var(--space-1);
    border: var(--border-width) solid var(--color-border-subtle);
    border-radius: var(--radius-md);
  }

  legend {
    padding: 0 var(--space-1);
    font-weight: var(--font-weight-bold);
  }

  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--space-2);
    min-height: var(--target-min);
    margin: 0;
    padding: var(--space-2) 0;
    font-weight: normal;
    cursor: pointer;
  }

  .check input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--color-primary);
  }

  .check.strong {
    font-weight: var(--font-weight-bold);
  }

  .row-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--space-4);
  }

  .row-fields .field {
    flex: 1 1 12rem;
    min-width: 0;
  }

  details {
    margin: 0 0 var(--space-4);
    border: var(--border-width) solid var(--color-border-subtle);
    border-radius: var(--radius-md);
  }

  /* list-item keeps the open/closed triangle, which tells sighted users it can be opened. */
  summary {
    display: list-item;
    min-height: var(--target-min);
    padding: var(--space-3) var(--space-4);
    color: var(--color-primary);
    font-weight: var(--font-weight-bold);
    cursor: pointer;
  }

  details[open] > summary {
    border-bottom: var(--border-width) solid var(--color-border-subtle);
  }

  details > .details-body {
    padding: var(--space-4);
  }
`;
