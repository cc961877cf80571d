import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { CreateBoardBody } from '../../shared/api.ts';
import { DEFAULT_SETTINGS } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { Limits } from '../../shared/limits.ts';
import { ApiError, createBoard } from '../api.ts';
import {
  categoriesFromDrafts,
  categoryErrors,
  changedSettings,
  checkSettingsDraft,
  defaultCategoryDrafts,
  defaultSettingsDraft,
  type CategoryDraft,
  type SettingsDraft,
  type SettingsErrors,
} from '../board-draft.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { formStyles } from '../styles/form-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './board-settings-fields.ts';
import type { BoardSettingsFields } from './board-settings-fields.ts';
import './category-editor.ts';
import type { CategoryEditor } from './category-editor.ts';

/**
 * Creating a board. The simple path is a title and one button; the prompt is optional, and categories and rules sit
 * in "More settings" with sensible defaults (DESIGN.md §2.6: batches of at least 3 after 5–15 seconds).
 */
@customElement('create-board-form')
export class CreateBoardForm extends LitElement {
  static override styles = [sharedStyles, formStyles];

  private readonly i18n = new LocaleController(this);

  @state() private titleError = '';
  @state() private tokenError = '';
  @state() private formError = '';
  /** Shown only after the server has said this instance needs a creation token. */
  @state() private needsToken = false;
  @state() private busy = false;
  @state() private categories: CategoryDraft[] = defaultCategoryDrafts(this.i18n.t);
  @state() private settings: SettingsDraft = defaultSettingsDraft(this.i18n.language);
  /** Field problems are shown once the person has tried to send, not while they type. */
  @state() private categoryProblems: ReadonlyMap<string, string> = new Map();
  @state() private settingProblems: SettingsErrors = {};
  @state() private advancedOpen = false;
  /** Until the person picks a language for the board, it follows the language they use the page in. */
  private languageChosen = false;

  @query('#create-title') private titleInput!: HTMLInputElement;
  @query('#create-prompt') private promptInput!: HTMLTextAreaElement;
  @query('#create-token') private tokenInput?: HTMLInputElement;
  @query('category-editor') private categoryEditor?: CategoryEditor;
  @query('board-settings-fields') private settingsFields?: BoardSettingsFields;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.languageChosen && this.settings.language !== this.i18n.language) {
      this.settings = { ...this.settings, language: this.i18n.language };
    }
  }

  private onCategories(event: HTMLElementEventMap['categories-change']): void {
    event.stopPropagation();
    this.categories = event.detail.categories;
    if (this.categoryProblems.size > 0) this.categoryProblems = categoryErrors(this.i18n.t, this.categories);
  }

  private onSettings(event: HTMLElementEventMap['settings-draft-change']): void {
    event.stopPropagation();
    if (event.detail.draft.language !== this.settings.language) this.languageChosen = true;
    this.settings = event.detail.draft;
    if (Object.keys(this.settingProblems).length > 0) {
      const check = checkSettingsDraft(this.i18n.t, this.settings);
      this.settingProblems = check.ok ? {} : check.errors;
    }
  }

  private onToggle(event: Event): void {
    if (event.target instanceof HTMLDetailsElement) this.advancedOpen = event.target.open;
  }

  /** Opens "More settings" and puts focus on the first field there that needs fixing. */
  private async focusAdvancedProblem(): Promise<void> {
    this.advancedOpen = true;
    await this.updateComplete;
    if (await this.categoryEditor?.focusFirstError()) return;
    await this.settingsFields?.focusFirstError();
  }

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

    this.categoryProblems = categoryErrors(t, this.categories);
    const check = checkSettingsDraft(t, this.settings);
    this.settingProblems = check.ok ? {} : check.errors;
    if (this.categoryProblems.size > 0 || !check.ok) {
      this.formError = t.boardForm.invalid;
      await this.focusAdvancedProblem();
      return;
    }

    const prompt = this.promptInput.value.trim();
    const body: CreateBoardBody = {
      title,
      categories: categoriesFromDrafts(this.categories),
      // Only what the person changed, so the instance's own limits (retention) apply to the rest. The language
      // always goes: the creator's language becomes the board's default for participants who have not chosen one.
      settings: { ...changedSettings(DEFAULT_SETTINGS, check.settings), language: check.settings.language },
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
              placeholder=${t.boardForm.promptPlaceholder}
              aria-describedby="create-prompt-hint"
            ></textarea>
          </div>
          <details data-testid="create-advanced" ?open=${this.advancedOpen} @toggle=${this.onToggle}>
            <summary>${t.boardForm.advanced}</summary>
            <div class="details-body">
              <category-editor
                .categories=${this.categories}
                .errors=${this.categoryProblems}
                @categories-change=${this.onCategories}
              ></category-editor>
              <board-settings-fields
                .draft=${this.settings}
                .errors=${this.settingProblems}
                @settings-draft-change=${this.onSettings}
              ></board-settings-fields>
            </div>
          </details>
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
