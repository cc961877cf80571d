import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { fill } from '../i18n/fill.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './qr-code.ts';

/**
 * How to join, on the projector: a QR code drawn here (no outside service sees the link), the same link as text
 * for those who type, and the short code for the start page (accessibility-and-ux.md C.17).
 */
@customElement('join-panel')
export class JoinPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: var(--space-3);
        min-width: 0;
        min-height: 0;
      }

      h2 {
        margin: 0;
        font-size: var(--font-size-xl);
      }

      /*
       * The code is as large as the token says, but gives way when the screen is short (a 4:3 projector, a
       * 1280×720 one with its fixed-size buttons), so the panel never runs off the screen.
       */
      .qr {
        flex: 0 1 var(--qr-size, 12rem);
        min-height: 0;
        container-type: size;
      }

      qr-code {
        width: min(100cqw, 100cqh, var(--qr-size, 12rem));
      }

      p {
        margin: 0;
      }

      .hint {
        margin: 0;
        color: var(--color-text-muted);
        font-size: var(--font-size-small, var(--font-size-base));
      }

      .url {
        font-size: var(--font-size-md);
        font-weight: var(--font-weight-bold);
        line-height: var(--line-height-tight);
        /* A long host name must wrap rather than widen the panel. */
        overflow-wrap: anywhere;
      }

      .site {
        overflow-wrap: anywhere;
      }

      .code {
        font-family: var(--font-family-mono);
        font-size: var(--font-size-code);
        font-weight: var(--font-weight-bold);
        line-height: var(--line-height-tight);
        letter-spacing: 0.08em;
      }
    `,
  ];

  /** The participants' link. */
  @property() url = '';
  @property() code = '';

  private readonly i18n = new LocaleController(this);

  protected override render(): TemplateResult {
    const t = this.i18n.t.present;
    // The start page of this same server, where the join form takes the code.
    const site = location.host;
    // The host is marked up on its own, so it can be styled and told apart from the words around it.
    const [before = '', after = ''] = t.joinCodeIntro.split('{site}');
    return html`
      <h2 id="join-heading">${t.joinHeading}</h2>
      <div class="qr">
        <qr-code .value=${this.url} .label=${fill(t.qrLabel, { url: this.url })} testid="qr-code"></qr-code>
      </div>
      <p class="hint">${t.joinScan}</p>
      <p class="url" data-testid="join-url">${this.url}</p>
      <p class="hint">${before}<span class="site" data-testid="join-site">${site}</span>${after}</p>
      <p class="code" data-testid="join-code">${this.code}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'join-panel': JoinPanel;
  }
}
