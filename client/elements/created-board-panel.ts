import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { CreateBoardReply } from '../../shared/api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { boardPath, secretPath } from '../router.ts';
import { saveRoleToken, SecretRole } from '../storage/tokens.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './copy-field.ts';

/** What a facilitator needs right after creating a board. The secret links exist only here, only this once. */
@customElement('created-board-panel')
export class CreatedBoardPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        max-width: 48rem;
      }

      h2:focus {
        outline: none;
      }

      .secret {
        margin-top: var(--space-6);
        padding-top: var(--space-5);
        border-top: var(--border-width) solid var(--color-border-subtle);
      }

      .warning {
        font-weight: var(--font-weight-bold);
      }

      copy-field {
        margin-bottom: var(--space-5);
      }

      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-3);
        margin-top: var(--space-5);
      }
    `,
  ];

  @property({ attribute: false }) reply: CreateBoardReply | undefined;

  @query('h2') private heading!: HTMLElement;

  private readonly i18n = new LocaleController(this);

  focusHeading(): void {
    this.heading.focus();
  }

  private openBoard(): void {
    if (this.reply)
      this.dispatchEvent(appEvent('takhojd-navigate', { path: boardPath(this.reply.board.id) }));
  }

  /** Into the console in this tab: the token goes where a claimed secret link would put it, never into the URL. */
  private openHost(): void {
    const reply = this.reply;
    if (!reply) return;
    saveRoleToken(reply.board.id, SecretRole.host, reply.tokens.facilitator);
    // So that the console's "open the big screen" can hand the projector its own link, in this tab only.
    saveRoleToken(reply.board.id, SecretRole.present, reply.tokens.projector);
    this.dispatchEvent(appEvent('takhojd-navigate', { path: secretPath(reply.board.id, SecretRole.host) }));
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const reply = this.reply;
    if (!reply) return html``;
    const origin = location.origin;
    const id = reply.board.id;
    return html`
      <section class="card" aria-labelledby="created-heading">
        <h2 id="created-heading" tabindex="-1">${t.createdHeading}</h2>
        <p>${t.createdIntro(reply.board.title)}</p>
        <copy-field
          .label=${t.createdParticipantLink}
          .value=${origin + boardPath(id)}
          .testid=${'created-participant-link'}
          link
        ></copy-field>
        <copy-field
          .label=${t.createdJoinCode}
          .value=${reply.joinCode}
          .testid=${'created-join-code'}
          large
        ></copy-field>

        <div class="secret">
          <h2>${t.createdSecretHeading}</h2>
          <p class="notice warning">${t.createdSecretWarning}</p>
          <copy-field
            .label=${t.createdFacilitatorLink}
            .value=${`${origin}${secretPath(id, 'host')}#${reply.tokens.facilitator}`}
            .testid=${'created-facilitator-link'}
          ></copy-field>
          <copy-field
            .label=${t.createdModeratorLink}
            .value=${`${origin}${secretPath(id, 'moderate')}#${reply.tokens.moderator}`}
            .testid=${'created-moderator-link'}
          ></copy-field>
          <copy-field
            .label=${t.createdProjectorLink}
            .value=${`${origin}${secretPath(id, 'present')}#${reply.tokens.projector}`}
            .testid=${'created-projector-link'}
          ></copy-field>
        </div>

        <div class="actions">
          <button type="button" data-testid="open-host" @click=${this.openHost}>${t.openHost}</button>
          <button type="button" class="secondary" data-testid="open-board" @click=${this.openBoard}>
            ${t.openBoard}
          </button>
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'created-board-panel': CreatedBoardPanel;
  }
}
