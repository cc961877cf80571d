import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { PublicBoard } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import {
  ModerationAction,
  ModerationLimits,
  type ModeratedPost,
  type ModerationActionBody,
  type ModerationView,
} from '../../shared/moderation.ts';
import {
  ApiError,
  getBoard,
  getModeration,
  moderateInBulk,
  moderatePost,
  removePostForGood,
  type PostTransition,
} from '../api.ts';
import { LiveBoardController } from '../controllers/live-board-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { SecretViewController, type SecretAccess } from '../controllers/secret-view-controller.ts';
import { errorMessage } from '../error-message.ts';
import { countText } from '../i18n/plural.ts';
import { categoryLabel } from '../labels.ts';
import {
  applyModeratedPosts,
  applyModerationMessage,
  initialModerationState,
  moderatedPostsForDisplay,
  removeModeratedPosts,
  type ModeratedStatus,
  type ModerationState,
} from '../live/moderation-state.ts';
import { boardPath } from '../router.ts';
import { claimSecretToken } from '../secret-link.ts';
import { loadModeratorName, saveModeratorName } from '../storage/moderator-name.ts';
import { loadRoleToken, SecretRole } from '../storage/tokens.ts';
import { consoleHeadStyles } from '../styles/console-head-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './audit-log.ts';
import './confirm-dialog.ts';
import './connection-status.ts';
import { ALL, type CategoryChoice } from './moderation-filters.ts';
import './moderation-filters.ts';
import type { ModerationPostRow } from './moderation-post-row.ts';
import './moderation-post-row.ts';

interface Notice {
  text: string;
  error: boolean;
  code?: string;
  /** After a hide: the post the "Ångra" button restores. */
  undoPostId?: string;
}

type StatusFilter = ModeratedStatus | typeof ALL;

/**
 * The moderator console (DESIGN.md §1): every released post with its status, held reason and reports; hide,
 * restore, approve and remove with an optional reason and name; bulk actions; the audit log. Works for the
 * moderator's link and for the facilitator's, which has all moderator powers.
 */
@customElement('moderation-page')
export class ModerationPage extends LitElement {
  static override styles = [
    sharedStyles,
    consoleHeadStyles,
    css`
      .name {
        max-width: var(--form-max);
      }

      .layout {
        display: grid;
        gap: var(--space-6);
        grid-template-columns: minmax(0, 1fr);
        align-items: start;
      }

      @media (min-width: 64rem) {
        .layout {
          grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        }
      }

      .posts-bar {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: var(--space-2);
      }

      #posts-heading:focus {
        outline: none;
      }

      moderation-filters {
        margin-bottom: var(--space-4);
      }

      .bulk {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--space-2) var(--space-3);
        margin-bottom: var(--space-4);
        padding: var(--space-3);
        border: var(--border-width) solid var(--color-border-subtle);
        border-radius: var(--radius-md);
        background: var(--color-surface);
      }

      .select-all {
        display: inline-flex;
        align-items: center;
        gap: var(--space-2);
        min-height: var(--target-min);
        margin: 0;
        cursor: pointer;
      }

      .select-all input {
        width: 1.5rem;
        height: 1.5rem;
        margin: 0;
        accent-color: var(--color-primary);
      }

      .selected-count {
        margin: 0;
        align-self: center;
        color: var(--color-text-muted);
      }

      .bulk .reason {
        flex: 1 1 14rem;
        min-width: 0;
      }

      .bulk .reason label {
        font-weight: normal;
      }

      /* Always in the layout: a live region that appears from nothing is often not announced. */
      .status-region {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-2) var(--space-3);
        min-height: var(--target-min);
        margin-bottom: var(--space-4);
      }

      .status-region p {
        margin: 0;
      }

      .status-region.error p {
        color: var(--color-danger);
        font-weight: var(--font-weight-bold);
      }

      .rows {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--space-3);
      }

      .empty {
        font-size: var(--font-size-md);
      }
    `,
  ];

  @property({ attribute: false }) boardId = '';

  @state() private fetchedBoard: PublicBoard | undefined;
  @state() private moderation: ModerationState = initialModerationState;
  @state() private statusFilter: StatusFilter = ALL;
  @state() private categoryFilter: string = ALL;
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private busyIds: ReadonlySet<string> = new Set();
  @state() private bulkBusy = false;
  @state() private moderatorName = loadModeratorName();
  @state() private bulkReason = '';
  @state() private notice: Notice | undefined;
  /** The post the remove dialog asks about, with the reason typed for it. */
  @state() private removing: { postId: string; reason: string } | undefined;

  @query('#posts-heading') private postsHeading?: HTMLElement;
  @query('[data-testid="undo"]') private undoButton?: HTMLButtonElement;

  private readonly i18n = new LocaleController(this);
  /** `projector`: a token that is valid but may not moderate (the big screen's). */
  private readonly secretView = new SecretViewController<'projector'>(this, {
    start: () => this.start(),
    boardId: () => this.boardId,
    board: () => this.board,
    heading: (t) => t.moderation.heading,
    testIdPrefix: 'moderation',
  });
  private token: string | undefined;
  private live: LiveBoardController | undefined;

  /** Tokens to try, best first: this board's moderator link, then its facilitator link (which may moderate too). */
  private candidateTokens(): string[] {
    const moderator = claimSecretToken(this.boardId, SecretRole.moderate);
    const facilitator = loadRoleToken(this.boardId, SecretRole.host);
    return [...new Set([moderator, facilitator].filter((token): token is string => token !== undefined))];
  }

  private async start(): Promise<void> {
    void this.fetchBoard();
    const candidates = this.candidateTokens();
    if (candidates.length === 0) {
      // Only the big screen's link in this tab: say plainly that it cannot moderate, not just "missing".
      this.secretView.access = loadRoleToken(this.boardId, SecretRole.present) ? 'projector' : 'missing';
      return;
    }
    let refused: SecretAccess<'projector'> = 'invalid';
    for (const token of candidates) {
      try {
        const view = await getModeration(this.boardId, token, this.secretView.signal);
        this.token = token;
        this.applySnapshot(view);
        this.secretView.access = 'ready';
        // The socket starts only now: a link that may not moderate never subscribes with its token.
        this.live = new LiveBoardController(this, this.boardId, undefined, {
          token,
          onModeration: (message) => {
            this.moderation = applyModerationMessage(this.moderation, message);
          },
        });
        return;
      } catch (error) {
        if (!(error instanceof ApiError)) return; // Left the page.
        if (this.secretView.refuse(error)) return;
        if (error.status === 403) refused = 'projector';
      }
    }
    this.secretView.access = refused;
  }

  private async fetchBoard(): Promise<void> {
    try {
      this.fetchedBoard = await getBoard(this.boardId, this.secretView.signal);
    } catch {
      // The socket's snapshot brings the board too; the moderation view's own errors are what the page reports.
    }
  }

  private get board(): PublicBoard | undefined {
    return this.live?.state.board ?? this.fetchedBoard;
  }

  /** The console's posts, with the live reaction counts of those on the board. */
  private allPosts(): ModeratedPost[] {
    const livePosts = this.live?.state.posts;
    return moderatedPostsForDisplay(this.moderation.posts).map((post) => {
      const onBoard = livePosts?.get(post.id);
      return onBoard ? { ...post, reactions: onBoard.reactions } : post;
    });
  }

  private inCategory(post: ModeratedPost): boolean {
    return this.categoryFilter === ALL || post.category === this.categoryFilter;
  }

  private inStatus(post: ModeratedPost): boolean {
    return this.statusFilter === ALL || post.status === this.statusFilter;
  }

  private shownPosts(): ModeratedPost[] {
    return this.allPosts().filter((post) => this.inCategory(post) && this.inStatus(post));
  }

  private row(postId: string): ModerationPostRow | undefined {
    return [...this.renderRoot.querySelectorAll('moderation-post-row')].find(
      (row) => row.post?.id === postId,
    );
  }

  private actionBody(reason: string): ModerationActionBody {
    const name = this.moderatorName.trim().slice(0, ModerationLimits.moderatorNameMax);
    const why = reason.trim().slice(0, ModerationLimits.reasonMax);
    return { ...(why ? { reason: why } : {}), ...(name ? { moderatorName: name } : {}) };
  }

  /**
   * Focus after an action, never left on `body`: on the post itself when it is still shown and `stay` is asked,
   * else on the next shown post (or the one before, at the end of the list), else the undo button or the heading.
   */
  private async moveFocus(postId: string, before: readonly string[], stay: boolean): Promise<void> {
    await this.updateComplete;
    const shown = new Set(this.shownPosts().map((post) => post.id));
    if (stay && shown.has(postId) && (await this.row(postId)?.focusFirstAction())) return;
    const index = before.indexOf(postId);
    const order = [...before.slice(index + 1), ...before.slice(0, Math.max(index, 0)).reverse()];
    for (const id of order) {
      if (id !== postId && shown.has(id) && (await this.row(id)?.focusFirstAction())) return;
    }
    if (this.undoButton) this.undoButton.focus();
    else this.postsHeading?.focus();
  }

  private setBusy(postId: string, busy: boolean): void {
    const next = new Set(this.busyIds);
    if (busy) next.add(postId);
    else next.delete(postId);
    this.busyIds = next;
  }

  private onAction(event: HTMLElementEventMap['moderation-action']): void {
    event.stopPropagation();
    const { postId, action, reason } = event.detail;
    if (action === ModerationAction.remove) {
      this.removing = { postId, reason };
      return;
    }
    void this.transition(postId, action, reason);
  }

  private async transition(postId: string, action: PostTransition, reason: string): Promise<void> {
    const token = this.token;
    if (!token || this.busyIds.has(postId)) return;
    const t = this.i18n.t;
    const before = this.shownPosts().map((post) => post.id);
    this.setBusy(postId, true);
    try {
      const result = await moderatePost(this.boardId, token, postId, action, this.actionBody(reason));
      this.moderation = applyModeratedPosts(this.moderation, result.posts);
      this.notice = {
        text: t.moderation.done[action],
        error: false,
        ...(action === ModerationAction.hide ? { undoPostId: postId } : {}),
      };
      this.setBusy(postId, false);
      // Hiding moves on to the next post (accessibility-and-ux.md A.5); the others stay with the post if shown.
      await this.moveFocus(postId, before, action !== ModerationAction.hide);
    } catch (error) {
      this.setBusy(postId, false);
      await this.failed(error, postId, before);
    }
  }

  private async failed(error: unknown, postId: string, before: readonly string[]): Promise<void> {
    if (!(error instanceof ApiError)) throw error;
    const t = this.i18n.t;
    this.notice = { text: errorMessage(t, error), error: true, code: error.code };
    if (error.code === ErrorCode.invalidTransition || error.code === ErrorCode.postNotFound) {
      // Someone else got there first: fetch the truth rather than guess it.
      await this.refresh();
    }
    await this.moveFocus(postId, before, true);
  }

  /** A fetched view replaces everything, as the socket's snapshot would. */
  private applySnapshot(view: ModerationView): void {
    this.moderation = applyModerationMessage(this.moderation, {
      type: 'moderation',
      snapshot: true,
      posts: view.posts,
      removedPostIds: [],
      audit: view.audit,
    });
  }

  private async refresh(): Promise<void> {
    if (!this.token) return;
    try {
      const view = await getModeration(this.boardId, this.token, this.secretView.signal);
      this.applySnapshot(view);
    } catch {
      // The socket will bring the next change; the notice already says what went wrong.
    }
  }

  private async undo(): Promise<void> {
    const postId = this.notice?.undoPostId;
    const token = this.token;
    if (!postId || !token || this.busyIds.has(postId)) return;
    const t = this.i18n.t;
    const before = this.shownPosts().map((post) => post.id);
    this.setBusy(postId, true);
    try {
      const result = await moderatePost(this.boardId, token, postId, 'restore', this.actionBody(''));
      this.moderation = applyModeratedPosts(this.moderation, result.posts);
      this.notice = { text: t.moderation.done.restore, error: false };
      this.setBusy(postId, false);
      await this.moveFocus(postId, before.includes(postId) ? before : [postId, ...before], true);
    } catch (error) {
      this.setBusy(postId, false);
      await this.failed(error, postId, before);
    }
  }

  private async onDialogClose(event: HTMLElementEventMap['confirm-dialog-close']): Promise<void> {
    event.stopPropagation();
    const target = this.removing;
    this.removing = undefined;
    if (!target) return;
    if (!event.detail.confirmed) {
      // Back to the button that opened the dialog (accessibility-and-ux.md A.5).
      await this.updateComplete;
      if (!(await this.row(target.postId)?.focusAction(ModerationAction.remove))) this.postsHeading?.focus();
      return;
    }
    await this.removeForGood(target.postId, target.reason);
  }

  private async removeForGood(postId: string, reason: string): Promise<void> {
    const token = this.token;
    if (!token) return;
    const t = this.i18n.t;
    const before = this.shownPosts().map((post) => post.id);
    this.setBusy(postId, true);
    try {
      await removePostForGood(this.boardId, token, postId, this.actionBody(reason));
      this.moderation = removeModeratedPosts(this.moderation, [postId]);
      this.notice = { text: t.moderation.done.remove, error: false };
      this.setBusy(postId, false);
      await this.moveFocus(postId, before, false);
    } catch (error) {
      this.setBusy(postId, false);
      await this.failed(error, postId, before);
    }
  }

  private onSelect(event: HTMLElementEventMap['moderation-select']): void {
    event.stopPropagation();
    const next = new Set(this.selected);
    if (event.detail.selected) next.add(event.detail.postId);
    else next.delete(event.detail.postId);
    this.selected = next;
  }

  private onSelectAll(event: Event): void {
    if (!(event.target instanceof HTMLInputElement)) return;
    const shown = this.shownPosts().map((post) => post.id);
    const next = new Set(this.selected);
    for (const id of shown) {
      if (event.target.checked) next.add(id);
      else next.delete(id);
    }
    this.selected = next;
  }

  /** Bulk actions apply to what is both selected and shown: nothing happens to posts the moderator cannot see. */
  private selectedShown(): string[] {
    return this.shownPosts()
      .map((post) => post.id)
      .filter((id) => this.selected.has(id));
  }

  private async bulk(action: 'hide' | 'approve'): Promise<void> {
    const token = this.token;
    if (!token || this.bulkBusy) return;
    const m = this.i18n.t.moderation;
    const postIds = this.selectedShown().slice(0, ModerationLimits.bulkMax);
    if (postIds.length === 0) {
      this.notice = { text: m.bulkNone, error: true };
      return;
    }
    this.bulkBusy = true;
    try {
      const body = { action, postIds, ...this.actionBody(this.bulkReason) };
      const result = await moderateInBulk(this.boardId, token, body);
      this.moderation = applyModeratedPosts(this.moderation, result.posts);
      const changed = result.posts.length;
      this.notice = {
        text:
          changed === 0
            ? m.bulkNothing
            : countText(this.i18n.language, changed, action === 'hide' ? m.bulkHidden : m.bulkApproved),
        error: changed === 0,
      };
      this.selected = new Set();
      this.bulkReason = '';
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.notice = { text: errorMessage(this.i18n.t, error), error: true, code: error.code };
    } finally {
      this.bulkBusy = false;
    }
  }

  private onFilter(event: HTMLElementEventMap['moderation-filter-change']): void {
    event.stopPropagation();
    const detail = event.detail;
    if ('status' in detail) this.statusFilter = detail.status;
    else this.categoryFilter = detail.category;
  }

  private onName(event: Event): void {
    if (!(event.target instanceof HTMLInputElement)) return;
    this.moderatorName = event.target.value;
    saveModeratorName(this.moderatorName);
  }

  private onBulkReason(event: Event): void {
    if (event.target instanceof HTMLInputElement) this.bulkReason = event.target.value;
  }

  private renderRefusal(): TemplateResult {
    const m = this.i18n.t.moderation;
    return this.secretView.render({ ...m, deniedRole: m.deniedProjector });
  }

  private categoryChoices(posts: readonly ModeratedPost[], board: PublicBoard | undefined): CategoryChoice[] {
    const t = this.i18n.t;
    const categories = board?.categories ?? [];
    const ids = [...categories.map((category) => category.id)];
    for (const post of posts) if (!ids.includes(post.category)) ids.push(post.category);
    const inStatus = posts.filter((post) => this.inStatus(post));
    return [
      { id: ALL, label: t.moderation.filterAll, count: inStatus.length },
      ...ids.map((id) => ({
        id,
        label: categoryLabel(t, id, categories),
        count: inStatus.filter((post) => post.category === id).length,
      })),
    ];
  }

  private renderNotice(): TemplateResult {
    const m = this.i18n.t.moderation;
    const notice = this.notice;
    return html`<div
      class="status-region ${notice?.error ? 'error' : ''}"
      role="status"
      data-testid="moderation-notice"
      data-code=${notice?.code ?? ''}
    >
      ${notice ? html`<p>${notice.text}</p>` : nothing}
      ${
        notice?.undoPostId
          ? html`<button type="button" class="secondary" data-testid="undo" @click=${this.undo}>
              ${m.undo}
            </button>`
          : nothing
      }
    </div>`;
  }

  protected override render(): TemplateResult {
    if (!this.secretView.ready) return this.renderRefusal();
    const t = this.i18n.t;
    const m = t.moderation;
    const board = this.board;
    const socket = this.live;
    const all = this.allPosts();
    const inCategory = all.filter((post) => this.inCategory(post));
    const count = (status: ModeratedStatus): number =>
      inCategory.filter((post) => post.status === status).length;
    const statusCounts: Record<StatusFilter, number> = {
      all: inCategory.length,
      visible: count('visible'),
      held: count('held'),
      hidden: count('hidden'),
    };
    const shown = inCategory.filter((post) => this.inStatus(post));
    const selectedShown = shown.filter((post) => this.selected.has(post.id)).length;
    const allSelected = shown.length > 0 && selectedShown === shown.length;
    const postText = new Map(all.map((post) => [post.id, post.body]));
    const categories = board?.categories ?? [];

    return html`
      <div class="head">
        <h1>${board ? `${m.heading}: ${board.title}` : m.heading}</h1>
        <p>${m.intro}</p>
        <div class="head-bar">
          <connection-status
            .state=${socket?.connection ?? 'connecting'}
            ?reconnecting=${socket?.hasConnected ?? false}
          ></connection-status>
          <p><a href=${boardPath(this.boardId)}>${t.toBoard}</a></p>
        </div>
      </div>

      <div class="field name">
        <label for="moderator-name">${m.nameLabel}</label>
        <p class="hint" id="moderator-name-hint">${m.nameHint}</p>
        <input
          type="text"
          id="moderator-name"
          data-testid="moderator-name"
          aria-describedby="moderator-name-hint"
          autocomplete="name"
          maxlength=${ModerationLimits.moderatorNameMax}
          .value=${live(this.moderatorName)}
          @input=${this.onName}
        />
      </div>

      <div class="layout">
        <section
          aria-labelledby="posts-heading"
          @moderation-action=${this.onAction}
          @moderation-select=${this.onSelect}
          @moderation-filter-change=${this.onFilter}
        >
          <div class="posts-bar">
            <h2 id="posts-heading" tabindex="-1">${m.postsHeading}</h2>
            <p data-testid="moderation-shown-count">
              ${countText(this.i18n.language, shown.length, m.shownCount)}
            </p>
          </div>
          <moderation-filters
            .status=${this.statusFilter}
            .category=${this.categoryFilter}
            .statusCounts=${statusCounts}
            .categories=${this.categoryChoices(all, board)}
          ></moderation-filters>

          <div class="bulk" role="group" aria-label=${m.bulkLabel}>
            <label class="select-all">
              <input
                type="checkbox"
                data-testid="select-all"
                .checked=${live(allSelected)}
                .indeterminate=${selectedShown > 0 && !allSelected}
                ?disabled=${shown.length === 0}
                @change=${this.onSelectAll}
              />
              <span>${m.selectAll}</span>
            </label>
            <p class="selected-count" data-testid="selected-count">
              ${countText(this.i18n.language, selectedShown, m.selectedCount)}
            </p>
            <div class="reason">
              <label for="bulk-reason">${m.bulkReasonLabel}</label>
              <input
                type="text"
                id="bulk-reason"
                data-testid="bulk-reason"
                autocomplete="off"
                maxlength=${ModerationLimits.reasonMax}
                .value=${live(this.bulkReason)}
                @input=${this.onBulkReason}
              />
            </div>
            <button
              type="button"
              class="secondary"
              data-testid="bulk-approve"
              aria-disabled=${this.bulkBusy ? 'true' : 'false'}
              @click=${() => this.bulk('approve')}
            >
              ${m.bulkApprove}
            </button>
            <button
              type="button"
              data-testid="bulk-hide"
              aria-disabled=${this.bulkBusy ? 'true' : 'false'}
              @click=${() => this.bulk('hide')}
            >
              ${m.bulkHide}
            </button>
          </div>

          ${this.renderNotice()}
          ${
            shown.length === 0
              ? html`<p class="empty notice" data-testid="moderation-empty">
                  ${all.length === 0 ? m.empty : m.emptyFiltered}
                </p>`
              : html`<ul class="rows" role="list">
                  ${repeat(
                    shown,
                    (post) => post.id,
                    (post) =>
                      html`<li>
                        <moderation-post-row
                          .post=${post}
                          .categoryName=${categoryLabel(t, post.category, categories)}
                          .reactionKinds=${board?.settings.reactionKinds ?? []}
                          ?selected=${this.selected.has(post.id)}
                          ?busy=${this.busyIds.has(post.id)}
                        ></moderation-post-row>
                      </li>`,
                  )}
                </ul>`
          }
        </section>

        <audit-log
          .entries=${this.moderation.audit}
          .postText=${postText}
          .fileStem=${`takhojd-logg-${this.boardId}`}
        ></audit-log>
      </div>

      <confirm-dialog
        ?open=${this.removing !== undefined}
        .heading=${m.confirmRemoveHeading}
        .text=${m.confirmRemoveText}
        .confirmLabel=${m.confirmRemove}
        .cancelLabel=${m.cancel}
        .confirmTestId=${'confirm-remove'}
        @confirm-dialog-close=${this.onDialogClose}
      ></confirm-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'moderation-page': ModerationPage;
  }
}
