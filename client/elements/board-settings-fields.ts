import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Language, REACTION_KINDS, type ReactionKind } from '../../shared/board.ts';
import {
  weakensAnonymity,
  type SettingName,
  type SettingsDraft,
  type SettingsErrors,
} from '../board-draft.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { REACTION_EMOJI } from '../labels.ts';
import { formStyles } from '../styles/form-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

type NumberSetting = Extract<
  SettingName,
  | 'releaseThreshold'
  | 'releaseDelayMin'
  | 'releaseDelayMax'
  | 'maxPostLength'
  | 'reportThreshold'
  | 'retentionDays'
  | 'expectedHeadcount'
>;

/**
 * A board's rules, each with a short explanation of what it does: release batches, review, reactions, length,
 * reports, retention, headcount, language and (in the console) the facilitator's own filter words. Used inside the
 * creation form's "More settings" and in the console's settings form; the form owns the draft and checks it.
 */
@customElement('board-settings-fields')
export class BoardSettingsFields extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      .warning {
        margin-top: 0;
      }

      textarea {
        min-height: 8rem;
      }
    `,
  ];

  @property({ attribute: false }) draft: SettingsDraft | undefined;
  @property({ attribute: false }) errors: SettingsErrors = {};
  /** The custom filter words are the facilitator's alone; the creation form leaves them out. */
  @property({ type: Boolean }) customWords = false;

  private readonly i18n = new LocaleController(this);

  async focusFirstError(): Promise<boolean> {
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    input?.focus();
    return input !== null;
  }

  private change(patch: Partial<SettingsDraft>): void {
    if (this.draft)
      this.dispatchEvent(appEvent('settings-draft-change', { draft: { ...this.draft, ...patch } }));
  }

  private onNumber(name: NumberSetting, event: Event): void {
    if (event.target instanceof HTMLInputElement) this.change({ [name]: event.target.value });
  }

  private onReaction(kind: ReactionKind, event: Event): void {
    if (!this.draft || !(event.target instanceof HTMLInputElement)) return;
    const chosen = new Set(this.draft.reactionKinds);
    if (event.target.checked) chosen.add(kind);
    else chosen.delete(kind);
    this.change({ reactionKinds: REACTION_KINDS.filter((each) => chosen.has(each)) });
  }

  private onLanguage(event: Event): void {
    if (!(event.target instanceof HTMLSelectElement)) return;
    const value = event.target.value;
    if (value === Language.sv || value === Language.en) this.change({ language: value });
  }

  private numberField(name: NumberSetting, label: string, hint: string, decimal = false): TemplateResult {
    const error = this.errors[name] ?? '';
    const id = `setting-${name}`;
    // Text with inputmode rather than type=number: a number field silently turns "2,5" or "abc" into nothing,
    // so the person would never learn why it was not saved.
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
      <input
        type="text"
        inputmode=${decimal ? 'decimal' : 'numeric'}
        id=${id}
        data-testid=${id}
        autocomplete="off"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
        .value=${live(this.draft?.[name] ?? '')}
        @input=${(event: Event) => this.onNumber(name, event)}
      />
      <p class="error" id="${id}-error">${error}</p>
    </div>`;
  }

  protected override render(): TemplateResult {
    const draft = this.draft;
    if (!draft) return html``;
    const t = this.i18n.t;
    const f = t.boardForm;
    const wordsError = this.errors.customWords ?? '';
    return html`
      <fieldset aria-describedby="release-explain">
        <legend>${f.releaseLegend}</legend>
        <p class="hint" id="release-explain">${f.releaseExplain}</p>
        ${this.numberField('releaseThreshold', f.releaseThreshold, f.releaseThresholdHint)}
        <div class="row-fields">
          ${this.numberField('releaseDelayMin', f.releaseDelayMin, f.releaseDelayHint, true)}
          ${this.numberField('releaseDelayMax', f.releaseDelayMax, f.releaseDelayHint, true)}
        </div>
        <!-- Always present, so the warning is announced when it appears. -->
        <div role="status" data-testid="weak-anonymity">
          ${weakensAnonymity(draft) ? html`<p class="notice warning">${f.weakAnonymity}</p>` : nothing}
        </div>
      </fieldset>

      <div class="field">
        <label class="check strong">
          <input
            type="checkbox"
            data-testid="setting-preModeration"
            aria-describedby="premoderation-hint"
            .checked=${live(draft.preModeration)}
            @change=${(event: Event) =>
              event.target instanceof HTMLInputElement &&
              this.change({ preModeration: event.target.checked })}
          />
          <span>${f.preModeration}</span>
        </label>
        <p class="hint" id="premoderation-hint">${f.preModerationHint}</p>
      </div>

      <fieldset aria-describedby="reactions-hint">
        <legend>${f.reactionsLegend}</legend>
        <p class="hint" id="reactions-hint">${f.reactionsHint}</p>
        ${REACTION_KINDS.map(
          (kind) =>
            html`<label class="check">
              <input
                type="checkbox"
                data-testid="setting-reactionKinds-${kind}"
                .checked=${live(draft.reactionKinds.includes(kind))}
                @change=${(event: Event) => this.onReaction(kind, event)}
              />
              <span><span aria-hidden="true">${REACTION_EMOJI[kind]}</span> ${t.reactionNames[kind]}</span>
            </label>`,
        )}
      </fieldset>

      ${this.numberField('maxPostLength', f.maxPostLength, f.maxPostLengthHint)}
      <fieldset aria-describedby="report-threshold-hint">
        <legend>${f.reportThreshold}</legend>
        <p class="hint" id="report-threshold-hint">${f.reportThresholdHint}</p>
        <label class="check">
          <input
            type="checkbox"
            data-testid="setting-reportThresholdAuto"
            aria-describedby="report-threshold-auto-hint"
            .checked=${live(draft.reportThresholdAuto)}
            @change=${(event: Event) =>
              event.target instanceof HTMLInputElement &&
              this.change({ reportThresholdAuto: event.target.checked })}
          />
          <span>${f.reportThresholdAuto}</span>
        </label>
        <p class="hint" id="report-threshold-auto-hint">${f.reportThresholdAutoHint}</p>
        ${
          draft.reportThresholdAuto
            ? nothing
            : this.numberField('reportThreshold', f.reportThresholdFixed, f.reportThresholdFixedHint)
        }
      </fieldset>
      ${this.numberField('retentionDays', f.retentionDays, f.retentionDaysHint)}
      ${this.numberField('expectedHeadcount', f.expectedHeadcount, f.expectedHeadcountHint)}

      <div class="field">
        <label for="setting-language">${f.language}</label>
        <p class="hint" id="setting-language-hint">${f.languageHint}</p>
        <select
          id="setting-language"
          data-testid="setting-language"
          aria-describedby="setting-language-hint"
          @change=${this.onLanguage}
        >
          ${Object.values(Language).map(
            (language) =>
              html`<option value=${language} ?selected=${draft.language === language}>
                ${f.languageNames[language]}
              </option>`,
          )}
        </select>
      </div>

      ${
        this.customWords
          ? html`<div class="field">
              <label for="setting-customWords">${f.customWords}</label>
              <p class="hint" id="setting-customWords-hint">${f.customWordsHint}</p>
              <textarea
                id="setting-customWords"
                data-testid="setting-customWords"
                rows="5"
                autocomplete="off"
                spellcheck="false"
                aria-invalid=${wordsError ? 'true' : 'false'}
                aria-describedby=${
                  wordsError
                    ? 'setting-customWords-hint setting-customWords-error'
                    : 'setting-customWords-hint'
                }
                .value=${live(draft.customWords)}
                @input=${(event: Event) =>
                  event.target instanceof HTMLTextAreaElement &&
                  this.change({ customWords: event.target.value })}
              ></textarea>
              <p class="error" id="setting-customWords-error">${wordsError}</p>
            </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'board-settings-fields': BoardSettingsFields;
  }
}
