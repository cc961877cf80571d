import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CreateBoardReply } from '../../shared/api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { takeFlash, type FlashKind } from '../flash.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './create-board-form.ts';
import './created-board-panel.ts';
import './join-form.ts';

@customElement('landing-page')
export class LandingPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .intro {
        font-size: var(--font-size-md);
        max-width: var(--form-max);
        margin-bottom: var(--space-6);
      }

      .panels {
        display: grid;
        gap: var(--space-5);
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
        align-items: start;
      }
    `,
  ];

  private readonly i18n = new LocaleController(this);

  /** Held only in memory: the secret links are shown once and are gone when the person leaves this page. */
  @state() private created: CreateBoardReply | undefined;
  /** A message from the page before, e.g. the console after deleting a board; read once. */
  @state() private flash: FlashKind | undefined = takeFlash();

  protected override firstUpdated(): void {
    // Focus on the message, so it is read first (the shell focuses <main> just before this renders).
    if (this.flash) this.renderRoot.querySelector<HTMLElement>('[data-testid="landing-notice"]')?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    document.title = this.i18n.t.documentTitle();
    if (changed.has('created') && this.created) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector('created-board-panel')?.focusHeading(),
      );
    }
  }

  private onCreated(event: HTMLElementEventMap['board-created']): void {
    event.stopPropagation();
    this.created = event.detail.reply;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    return html`
      <h1>${t.appName}</h1>
      ${
        this.flash === 'board-deleted'
          ? html`<p
              class="notice"
              role="status"
              tabindex="-1"
              data-testid="landing-notice"
              data-kind=${this.flash}
            >
              ${t.boardDeleted}
            </p>`
          : nothing
      }
      <p class="intro">${t.landingIntro}</p>
      ${
        this.created
          ? html`<created-board-panel .reply=${this.created}></created-board-panel>`
          : html`<div class="panels">
              <join-form></join-form>
              <create-board-form @board-created=${this.onCreated}></create-board-form>
            </div>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'landing-page': LandingPage;
  }
}
