import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Defaults, Limits } from '../../shared/limits.ts';
import { ApiError, updateBoard } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { SeatCountController, type SeatView } from '../controllers/seat-count-controller.ts';
import { errorMessage } from '../error-message.ts';
import { fill } from '../i18n/fill.ts';
import { formatNumber } from '../i18n/plural.ts';
import { formStyles } from '../styles/form-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import { statusLineStyles } from '../styles/status-line-styles.ts';

interface Notice {
  text: string;
  error: boolean;
  code?: string;
}

/**
 * The facilitator's seats: how many browsers have joined against the cap the expected headcount sets, kept fresh
 * by its own controller, with the headcount to raise right there. Only the facilitator's console has it; the count
 * is never sent to participants or the big screen.
 */
@customElement('seat-panel')
export class SeatPanel extends LitElement {
  static override styles = [
    sharedStyles,
    statusLineStyles,
    formStyles,
    css`
      .count {
        font-size: var(--font-size-lg);
        font-weight: var(--font-weight-bold);
        font-variant-numeric: tabular-nums;
      }

      .raise {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--space-2) var(--space-3);
      }

      .raise .field {
        flex: 1 1 12rem;
        max-width: 20rem;
        margin-bottom: 0;
      }
    `,
  ];

  @property({ attribute: false }) boardId = '';
  /** The facilitator's token; replaced when the facilitator replaces their own link. */
  @property({ attribute: false }) token: string | undefined;
  /**
   * The expected headcount as the live board says it. It changes when the facilitator saves the settings form (or
   * another console does): the cap changes with it, so the count is asked for again at once.
   */
  @property({ type: Number }) expectedHeadcount: number | undefined;

  /** The headcount as typed; undefined while the person has not touched the field. */
  @state() private draft: string | undefined;
  @state() private busy = false;
  @state() private notice: Notice | undefined;

  private readonly i18n = new LocaleController(this);
  private readonly seats = new SeatCountController(this, {
    boardId: () => this.boardId,
    token: () => this.token,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('expectedHeadcount');
    if (changed.has('expectedHeadcount') && before !== undefined) this.seats.refreshNow();
  }

  private onInput(event: Event): void {
    if (!(event.target instanceof HTMLInputElement)) return;
    this.draft = event.target.value;
    this.notice = undefined;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const token = this.token;
    const view = this.seats.view;
    if (this.busy || !token || !view) return;
    const t = this.i18n.t;
    const text = (this.draft ?? String(view.expected)).trim();
    const expectedHeadcount = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!(expectedHeadcount >= 0 && expectedHeadcount <= Limits.headcountMax)) {
      this.notice = { text: t.boardForm.expectedHeadcountError, error: true };
      this.renderRoot.querySelector<HTMLInputElement>('#seat-headcount')?.focus();
      return;
    }
    this.busy = true;
    this.notice = undefined;
    try {
      const reply = await updateBoard(this.boardId, token, { settings: { expectedHeadcount } });
      this.seats.accept(reply);
      this.draft = undefined;
      const cap = reply.seats.cap;
      this.notice = {
        text:
          cap > 0
            ? fill(t.host.seatsSaved, { cap: formatNumber(this.i18n.language, cap) })
            : t.host.seatsSavedUncapped,
        error: false,
      };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.notice = { text: errorMessage(t, error), error: true, code: error.code };
    } finally {
      this.busy = false;
    }
  }

  private countText(view: SeatView): string {
    const h = this.i18n.t.host;
    const number = (value: number) => formatNumber(this.i18n.language, value);
    if (view.cap === 0) return fill(h.seatsCountUncapped, { issued: number(view.issued) });
    return fill(h.seatsCount, {
      issued: number(view.issued),
      cap: number(view.cap),
      expected: number(view.expected),
    });
  }

  protected override render(): TemplateResult {
    const view = this.seats.view;
    if (!view) return html``;
    const t = this.i18n.t;
    const h = t.host;
    const full = view.cap > 0 && view.issued >= view.cap;
    const invalid = this.notice?.error === true && this.notice.code === undefined;
    return html`
      <p class="hint">${h.seatsIntro}</p>
      <p
        class="count"
        data-testid="seat-count"
        data-issued=${view.issued}
        data-cap=${view.cap}
        data-state=${full ? 'full' : 'open'}
      >
        ${this.countText(view)}
      </p>
      <!-- Always in the layout, so the warning is announced when the board fills up. -->
      <div role="status">
        ${full ? html`<p class="notice warning" data-testid="seats-full">${h.seatsFull}</p>` : nothing}
      </div>
      <form class="raise" novalidate @submit=${this.submit}>
        <div class="field">
          <label for="seat-headcount">${h.seatsHeadcount}</label>
          <p class="hint" id="seat-headcount-hint">
            ${fill(h.seatsHeadcountHint, { ratio: formatNumber(this.i18n.language, Defaults.seatsPerHeadcount) })}
          </p>
          <input
            type="text"
            inputmode="numeric"
            id="seat-headcount"
            data-testid="seat-headcount"
            autocomplete="off"
            aria-describedby="seat-headcount-hint seat-status"
            aria-invalid=${invalid ? 'true' : 'false'}
            .value=${live(this.draft ?? String(view.expected))}
            @input=${this.onInput}
          />
        </div>
        <button type="submit" data-testid="seat-headcount-save" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? h.seatsSaving : h.seatsSave}
        </button>
      </form>
      <p
        class="status ${this.notice?.error ? 'error' : ''}"
        id="seat-status"
        role="status"
        data-testid="seat-status"
        data-code=${this.notice?.code ?? ''}
      >
        ${this.notice?.text ?? ''}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seat-panel': SeatPanel;
  }
}
