import { css } from 'lit';

/** Long-form pages (what is stored, accessibility): a readable line length and calm spacing. Tokens only. */
export const proseStyles = css`
  .prose {
    max-width: var(--form-max);
    overflow-wrap: anywhere;
  }

  .prose .lead {
    font-size: var(--font-size-md);
  }

  .prose section {
    margin-top: var(--space-6);
  }

  .prose ul {
    margin: 0 0 var(--space-3);
    padding-left: var(--space-5);
  }

  .prose li + li {
    margin-top: var(--space-2);
  }

  /* A link in running text on its own line should still be easy to tap. */
  .prose .action {
    display: inline-flex;
    align-items: center;
    min-height: var(--target-min);
  }
`;
