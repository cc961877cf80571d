import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Category, ReactionKind } from '../../shared/board.ts';
import type { Post } from '../../shared/post.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { formatNumber } from '../i18n/plural.ts';
import { categoryLabel, excerpt, REACTION_EMOJI } from '../labels.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/**
 * The live board as the facilitator sees it: every visible post, newest first, each with a "Show large" button
 * that puts it in the spotlight (big on the projector, marked for participants), and one button to stop.
 */
@customElement('host-post-list')
export class HostPostList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .spotlight-bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-2) var(--space-3);
        margin-bottom: var(--space-4);
        padding: var(--space-3);
        border: var(--border-width-strong) solid var(--color-spotlight);
        border-radius: var(--radius-md);
        background: var(--color-spotlight-bg);
      }

      .spotlight-bar p {
        flex: 1 1 14rem;
        min-width: 0;
        margin: 0;
        overflow-wrap: anywhere;
      }

      .spotlight-bar.none {
        border-color: var(--color-border-subtle);
        background: var(--color-surface);
      }

      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--space-3);
      }

      article {
        padding: var(--space-3) var(--space-4);
        border: var(--border-width) solid var(--color-border-subtle);
        border-radius: var(--radius-md);
        background: var(--color-surface);
      }

      article.spotlighted {
        border: var(--border-width-strong) solid var(--color-spotlight);
        background: var(--color-spotlight-bg);
      }

      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-1) var(--space-3);
        margin: 0 0 var(--space-2);
        padding: 0;
        list-style: none;
        color: var(--color-text-muted);
      }

      .meta .badge {
        color: var(--color-warning-text);
        font-weight: var(--font-weight-bold);
      }

      .meta .category {
        color: var(--color-text);
        font-weight: var(--font-weight-bold);
      }

      .body {
        margin: 0 0 var(--space-3);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }

      .empty {
        font-size: var(--font-size-md);
      }
    `,
  ];

  @property({ attribute: false }) posts: readonly Post[] = [];
  @property({ attribute: false }) categories: readonly Category[] = [];
  @property({ attribute: false }) reactionKinds: readonly ReactionKind[] = [];
  @property({ attribute: false }) spotlightPostId: string | undefined;
  /** A spotlight change on its way; further presses wait for it. */
  @property({ type: Boolean }) busy = false;

  private readonly i18n = new LocaleController(this);

  /** After the spotlight moves, focus follows to what the person will want next. */
  async focusPost(postId: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLButtonElement>(`[data-post-id="${postId}"] [data-testid="spotlight"]`)
      ?.focus();
  }

  private request(postId: string | null): void {
    if (!this.busy) this.dispatchEvent(appEvent('spotlight-request', { postId }));
  }

  private renderSpotlightBar(): TemplateResult {
    const h = this.i18n.t.host;
    const spotlighted = this.posts.find((post) => post.id === this.spotlightPostId);
    // A live region: the facilitator hears the spotlight land, or end, without moving focus.
    return html`<div class="spotlight-bar ${spotlighted ? '' : 'none'}">
      <p role="status" data-testid="host-spotlight-status">
        ${spotlighted ? `${h.spotlightNow} ${excerpt(spotlighted.body)}` : h.spotlightNone}
      </p>
      ${
        spotlighted
          ? html`<button
              type="button"
              class="secondary"
              data-testid="clear-spotlight"
              aria-disabled=${this.busy ? 'true' : 'false'}
              @click=${() => this.request(null)}
            >
              ${h.clearSpotlight}
            </button>`
          : nothing
      }
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const h = t.host;
    const language = this.i18n.language;
    if (this.posts.length === 0) {
      return html`${this.renderSpotlightBar()}
        <p class="empty notice" data-testid="host-posts-empty">${h.postsEmpty}</p>`;
    }
    return html`
      ${this.renderSpotlightBar()}
      <ul role="list">
        ${repeat(
          this.posts,
          (post) => post.id,
          (post) => {
            const on = post.id === this.spotlightPostId;
            const reactions = this.reactionKinds
              .map((kind) => ({ kind, count: post.reactions[kind] ?? 0 }))
              .filter(({ count }) => count > 0);
            return html`<li>
              <article
                class=${on ? 'spotlighted' : ''}
                data-testid="host-post"
                data-post-id=${post.id}
                data-spotlighted=${on ? 'true' : 'false'}
              >
                <ul class="meta" role="list">
                  <li class="category">${categoryLabel(t, post.category, this.categories)}</li>
                  ${on ? html`<li class="badge">${h.spotlightActive}</li>` : nothing}
                  ${reactions.map(
                    ({ kind, count }) =>
                      html`<li>
                        <span aria-hidden="true">${REACTION_EMOJI[kind]}</span> ${t.reactionNames[kind]}
                        ${formatNumber(language, count)}
                      </li>`,
                  )}
                  <li>${h.batchLabel} ${formatNumber(language, post.batch)}</li>
                </ul>
                <p class="body" id="body-${post.id}">${post.body}</p>
                <button
                  type="button"
                  class=${on ? '' : 'secondary'}
                  data-testid="spotlight"
                  aria-pressed=${on ? 'true' : 'false'}
                  aria-describedby="body-${post.id}"
                  aria-disabled=${this.busy ? 'true' : 'false'}
                  @click=${() => this.request(on ? null : post.id)}
                >
                  ${on ? html`<span aria-hidden="true">✓</span>` : nothing}${h.spotlight}
                </button>
              </article>
            </li>`;
          },
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'host-post-list': HostPostList;
  }
}
