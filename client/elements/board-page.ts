import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { BoardPhase, REACTION_KINDS, type PublicBoard, type ReactionKind } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import type { Post } from '../../shared/post.ts';
import { ApiError, getBoard, getOwnPostStatus, retractPost } from '../api.ts';
import { LiveBoardController, type LiveChange } from '../controllers/live-board-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { errorMessage } from '../error-message.ts';
import { locale } from '../i18n/locale.ts';
import { categoryLabel } from '../labels.ts';
import { postsForDisplay } from '../live/live-state.ts';
import { seatFor, sendReport, toggleReaction } from '../participant-actions.ts';
import { loadOwnPosts, saveOwnPosts, type OwnPost } from '../storage/own-posts.ts';
import { loadOwnReactions, reactionKey, saveOwnReactions } from '../storage/own-reactions.ts';
import { loadOwnReports, saveOwnReports } from '../storage/own-reports.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './category-column.ts';
import './connection-status.ts';
import './older-posts.ts';
import './own-posts-list.ts';
import './post-composer.ts';

/** Screen readers hear about new posts at most this often (accessibility-and-ux.md A.2). */
const ANNOUNCE_INTERVAL_MS = 10_000;
/** Column key for posts whose category the board no longer lists. */
const OTHER_COLUMN = '';
/**
 * When to ask about an own post that waits for a moderator. A batch that goes wholly to the moderators changes
 * nothing on the public board, so no message would prompt the question; a few asks soon after sending cover it.
 */
const REVIEW_CHECK_DELAYS_MS = [1000, 3000, 10_000, 30_000];
/**
 * When to ask about own waiting posts after the board closes. The server announces the phase before it deletes the
 * queued posts that cannot form a safe batch, and announces no deletion at all, so one ask would come too early.
 */
const CLOSE_CHECK_DELAYS_MS = [300, 1500, 5000];

interface Notice {
  text: string;
  error: boolean;
  /** The wire code of a failure, for tests and tools that must not depend on wording. */
  code?: string;
}

function isReactionKind(value: string): value is ReactionKind {
  return (REACTION_KINDS as readonly string[]).includes(value);
}

/** An own post seen on the board: released, and no longer waiting or held anywhere. */
function onBoard(post: OwnPost): OwnPost {
  const { status: _status, ...rest } = post;
  return { ...rest, released: true };
}

/** The participant's page: the board live, a composer, and the author's own waiting posts. */
@customElement('board-page')
export class BoardPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .board-head {
        margin-bottom: var(--space-5);
      }

      .phase .notice {
        margin: var(--space-3) 0 0;
        max-width: var(--form-max);
      }

      .prompt {
        font-size: var(--font-size-lg);
        max-width: var(--form-max);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }

      h1 {
        overflow-wrap: anywhere;
      }

      .top {
        display: grid;
        gap: var(--space-5);
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
        align-items: start;
        margin-bottom: var(--space-6);
      }

      .board-bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--space-3);
        margin-bottom: var(--space-4);
      }

      .board-bar h2 {
        margin: 0;
      }

      .columns {
        display: grid;
        gap: var(--space-5);
        grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--column-min)), 1fr));
        align-items: start;
        /* Keeps what the reader is looking at in place when posts arrive above it. */
        overflow-anchor: auto;
      }

      .empty {
        font-size: var(--font-size-md);
      }

      .held {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-3);
      }

      .board-notice:empty {
        display: block;
        margin: 0;
        padding: 0;
        border: 0;
      }

      .board-notice.error {
        border-left-color: var(--color-danger);
        background: var(--color-danger-bg);
        color: var(--color-danger);
      }

      .board-notice:focus {
        outline: none;
      }
    `,
  ];

  @property({ attribute: false }) boardId = '';

  @state() private fetchedBoard: PublicBoard | undefined;
  @state() private loadError: ApiError | undefined;
  @state() private ownPosts: readonly OwnPost[] = [];
  @state() private ownReactions: ReadonlySet<string> = new Set();
  @state() private reportedIds: ReadonlySet<string> = new Set();
  @state() private retractingIds: ReadonlySet<string> = new Set();
  /** Hidden at once when retracted, before the server's `removed` event arrives. */
  @state() private retractedIds: ReadonlySet<string> = new Set();
  @state() private notice: Notice | undefined;
  /** While paused, only these posts (and the reader's own) are shown; the rest wait for a button press. */
  @state() private frozenIds: ReadonlySet<string> | undefined;
  @state() private announcement = '';
  /** Own posts deleted unseen when the board closed; shown until the author dismisses the message. */
  @state() private discarded: readonly OwnPost[] = [];

  @query('.board-notice') private noticeElement?: HTMLElement;
  @query('#board-heading') private boardHeading?: HTMLElement;

  private readonly i18n = new LocaleController(this);
  private live: LiveBoardController | undefined;
  private readonly abort = new AbortController();
  private reactedByPost: ReadonlyMap<string, ReadonlySet<ReactionKind>> = new Map();
  private readonly reactionsInFlight = new Set<string>();
  private pendingAnnounceCount = 0;
  private lastAnnounceAt = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly statusChecks = new Set<string>();
  private readonly reviewTimers = new Set<ReturnType<typeof setTimeout>>();
  private readonly reportsInFlight = new Set<string>();
  private lastPhase: BoardPhase | undefined;

  override connectedCallback(): void {
    // Created here rather than in a field initialiser because it needs `boardId`, which is set by then.
    this.live ??= new LiveBoardController(this, this.boardId, (change) => this.onLiveChange(change), {
      // The socket waits for the seat (a moment of work on a first visit): it keeps the socket's place in a full room.
      seat: () => seatFor(this.boardId).catch(() => undefined),
    });
    super.connectedCallback();
    this.ownPosts = loadOwnPosts(this.boardId);
    this.ownReactions = loadOwnReactions(this.boardId);
    this.reportedIds = loadOwnReports(this.boardId);
    void this.fetchBoard();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort.abort();
    if (this.announceTimer !== undefined) clearTimeout(this.announceTimer);
    for (const timer of this.reviewTimers) clearTimeout(timer);
    this.reviewTimers.clear();
    locale.setBoardDefault(undefined);
  }

  private async fetchBoard(): Promise<void> {
    try {
      this.fetchedBoard = await getBoard(this.boardId, this.abort.signal);
    } catch (error) {
      if (error instanceof ApiError) this.loadError = error;
      // Other failures (an abort on leaving the page) need no message; the socket may still bring the board.
    }
  }

  private get board(): PublicBoard | undefined {
    return this.live?.state.board ?? this.fetchedBoard;
  }

  private get boardMissing(): boolean {
    if (this.live?.connection === 'gone') return true;
    return !this.board && this.loadError?.status === 404;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('ownReactions')) {
      const byPost = new Map<string, Set<ReactionKind>>();
      for (const key of this.ownReactions) {
        const split = key.lastIndexOf(':');
        const postId = key.slice(0, split);
        const kind = key.slice(split + 1);
        if (split <= 0 || !isReactionKind(kind)) continue;
        const kinds = byPost.get(postId) ?? new Set<ReactionKind>();
        kinds.add(kind);
        byPost.set(postId, kinds);
      }
      this.reactedByPost = byPost;
    }
    locale.setBoardDefault(this.board?.settings.language);
  }

  protected override updated(): void {
    const t = this.i18n.t;
    document.title = t.documentTitle(
      this.board?.title ?? (this.boardMissing ? t.notFoundHeading : undefined),
    );
  }

  private onLiveChange(change: LiveChange): void {
    const posts = this.live?.state.posts ?? new Map<string, Post>();
    const removed = new Set(change.removed);
    let changedOwn = false;
    const ownIds = new Set<string>();
    const toCheck: string[] = [];
    const next: OwnPost[] = [];
    for (const own of this.ownPosts) {
      ownIds.add(own.id);
      if (posts.has(own.id)) {
        if (!own.released || own.status !== undefined) {
          changedOwn = true;
          next.push(onBoard(own));
        } else {
          next.push(own);
        }
        continue;
      }
      // Off the board: still queued, waiting for a moderator, hidden by one, or gone for good. Only the server can
      // say which, and only to the holder of the delete key. Asked on load, when the post leaves the board, and
      // after each batch that did not bring it.
      if (change.snapshot || removed.has(own.id) || change.added.length > 0) toCheck.push(own.id);
      next.push(own);
    }
    if (changedOwn) {
      this.ownPosts = next;
      saveOwnPosts(this.boardId, next);
    }
    if (toCheck.length > 0) void this.checkOwnStatuses(toCheck);

    const phase = this.live?.state.board?.phase;
    if (phase === BoardPhase.closed && this.lastPhase !== BoardPhase.closed) this.scheduleCloseChecks();
    this.lastPhase = phase;

    // The first snapshot is the board as it is, not news; later additions by others are announced.
    if (!change.snapshot || this.lastAnnounceAt > 0 || this.pendingAnnounceCount > 0) {
      const news = change.added.filter((id) => !ownIds.has(id)).length;
      if (news > 0) this.queueAnnouncement(news);
    } else {
      this.lastAnnounceAt = Date.now();
    }
  }

  private queueAnnouncement(count: number): void {
    this.pendingAnnounceCount += count;
    if (this.announceTimer !== undefined) return;
    const wait = Math.max(0, this.lastAnnounceAt + ANNOUNCE_INTERVAL_MS - Date.now());
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.announcement = this.i18n.t.newPosts(this.pendingAnnounceCount);
      this.pendingAnnounceCount = 0;
      this.lastAnnounceAt = Date.now();
    }, wait);
  }

  private onPostCreated(event: HTMLElementEventMap['post-created']): void {
    event.stopPropagation();
    const post = event.detail.post;
    if (this.ownPosts.some((own) => own.id === post.id)) return;
    this.ownPosts = [...this.ownPosts, post];
    saveOwnPosts(this.boardId, this.ownPosts);
    // A batch that goes wholly to the moderators (pre-moderation, or the word filter) sends participants nothing,
    // so the author's browser asks a few times whether its post is still waiting.
    this.scheduleReviewChecks(post.id);
  }

  private scheduleReviewChecks(postId: string): void {
    for (const delay of REVIEW_CHECK_DELAYS_MS) {
      const timer = setTimeout(() => {
        this.reviewTimers.delete(timer);
        const own = this.ownPosts.find((post) => post.id === postId);
        // Once held, hidden or on the board, the socket's messages say when to ask again.
        if (own && !own.released && (own.status ?? 'queued') === 'queued')
          void this.checkOwnStatuses([postId]);
      }, delay);
      this.reviewTimers.add(timer);
    }
  }

  private scheduleCloseChecks(): void {
    for (const delay of CLOSE_CHECK_DELAYS_MS) {
      const timer = setTimeout(() => {
        this.reviewTimers.delete(timer);
        const waiting = this.ownPosts.filter((post) => !post.released).map((post) => post.id);
        if (waiting.length > 0) void this.checkOwnStatuses(waiting);
      }, delay);
      this.reviewTimers.add(timer);
    }
  }

  private async checkOwnStatuses(postIds: readonly string[]): Promise<void> {
    await Promise.all(postIds.map((postId) => this.checkOwnStatus(postId)));
  }

  private async checkOwnStatus(postId: string): Promise<void> {
    const own = this.ownPosts.find((post) => post.id === postId);
    // A post this page is retracting leaves the board because of it: asking would only earn a 404.
    const retracting = this.retractingIds.has(postId) || this.retractedIds.has(postId);
    if (!own || retracting || this.statusChecks.has(postId)) return;
    this.statusChecks.add(postId);
    try {
      const { post } = await getOwnPostStatus(this.boardId, postId, own.deleteKey);
      this.updateOwnPost(postId, (current) =>
        post.status === 'visible' ? onBoard(current) : { ...current, status: post.status },
      );
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // Gone for good: retracted in another tab, or removed by a moderator. Anything else: keep what we knew.
      if (error.status === 404) {
        // A post still in the queue that vanishes once the board is closed was deleted unseen (too few to form a
        // safe batch): the author is told, not left wondering.
        const closed = this.board?.phase === BoardPhase.closed;
        if (closed && !own.released && (own.status ?? 'queued') === 'queued') {
          this.discarded = [...this.discarded.filter((post) => post.id !== postId), own];
        }
        this.forgetOwnPost(postId);
      }
    } finally {
      this.statusChecks.delete(postId);
    }
  }

  private updateOwnPost(postId: string, change: (post: OwnPost) => OwnPost): void {
    let changed = false;
    const next = this.ownPosts.map((post) => {
      if (post.id !== postId) return post;
      const updated = change(post);
      changed ||= updated.status !== post.status || updated.released !== post.released;
      return updated;
    });
    if (!changed) return;
    this.ownPosts = next;
    saveOwnPosts(this.boardId, next);
  }

  private async onReport(event: HTMLElementEventMap['report-request']): Promise<void> {
    event.stopPropagation();
    const { postId, reason } = event.detail;
    if (this.reportedIds.has(postId) || this.reportsInFlight.has(postId)) return;
    const t = this.i18n.t;
    this.reportsInFlight.add(postId);
    try {
      await sendReport(this.boardId, postId, reason);
      this.reportedIds = new Set([...this.reportedIds, postId]);
      saveOwnReports(this.boardId, this.reportedIds);
      await this.showNotice({ text: t.reportThanks, error: false });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      await this.showNotice({ text: errorMessage(t, error), error: true, code: error.code });
    } finally {
      this.reportsInFlight.delete(postId);
    }
  }

  private async onRetract(event: HTMLElementEventMap['retract-request']): Promise<void> {
    event.stopPropagation();
    const { postId } = event.detail;
    const own = this.ownPosts.find((post) => post.id === postId);
    if (!own || this.retractingIds.has(postId)) return;
    const t = this.i18n.t;
    this.retractingIds = new Set([...this.retractingIds, postId]);
    try {
      await retractPost(this.boardId, postId, own.deleteKey);
      this.forgetOwnPost(postId);
      await this.showNotice({ text: t.retracted, error: false });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === ErrorCode.postNotFound) {
        // Already gone (a moderator, or another tab): the outcome the author wanted.
        this.forgetOwnPost(postId);
        await this.showNotice({ text: t.retracted, error: false });
      } else {
        await this.showNotice({ text: errorMessage(t, error), error: true, code: error.code });
      }
    } finally {
      const busy = new Set(this.retractingIds);
      busy.delete(postId);
      this.retractingIds = busy;
    }
  }

  private forgetOwnPost(postId: string): void {
    this.ownPosts = this.ownPosts.filter((post) => post.id !== postId);
    saveOwnPosts(this.boardId, this.ownPosts);
    this.retractedIds = new Set([...this.retractedIds, postId]);
  }

  /** The retract button disappears with its post, so focus goes to the message saying what happened. */
  private async showNotice(notice: Notice): Promise<void> {
    this.notice = notice;
    await this.updateComplete;
    this.noticeElement?.focus();
  }

  private async onReaction(event: HTMLElementEventMap['reaction-toggle']): Promise<void> {
    event.stopPropagation();
    const { postId, kind, active } = event.detail;
    const key = reactionKey(postId, kind);
    if (this.reactionsInFlight.has(key)) return;
    this.reactionsInFlight.add(key);
    const before = this.ownReactions;
    const next = new Set(before);
    if (active) next.add(key);
    else next.delete(key);
    this.ownReactions = next;
    saveOwnReactions(this.boardId, next);
    try {
      await toggleReaction(this.boardId, postId, kind, active);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.ownReactions = before;
      saveOwnReactions(this.boardId, before);
      this.notice = { text: errorMessage(this.i18n.t, error), error: true, code: error.code };
    } finally {
      this.reactionsInFlight.delete(key);
    }
  }

  private onDismissDiscarded(event: HTMLElementEventMap['discarded-dismiss']): void {
    event.stopPropagation();
    this.discarded = this.discarded.filter((post) => post.id !== event.detail.postId);
    // The message's button is gone: leave focus on the composer's section rather than on nothing.
    void this.updateComplete.then(() => this.noticeElement?.focus());
  }

  private togglePause(): void {
    this.frozenIds = this.frozenIds ? undefined : new Set(this.live?.state.posts.keys() ?? []);
  }

  private async onOlderPosts(event: HTMLElementEventMap['older-posts-request']): Promise<void> {
    event.stopPropagation();
    const added = await this.live?.loadOlder();
    // Asked for, so shown even while new posts are held back.
    if (this.frozenIds && added?.length) this.frozenIds = new Set([...this.frozenIds, ...added]);
    await this.updateComplete;
    // The button goes once the oldest post is shown: focus then stays in the board rather than on nothing.
    if (this.live?.state.older === undefined) this.boardHeading?.focus();
  }

  private showHeld(): void {
    this.frozenIds = new Set(this.live?.state.posts.keys() ?? []);
  }

  private renderMissing(): TemplateResult {
    const t = this.i18n.t;
    return html`
      <h1>${t.notFoundHeading}</h1>
      <p>${t.errors.BOARD_NOT_FOUND}</p>
      <p><a href="/">${t.toStart}</a></p>
    `;
  }

  private renderColumns(board: PublicBoard, posts: readonly Post[]): TemplateResult {
    const t = this.i18n.t;
    const byCategory = new Map<string, Post[]>(board.categories.map((category) => [category.id, []]));
    for (const post of posts) {
      let column = byCategory.get(post.category);
      if (!column) {
        column = byCategory.get(OTHER_COLUMN) ?? [];
        byCategory.set(OTHER_COLUMN, column);
      }
      column.push(post);
    }
    const ownIds = new Set(this.ownPosts.map((post) => post.id));
    return html`<div class="columns">
      ${[...byCategory].map(
        ([categoryId, columnPosts]) =>
          html`<category-column
            .heading=${categoryId === OTHER_COLUMN ? t.categoryOther : categoryLabel(t, categoryId, board.categories)}
            .posts=${columnPosts}
            .reactionKinds=${board.settings.reactionKinds}
            .ownPostIds=${ownIds}
            .reacted=${this.reactedByPost}
            .reportedIds=${this.reportedIds}
            .spotlightPostId=${board.spotlightPostId}
            ?reactionsDisabled=${board.phase === BoardPhase.paused || board.phase === BoardPhase.closed}
          ></category-column>`,
      )}
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    if (this.boardMissing) return this.renderMissing();
    const board = this.board;
    const live = this.live;
    const status = html`<connection-status
      .state=${live?.connection ?? 'connecting'}
      ?reconnecting=${live?.hasConnected ?? false}
    ></connection-status>`;
    if (!board) {
      return html`
        <h1>${t.boardLoading}</h1>
        ${this.loadError ? html`<p class="notice error">${t.errors[this.loadError.code]}</p>` : nothing}
        ${status}
      `;
    }

    const livePosts = live?.state.posts ?? new Map<string, Post>();
    const all = postsForDisplay(livePosts).filter((post) => !this.retractedIds.has(post.id));
    const ownIds = new Set(this.ownPosts.map((post) => post.id));
    const frozen = this.frozenIds;
    const shown = frozen ? all.filter((post) => frozen.has(post.id) || ownIds.has(post.id)) : all;
    const held = all.length - shown.length;
    // A post that was on the board and left it shows here again only once the server says it is held or hidden.
    const waiting = this.ownPosts.filter(
      (post) =>
        !livePosts.has(post.id) &&
        !this.retractedIds.has(post.id) &&
        (!post.released || post.status === 'held' || post.status === 'hidden'),
    );

    return html`
      <div class="board-head">
        <h1>${board.title}</h1>
        ${board.prompt ? html`<p class="prompt">${board.prompt}</p>` : nothing} ${status}
        <!-- Always there, so a phase change is announced as it happens. -->
        <div class="phase" role="status">
          ${
            board.phase === BoardPhase.open
              ? nothing
              : html`<p class="notice warning" data-testid="phase-notice" data-phase=${board.phase}>
                  ${t.phaseNotice[board.phase]}
                </p>`
          }
        </div>
      </div>

      <div
        class="top"
        @post-created=${this.onPostCreated}
        @retract-request=${this.onRetract}
        @discarded-dismiss=${this.onDismissDiscarded}
      >
        <post-composer .board=${board}></post-composer>
        <own-posts-list
          .posts=${waiting}
          .categories=${board.categories}
          .busyIds=${this.retractingIds}
          .phase=${board.phase}
          .discarded=${this.discarded}
        ></own-posts-list>
      </div>

      <p
        class="board-notice ${this.notice ? 'notice' : ''} ${this.notice?.error ? 'error' : ''}"
        role="status"
        tabindex="-1"
        data-testid="board-notice"
        data-code=${this.notice?.code ?? ''}
      >
        ${this.notice?.text ?? ''}
      </p>

      <section
        aria-labelledby="board-heading"
        @reaction-toggle=${this.onReaction}
        @retract-request=${this.onRetract}
        @report-request=${this.onReport}
      >
        <div class="board-bar">
          <h2 id="board-heading" tabindex="-1">${t.boardHeading}</h2>
          <button
            type="button"
            class="secondary"
            aria-pressed=${frozen ? 'true' : 'false'}
            @click=${this.togglePause}
          >
            ${t.pauseUpdates}
          </button>
        </div>
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${
          frozen
            ? html`<div class="held notice">
                <p>${held > 0 ? t.newPosts(held) : t.pausedNote}</p>
                ${
                  held > 0
                    ? html`<button type="button" data-testid="show-new-posts" @click=${this.showHeld}>
                        ${t.showNewPosts(held)}
                      </button>`
                    : nothing
                }
              </div>`
            : nothing
        }
        ${
          all.length === 0
            ? html`<p class="empty" data-testid="board-empty">${t.boardEmpty}</p>`
            : this.renderColumns(board, shown)
        }
        ${
          live?.state.older === undefined
            ? nothing
            : html`<older-posts
                .state=${live.olderPosts}
                @older-posts-request=${this.onOlderPosts}
              ></older-posts>`
        }
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'board-page': BoardPage;
  }
}
