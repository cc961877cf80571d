import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { ACCESSIBILITY_PATH, WHAT_IS_STORED_PATH } from '../router.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/** On every page: the privacy promise in one line, and the pages that explain it and the service's accessibility. */
@customElement('site-footer')
export class SiteFooter extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      footer {
        background: var(--color-surface);
        border-top: var(--border-width) solid var(--color-border-subtle);
      }

      .inner {
        max-width: var(--content-max);
        margin: 0 auto;
        padding: var(--space-5) var(--space-4);
      }

      p {
        color: var(--color-text-muted);
      }

      ul {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2) var(--space-5);
        margin: 0;
        padding: 0;
        list-style: none;
      }

      /* Tall enough to tap on a phone (target size), without looking like buttons. */
      a {
        display: inline-flex;
        align-items: center;
        min-height: var(--target-min);
      }
    `,
  ];

  private readonly i18n = new LocaleController(this);

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    return html`<footer>
      <div class="inner">
        <p>${t.footerPrivacy}</p>
        <nav aria-label=${t.footerLinksLabel}>
          <ul>
            <li>
              <a href=${WHAT_IS_STORED_PATH} data-testid="what-is-stored-link">${t.whatIsStoredLink}</a>
            </li>
            <li>
              <a href=${ACCESSIBILITY_PATH} data-testid="accessibility-link">${t.accessibilityLink}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'site-footer': SiteFooter;
  }
}
