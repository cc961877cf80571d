import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/** A value to hand on — a link or a code — with its label and a copy button that says when it worked. */
@customElement('copy-field')
export class CopyField extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .label {
        font-size: var(--font-size-base);
        margin-bottom: var(--space-2);
      }

      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--space-2) var(--space-3);
      }

      .value {
        flex: 1 1 14rem;
        min-width: 0;
        padding: var(--space-2) var(--space-3);
        background: var(--color-surface-sunken);
        border-radius: var(--radius-sm);
        font-family: var(--font-family-mono);
        font-size: var(--font-size-base);
        /* Secret links are one long unbroken token; without this they overflow a 320 px screen. */
        overflow-wrap: anywhere;
        word-break: break-all;
      }

      :host([large]) .value {
        flex-grow: 0;
        font-size: var(--font-size-code);
        font-weight: var(--font-weight-bold);
        letter-spacing: 0.15em;
        word-break: normal;
      }

      .status {
        min-height: 1.5em;
        margin: var(--space-1) 0 0;
        color: var(--color-success);
        font-weight: var(--font-weight-bold);
      }

      .status.failed {
        color: var(--color-danger);
      }
    `,
  ];

  @property() label = '';
  @property() value = '';
  /** Rendered on the element that shows the value, so tests can read it through the shadow root. */
  @property() testid: string | undefined;
  /** Show the value as a link that can be opened. */
  @property({ type: Boolean }) link = false;
  @property({ type: Boolean, reflect: true }) large = false;

  @state() private status: 'idle' | 'copied' | 'failed' = 'idle';

  @query('.value') private valueElement!: HTMLElement;

  private readonly i18n = new LocaleController(this);

  private async copy(): Promise<void> {
    // Emptying the region first makes a second "Kopierat" in a row announced again.
    this.status = 'idle';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(this.value);
      this.status = 'copied';
    } catch {
      // No clipboard access (an insecure origin, or a refused permission): select the text for a manual copy.
      const selection = getSelection();
      const range = document.createRange();
      range.selectNodeContents(this.valueElement);
      selection?.removeAllRanges();
      selection?.addRange(range);
      this.status = 'failed';
    }
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const value = this.link
      ? html`<a class="value" href=${this.value} data-testid=${ifDefined(this.testid)}>${this.value}</a>`
      : html`<code class="value" data-testid=${ifDefined(this.testid)}>${this.value}</code>`;
    return html`
      <h3 class="label" id="label">${this.label}</h3>
      <div class="row">
        ${value}
        <button class="secondary" type="button" aria-label=${t.copyNamed(this.label)} @click=${this.copy}>
          ${t.copy}
        </button>
      </div>
      <p class="status ${this.status === 'failed' ? 'failed' : ''}" role="status">
        ${this.status === 'copied' ? t.copied : this.status === 'failed' ? t.copyFailed : ''}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copy-field': CopyField;
  }
}
