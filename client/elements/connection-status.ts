import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ConnectionState } from '../controllers/live-board-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/** The three states tests and styles rely on; a deleted board and a refused link read as offline. */
type StatusKind = 'connected' | 'connecting' | 'offline';

@customElement('connection-status')
export class ConnectionStatus extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-block;
      }

      p {
        display: inline-flex;
        align-items: center;
        gap: var(--space-2);
        margin: 0;
        padding: var(--space-1) var(--space-3);
        border: var(--border-width) solid var(--color-border);
        border-radius: var(--radius-md);
        background: var(--color-surface);
      }

      /* Colour is a hint only; the word says the state. Shapes differ too, for colour-blind readers. */
      .dot {
        width: 0.75rem;
        height: 0.75rem;
        border-radius: 50%;
        border: var(--border-width-strong) solid currentColor;
      }

      [data-state='connected'] .dot {
        background: var(--color-success);
        border-color: var(--color-success);
      }

      [data-state='connecting'] .dot {
        color: var(--color-warning-border);
      }

      [data-state='offline'] .dot {
        border-radius: 0;
        background: var(--color-danger);
        border-color: var(--color-danger);
      }
    `,
  ];

  @property({ attribute: false }) state: ConnectionState = 'connecting';
  /** Whether the board has been connected before, to say "reconnecting" rather than "connecting". */
  @property({ type: Boolean }) reconnecting = false;

  private readonly i18n = new LocaleController(this);

  protected override render(): TemplateResult {
    const t = this.i18n.t.connection;
    const kind: StatusKind = this.state === 'gone' || this.state === 'denied' ? 'offline' : this.state;
    const text =
      this.state === 'connected'
        ? t.connected
        : this.state === 'gone'
          ? t.gone
          : this.state === 'denied'
            ? t.denied
            : this.state === 'offline'
              ? t.offline
              : this.reconnecting
                ? t.reconnecting
                : t.connecting;
    // No whitespace inside the paragraph: tests and tools read its textContent as-is.
    // prettier-ignore
    return html`<p role="status" data-testid="connection-status" data-state=${kind}><span class="dot" aria-hidden="true"></span><span>${text}</span></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connection-status': ConnectionStatus;
  }
}
