import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ReactionKind } from '../../shared/board.ts';
import type { Post } from '../../shared/post.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import { reactionCountList } from './reaction-count-list.ts';

/**
 * One post on the projector: its text, large, and its reaction counts, small. Nothing about its author or its
 * time. The same element is rendered unseen to measure how tall it is, so paging knows what fits.
 */
@customElement('projector-post')
export class ProjectorPost extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      article {
        background: var(--color-surface);
        border: var(--border-width-strong) solid var(--color-border-subtle);
        border-radius: var(--radius-md);
        padding: var(--space-3) var(--space-4);
      }

      /*
       * A new card fades in where it lands; it never slides, so nothing around it moves. Only when the reader has
       * not asked for less motion (and shared-styles removes every animation when they have).
       */
      @media (prefers-reduced-motion: no-preference) {
        article:not(.measuring) {
          animation: projector-post-in 0.6s ease-out;
        }
      }

      @keyframes projector-post-in {
        from {
          opacity: 0;
        }
      }

      .category {
        margin: 0 0 var(--space-1);
        color: var(--color-text-muted);
        font-size: var(--font-size-md);
        font-weight: var(--font-weight-bold);
        line-height: var(--line-height-tight);
      }

      .body {
        margin: 0;
        font-size: var(--font-size-base);
        line-height: var(--line-height);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }

      /* Always one line tall, even with no reactions yet, so a first reaction does not make the card grow. */
      .reactions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-1) var(--space-4);
        min-height: calc(var(--font-size-md) * var(--line-height-tight));
        margin: var(--space-2) 0 0;
        padding: 0;
        list-style: none;
        color: var(--color-text-muted);
        font-size: var(--font-size-md);
        line-height: var(--line-height-tight);
        font-variant-numeric: tabular-nums;
      }

      .reactions li {
        display: inline-flex;
        gap: var(--space-1);
      }
    `,
  ];

  @property({ attribute: false }) post: Post | undefined;
  @property({ attribute: false }) reactionKinds: readonly ReactionKind[] = [];
  /** Shown above the text in the grid, where no column heading names the category. */
  @property() categoryName = '';
  /** An unseen copy for measuring: no test ids, no animation. */
  @property({ type: Boolean }) measuring = false;

  private readonly i18n = new LocaleController(this);

  protected override render(): TemplateResult {
    const post = this.post;
    if (!post) return html``;
    const testId = (id: string): string | undefined => (this.measuring ? undefined : id);
    return html`<article
      class=${this.measuring ? 'measuring' : ''}
      data-testid=${ifDefined(testId('projector-post'))}
      data-post-id=${ifDefined(this.measuring ? undefined : post.id)}
    >
      ${this.categoryName ? html`<p class="category">${this.categoryName}</p>` : nothing}
      <p class="body" data-testid=${ifDefined(testId('projector-post-body'))}>${post.body}</p>
      ${
        this.reactionKinds.length > 0
          ? reactionCountList(this.i18n.t, this.i18n.language, post, this.reactionKinds)
          : nothing
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'projector-post': ProjectorPost;
  }
}
