import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ReactionKind } from '../../shared/board.ts';
import type { Post } from '../../shared/post.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { formatNumber } from '../i18n/plural.ts';
import { excerpt, REACTION_EMOJI } from '../labels.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './report-button.ts';

@customElement('post-card')
export class PostCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      article {
        background: var(--color-surface);
        border: var(--border-width) solid var(--color-border-subtle);
        border-radius: var(--radius-md);
        padding: var(--space-4);
      }

      article.own {
        background: var(--color-own-bg);
        border-color: var(--color-primary);
      }

      /* The post on the big screen: an outline and a label, so it is not told by colour alone. */
      article.spotlighted {
        outline: var(--focus-width) solid var(--color-spotlight);
        outline-offset: var(--focus-offset);
      }

      .spotlight-mark {
        display: inline-block;
        margin: 0 0 var(--space-2);
        padding: 0 var(--space-2);
        border-radius: var(--radius-sm);
        background: var(--color-spotlight-bg);
        color: var(--color-warning-text);
        font-weight: var(--font-weight-bold);
      }

      .reaction[aria-disabled='true'] {
        border-style: dashed;
        color: var(--color-text-muted);
      }

      .reaction[aria-disabled='true']:hover {
        background: var(--color-surface);
        border-color: var(--color-border);
        color: var(--color-text-muted);
      }

      .own-mark {
        margin: 0 0 var(--space-2);
        color: var(--color-primary);
        font-weight: var(--font-weight-bold);
      }

      .body {
        margin: 0 0 var(--space-3);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }

      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
        align-items: center;
      }

      .reactions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
      }

      .reaction {
        padding: var(--space-1) var(--space-3);
        background: var(--color-surface);
        color: var(--color-text);
        border: var(--border-width-strong) solid var(--color-border);
        font-weight: normal;
      }

      .reaction:hover {
        background: var(--color-pressed-bg);
        color: var(--color-text);
        border-color: var(--color-primary);
      }

      .reaction[aria-pressed='true'] {
        background: var(--color-pressed-bg);
        border-color: var(--color-primary);
        color: var(--color-primary-hover);
        font-weight: var(--font-weight-bold);
      }

      .count {
        font-variant-numeric: tabular-nums;
      }

      .retract {
        margin-left: auto;
      }
    `,
  ];

  @property({ attribute: false }) post: Post | undefined;
  @property({ attribute: false }) reactionKinds: readonly ReactionKind[] = [];
  /** Kinds this browser has reacted with on this post. */
  @property({ attribute: false }) reacted: ReadonlySet<ReactionKind> = new Set();
  /** Written from this browser: show the mark and the retract button. */
  @property({ type: Boolean }) own = false;
  /** This browser has reported the post already. */
  @property({ type: Boolean }) reported = false;
  /** The facilitator shows this post large on the projector right now. */
  @property({ type: Boolean }) spotlighted = false;
  /** Paused or closed: reactions would be refused, so the buttons say so instead of failing. */
  @property({ type: Boolean }) reactionsDisabled = false;

  private readonly i18n = new LocaleController(this);

  private toggle(kind: ReactionKind): void {
    if (!this.post || this.reactionsDisabled) return;
    this.dispatchEvent(
      appEvent('reaction-toggle', { postId: this.post.id, kind, active: !this.reacted.has(kind) }),
    );
  }

  private retract(): void {
    if (this.post) this.dispatchEvent(appEvent('retract-request', { postId: this.post.id }));
  }

  protected override render(): TemplateResult {
    const post = this.post;
    if (!post) return html``;
    const t = this.i18n.t;
    return html`
      <article
        data-testid="post"
        data-post-id=${post.id}
        class="${this.own ? 'own' : ''} ${this.spotlighted ? 'spotlighted' : ''}"
      >
        ${this.spotlighted ? html`<p class="spotlight-mark" data-testid="spotlighted">${t.spotlightedMark}</p>` : nothing}
        ${this.own ? html`<p class="own-mark">${t.ownPostMark}</p>` : nothing}
        <p class="body" id="body" data-testid="post-body">${post.body}</p>
        <div class="actions">
          ${
            this.reactionKinds.length > 0
              ? html`<div class="reactions" role="group" aria-label=${t.reactionsLabel}>
                  ${this.reactionKinds.map((kind) => {
                    const count = post.reactions[kind] ?? 0;
                    return html`<button
                      type="button"
                      class="reaction"
                      data-testid="reaction-${kind}"
                      aria-pressed=${this.reacted.has(kind) ? 'true' : 'false'}
                      aria-disabled=${this.reactionsDisabled ? 'true' : 'false'}
                      @click=${() => this.toggle(kind)}
                    >
                      <span aria-hidden="true">${REACTION_EMOJI[kind]}</span>
                      <span>${t.reactionNames[kind]}</span>
                      <span class="count">${formatNumber(this.i18n.language, count)}</span>
                    </button>`;
                  })}
                </div>`
              : nothing
          }
          ${
            // Reporting your own post makes no sense; retracting it is the way to take it back.
            this.own
              ? nothing
              : html`<report-button
                  .postId=${post.id}
                  .postExcerpt=${excerpt(post.body)}
                  ?reported=${this.reported}
                ></report-button>`
          }
          ${
            this.own
              ? html`<button
                  type="button"
                  class="secondary retract"
                  data-testid="retract"
                  aria-describedby="body"
                  @click=${this.retract}
                >
                  ${t.retract}
                </button>`
              : nothing
          }
        </div>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'post-card': PostCard;
  }
}
