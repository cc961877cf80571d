import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LinkRole } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { sharedStyles } from '../styles/shared-styles.ts';
import './confirm-dialog.ts';
import './copy-field.ts';

const ROLES: readonly LinkRole[] = ['facilitator', 'moderator', 'projector'];

/** A link that has just replaced an old one: shown once, like the links at creation. */
export interface RotatedLink {
  role: LinkRole;
  url: string;
}

/**
 * Replace a secret link that reached the wrong people. Asks first (the old link dies at once, also for whoever
 * has it open), then shows the new link once, with a copy button and a warning to save it.
 */
@customElement('secret-link-rotator')
export class SecretLinkRotator extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
        margin-bottom: var(--space-3);
      }

      .rotated {
        margin-top: var(--space-4);
      }

      .rotated:focus {
        outline: none;
      }

      .warning {
        font-weight: var(--font-weight-bold);
      }
    `,
  ];

  @property({ attribute: false }) rotated: RotatedLink | undefined;
  /** The role whose link is being replaced. */
  @property({ attribute: false }) busy: LinkRole | undefined;

  @state() private asking: LinkRole | undefined;

  private readonly i18n = new LocaleController(this);

  /** Where focus goes once the new link is there: its warning, so it is read before anything else. */
  async focusRotated(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.rotated')?.focus();
  }

  private async onDialogClose(event: HTMLElementEventMap['confirm-dialog-close']): Promise<void> {
    event.stopPropagation();
    const role = this.asking;
    this.asking = undefined;
    if (!role) return;
    if (event.detail.confirmed) this.dispatchEvent(appEvent('rotate-request', { role }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`[data-role="${role}"]`)?.focus();
  }

  protected override render(): TemplateResult {
    const h = this.i18n.t.host;
    const rotated = this.rotated;
    return html`
      <div class="buttons">
        ${ROLES.map(
          (role) =>
            html`<button
              type="button"
              class="secondary"
              data-testid="rotate-${role}"
              data-role=${role}
              aria-disabled=${this.busy !== undefined ? 'true' : 'false'}
              @click=${() => {
                if (this.busy === undefined) this.asking = role;
              }}
            >
              ${h.rotate[role]}
            </button>`,
        )}
      </div>
      ${
        rotated
          ? html`<div class="rotated" tabindex="-1" data-testid="rotated" data-role=${rotated.role}>
              <p class="notice warning">${h.rotatedWarning}</p>
              <copy-field
                .label=${h.rotatedLabel[rotated.role]}
                .value=${rotated.url}
                .testid=${'rotated-link'}
              ></copy-field>
            </div>`
          : nothing
      }
      <confirm-dialog
        ?open=${this.asking !== undefined}
        .heading=${h.rotateHeading}
        .text=${h.rotateText}
        .confirmLabel=${h.rotateConfirm}
        .cancelLabel=${h.cancel}
        .confirmTestId=${'confirm-rotate'}
        @confirm-dialog-close=${this.onDialogClose}
      ></confirm-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'secret-link-rotator': SecretLinkRotator;
  }
}
