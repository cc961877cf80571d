import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PublicBoard } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { ApiError } from '../api.ts';
import { errorMessage } from '../error-message.ts';
import { locale } from '../i18n/locale.ts';
import type { Messages } from '../i18n/sv.ts';
import { boardPath } from '../router.ts';

/**
 * Why a secret-link console cannot be shown yet: still checking, no token, a token of a role that may not open it
 * (`Denied`, named by each console), one the server does not know, a board that is gone, or another failure.
 */
export type SecretAccess<Denied extends string> =
  'checking' | 'ready' | 'missing' | Denied | 'invalid' | 'board-missing' | 'failed';

/** The words a console shows while it cannot be used; each console has its own catalogue section. */
export interface RefusalTexts {
  heading: string;
  loading: string;
  retry: string;
  noTokenHeading: string;
  noToken: string;
  deniedHeading: string;
  /** For a token of the wrong role. */
  deniedRole: string;
  deniedInvalid: string;
}

export interface SecretViewOptions {
  /** Claims the token and loads the console; run on first connect and on "try again". */
  start: () => Promise<void>;
  boardId: () => string;
  board: () => PublicBoard | undefined;
  /** The console's name, for the document title. */
  heading: (t: Messages) => string;
  /** Prefix of the refusal notice's `data-testid`, e.g. `host` for `host-denied`. */
  testIdPrefix: string;
}

/**
 * What the facilitator and moderator consoles share around their secret link: the access state and its refusal
 * screens, the abort signal for requests made while the page is open, and the board's language and title while it
 * is shown. The consoles differ only in how they claim and check the token.
 */
export class SecretViewController<Denied extends string> implements ReactiveController {
  private currentAccess: SecretAccess<Denied> = 'checking';
  private currentFailure: ApiError | undefined;
  private readonly abort = new AbortController();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SecretViewOptions,
  ) {
    host.addController(this);
  }

  get access(): SecretAccess<Denied> {
    return this.currentAccess;
  }

  set access(access: SecretAccess<Denied>) {
    this.currentAccess = access;
    this.host.requestUpdate();
  }

  get ready(): boolean {
    return this.currentAccess === 'ready';
  }

  /** Aborted when the page is left, so a late answer does not change a page nobody sees. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  hostConnected(): void {
    if (this.currentAccess === 'checking') void this.options.start();
  }

  hostDisconnected(): void {
    this.abort.abort();
    locale.setBoardDefault(undefined);
  }

  hostUpdate(): void {
    locale.setBoardDefault(this.options.board()?.settings.language);
  }

  hostUpdated(): void {
    const t = locale.messages;
    const heading = this.options.heading(t);
    const title = this.options.board()?.title;
    document.title = t.documentTitle(title ? `${heading}: ${title}` : heading);
  }

  /** A board that is gone or an unexpected failure; false for an error the console must judge itself. */
  refuse(error: ApiError): boolean {
    if (error.status === 401 || error.status === 403) return false;
    if (error.code === ErrorCode.boardNotFound) this.access = 'board-missing';
    else {
      this.currentFailure = error;
      this.access = 'failed';
    }
    return true;
  }

  private retry(): void {
    this.currentFailure = undefined;
    this.access = 'checking';
    void this.options.start();
  }

  render(texts: RefusalTexts): TemplateResult {
    const t = locale.messages;
    const testId = `${this.options.testIdPrefix}-denied`;
    const failure = this.currentFailure;
    const toBoard = html`<p><a href=${boardPath(this.options.boardId())}>${t.toBoard}</a></p>`;
    switch (this.currentAccess) {
      case 'missing':
        return html`<h1>${texts.noTokenHeading}</h1>
          <p class="notice" data-testid=${testId} data-reason="missing">${texts.noToken}</p>
          ${toBoard}`;
      case 'board-missing':
        return html`<h1>${t.notFoundHeading}</h1>
          <p>${t.errors.BOARD_NOT_FOUND}</p>
          <p><a href="/">${t.toStart}</a></p>`;
      case 'failed':
        return html`<h1>${texts.heading}</h1>
          <p class="notice warning" role="alert">${failure ? errorMessage(t, failure) : ''}</p>
          <button type="button" @click=${() => this.retry()}>${texts.retry}</button>`;
      case 'checking':
      case 'ready':
        return html`<h1>${texts.heading}</h1>
          <p role="status">${texts.loading}</p>`;
      default:
        return html`<h1>${texts.deniedHeading}</h1>
          <p class="notice warning" data-testid=${testId} data-reason=${this.currentAccess}>
            ${this.currentAccess === 'invalid' ? texts.deniedInvalid : texts.deniedRole}
          </p>
          ${toBoard}`;
    }
  }
}
