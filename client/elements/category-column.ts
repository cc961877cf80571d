import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ReactionKind } from '../../shared/board.ts';
import type { Post } from '../../shared/post.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './post-card.ts';

const NO_REACTIONS: ReadonlySet<ReactionKind> = new Set();

@customElement('category-column')
export class CategoryColumn extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h3 {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: var(--space-2);
        padding-bottom: var(--space-2);
        border-bottom: var(--border-width-strong) solid var(--color-primary);
      }

      .count {
        color: var(--color-text-muted);
        font-size: var(--font-size-base);
        font-weight: normal;
      }

      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--space-3);
      }

      .empty {
        color: var(--color-text-muted);
      }
    `,
  ];

  @property() heading = '';
  @property({ attribute: false }) posts: readonly Post[] = [];
  @property({ attribute: false }) reactionKinds: readonly ReactionKind[] = [];
  @property({ attribute: false }) ownPostIds: ReadonlySet<string> = new Set();
  /** This browser's reactions, by post id. */
  @property({ attribute: false }) reacted: ReadonlyMap<string, ReadonlySet<ReactionKind>> = new Map();
  /** Posts this browser has reported. */
  @property({ attribute: false }) reportedIds: ReadonlySet<string> = new Set();
  @property({ attribute: false }) spotlightPostId: string | undefined;
  @property({ type: Boolean }) reactionsDisabled = false;

  private readonly i18n = new LocaleController(this);

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    return html`
      <section aria-labelledby="heading">
        <h3 id="heading">${this.heading} <span class="count">(${t.postCount(this.posts.length)})</span></h3>
        ${
          this.posts.length === 0
            ? html`<p class="empty">${t.columnEmpty}</p>`
            : html`<ul role="list">
                ${repeat(
                  this.posts,
                  (post) => post.id,
                  (post) =>
                    html`<li>
                      <post-card
                        .post=${post}
                        .reactionKinds=${this.reactionKinds}
                        .reacted=${this.reacted.get(post.id) ?? NO_REACTIONS}
                        ?own=${this.ownPostIds.has(post.id)}
                        ?reported=${this.reportedIds.has(post.id)}
                        ?spotlighted=${post.id === this.spotlightPostId}
                        ?reactionsDisabled=${this.reactionsDisabled}
                      ></post-card>
                    </li>`,
                )}
              </ul>`
        }
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'category-column': CategoryColumn;
  }
}
