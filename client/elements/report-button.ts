import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ReportReason } from '../../shared/api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { fieldsetStyles } from '../styles/choice-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

const REASONS = Object.values(ReportReason);

function isReportReason(value: string): value is ReportReason {
  return (REASONS as readonly string[]).includes(value);
}

/**
 * "Anmäl" on a post: a disclosure with a short choice of reasons. A report is anonymous like everything else (one
 * per seat, unlinkable), and the reason is optional, so sending without choosing is fine. Escape closes it and
 * returns focus to the button that opened it.
 *
 * The button is drawn as quiet text at the far end of the row, not as a button like the reactions beside it: a
 * report is for the rare post that hurts someone, and a prominent one invites using it as a dislike. It keeps the
 * full 44 px target, its focus ring and a name that says which post it reports.
 */
@customElement('report-button')
export class ReportButton extends LitElement {
  static override styles = [
    sharedStyles,
    fieldsetStyles,
    css`
      :host {
        display: contents;
      }

      .menu {
        flex-basis: 100%;
        margin-top: var(--space-2);
        padding: var(--space-3);
        border: var(--border-width) solid var(--color-border);
        border-radius: var(--radius-md);
        background: var(--color-surface);
      }

      fieldset {
        margin: 0 0 var(--space-3);
      }

      .choice {
        display: flex;
        align-items: center;
        gap: var(--space-2);
        min-height: var(--target-min);
        margin: 0;
        font-weight: normal;
        cursor: pointer;
      }

      .choice input {
        width: 1.5rem;
        height: 1.5rem;
        margin: 0;
        accent-color: var(--color-primary);
      }

      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
      }

      .reported {
        margin: 0 0 0 auto;
        align-self: center;
        color: var(--color-text-muted);
      }

      .toggle {
        margin-left: auto;
        padding: 0 var(--space-2);
        border-color: transparent;
        background: transparent;
        color: var(--color-text-muted);
        font-weight: normal;
        text-decoration: underline;
        text-decoration-thickness: 1px;
        text-underline-offset: 0.15em;
      }

      .toggle:hover,
      .toggle[aria-expanded='true'] {
        border-color: transparent;
        background: transparent;
        color: var(--color-text);
        text-decoration-thickness: 2px;
      }
    `,
  ];

  @property({ attribute: false }) postId = '';
  /** The post's first words, read after "Anmäl" so that the many report buttons on a page can be told apart. */
  @property() postExcerpt = '';
  /** This browser has already reported the post. */
  @property({ type: Boolean }) reported = false;
  @property({ type: Boolean }) busy = false;

  @state() private open = false;
  @state() private reason: ReportReason | undefined;

  @query('[data-testid="report"]') private toggleButton?: HTMLButtonElement;

  private readonly i18n = new LocaleController(this);

  private toggle(): void {
    this.open = !this.open;
    if (this.open) void this.focusFirstChoice();
  }

  private async focusFirstChoice(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.menu input')?.focus();
  }

  private async close(): Promise<void> {
    this.open = false;
    await this.updateComplete;
    this.toggleButton?.focus();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    void this.close();
  }

  private onReason(event: Event): void {
    if (event.target instanceof HTMLInputElement && isReportReason(event.target.value)) {
      this.reason = event.target.value;
    }
  }

  private submit(): void {
    if (this.busy) return;
    this.dispatchEvent(appEvent('report-request', { postId: this.postId, reason: this.reason }));
    // The page confirms in its own status line and takes focus there; this menu has done its job.
    this.open = false;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    if (this.reported) {
      return html`<p class="reported" data-testid="reported">${t.reported}</p>`;
    }
    return html`
      <button
        type="button"
        class="toggle"
        data-testid="report"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="report-menu"
        @click=${this.toggle}
      >
        <span>${t.report}</span
        >${this.postExcerpt ? html`<span class="visually-hidden">: ${this.postExcerpt}</span>` : nothing}
      </button>
      ${
        this.open
          ? html`<div class="menu" id="report-menu" data-testid="report-menu" @keydown=${this.onKeydown}>
              <fieldset>
                <legend>${t.reportLegend}</legend>
                ${REASONS.map(
                  (reason) =>
                    html`<label class="choice">
                      <input
                        type="radio"
                        name="reason"
                        value=${reason}
                        data-testid="report-reason-${reason}"
                        .checked=${this.reason === reason}
                        @change=${this.onReason}
                      />
                      ${t.reportReasons[reason]}
                    </label>`,
                )}
              </fieldset>
              <div class="buttons">
                <button
                  type="button"
                  data-testid="report-submit"
                  aria-disabled=${this.busy ? 'true' : 'false'}
                  @click=${this.submit}
                >
                  ${t.reportSubmit}
                </button>
                <button type="button" class="secondary" @click=${this.close}>${t.reportCancel}</button>
              </div>
            </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'report-button': ReportButton;
  }
}
