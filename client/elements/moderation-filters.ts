import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { formatNumber } from '../i18n/plural.ts';
import { isModeratedStatus, MODERATED_STATUSES, type ModeratedStatus } from '../live/moderation-state.ts';
import { choiceStyles, fieldsetStyles } from '../styles/choice-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

export interface CategoryChoice {
  id: string;
  label: string;
  count: number;
}

/** `all` is the value of the choice that lifts a filter. */
export const ALL = 'all';

/**
 * Which posts the console shows: by status and by category, each a group of radio buttons with counts, so the
 * moderator sees at a glance how much waits for review without opening every filter.
 */
@customElement('moderation-filters')
export class ModerationFilters extends LitElement {
  static override styles = [
    sharedStyles,
    fieldsetStyles,
    choiceStyles,
    css`
      .groups {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-3) var(--space-5);
      }

      .count {
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  @property({ attribute: false }) status: ModeratedStatus | typeof ALL = ALL;
  @property({ attribute: false }) category: string = ALL;
  /** Posts per status (and in all), among those of the chosen category. */
  @property({ attribute: false }) statusCounts: Readonly<Record<ModeratedStatus | typeof ALL, number>> = {
    all: 0,
    visible: 0,
    held: 0,
    hidden: 0,
  };
  /** The board's categories with their counts among posts of the chosen status; `all` comes first. */
  @property({ attribute: false }) categories: readonly CategoryChoice[] = [];

  private readonly i18n = new LocaleController(this);

  private onStatus(event: Event): void {
    if (!(event.target instanceof HTMLInputElement)) return;
    const value = event.target.value;
    if (value === ALL || isModeratedStatus(value)) {
      this.dispatchEvent(appEvent('moderation-filter-change', { status: value }));
    }
  }

  private onCategory(event: Event): void {
    if (event.target instanceof HTMLInputElement) {
      this.dispatchEvent(appEvent('moderation-filter-change', { category: event.target.value }));
    }
  }

  private choice(
    group: 'status' | 'category',
    value: string,
    label: string,
    count: number,
    checked: boolean,
  ): TemplateResult {
    const language = this.i18n.language;
    return html`<label class="choice">
      <input
        type="radio"
        name=${group}
        value=${value}
        data-testid="moderation-${group}-filter-${value}"
        .checked=${checked}
        @change=${group === 'status' ? this.onStatus : this.onCategory}
      />
      <span>${label}</span>
      <span class="count">(${formatNumber(language, count)})</span>
    </label>`;
  }

  protected override render(): TemplateResult {
    const m = this.i18n.t.moderation;
    return html`<div class="groups" role="group" aria-label=${m.filtersLabel}>
      <fieldset>
        <legend>${m.statusLegend}</legend>
        <div class="choices">
          ${this.choice('status', ALL, m.filterAll, this.statusCounts.all, this.status === ALL)}
          ${MODERATED_STATUSES.map((status) =>
            this.choice(
              'status',
              status,
              m.statusNames[status],
              this.statusCounts[status],
              this.status === status,
            ),
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${m.categoryLegend}</legend>
        <div class="choices">
          ${this.categories.map((category) =>
            this.choice(
              'category',
              category.id,
              category.label,
              category.count,
              this.category === category.id,
            ),
          )}
        </div>
      </fieldset>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'moderation-filters': ModerationFilters;
  }
}
