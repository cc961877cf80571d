import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ReportReason } from '../../shared/api.ts';
import type { ReactionKind } from '../../shared/board.ts';
import { ModerationAction, ModerationLimits, type ModeratedPost } from '../../shared/moderation.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { countText, formatNumber } from '../i18n/plural.ts';
import { REACTION_EMOJI } from '../labels.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/** What can be done to a post in each status, the most likely first: that button is where focus lands. */
const ACTIONS_BY_STATUS: Record<string, readonly ModerationAction[]> = {
  visible: [ModerationAction.hide, ModerationAction.remove],
  held: [ModerationAction.approve, ModerationAction.hide, ModerationAction.remove],
  hidden: [ModerationAction.restore, ModerationAction.remove],
};

function isReportReason(t: Record<string, string>, key: string): key is ReportReason {
  return key in t;
}

/**
 * One released post in the moderator console: what it says, where it is and why, and what can be done with it.
 * Nothing here is about who wrote it; the server sends nothing of the kind.
 */
@customElement('moderation-post-row')
export class ModerationPostRow extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      article {
        background: var(--color-surface);
        border: var(--border-width) solid var(--color-border-subtle);
        border-left: 6px solid var(--color-success);
        border-radius: var(--radius-md);
        padding: var(--space-4);
      }

      article[data-status='held'] {
        border-left-color: var(--color-warning-border);
        background: var(--color-held-bg);
      }

      article[data-status='hidden'] {
        border-left-color: var(--color-border);
        background: var(--color-hidden-bg);
      }

      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-2) var(--space-4);
        margin-bottom: var(--space-2);
      }

      .select {
        display: inline-flex;
        align-items: center;
        gap: var(--space-2);
        min-height: var(--target-min);
        margin: 0;
        cursor: pointer;
      }

      .select input {
        width: 1.5rem;
        height: 1.5rem;
        margin: 0;
        accent-color: var(--color-primary);
      }

      .category,
      .status {
        margin: 0;
        font-weight: var(--font-weight-bold);
      }

      /* The status is a word, not only a colour, so it reads in forced colours and to colour-blind readers. */
      .status {
        padding: 0 var(--space-2);
        border: var(--border-width) solid currentColor;
        border-radius: var(--radius-sm);
      }

      .body {
        margin: 0 0 var(--space-3);
        font-size: var(--font-size-md);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }

      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-1) var(--space-4);
        margin: 0 0 var(--space-3);
        padding: 0;
        list-style: none;
        color: var(--color-text-muted);
      }

      .facts .strong {
        color: var(--color-text);
        font-weight: var(--font-weight-bold);
      }

      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--space-2);
      }

      .reason {
        flex: 1 1 14rem;
        min-width: 0;
      }

      .reason label {
        font-weight: normal;
      }

      button.danger {
        background: var(--color-surface);
        border-color: var(--color-danger);
        color: var(--color-danger);
      }

      button.danger:hover {
        background: var(--color-danger-bg);
        color: var(--color-danger);
      }
    `,
  ];

  @property({ attribute: false }) post: ModeratedPost | undefined;
  @property() categoryName = '';
  @property({ attribute: false }) reactionKinds: readonly ReactionKind[] = [];
  @property({ type: Boolean }) selected = false;
  /** An action on this post is on its way; the buttons stay (and keep focus) but do nothing meanwhile. */
  @property({ type: Boolean }) busy = false;

  @state() private reason = '';

  private readonly i18n = new LocaleController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A reason belongs to the action it was typed for; once the post has moved on, it is stale.
    const before = changed.get('post');
    if (before && this.post && before.status !== this.post.status) this.reason = '';
  }

  /** Where focus goes when the moderator is done with the post before this one (accessibility-and-ux.md A.5). */
  async focusFirstAction(): Promise<boolean> {
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLButtonElement>('.actions button');
    button?.focus();
    return button !== null;
  }

  async focusAction(action: ModerationAction): Promise<boolean> {
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLButtonElement>(`button[data-action='${action}']`);
    button?.focus();
    return button !== null;
  }

  private act(action: ModerationAction): void {
    if (!this.post || this.busy) return;
    this.dispatchEvent(
      appEvent('moderation-action', { postId: this.post.id, action, reason: this.reason.trim() }),
    );
  }

  private onSelect(event: Event): void {
    if (!this.post || !(event.target instanceof HTMLInputElement)) return;
    this.dispatchEvent(
      appEvent('moderation-select', { postId: this.post.id, selected: event.target.checked }),
    );
  }

  private onReason(event: Event): void {
    if (event.target instanceof HTMLInputElement) this.reason = event.target.value;
  }

  private renderFacts(post: ModeratedPost): TemplateResult {
    const t = this.i18n.t;
    const m = t.moderation;
    const language = this.i18n.language;
    const reasons = Object.entries(post.reportReasons)
      .filter(([, count]) => count > 0)
      .map(([reason, count]) => {
        const name = isReportReason(m.reportReasonNames, reason) ? m.reportReasonNames[reason] : reason;
        return `${name} ${formatNumber(language, count)}`;
      });
    const reactions = this.reactionKinds
      .map((kind) => ({ kind, count: post.reactions[kind] ?? 0 }))
      .filter(({ count }) => count > 0);
    return html`<ul class="facts" role="list">
      ${
        post.status === 'held' && post.heldReason
          ? html`<li class="strong" data-testid="held-reason" data-reason=${post.heldReason}>
              ${m.heldReasonLabel} ${m.heldReasons[post.heldReason]}
            </li>`
          : nothing
      }
      ${
        post.reportCount > 0
          ? html`<li class="strong" data-testid="report-count" data-count=${post.reportCount}>
              ${countText(language, post.reportCount, m.reportCount)}${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}
            </li>`
          : nothing
      }
      ${
        // Why a post with many reports is still up: a moderator let it stand, so reports no longer take it down.
        post.status === 'visible' && post.reviewed
          ? html`<li data-testid="reviewed">${m.reviewedNote}</li>`
          : nothing
      }
      ${reactions.map(
        ({ kind, count }) =>
          html`<li>
            <span aria-hidden="true">${REACTION_EMOJI[kind]}</span> ${t.reactionNames[kind]}
            ${formatNumber(language, count)}
          </li>`,
      )}
      <li>${m.batchLabel} ${formatNumber(language, post.batch)}</li>
    </ul>`;
  }

  protected override render(): TemplateResult {
    const post = this.post;
    if (!post) return html``;
    const t = this.i18n.t;
    const m = t.moderation;
    const actions = ACTIONS_BY_STATUS[post.status] ?? [ModerationAction.remove];
    const statusName = post.status === 'queued' ? '' : m.statusNames[post.status];
    return html`
      <article data-testid="moderation-post" data-post-id=${post.id} data-status=${post.status}>
        <div class="head">
          <label class="select">
            <input
              type="checkbox"
              data-testid="select-post"
              aria-describedby="body"
              .checked=${live(this.selected)}
              @change=${this.onSelect}
            />
            <span>${m.selectPost}</span>
          </label>
          <p class="category">${this.categoryName}</p>
          <p class="status" data-testid="moderation-status">${statusName}</p>
        </div>
        <p class="body" id="body" data-testid="moderation-body">${post.body}</p>
        ${this.renderFacts(post)}
        <div class="actions">
          <div class="reason">
            <label for="reason">${m.reasonLabel}</label>
            <input
              type="text"
              id="reason"
              data-testid="action-reason"
              maxlength=${ModerationLimits.reasonMax}
              autocomplete="off"
              .value=${live(this.reason)}
              @input=${this.onReason}
            />
          </div>
          ${actions.map(
            (action) =>
              html`<button
                type="button"
                class=${action === ModerationAction.remove ? 'danger' : action === actions[0] ? '' : 'secondary'}
                data-testid="action-${action}"
                data-action=${action}
                aria-describedby="body"
                aria-disabled=${this.busy ? 'true' : 'false'}
                @click=${() => this.act(action)}
              >
                ${m.actions[action]}
              </button>`,
          )}
        </div>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'moderation-post-row': ModerationPostRow;
  }
}
