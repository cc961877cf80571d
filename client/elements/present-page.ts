import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Post } from '../../shared/post.ts';
import { LiveBoardController, type LiveChange } from '../controllers/live-board-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { locale } from '../i18n/locale.ts';
import { categoryLabel } from '../labels.ts';
import {
  commandForKey,
  ProjectorCommand,
  ProjectorLayout,
  type ProjectorCommandDetail,
  type ProjectorPagesDetail,
} from '../projector/commands.ts';
import { mergeOrder, SortOrder, sortedIds } from '../projector/order.ts';
import { clampPage, nextPage, previousPage } from '../projector/paging.ts';
import { boardPath } from '../router.ts';
import { claimSecretToken } from '../secret-link.ts';
import { isLanguage } from '../storage/language.ts';
import { SecretRole } from '../storage/tokens.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './join-panel.ts';
import './projector-columns.ts';
import './projector-controls.ts';
import './projector-status.ts';
import './spotlight-overlay.ts';

/** How long a page stays before the next one (accessibility-and-ux.md C.16). */
export const PAGE_INTERVAL_MS = 12_000;

/**
 * The projector view (DESIGN.md §1): a calm, large, read-only live board for the big screen. The join link, its
 * QR code and the join code; the posts in pages that turn by themselves; a spotlight; a blank screen. It shows
 * only what the server sends a projector's socket (never held or hidden posts) and says nothing about who is in
 * the room or typing.
 */
@customElement('present-page')
export class PresentPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        /* Exactly one screen: the projector never scrolls. */
        height: 100vh;
        height: 100dvh;
        overflow: hidden;
        background: var(--color-page);
        color: var(--color-text);
      }

      .screen {
        display: grid;
        height: 100%;
        grid-template-columns: minmax(0, 1fr) var(--projector-panel-width, 20rem);
        grid-template-rows: auto minmax(0, 1fr) auto;
        gap: var(--space-4) var(--space-6);
        padding: var(--space-5) var(--space-6);
      }

      .screen[inert] {
        visibility: hidden;
      }

      .head {
        grid-column: 1;
        grid-row: 1;
        min-width: 0;
      }

      h1 {
        margin: 0;
        font-size: var(--font-size-2xl);
        line-height: var(--line-height-tight);
        overflow-wrap: anywhere;
        /* A projector has one screen of height: an over-long title must not push the posts off it. */
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        line-clamp: 2;
        overflow: hidden;
      }

      .prompt {
        margin: var(--space-2) 0 0;
        color: var(--color-text-muted);
        font-size: var(--font-size-base);
        line-height: var(--line-height-tight);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 3;
        line-clamp: 3;
        overflow: hidden;
      }

      projector-columns {
        grid-column: 1;
        grid-row: 2;
      }

      projector-status {
        grid-column: 1;
        grid-row: 3;
      }

      spotlight-overlay {
        grid-column: 1;
        grid-row: 1 / -1;
        z-index: 1;
        min-height: 0;
      }

      .panel {
        grid-column: 2;
        grid-row: 1 / -1;
        display: flex;
        flex-direction: column;
        justify-content: space-between;
        gap: var(--space-4);
        min-height: 0;
        min-width: 0;
        padding-left: var(--space-5);
        border-left: var(--border-width-strong) solid var(--color-border-subtle);
      }

      .panel join-panel {
        flex: 0 1 auto;
      }

      .panel projector-controls {
        flex: none;
      }

      .blank {
        position: fixed;
        inset: 0;
        z-index: 2;
        display: flex;
        align-items: flex-end;
        justify-content: flex-end;
        padding: var(--space-4);
        background: var(--color-blank, #000000);
      }

      .blank p {
        margin: 0;
        color: var(--color-blank-text, #a8a8a8);
        font-size: var(--font-size-small, var(--font-size-base));
      }

      .message {
        display: grid;
        place-content: center;
        height: 100%;
        padding: var(--space-6);
        text-align: center;
      }

      .message p {
        max-width: 40em;
        margin: var(--space-4) auto 0;
      }
    `,
  ];

  @property({ attribute: false }) boardId = '';

  @state() private token: string | undefined;
  @state() private order: readonly string[] = [];
  @state() private sort: SortOrder = SortOrder.newest;
  @state() private layout: ProjectorLayout = ProjectorLayout.columns;
  @state() private page = 0;
  @state() private pageCount = 1;
  @state() private paused = false;
  @state() private blank = false;

  private readonly i18n = new LocaleController(this);
  private live: LiveBoardController | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Whether the order has been sorted once; until the first snapshot there is nothing to sort. */
  private sorted = false;

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0];
    const command = commandForKey({
      key: event.key,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      targetTag: target instanceof Element ? target.tagName.toLowerCase() : undefined,
    });
    if (!command) return;
    // Space would otherwise scroll (there is nothing to scroll, but browsers try) or press a focused control.
    event.preventDefault();
    this.run(command);
  };

  private readonly onCommand = (event: CustomEvent<ProjectorCommandDetail>): void => {
    this.run(event.detail.command);
  };

  private readonly onPages = (event: CustomEvent<ProjectorPagesDetail>): void => {
    this.pageCount = Math.max(1, event.detail.count);
    this.page = clampPage(this.page, this.pageCount);
  };

  override connectedCallback(): void {
    // The token is read before anything renders: it must leave the address bar at once (DESIGN.md §2.9).
    this.token ??= claimSecretToken(this.boardId, SecretRole.present);
    // Without a token the socket would be a participant's; the projector says what is missing instead.
    if (this.token && !this.live) {
      this.live = new LiveBoardController(this, this.boardId, (change) => this.onLiveChange(change), {
        token: this.token,
      });
    }
    super.connectedCallback();
    // The projector's laptop is set up once; `?lang=en` in its link picks the language there and then.
    const requested = new URLSearchParams(location.search).get('lang');
    if (isLanguage(requested) && requested !== locale.language) locale.choose(requested);
    // The projector theme is the same tokens with larger, higher-contrast values, set on <html> (tokens.css).
    document.documentElement.dataset.theme = 'projector';
    window.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('projector-command', this.onCommand);
    this.addEventListener('projector-pages', this.onPages);
    this.restartTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    delete document.documentElement.dataset.theme;
    window.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('projector-command', this.onCommand);
    this.removeEventListener('projector-pages', this.onPages);
    this.stopTimer();
    locale.setBoardDefault(undefined);
  }

  private get posts(): ReadonlyMap<string, Post> {
    return this.live?.state.posts ?? new Map<string, Post>();
  }

  private get spotlightPost(): Post | undefined {
    const id = this.live?.state.board?.spotlightPostId;
    // Only a post that is on the board: one that was hidden or retracted leaves the spotlight with it.
    return id === undefined ? undefined : this.posts.get(id);
  }

  private onLiveChange(change: LiveChange): void {
    if (!this.sorted) {
      this.sorted = true;
      this.order = sortedIds(this.posts, this.sort);
      return;
    }
    // New posts go to the end, so nothing on screen moves; they are sorted in at the next turn to page one.
    this.order = mergeOrder(this.order, this.posts, change.added);
  }

  private run(command: ProjectorCommand): void {
    switch (command) {
      case ProjectorCommand.pause:
        this.paused = !this.paused;
        this.restartTimer();
        return;
      case ProjectorCommand.next:
        this.goTo(nextPage(this.page, this.pageCount));
        this.restartTimer();
        return;
      case ProjectorCommand.previous:
        this.goTo(previousPage(this.page, this.pageCount));
        this.restartTimer();
        return;
      case ProjectorCommand.blank:
        this.blank = !this.blank;
        return;
      case ProjectorCommand.layout:
        this.layout =
          this.layout === ProjectorLayout.columns ? ProjectorLayout.grid : ProjectorLayout.columns;
        this.resort();
        this.restartTimer();
        return;
      case ProjectorCommand.sort:
        this.sort = this.sort === SortOrder.newest ? SortOrder.reactions : SortOrder.newest;
        this.resort();
        this.restartTimer();
        return;
    }
  }

  /** Back to the first page in a fresh order: the whole screen changes at once, so nothing seems to jump. */
  private resort(): void {
    this.order = sortedIds(this.posts, this.sort);
    this.page = 0;
  }

  private goTo(page: number): void {
    if (page === this.page) return;
    // Turning to page one shows the newest (or most liked) posts again, including those that came meanwhile.
    if (page === 0) this.resort();
    else this.page = page;
  }

  private tick(): void {
    // A blank screen or a spotlight is a moment for the room; the pages wait for it to end.
    if (this.blank || this.spotlightPost || this.pageCount <= 1) return;
    this.goTo(nextPage(this.page, this.pageCount));
  }

  /** A fresh interval after each pause or manual turn, so the page just chosen gets its full time. */
  private restartTimer(): void {
    this.stopTimer();
    if (!this.paused && this.isConnected) this.timer = setInterval(() => this.tick(), PAGE_INTERVAL_MS);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    locale.setBoardDefault(this.live?.state.board?.settings.language);
  }

  protected override updated(): void {
    const t = this.i18n.t;
    document.title = t.documentTitle(this.live?.state.board?.title ?? t.roleNames.present);
  }

  private renderMessage(heading: string, text: string): TemplateResult {
    return html`<div class="message" data-testid="projector-message">
      <h1>${heading}</h1>
      <p>${text}</p>
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    if (!this.token) return this.renderMessage(t.present.missingHeading, t.present.missingText);
    const live = this.live;
    if (live?.connection === 'denied')
      return this.renderMessage(t.present.deniedHeading, t.present.deniedText);
    if (live?.connection === 'gone') return this.renderMessage(t.present.goneHeading, t.present.goneText);
    const board = live?.state.board;
    if (!live || !board) return this.renderMessage(t.roleNames.present, t.present.loading);

    const spotlight = this.spotlightPost;
    const joinUrl = location.origin + boardPath(board.id);
    return html`
      <div class="screen" ?inert=${this.blank}>
        <header class="head">
          <h1 data-testid="projector-title">${board.title}</h1>
          ${board.prompt ? html`<p class="prompt" data-testid="projector-prompt">${board.prompt}</p>` : nothing}
        </header>
        <projector-columns
          .posts=${this.posts}
          .order=${this.order}
          .categories=${board.categories}
          .reactionKinds=${board.settings.reactionKinds}
          .layout=${this.layout}
          .page=${this.page}
        ></projector-columns>
        <projector-status
          .page=${this.page}
          .pages=${this.pageCount}
          ?paused=${this.paused}
          .connection=${live.connection}
          ?reconnecting=${live.hasConnected}
        ></projector-status>
        ${
          spotlight
            ? html`<spotlight-overlay
                data-testid="spotlight"
                .post=${spotlight}
                .reactionKinds=${board.settings.reactionKinds}
                .categoryName=${categoryLabel(t, spotlight.category, board.categories)}
              ></spotlight-overlay>`
            : nothing
        }
        <aside class="panel" aria-label=${t.present.joinHeading}>
          <join-panel .url=${joinUrl} .code=${board.joinCode}></join-panel>
          <projector-controls
            role="group"
            aria-label=${t.present.controlsLabel}
            ?paused=${this.paused}
            .layout=${this.layout}
            .sort=${this.sort}
            ?canPage=${this.pageCount > 1}
          ></projector-controls>
        </aside>
      </div>
      ${
        this.blank
          ? html`<div class="blank" data-testid="blank-screen">
              <p>${t.present.blanked}</p>
            </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'present-page': PresentPage;
  }
}
