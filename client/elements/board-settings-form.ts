import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { FacilitatorBoard, PatchBoardBody } from '../../shared/api.ts';
import { Limits } from '../../shared/limits.ts';
import {
  categoriesFromDrafts,
  categoryDrafts,
  categoryErrors,
  changedSettings,
  checkSettingsDraft,
  settingsDraft,
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

/** What the form edits: the board and its settings (not the seat count, which changes all the time). */
export type EditableBoard = Pick<FacilitatorBoard, 'board' | 'settings'>;

export interface SaveStatus {
  text: string;
  error: boolean;
  code?: string;
}

/**
 * The facilitator's edit form: title, prompt, categories and every setting, custom filter words included. Checks in
 * the browser first, then sends only what changed; the page saves and reports back through `status`.
 */
@customElement('board-settings-form')
export class BoardSettingsForm extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      form {
        max-width: var(--form-max);
      }

      .save {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-2) var(--space-4);
      }

      .status {
        margin: 0;
        font-weight: var(--font-weight-bold);
        color: var(--color-success);
      }

      .status.error {
        color: var(--color-danger);
      }
    `,
  ];

  /** The board as saved. A new value resets the form unless the person has unsaved edits. */
  @property({ attribute: false }) saved: EditableBoard | undefined;
  @property({ type: Boolean }) busy = false;
  @property({ attribute: false }) status: SaveStatus | undefined;

  @state() private titleText = '';
  @state() private prompt = '';
  @state() private categories: CategoryDraft[] = [];
  @state() private settings: SettingsDraft | undefined;
  @state() private titleError = '';
  @state() private categoryProblems: ReadonlyMap<string, string> = new Map();
  @state() private settingProblems: SettingsErrors = {};
  /** The form's own message (nothing changed, or fix the marked fields); the page's `status` otherwise. */
  @state() private localStatus: SaveStatus | undefined;
  private dirty = false;
  /** What the form was last filled from, to tell a real change of the board from a re-render. */
  private filledFrom = '';

  @query('#settings-title') private titleInput?: HTMLInputElement;
  @query('category-editor') private categoryEditor?: CategoryEditor;
  @query('board-settings-fields') private settingsFields?: BoardSettingsFields;

  private readonly i18n = new LocaleController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const saved = this.saved;
    if (!saved) return;
    const key = JSON.stringify(saved);
    const justSaved =
      changed.has('busy') && changed.get('busy') === true && !this.busy && !this.status?.error;
    // Someone else's change (another tab, a phase switch) must not wipe what the person is typing.
    if ((key !== this.filledFrom && !this.dirty) || justSaved) this.fill(saved, key);
    if (changed.has('status') && this.status) this.localStatus = undefined;
  }

  private fill(saved: EditableBoard, key: string): void {
    this.filledFrom = key;
    this.dirty = false;
    this.titleText = saved.board.title;
    this.prompt = saved.board.prompt;
    this.categories = categoryDrafts(this.i18n.t, saved.board.categories);
    this.settings = settingsDraft(saved.settings);
    this.titleError = '';
    this.categoryProblems = new Map();
    this.settingProblems = {};
  }

  private edited(): void {
    this.dirty = true;
    this.localStatus = undefined;
  }

  private onTitle(event: Event): void {
    if (!(event.target instanceof HTMLInputElement)) return;
    this.titleText = event.target.value;
    if (this.titleText.trim()) this.titleError = '';
    this.edited();
  }

  private onPrompt(event: Event): void {
    if (!(event.target instanceof HTMLTextAreaElement)) return;
    this.prompt = event.target.value;
    this.edited();
  }

  private onCategories(event: HTMLElementEventMap['categories-change']): void {
    event.stopPropagation();
    this.categories = event.detail.categories;
    if (this.categoryProblems.size > 0) this.categoryProblems = categoryErrors(this.i18n.t, this.categories);
    this.edited();
  }

  private onSettings(event: HTMLElementEventMap['settings-draft-change']): void {
    event.stopPropagation();
    this.settings = event.detail.draft;
    if (Object.keys(this.settingProblems).length > 0) {
      const check = checkSettingsDraft(this.i18n.t, this.settings);
      this.settingProblems = check.ok ? {} : check.errors;
    }
    this.edited();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const saved = this.saved;
    const draft = this.settings;
    if (this.busy || !saved || !draft) return;
    const t = this.i18n.t;
    const title = this.titleText.trim();
    this.titleError = title ? '' : t.host.titleEmpty;
    this.categoryProblems = categoryErrors(t, this.categories);
    const check = checkSettingsDraft(t, draft);
    this.settingProblems = check.ok ? {} : check.errors;
    if (this.titleError || this.categoryProblems.size > 0 || !check.ok) {
      this.localStatus = { text: t.boardForm.invalid, error: true };
      await this.updateComplete;
      if (this.titleError) this.titleInput?.focus();
      else if (!(await this.categoryEditor?.focusFirstError())) await this.settingsFields?.focusFirstError();
      return;
    }

    const patch: PatchBoardBody = {};
    if (title !== saved.board.title) patch.title = title;
    const prompt = this.prompt.trim();
    if (prompt !== saved.board.prompt) patch.prompt = prompt;
    const categories = categoriesFromDrafts(this.categories);
    if (JSON.stringify(categories) !== JSON.stringify(saved.board.categories)) patch.categories = categories;
    const settings = changedSettings(saved.settings, check.settings);
    if (Object.keys(settings).length > 0) patch.settings = settings;
    if (Object.keys(patch).length === 0) {
      this.localStatus = { text: t.host.settingsNothing, error: false };
      return;
    }
    this.dispatchEvent(appEvent('board-settings-submit', { patch }));
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const h = t.host;
    const status = this.localStatus ?? this.status;
    return html`
      <form novalidate data-testid="settings-form" @submit=${this.submit}>
        <div class="field">
          <label for="settings-title">${h.settingsTitle}</label>
          <input
            type="text"
            id="settings-title"
            data-testid="setting-title"
            required
            maxlength=${Limits.titleMax}
            autocomplete="off"
            aria-invalid=${this.titleError ? 'true' : 'false'}
            aria-describedby="settings-title-error"
            .value=${live(this.titleText)}
            @input=${this.onTitle}
          />
          <p class="error" id="settings-title-error">${this.titleError}</p>
        </div>
        <div class="field">
          <label for="settings-prompt">${h.settingsPrompt}</label>
          <textarea
            id="settings-prompt"
            data-testid="setting-prompt"
            rows="3"
            maxlength=${Limits.promptMax}
            placeholder=${t.boardForm.promptPlaceholder}
            .value=${live(this.prompt)}
            @input=${this.onPrompt}
          ></textarea>
        </div>
        <category-editor
          .categories=${this.categories}
          .errors=${this.categoryProblems}
          @categories-change=${this.onCategories}
        ></category-editor>
        <board-settings-fields
          customWords
          .draft=${this.settings}
          .errors=${this.settingProblems}
          @settings-draft-change=${this.onSettings}
        ></board-settings-fields>
        <div class="save">
          <button type="submit" data-testid="settings-save" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? h.settingsSaving : h.settingsSave}
          </button>
          <!-- Always in the layout, so each new result is announced. -->
          <p
            class="status ${status?.error ? 'error' : ''}"
            role="status"
            data-testid="settings-status"
            data-state=${status ? (status.error ? 'error' : 'ok') : ''}
            data-code=${status?.code ?? ''}
          >
            ${status?.text ?? ''}
          </p>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'board-settings-form': BoardSettingsForm;
  }
}
