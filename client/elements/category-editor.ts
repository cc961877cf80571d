import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { Limits } from '../../shared/limits.ts';
import { withDerivedIds, type CategoryDraft } from '../board-draft.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { countText } from '../i18n/plural.ts';
import { formStyles } from '../styles/form-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

let newRows = 0;

/**
 * The board's kinds of post: rename, add and remove. Existing categories keep their id (posts refer to it); a new
 * one takes its id from its name. Sends every change up as the whole list; the form owns the list.
 */
@customElement('category-editor')
export class CategoryEditor extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      ol {
        list-style: none;
        margin: 0 0 var(--space-3);
        padding: 0;
        display: grid;
        gap: var(--space-3);
      }

      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--space-2) var(--space-3);
      }

      .row .name {
        flex: 1 1 12rem;
        min-width: 0;
      }

      .row label {
        font-weight: normal;
      }

      .full {
        margin: var(--space-2) 0 0;
        color: var(--color-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) categories: readonly CategoryDraft[] = [];
  /** Per row key, what is wrong with its name (shown only once the form has been sent). */
  @property({ attribute: false }) errors: ReadonlyMap<string, string> = new Map();

  private readonly i18n = new LocaleController(this);

  /** Focus the first name that has a problem; returns whether there was one. */
  async focusFirstError(): Promise<boolean> {
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[aria-invalid="true"]');
    input?.focus();
    return input !== null;
  }

  private emit(categories: CategoryDraft[]): void {
    this.dispatchEvent(appEvent('categories-change', { categories: withDerivedIds(categories) }));
  }

  private rename(key: string, event: Event): void {
    if (!(event.target instanceof HTMLInputElement)) return;
    const label = event.target.value;
    this.emit(this.categories.map((category) => (category.key === key ? { ...category, label } : category)));
  }

  /**
   * Where focus goes once the form has passed the changed list back down: the list is the form's, so the row to
   * focus exists only after that round trip, not right after the event.
   */
  private focusAfterUpdate: { key: string } | { add: true } | undefined;

  protected override updated(): void {
    const target = this.focusAfterUpdate;
    if (!target) return;
    const element =
      'key' in target
        ? this.renderRoot.querySelector<HTMLInputElement>(`input[data-key="${target.key}"]`)
        : this.renderRoot.querySelector<HTMLButtonElement>('.add');
    if (element) {
      this.focusAfterUpdate = undefined;
      element.focus();
    }
  }

  private add(): void {
    if (this.categories.length >= Limits.categoriesMax) return;
    newRows++;
    const key = `new-${newRows}`;
    // The new, empty name is where the person will type next.
    this.focusAfterUpdate = { key };
    this.emit([...this.categories, { key, id: '', label: '', fixedId: false }]);
  }

  private removeRow(key: string): void {
    if (this.categories.length <= 1) return;
    const index = this.categories.findIndex((category) => category.key === key);
    const rest = this.categories.filter((category) => category.key !== key);
    // The button that was pressed is gone: focus the row that took its place, or the add button.
    const next = rest[Math.min(index, rest.length - 1)];
    this.focusAfterUpdate = next ? { key: next.key } : { add: true };
    this.emit(rest);
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const f = t.boardForm;
    const language = this.i18n.language;
    const full = this.categories.length >= Limits.categoriesMax;
    const single = this.categories.length <= 1;
    return html`
      <fieldset aria-describedby="categories-hint">
        <legend>${f.categoriesLegend}</legend>
        <p class="hint" id="categories-hint">${f.categoriesHint}</p>
        <ol role="list">
          ${repeat(
            this.categories,
            (category) => category.key,
            (category, index) => {
              const error = this.errors.get(category.key) ?? '';
              const inputId = `category-${category.key}`;
              const name = countText(language, index + 1, f.categoryLabel);
              return html`<li class="row">
                <div class="name">
                  <label for=${inputId}>${name}</label>
                  <input
                    type="text"
                    id=${inputId}
                    data-key=${category.key}
                    data-testid="category-label-${category.id || category.key}"
                    maxlength=${Limits.categoryLabelMax}
                    autocomplete="off"
                    required
                    aria-invalid=${error ? 'true' : 'false'}
                    aria-describedby=${error ? `${inputId}-error` : nothing}
                    .value=${live(category.label)}
                    @input=${(event: Event) => this.rename(category.key, event)}
                  />
                  <p class="error" id="${inputId}-error">${error}</p>
                </div>
                <button
                  type="button"
                  class="secondary"
                  data-testid="category-remove-${category.id || category.key}"
                  aria-label="${f.categoryRemove} ${category.label.trim() || name}"
                  aria-disabled=${single ? 'true' : 'false'}
                  @click=${() => this.removeRow(category.key)}
                >
                  ${f.categoryRemove}
                </button>
              </li>`;
            },
          )}
        </ol>
        <button
          type="button"
          class="secondary add"
          data-testid="category-add"
          aria-disabled=${full ? 'true' : 'false'}
          aria-describedby=${full ? 'categories-full' : nothing}
          @click=${this.add}
        >
          ${f.categoryAdd}
        </button>
        ${
          full
            ? html`<p class="full" id="categories-full">
                ${countText(language, Limits.categoriesMax, f.categoriesFull)}
              </p>`
            : nothing
        }
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'category-editor': CategoryEditor;
  }
}
