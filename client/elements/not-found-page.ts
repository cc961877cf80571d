import { LitElement, html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

@customElement('not-found-page')
export class NotFoundPage extends LitElement {
  static override styles = [sharedStyles];

  private readonly i18n = new LocaleController(this);

  protected override updated(): void {
    document.title = this.i18n.t.documentTitle(this.i18n.t.notFoundHeading);
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    return html`
      <h1>${t.notFoundHeading}</h1>
      <p>${t.notFoundText}</p>
      <p><a href="/">${t.toStart}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'not-found-page': NotFoundPage;
  }
}
