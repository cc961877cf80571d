import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { BoardPhase } from '../../shared/board.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './confirm-dialog.ts';

const PHASES = [BoardPhase.open, BoardPhase.reactionsOnly, BoardPhase.paused, BoardPhase.closed] as const;

/**
 * The board's phase as four toggle buttons with a line each on what it means. Buttons, not radios: with radios the
 * arrow keys would change the phase of a live room with every press on the way to the wanted one. Closing asks
 * first, since waiting posts that cannot be shown safely are deleted.
 */
@customElement('phase-control')
export class PhaseControl extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .options {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--space-3);
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
      }

      .option {
        display: flex;
        flex-direction: column;
        gap: var(--space-2);
        padding: var(--space-3);
        border: var(--border-width-strong) solid var(--color-border-subtle);
        border-radius: var(--radius-md);
        background: var(--color-surface);
      }

      .option.current {
        border-color: var(--color-primary);
        background: var(--color-pressed-bg);
      }

      .option button {
        width: 100%;
      }

      /* The current phase reads as chosen without relying on colour: a check mark and bold text. */
      .option button[aria-pressed='false'] {
        background: var(--color-surface);
        color: var(--color-primary);
      }

      .option button[aria-pressed='false']:hover {
        background: var(--color-pressed-bg);
        color: var(--color-primary-hover);
      }

      .option p {
        margin: 0;
        color: var(--color-text-muted);
      }

      .option.current p {
        color: var(--color-text);
      }
    `,
  ];

  @property({ attribute: false }) phase: BoardPhase = BoardPhase.open;
  /** The phase a change is on its way to; the buttons say so and ignore further presses until it lands. */
  @property({ attribute: false }) pending: BoardPhase | undefined;

  @state() private confirming = false;

  private readonly i18n = new LocaleController(this);

  private choose(phase: BoardPhase): void {
    if (phase === this.phase || this.pending !== undefined) return;
    if (phase === BoardPhase.closed) {
      this.confirming = true;
      return;
    }
    this.dispatchEvent(appEvent('phase-request', { phase }));
  }

  private async onDialogClose(event: HTMLElementEventMap['confirm-dialog-close']): Promise<void> {
    event.stopPropagation();
    this.confirming = false;
    if (event.detail.confirmed) this.dispatchEvent(appEvent('phase-request', { phase: BoardPhase.closed }));
    // Back to the button that asked, whatever the answer (accessibility-and-ux.md A.5).
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`[data-phase="${BoardPhase.closed}"]`)?.focus();
  }

  protected override render(): TemplateResult {
    const h = this.i18n.t.host;
    return html`
      <ul class="options" role="list">
        ${PHASES.map((phase) => {
          const current = phase === this.phase;
          return html`<li class="option ${current ? 'current' : ''}">
            <button
              type="button"
              data-testid="host-phase-${phase}"
              data-phase=${phase}
              aria-pressed=${current ? 'true' : 'false'}
              aria-describedby="hint-${phase}"
              aria-disabled=${this.pending !== undefined && !current ? 'true' : 'false'}
              @click=${() => this.choose(phase)}
            >
              ${current ? html`<span aria-hidden="true">✓</span>` : ''}${h.phaseNames[phase]}
            </button>
            <p id="hint-${phase}">${h.phaseHints[phase]}</p>
          </li>`;
        })}
      </ul>
      <confirm-dialog
        ?open=${this.confirming}
        .heading=${h.closeHeading}
        .text=${h.closeText}
        .confirmLabel=${h.closeConfirm}
        .cancelLabel=${h.cancel}
        .confirmTestId=${'confirm-close'}
        @confirm-dialog-close=${this.onDialogClose}
      ></confirm-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'phase-control': PhaseControl;
  }
}
