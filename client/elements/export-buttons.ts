import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ExportFormat } from '../../shared/api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import { statusLineStyles } from '../styles/status-line-styles.ts';

const FORMATS = [ExportFormat.csv, ExportFormat.md, ExportFormat.json] as const;

/** One button per export format; the page fetches the file with the facilitator's token and hands it over. */
@customElement('export-buttons')
export class ExportButtons extends LitElement {
  static override styles = [
    sharedStyles,
    statusLineStyles,
    css`
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
      }
    `,
  ];

  /** The format being fetched, if any. */
  @property({ attribute: false }) busy: ExportFormat | undefined;
  @property({ attribute: false }) status: { text: string; error: boolean } | undefined;

  private readonly i18n = new LocaleController(this);

  protected override render(): TemplateResult {
    const h = this.i18n.t.host;
    return html`
      <div class="buttons">
        ${FORMATS.map(
          (format) =>
            html`<button
              type="button"
              class="secondary"
              data-testid="export-${format}"
              aria-disabled=${this.busy !== undefined ? 'true' : 'false'}
              @click=${() => this.busy === undefined && this.dispatchEvent(appEvent('export-request', { format }))}
            >
              ${h.exportNames[format]}
            </button>`,
        )}
      </div>
      <p class="status ${this.status?.error ? 'error' : ''}" role="status" data-testid="export-status">
        ${this.busy !== undefined ? h.exportBusy : (this.status?.text ?? '')}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'export-buttons': ExportButtons;
  }
}
