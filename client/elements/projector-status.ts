import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ConnectionState } from '../controllers/live-board-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { fill } from '../i18n/fill.ts';
import { formatNumber } from '../i18n/plural.ts';
import { ACCESSIBILITY_PATH } from '../router.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './connection-status.ts';
import './lang-switch.ts';

/**
 * The projector's bottom line: which page is showing, whether paging is paused, the keys in small print, and a
 * quiet connection indicator, the language switch and the accessibility statement (linked from every page).
 * Deliberately nothing about people: no participant, queue or typing counts.
 */
@customElement('projector-status')
export class ProjectorStatus extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-2) var(--space-5);
        font-size: var(--font-size-small, var(--font-size-base));
      }

      p {
        margin: 0;
      }

      .page {
        font-size: var(--font-size-md);
        font-weight: var(--font-weight-bold);
        font-variant-numeric: tabular-nums;
      }

      .paused {
        padding: 0 var(--space-2);
        border: var(--border-width-strong) solid currentColor;
        border-radius: var(--radius-sm);
        font-size: var(--font-size-md);
        font-weight: var(--font-weight-bold);
      }

      .help {
        flex: 1 1 auto;
        color: var(--color-text-muted);
      }

      connection-status {
        font-size: inherit;
      }
    `,
  ];

  /** Zero-based. */
  @property({ type: Number }) page = 0;
  @property({ type: Number }) pages = 1;
  @property({ type: Boolean }) paused = false;
  @property({ attribute: false }) connection: ConnectionState = 'connecting';
  @property({ type: Boolean }) reconnecting = false;

  private readonly i18n = new LocaleController(this);

  protected override render(): TemplateResult {
    const t = this.i18n.t.present;
    const language = this.i18n.language;
    return html`
      ${
        this.pages > 1
          ? html`<p class="page" data-testid="page-indicator">
              ${fill(t.pageOf, {
                page: formatNumber(language, this.page + 1),
                pages: formatNumber(language, this.pages),
              })}
            </p>`
          : nothing
      }
      ${this.paused ? html`<p class="paused" data-testid="paused-indicator">${t.paused}</p>` : nothing}
      <p class="help" data-testid="keyboard-help">${t.keyboardHelp}</p>
      <connection-status .state=${this.connection} ?reconnecting=${this.reconnecting}></connection-status>
      <lang-switch></lang-switch>
      <a href=${ACCESSIBILITY_PATH} data-testid="accessibility-link">${this.i18n.t.accessibilityLink}</a>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'projector-status': ProjectorStatus;
  }
}
