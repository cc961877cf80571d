import { LitElement, html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { proseStyles } from '../styles/prose-styles.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/**
 * "Vad sparas?": what the service keeps, what it never keeps and for how long, in plain words (DESIGN.md §2.10).
 * People decide what to write from this page, so it must match what the server does; keep it in step with §2.
 * The test ids name the facts, so tests can find them without depending on the wording.
 */
@customElement('what-is-stored-page')
export class WhatIsStoredPage extends LitElement {
  static override styles = [sharedStyles, proseStyles];

  private readonly i18n = new LocaleController(this);

  protected override updated(): void {
    document.title = this.i18n.t.documentTitle(this.i18n.t.whatIsStored.title);
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t.whatIsStored;
    return html`
      <article class="prose" data-testid="what-is-stored-page">
        <h1>${t.title}</h1>
        <p class="lead">${t.intro}</p>

        <section aria-labelledby="kept" data-testid="stored-kept">
          <h2 id="kept">${t.keptHeading}</h2>
          <ul>
            <li>${t.keptText}</li>
            <li>${t.keptReactions}</li>
            <li>${t.keptRelease}</li>
            <li>${t.keptBoard}</li>
            <li>${t.keptLinks}</li>
            <li>${t.keptBrowser}</li>
          </ul>
        </section>

        <section aria-labelledby="never" data-testid="stored-never">
          <h2 id="never">${t.neverHeading}</h2>
          <ul>
            <li>${t.neverNames}</li>
            <li>${t.neverAddress}</li>
            <li>${t.neverBrowser}</li>
            <li>${t.neverTime}</li>
            <li>${t.neverLinks}</li>
          </ul>
          <p>${t.batches}</p>
        </section>

        <section aria-labelledby="retention" data-testid="stored-retention">
          <h2 id="retention">${t.retentionHeading}</h2>
          <p>${t.retentionBoard}</p>
          <p>${t.retentionPosts}</p>
        </section>

        <section aria-labelledby="official" data-testid="stored-official-document">
          <h2 id="official">${t.officialHeading}</h2>
          <p>${t.officialText}</p>
          <p>${t.officialAdvice}</p>
        </section>

        <section aria-labelledby="whistleblowing" data-testid="stored-not-whistleblowing">
          <h2 id="whistleblowing">${t.whistleHeading}</h2>
          <p>${t.whistleText}</p>
          <p>${t.whistleWhere}</p>
        </section>

        <section aria-labelledby="style" data-testid="stored-writing-style">
          <h2 id="style">${t.styleHeading}</h2>
          <p>${t.styleText}</p>
          <ul>
            <li>${t.stylePlain}</li>
            <li>${t.styleDetails}</li>
            <li>${t.stylePersonalData}</li>
          </ul>
        </section>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'what-is-stored-page': WhatIsStoredPage;
  }
}
