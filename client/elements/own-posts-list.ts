import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { BoardPhase, type Category } from '../../shared/board.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { categoryLabel } from '../labels.ts';
import type { OwnPost } from '../storage/own-posts.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/**
 * The author's posts that are not on the board: waiting until enough others have written (DESIGN.md §2.6), waiting
 * for a moderator, or hidden by one. Only this browser knows they are the author's.
 */
@customElement('own-posts-list')
export class OwnPostsList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--space-3);
      }

      li {
        background: var(--color-own-bg);
        border: var(--border-width) dashed var(--color-primary);
        border-radius: var(--radius-md);
        padding: var(--space-4);
      }

      .category {
        margin: 0 0 var(--space-1);
        font-weight: var(--font-weight-bold);
      }

      .body {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }

      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--space-2);
      }

      .waiting {
        margin: 0;
        color: var(--color-text-muted);
      }

      li.discarded {
        border-color: var(--color-warning-border);
        background: var(--color-warning-bg);
      }

      li.discarded .waiting {
        color: var(--color-warning-text);
        font-weight: var(--font-weight-bold);
      }
    `,
  ];

  @property({ attribute: false }) posts: readonly OwnPost[] = [];
  @property({ attribute: false }) categories: readonly Category[] = [];
  /** Posts whose retraction is in progress. */
  @property({ attribute: false }) busyIds: ReadonlySet<string> = new Set();
  /** While posting is not open, a waiting post's fate depends on what the facilitator does next: say so. */
  @property({ attribute: false }) phase: BoardPhase = BoardPhase.open;
  /**
   * Posts deleted unseen because the board closed before a safe batch formed. The author is told once, here; the
   * posts themselves are gone from the server and from this browser's list.
   */
  @property({ attribute: false }) discarded: readonly OwnPost[] = [];

  private readonly i18n = new LocaleController(this);

  private dismiss(postId: string): void {
    this.dispatchEvent(appEvent('discarded-dismiss', { postId }));
  }

  private retract(postId: string): void {
    if (!this.busyIds.has(postId)) this.dispatchEvent(appEvent('retract-request', { postId }));
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.posts.length === 0 && this.discarded.length === 0) return nothing;
    const t = this.i18n.t;
    return html`
      <section aria-labelledby="own-heading">
        <h2 id="own-heading">${t.ownWaitingHeading}</h2>
        <ul role="list">
          ${repeat(
            this.posts,
            (post) => post.id,
            (post) => {
              const busy = this.busyIds.has(post.id);
              const status = post.status ?? 'queued';
              const text =
                status === 'hidden'
                  ? t.ownStatus.hidden
                  : status === 'held' || post.review
                    ? t.ownStatus.review
                    : this.phase === BoardPhase.open
                      ? t.ownWaitingText
                      : t.ownWaitingNotOpen;
              return html`<li data-testid="own-waiting-post" data-post-id=${post.id}>
                <p class="category">${categoryLabel(t, post.category, this.categories)}</p>
                <p class="body" id="own-body-${post.id}">${post.body}</p>
                <div class="row">
                  <p class="waiting" data-testid="own-post-status" data-status=${status}>${text}</p>
                  <button
                    type="button"
                    class="secondary"
                    data-testid="retract"
                    aria-describedby="own-body-${post.id}"
                    aria-disabled=${busy ? 'true' : 'false'}
                    @click=${() => this.retract(post.id)}
                  >
                    ${busy ? t.retractBusy : t.retract}
                  </button>
                </div>
              </li>`;
            },
          )}
          ${repeat(
            this.discarded,
            (post) => post.id,
            (post) =>
              html`<li class="discarded" data-testid="own-discarded-post" data-post-id=${post.id}>
                <p class="category">${categoryLabel(t, post.category, this.categories)}</p>
                <p class="body" id="own-body-${post.id}">${post.body}</p>
                <div class="row">
                  <p class="waiting" data-testid="own-post-status" data-status="discarded">
                    ${t.ownDiscarded}
                  </p>
                  <button
                    type="button"
                    class="secondary"
                    data-testid="dismiss-discarded"
                    aria-describedby="own-body-${post.id}"
                    @click=${() => this.dismiss(post.id)}
                  >
                    ${t.ownDiscardedDismiss}
                  </button>
                </div>
              </li>`,
          )}
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'own-posts-list': OwnPostsList;
  }
}
