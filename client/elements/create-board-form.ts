import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { CreateBoardBody } from '../../shared/api.ts';
import { DEFAULT_CATEGORY_IDS } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { Limits } from '../../shared/limits.ts';
import { ApiError, createBoard } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

@customElement('create-board-form')
export class CreateBoardForm extends LitElement {
  static override styles = [sharedStyles];

  private readonly i18n = new LocaleController(this);

  @state() private titleError = '';
  @state() private tokenError = '';
  @state() private formError = '';
  /** Shown only after the server has said this instance needs a creation token. */
  @state() private needsToken = false;
  @state() private busy = false;

  @query('#create-title') private titleInput!: HTMLInputElement;
  @query('#create-prompt') private promptInput!: HTMLTextAreaElement;
  @query('#create-token') private tokenInput?: HTMLInputElement;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const t = this.i18n.t;
    this.titleError = '';
    this.tokenError = '';
    this.formError = '';

    const title = this.titleInput.value.trim();
    if (!title) {
      this.titleError = t.createTitleEmpty;
      this.titleInput.focus();
      return;
    }
    const token = this.tokenInput?.value.trim() ?? '';
    if (this.needsToken && !token) {
      this.tokenError = t.errors.CREATE_TOKEN_REQUIRED;
      this.tokenInput?.focus();
      return;
    }

    const prompt = this.promptInput.value.trim();
    const body: CreateBoardBody = {
      title,
      categories: DEFAULT_CATEGORY_IDS.map((id) => ({ id })),
      // The creator's language becomes the board's default for participants who have not chosen one.
      settings: { language: this.i18n.language },
      ...(prompt ? { prompt } : {}),
    };

    this.busy = true;
    try {
      const reply = await createBoard(body, token || undefined);
      this.dispatchEvent(appEvent('board-created', { reply }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.showError(error, token !== '');
    } finally {
      this.busy = false;
    }
  }

  private showError(error: ApiError, sentToken: boolean): void {
    const t = this.i18n.t;
    const tokenProblem =
      error.code === ErrorCode.createTokenRequired || (sentToken && error.code === ErrorCode.unauthorized);
    if (tokenProblem) {
      const firstTime = !this.needsToken;
      this.needsToken = true;
      this.tokenError = firstTime ? '' : t.createTokenWrong;
      void this.updateComplete.then(() => this.tokenInput?.focus());
      return;
    }
    this.formError = t.errors[error.code];
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    return html`
      <section class="card" aria-labelledby="create-heading">
        <h2 id="create-heading">${t.createHeading}</h2>
        <form novalidate @submit=${this.submit}>
          <div class="field">
            <label for="create-title">${t.createTitleLabel}</label>
            <p class="hint" id="create-title-hint">${t.createTitleHint}</p>
            <input
              id="create-title"
              type="text"
              name="title"
              required
              maxlength=${Limits.titleMax}
              autocomplete="off"
              data-testid="create-title"
              aria-invalid=${this.titleError ? 'true' : 'false'}
              aria-describedby=${this.titleError ? 'create-title-hint create-title-error' : 'create-title-hint'}
            />
            <p class="error" id="create-title-error" role="alert">${this.titleError}</p>
          </div>
          <div class="field">
            <label for="create-prompt">${t.createPromptLabel}</label>
            <p class="hint" id="create-prompt-hint">${t.createPromptHint}</p>
            <textarea
              id="create-prompt"
              name="prompt"
              rows="3"
              maxlength=${Limits.promptMax}
              data-testid="create-prompt"
              aria-describedby="create-prompt-hint"
            ></textarea>
          </div>
          ${
            this.needsToken
              ? html`<div class="field">
                  <label for="create-token">${t.createTokenLabel}</label>
                  <p class="hint" id="create-token-hint">${t.createTokenHint}</p>
                  <input
                    id="create-token"
                    type="password"
                    name="create-token"
                    autocomplete="off"
                    data-testid="create-token"
                    aria-invalid=${this.tokenError ? 'true' : 'false'}
                    aria-describedby=${this.tokenError ? 'create-token-hint create-token-error' : 'create-token-hint'}
                  />
                  <p class="error" id="create-token-error" role="alert">${this.tokenError}</p>
                </div>`
              : nothing
          }
          <p class="error" role="alert" data-testid="create-error">${this.formError}</p>
          <button type="submit" data-testid="create-submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? t.createBusy : t.createSubmit}
          </button>
        </form>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'create-board-form': CreateBoardForm;
  }
}
