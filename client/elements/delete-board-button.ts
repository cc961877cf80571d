import { LitElement, html, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { dangerButtonStyles } from '../styles/danger-button-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './confirm-dialog.ts';

/**
 * Delete the board now. Asks in a modal dialog whose confirm button says plainly what it does; focus starts on
 * Cancel, so an Enter pressed out of habit deletes nothing.
 */
@customElement('delete-board-button')
export class DeleteBoardButton extends LitElement {
  static override styles = [sharedStyles, dangerButtonStyles];

  @property({ type: Boolean }) busy = false;

  @state() private asking = false;

  private readonly i18n = new LocaleController(this);

  private async onDialogClose(event: HTMLElementEventMap['confirm-dialog-close']): Promise<void> {
    event.stopPropagation();
    this.asking = false;
    if (event.detail.confirmed) {
      this.dispatchEvent(appEvent('delete-board-request', {}));
      return;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[data-testid="delete-board"]')?.focus();
  }

  protected override render(): TemplateResult {
    const h = this.i18n.t.host;
    return html`
      <button
        type="button"
        class="danger"
        data-testid="delete-board"
        aria-disabled=${this.busy ? 'true' : 'false'}
        @click=${() => {
          if (!this.busy) this.asking = true;
        }}
      >
        ${h.deleteButton}
      </button>
      <confirm-dialog
        ?open=${this.asking}
        .heading=${h.deleteConfirmHeading}
        .text=${h.deleteConfirmText}
        .confirmLabel=${h.deleteConfirm}
        .cancelLabel=${h.cancel}
        .confirmTestId=${'confirm-delete'}
        @confirm-dialog-close=${this.onDialogClose}
      ></confirm-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'delete-board-button': DeleteBoardButton;
  }
}
