import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ExportFormat, FacilitatorBoard, PatchBoardBody } from '../../shared/api.ts';
import type { BoardPhase, PublicBoard } from '../../shared/board.ts';
import type { Post } from '../../shared/post.ts';
import {
  ApiError,
  deleteBoard,
  exportBoard,
  getFacilitatorBoard,
  rotateLink,
  setSpotlight,
  updateBoard,
  type LinkRole,
} from '../api.ts';
import { LiveBoardController } from '../controllers/live-board-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { SecretViewController } from '../controllers/secret-view-controller.ts';
import { downloadBlob } from '../download.ts';
import { errorMessage } from '../error-message.ts';
import { appEvent } from '../events.ts';
import { setFlash } from '../flash.ts';
import { postsForDisplay } from '../live/live-state.ts';
import { boardPath, secretPath } from '../router.ts';
import { claimSecretToken } from '../secret-link.ts';
import { forgetRoleTokens, loadRoleToken, saveRoleToken, SecretRole } from '../storage/tokens.ts';
import { consoleHeadStyles } from '../styles/console-head-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './board-settings-form.ts';
import type { EditableBoard, SaveStatus } from './board-settings-form.ts';
import './connection-status.ts';
import './copy-field.ts';
import './delete-board-button.ts';
import './export-buttons.ts';
import './host-post-list.ts';
import type { HostPostList } from './host-post-list.ts';
import './phase-control.ts';
import './qr-code.ts';
import './seat-panel.ts';
import './secret-link-rotator.ts';
import type { RotatedLink, SecretLinkRotator } from './secret-link-rotator.ts';

interface Notice {
  text: string;
  error: boolean;
  code?: string;
}

/** The client's route for each secret link's role. */
const ROUTE_OF: Record<LinkRole, SecretRole> = {
  facilitator: SecretRole.host,
  moderator: SecretRole.moderate,
  projector: SecretRole.present,
};

/**
 * The facilitator console (DESIGN.md §1): the phase, how people join (link, code, QR, big screen), the live board
 * with the spotlight, the board's settings, exports, replacing secret links and deleting the board. Moderation is
 * one link away, in the moderator console, which takes this tab's facilitator link too.
 */
@customElement('host-page')
export class HostPage extends LitElement {
  static override styles = [
    sharedStyles,
    consoleHeadStyles,
    css`
      section {
        margin-bottom: var(--space-6);
      }

      .layout {
        display: grid;
        gap: 0 var(--space-6);
        grid-template-columns: minmax(0, 1fr);
        align-items: start;
      }

      @media (min-width: 64rem) {
        .layout {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        }
      }

      .share copy-field {
        margin-bottom: var(--space-3);
      }

      .qr {
        width: min(100%, 14rem);
        margin: 0 0 var(--space-4);
        padding: 0;
      }

      .projector {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-2) var(--space-3);
      }

      .projector p {
        margin: 0;
        color: var(--color-text-muted);
      }

      /* Always in the layout: a live region that appears from nothing is often not announced. */
      .status-line {
        min-height: 1.5em;
        margin: var(--space-3) 0 0;
      }

      .status-line.error {
        color: var(--color-danger);
        font-weight: var(--font-weight-bold);
      }

      .danger-zone {
        padding: var(--space-4);
        border: var(--border-width-strong) solid var(--color-danger);
        border-radius: var(--radius-md);
        background: var(--color-surface);
      }

      .intro {
        max-width: var(--form-max);
      }
    `,
  ];

  @property({ attribute: false }) boardId = '';

  /** The board and all its settings as the server last answered a request of ours. */
  @state() private admin: FacilitatorBoard | undefined;
  @state() private phasePending: BoardPhase | undefined;
  @state() private phaseNotice: Notice | undefined;
  @state() private spotlightBusy = false;
  @state() private settingsBusy = false;
  @state() private settingsStatus: SaveStatus | undefined;
  @state() private exportBusy: ExportFormat | undefined;
  @state() private exportStatus: Notice | undefined;
  @state() private rotateBusy: LinkRole | undefined;
  @state() private rotated: RotatedLink | undefined;
  @state() private linksNotice: Notice | undefined;
  @state() private deleteBusy = false;
  @state() private deleteNotice: Notice | undefined;

  @query('host-post-list') private postList?: HostPostList;
  @query('secret-link-rotator') private rotator?: SecretLinkRotator;

  private readonly i18n = new LocaleController(this);
  /** `denied`: a moderator's or the big screen's link, which may not facilitate. */
  private readonly secretView = new SecretViewController<'denied'>(this, {
    start: () => this.start(),
    boardId: () => this.boardId,
    board: () => this.board,
    heading: (t) => t.host.heading,
    testIdPrefix: 'host',
  });
  private token: string | undefined;
  private live: LiveBoardController | undefined;
  /**
   * The socket's sequence number when `admin` last came from a reply: until a later event arrives, the reply is the
   * newer picture (a phase switch should not flicker back while its `board` event is on its way).
   */
  private adminAtSeq: number | undefined;

  private async start(): Promise<void> {
    const token = claimSecretToken(this.boardId, SecretRole.host);
    if (!token) {
      this.secretView.access = 'missing';
      return;
    }
    try {
      this.setAdmin(await getFacilitatorBoard(this.boardId, token, this.secretView.signal));
      this.token = token;
      this.secretView.access = 'ready';
      this.connect(token);
    } catch (error) {
      if (!(error instanceof ApiError)) return; // Left the page.
      if (!this.secretView.refuse(error))
        this.secretView.access = error.status === 403 ? 'denied' : 'invalid';
    }
  }

  /** The socket starts only once the token is known to facilitate, and restarts with a replaced token. */
  private connect(token: string): void {
    if (this.live) {
      this.removeController(this.live);
      this.live.hostDisconnected();
    }
    // With the token, a link replaced elsewhere shows as "no longer valid" instead of silently going stale.
    this.live = new LiveBoardController(this, this.boardId, undefined, { token });
  }

  private setAdmin(admin: FacilitatorBoard): void {
    this.admin = admin;
    this.adminAtSeq = this.live?.state.seq;
  }

  private setBoard(board: PublicBoard): void {
    if (this.admin) this.setAdmin({ ...this.admin, board });
  }

  private get board(): PublicBoard | undefined {
    const live = this.live?.state;
    const liveIsNewer =
      live?.board !== undefined &&
      live.seq !== undefined &&
      (this.adminAtSeq === undefined || live.seq > this.adminAtSeq);
    return liveIsNewer ? live.board : (this.admin?.board ?? live?.board);
  }

  private failed(error: unknown): Notice {
    if (!(error instanceof ApiError)) throw error;
    return { text: errorMessage(this.i18n.t, error), error: true, code: error.code };
  }

  private async onPhase(event: HTMLElementEventMap['phase-request']): Promise<void> {
    event.stopPropagation();
    const token = this.token;
    const phase = event.detail.phase;
    if (!token || this.phasePending) return;
    const h = this.i18n.t.host;
    this.phasePending = phase;
    try {
      this.setAdmin(await updateBoard(this.boardId, token, { phase }));
      this.phaseNotice = { text: `${h.phaseNow} ${h.phaseNames[phase]}`, error: false };
    } catch (error) {
      this.phaseNotice = this.failed(error);
    } finally {
      this.phasePending = undefined;
    }
  }

  private async onSpotlight(event: HTMLElementEventMap['spotlight-request']): Promise<void> {
    event.stopPropagation();
    const token = this.token;
    const postId = event.detail.postId;
    if (!token || this.spotlightBusy) return;
    const previous = this.board?.spotlightPostId;
    this.spotlightBusy = true;
    try {
      this.setBoard(await setSpotlight(this.boardId, token, postId));
      this.spotlightBusy = false;
      // "Stop" disappears with the spotlight: focus goes back to the post that was shown.
      if (postId === null && previous) await this.postList?.focusPost(previous);
    } catch (error) {
      this.spotlightBusy = false;
      this.phaseNotice = this.failed(error);
    }
  }

  private async onSettings(event: HTMLElementEventMap['board-settings-submit']): Promise<void> {
    event.stopPropagation();
    const token = this.token;
    if (!token || this.settingsBusy) return;
    const patch: PatchBoardBody = event.detail.patch;
    this.settingsBusy = true;
    this.settingsStatus = undefined;
    try {
      this.setAdmin(await updateBoard(this.boardId, token, patch));
      this.settingsStatus = { text: this.i18n.t.host.settingsSaved, error: false };
    } catch (error) {
      this.settingsStatus = this.failed(error);
    } finally {
      this.settingsBusy = false;
    }
  }

  private async onExport(event: HTMLElementEventMap['export-request']): Promise<void> {
    event.stopPropagation();
    const token = this.token;
    if (!token || this.exportBusy) return;
    this.exportBusy = event.detail.format;
    this.exportStatus = undefined;
    try {
      const file = await exportBoard(this.boardId, token, event.detail.format);
      downloadBlob(file.fileName, file.blob);
      this.exportStatus = { text: this.i18n.t.host.exportDone, error: false };
    } catch (error) {
      this.exportStatus = this.failed(error);
    } finally {
      this.exportBusy = undefined;
    }
  }

  private async onRotate(event: HTMLElementEventMap['rotate-request']): Promise<void> {
    event.stopPropagation();
    const token = this.token;
    const role = event.detail.role;
    if (!token || this.rotateBusy) return;
    this.rotateBusy = role;
    this.linksNotice = undefined;
    try {
      const fresh = await rotateLink(this.boardId, token, role);
      if (role === 'facilitator') {
        // The old token is dead already: keep working with the new one, in this tab only.
        saveRoleToken(this.boardId, SecretRole.host, fresh);
        this.token = fresh;
        this.connect(fresh);
      } else {
        // Kept in this tab like a claimed link: "open the big screen" needs the projector's.
        saveRoleToken(this.boardId, ROUTE_OF[role], fresh);
      }
      this.rotated = { role, url: `${location.origin}${secretPath(this.boardId, ROUTE_OF[role])}#${fresh}` };
      this.rotateBusy = undefined;
      await this.rotator?.focusRotated();
    } catch (error) {
      this.rotateBusy = undefined;
      this.linksNotice = this.failed(error);
    }
  }

  /**
   * The big screen in a new tab, with its own link when this tab knows it (the board was created here, or the link
   * was replaced here). A button, not a link: the token must not show in the status bar on a shared screen.
   */
  private openProjector(): void {
    const token = loadRoleToken(this.boardId, SecretRole.present);
    const path = secretPath(this.boardId, SecretRole.present);
    window.open(token ? `${path}#${token}` : path, '_blank', 'noopener');
  }

  private async onDelete(event: HTMLElementEventMap['delete-board-request']): Promise<void> {
    event.stopPropagation();
    const token = this.token;
    if (!token || this.deleteBusy) return;
    this.deleteBusy = true;
    this.deleteNotice = undefined;
    try {
      await deleteBoard(this.boardId, token);
      forgetRoleTokens(this.boardId);
      setFlash('board-deleted');
      this.dispatchEvent(appEvent('takhojd-navigate', { path: '/' }));
    } catch (error) {
      this.deleteBusy = false;
      this.deleteNotice = this.failed(error);
    }
  }

  private renderRefusal(): TemplateResult {
    return this.secretView.render(this.i18n.t.host);
  }

  private renderStatus(notice: Notice | undefined, testId: string): TemplateResult {
    return html`<p
      class="status-line ${notice?.error ? 'error' : ''}"
      role="status"
      data-testid=${testId}
      data-code=${notice?.code ?? ''}
    >
      ${notice?.text ?? ''}
    </p>`;
  }

  private renderShare(board: PublicBoard): TemplateResult {
    const h = this.i18n.t.host;
    const participantLink = `${location.origin}${boardPath(board.id)}`;
    return html`<section class="share" aria-labelledby="share-heading">
      <h2 id="share-heading">${h.shareHeading}</h2>
      <copy-field
        .label=${h.participantLink}
        .value=${participantLink}
        .testid=${'host-participant-link'}
        link
      ></copy-field>
      <copy-field
        .label=${h.joinCode}
        .value=${board.joinCode}
        .testid=${'host-join-code'}
        large
      ></copy-field>
      <figure class="qr">
        <qr-code .value=${participantLink} .label=${h.qrLabel} .testid=${'host-qr'}></qr-code>
      </figure>
      <div class="projector">
        <button
          type="button"
          class="secondary"
          data-testid="open-projector"
          aria-describedby="projector-hint"
          @click=${this.openProjector}
        >
          ${h.openProjector}
        </button>
        <p id="projector-hint">${h.openProjectorHint}</p>
      </div>
    </section>`;
  }

  protected override render(): TemplateResult {
    if (!this.secretView.ready) return this.renderRefusal();
    const t = this.i18n.t;
    const h = t.host;
    const board = this.board;
    const admin = this.admin;
    if (!board || !admin) return this.renderRefusal();
    const socket = this.live;
    const posts: Post[] = postsForDisplay(socket?.state.posts ?? new Map<string, Post>());
    // What the settings form edits: the newest public board, with the words only this reply carries.
    const saved: EditableBoard = {
      board,
      settings: { ...board.settings, customWords: admin.settings.customWords },
    };

    return html`
      <div class="head">
        <h1>${h.heading}: ${board.title}</h1>
        <p class="intro">${h.intro}</p>
        <div class="head-bar">
          <connection-status
            .state=${socket?.connection ?? 'connecting'}
            ?reconnecting=${socket?.hasConnected ?? false}
          ></connection-status>
          <p>
            <a href=${secretPath(this.boardId, SecretRole.moderate)} data-testid="to-moderation"
              >${t.toModeration}</a
            >
          </p>
          <p><a href=${boardPath(this.boardId)}>${t.toBoard}</a></p>
        </div>
      </div>

      <section aria-labelledby="phase-heading" @phase-request=${this.onPhase}>
        <h2 id="phase-heading">${h.phaseHeading}</h2>
        <p class="intro">${h.phaseIntro}</p>
        <phase-control .phase=${board.phase} .pending=${this.phasePending}></phase-control>
        ${this.renderStatus(this.phaseNotice, 'phase-status')}
      </section>

      <div class="layout">
        <section aria-labelledby="posts-heading" @spotlight-request=${this.onSpotlight}>
          <h2 id="posts-heading">${h.postsHeading}</h2>
          <p class="intro">${h.postsIntro}</p>
          <host-post-list
            .posts=${posts}
            .categories=${board.categories}
            .reactionKinds=${board.settings.reactionKinds}
            .spotlightPostId=${board.spotlightPostId}
            ?busy=${this.spotlightBusy}
          ></host-post-list>
        </section>

        <div>
          ${this.renderShare(board)}
          <section aria-labelledby="seats-heading">
            <h2 id="seats-heading">${h.seatsHeading}</h2>
            <seat-panel
              .boardId=${this.boardId}
              .token=${this.token}
              .expectedHeadcount=${board.settings.expectedHeadcount}
            ></seat-panel>
          </section>
          <section aria-labelledby="export-heading" @export-request=${this.onExport}>
            <h2 id="export-heading">${h.exportHeading}</h2>
            <p>${h.exportIntro}</p>
            <export-buttons .busy=${this.exportBusy} .status=${this.exportStatus}></export-buttons>
          </section>
        </div>
      </div>

      <div class="layout">
        <section aria-labelledby="settings-heading" @board-settings-submit=${this.onSettings}>
          <h2 id="settings-heading">${h.settingsHeading}</h2>
          <board-settings-form
            .saved=${saved}
            ?busy=${this.settingsBusy}
            .status=${this.settingsStatus}
          ></board-settings-form>
        </section>

        <div>
          <section aria-labelledby="links-heading" @rotate-request=${this.onRotate}>
            <h2 id="links-heading">${h.linksHeading}</h2>
            <p class="intro">${h.linksIntro}</p>
            <secret-link-rotator .rotated=${this.rotated} .busy=${this.rotateBusy}></secret-link-rotator>
            ${this.renderStatus(this.linksNotice, 'links-status')}
          </section>

          <section
            class="danger-zone"
            aria-labelledby="delete-heading"
            @delete-board-request=${this.onDelete}
          >
            <h2 id="delete-heading">${h.deleteHeading}</h2>
            <p class="intro">${h.deleteIntro}</p>
            <delete-board-button ?busy=${this.deleteBusy}></delete-board-button>
            ${this.renderStatus(this.deleteNotice, 'delete-status')}
          </section>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'host-page': HostPage;
  }
}
