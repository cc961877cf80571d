import { LitElement, html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { proseStyles } from '../styles/prose-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/** Where Digg takes reports about public services that are not accessible; the statement must link to it. */
const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

/**
 * The accessibility statement (tillgänglighetsredogörelse) that the law on accessible digital public services
 * requires, with the items Digg asks for: who is responsible, how compliant the service is and its known gaps,
 * how to give feedback, where to complain, how it was assessed and when. An organisation that runs Takhöjd
 * should put its own name and contact route in the catalogue's `accessibility` messages.
 */
@customElement('accessibility-page')
export class AccessibilityPage extends LitElement {
  static override styles = [sharedStyles, proseStyles];

  private readonly i18n = new LocaleController(this);

  protected override updated(): void {
    document.title = this.i18n.t.documentTitle(this.i18n.t.accessibility.title);
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t.accessibility;
    return html`
      <article class="prose" data-testid="accessibility-page">
        <h1>${t.title}</h1>
        <p class="lead">${t.intro}</p>

        <section aria-labelledby="status" data-testid="compliance-status">
          <h2 id="status">${t.statusHeading}</h2>
          <p>${t.status}</p>
        </section>

        <section aria-labelledby="gaps" data-testid="known-gaps">
          <h2 id="gaps">${t.gapsHeading}</h2>
          <ul>
            <li>${t.gapRoles}</li>
            <li>${t.gapScreenReaders}</li>
            <li>${t.gapManualReview}</li>
          </ul>
        </section>

        <section aria-labelledby="feedback" data-testid="accessibility-feedback">
          <h2 id="feedback">${t.feedbackHeading}</h2>
          <p>${t.feedback}</p>
        </section>

        <section aria-labelledby="supervision" data-testid="accessibility-supervision">
          <h2 id="supervision">${t.supervisionHeading}</h2>
          <p>${t.supervision}</p>
          <p>
            <a class="action" href=${DIGG_REPORT_URL} rel="noreferrer" data-testid="digg-report-link"
              >${t.diggLink}</a
            >
          </p>
        </section>

        <section aria-labelledby="method" data-testid="accessibility-method">
          <h2 id="method">${t.methodHeading}</h2>
          <p>${t.method}</p>
        </section>

        <section aria-labelledby="date" data-testid="accessibility-date">
          <h2 id="date">${t.dateHeading}</h2>
          <p>${t.date}</p>
        </section>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'accessibility-page': AccessibilityPage;
  }
}
