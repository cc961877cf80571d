import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { boardPath, secretPath } from '../router.ts';
import { claimSecretToken } from '../secret-link.ts';
import { SecretRole } from '../storage/tokens.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/**
 * Stand-in for the facilitator, moderator and projector views. It already does their first job: taking the token
 * out of the address bar before anything else happens.
 */
@customElement('coming-soon-page')
export class ComingSoonPage extends LitElement {
  static override styles = [sharedStyles];

  @property({ attribute: false }) boardId = '';
  /** Not `role`: that name is the element's ARIA role. */
  @property({ attribute: false }) viewRole: SecretRole = SecretRole.host;

  @state() private hasToken = false;

  private readonly i18n = new LocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasToken = claimSecretToken(this.boardId, this.viewRole) !== undefined;
  }

  protected override updated(): void {
    document.title = this.i18n.t.documentTitle(this.i18n.t.roleNames[this.viewRole]);
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    return html`
      <h1>${t.comingSoonHeading}</h1>
      <p>${t.roleNames[this.viewRole]}</p>
      <p class="notice">${this.hasToken ? t.comingSoonText : t.comingSoonNoToken}</p>
      ${
        // The facilitator has all moderator powers; the console finds this tab's facilitator token by itself.
        this.boardId && this.hasToken && this.viewRole === SecretRole.host
          ? html`<p>
              <a href=${secretPath(this.boardId, SecretRole.moderate)} data-testid="to-moderation"
                >${t.toModeration}</a
              >
            </p>`
          : nothing
      }
      ${this.boardId ? html`<p><a href=${boardPath(this.boardId)}>${t.toBoard}</a></p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coming-soon-page': ComingSoonPage;
  }
}
