import { css } from 'lit';

/**
 * The head of the facilitator and moderator consoles: a title that may be a long board name, then a bar with the
 * connection status and links that wraps on narrow screens.
 */
export const consoleHeadStyles = css`
  h1 {
    overflow-wrap: anywhere;
  }

  .head {
    margin-bottom: var(--space-5);
  }

  .head-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--space-3) var(--space-5);
  }

  .head-bar p {
    margin: 0;
  }
`;
