import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

@customElement('site-footer')
export class SiteFooter extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      footer {
        background: var(--color-surface);
        border-top: var(--border-width) solid var(--color-border-subtle);
      }

      p {
        max-width: var(--content-max);
        margin: 0 auto;
        padding: var(--space-5) var(--space-4);
        color: var(--color-text-muted);
      }
    `,
  ];

  private readonly i18n = new LocaleController(this);

  protected override render(): TemplateResult {
    return html`<footer><p>${this.i18n.t.footerPrivacy}</p></footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'site-footer': SiteFooter;
  }
}
