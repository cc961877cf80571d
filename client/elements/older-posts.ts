import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { OlderPostsState } from '../controllers/live-board-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { appEvent } from '../events.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/** "Show older posts" under a board too large to send whole: asks its page for the next page of older posts. */
@customElement('older-posts')
export class OlderPosts extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin-top: var(--space-5);
      }

      .failed:empty {
        display: none;
      }

      .failed {
        color: var(--color-danger);
      }
    `,
  ];

  @property() state: OlderPostsState = 'idle';

  private readonly i18n = new LocaleController(this);

  private request(): void {
    if (this.state !== 'loading') this.dispatchEvent(appEvent('older-posts-request', {}));
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const loading = this.state === 'loading';
    // Kept on one line so that an empty message is `:empty` and its textContent has no padding.
    // prettier-ignore
    const failed = html`<p class="failed" role="status" data-testid="older-posts-failed">${this.state === 'failed' ? t.olderPostsFailed : ''}</p>`;
    return html`
      ${failed}
      <button
        type="button"
        class="secondary"
        data-testid="show-older-posts"
        aria-disabled=${loading ? 'true' : 'false'}
        @click=${this.request}
      >
        ${loading ? t.olderPostsLoading : t.showOlderPosts}
      </button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'older-posts': OlderPosts;
  }
}
