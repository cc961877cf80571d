import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ReactionKind } from '../../shared/board.ts';
import type { Post } from '../../shared/post.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import { reactionCountList, usedReactionKinds } from './reaction-count-list.ts';

/**
 * The post the facilitator has put in the spotlight, large over the posts so the room can talk about it. It covers
 * the posts completely (an opaque surface, not a dimmed one), so no other text competes with it.
 */
@customElement('spotlight-overlay')
export class SpotlightOverlay extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        place-items: center;
        padding: var(--space-6);
        background: var(--color-surface-sunken);
        border-radius: var(--radius-md);
      }

      @media (prefers-reduced-motion: no-preference) {
        :host {
          animation: spotlight-in 0.4s ease-out;
        }
      }

      @keyframes spotlight-in {
        from {
          opacity: 0;
        }
      }

      section {
        width: 100%;
        max-width: 60em;
        max-height: 100%;
        padding: var(--space-6) var(--space-7);
        background: var(--color-surface);
        border: var(--border-width-strong) solid var(--color-primary);
        border-left-width: calc(var(--border-width-strong) * 4);
        border-radius: var(--radius-md);
      }

      h2 {
        margin: 0 0 var(--space-4);
        color: var(--color-primary);
        font-size: var(--font-size-xl);
      }

      .body {
        margin: 0;
        font-size: var(--font-size-spotlight, var(--font-size-2xl));
        font-weight: var(--font-weight-bold);
        line-height: var(--line-height-tight);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }

      .reactions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-5);
        margin: var(--space-5) 0 0;
        padding: 0;
        list-style: none;
        color: var(--color-text-muted);
        font-size: var(--font-size-base);
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  @property({ attribute: false }) post: Post | undefined;
  @property({ attribute: false }) reactionKinds: readonly ReactionKind[] = [];
  @property() categoryName = '';

  private readonly i18n = new LocaleController(this);

  protected override render(): TemplateResult {
    const post = this.post;
    if (!post) return html``;
    const t = this.i18n.t;
    return html`<section aria-labelledby="spotlight-heading" data-post-id=${post.id}>
      <h2 id="spotlight-heading">${t.present.spotlightHeading} · ${this.categoryName}</h2>
      <p class="body" data-testid="spotlight-body">${post.body}</p>
      ${
        usedReactionKinds(post, this.reactionKinds).length > 0
          ? reactionCountList(t, this.i18n.language, post, this.reactionKinds)
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spotlight-overlay': SpotlightOverlay;
  }
}
