import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { appEvent } from '../events.ts';
import { dangerButtonStyles } from '../styles/danger-button-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

const CONFIRMED = 'confirm';

/**
 * A question that must be answered before something that cannot be undone. The native modal `<dialog>` gives the
 * rest for free: the page behind is inert, Tab stays inside, and Escape cancels. The opener decides where focus
 * goes afterwards (it knows whether the thing it pointed at still exists).
 */
@customElement('confirm-dialog')
export class ConfirmDialog extends LitElement {
  static override styles = [
    sharedStyles,
    dangerButtonStyles,
    css`
      dialog {
        max-width: min(32rem, calc(100vw - 2 * var(--space-4)));
        padding: var(--space-5);
        border: var(--border-width-strong) solid var(--color-border);
        border-radius: var(--radius-md);
        background: var(--color-surface);
        color: var(--color-text);
      }

      dialog::backdrop {
        background: var(--color-backdrop);
      }

      .buttons {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: var(--space-2);
        margin-top: var(--space-4);
      }
    `,
  ];

  @property({ type: Boolean }) open = false;
  @property() heading = '';
  @property() text = '';
  @property() confirmLabel = '';
  @property() cancelLabel = '';
  /** The confirm button's `data-testid`, so tests can tell one dialog's question from another's. */
  @property() confirmTestId = 'confirm';

  @query('dialog') private dialog!: HTMLDialogElement;

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) {
      this.dialog.returnValue = '';
      this.dialog.showModal();
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
    }
  }

  private onClose(): void {
    // Fires for both buttons and for Escape; only the confirm button leaves its value behind.
    const confirmed = this.dialog.returnValue === CONFIRMED;
    this.dispatchEvent(appEvent('confirm-dialog-close', { confirmed }));
  }

  private cancel(): void {
    this.dialog.close('');
  }

  private confirm(): void {
    this.dialog.close(CONFIRMED);
  }

  protected override render(): TemplateResult {
    return html`<dialog
      aria-labelledby="dialog-heading"
      aria-describedby="dialog-text"
      data-testid="confirm-dialog"
      @close=${this.onClose}
    >
      <h2 id="dialog-heading">${this.heading}</h2>
      <p id="dialog-text">${this.text}</p>
      <div class="buttons">
        <!-- Focus starts on the harmless choice: Enter on a dialog that just opened must not destroy anything. -->
        <button type="button" class="secondary" data-testid="confirm-cancel" autofocus @click=${this.cancel}>
          ${this.cancelLabel}
        </button>
        <button type="button" class="danger" data-testid=${this.confirmTestId} @click=${this.confirm}>
          ${this.confirmLabel}
        </button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'confirm-dialog': ConfirmDialog;
  }
}
