import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { ProjectorCommand, ProjectorLayout, projectorCommand } from '../projector/commands.ts';
import { SortOrder } from '../projector/order.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/**
 * Buttons for whoever runs the projector with a mouse: the same commands as the keys, so nothing needs the
 * keyboard and nothing needs the mouse. Toggles say their state with `aria-pressed`, not a changing label.
 */
@customElement('projector-controls')
export class ProjectorControls extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
        font-size: var(--font-size-small, var(--font-size-base));
      }

      button {
        padding: var(--space-1) var(--space-3);
        font-size: inherit;
      }

      button[aria-pressed='true'] {
        background: var(--color-pressed-bg);
        color: var(--color-primary-hover);
        border-color: var(--color-primary-hover);
      }
    `,
  ];

  @property({ type: Boolean }) paused = false;
  @property() layout: ProjectorLayout = ProjectorLayout.columns;
  @property() sort: SortOrder = SortOrder.newest;
  @property({ type: Boolean }) canPage = false;

  private readonly i18n = new LocaleController(this);

  private send(command: ProjectorCommand): void {
    this.dispatchEvent(projectorCommand(command));
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t.present;
    return html`
      <button
        type="button"
        class="secondary"
        data-testid="pause-button"
        aria-pressed=${this.paused ? 'true' : 'false'}
        @click=${() => this.send(ProjectorCommand.pause)}
      >
        ${t.pause}
      </button>
      <button
        type="button"
        class="secondary"
        data-testid="previous-page"
        aria-label=${t.previousPage}
        title=${t.previousPage}
        aria-disabled=${this.canPage ? 'false' : 'true'}
        @click=${() => this.send(ProjectorCommand.previous)}
      >
        <span aria-hidden="true">←</span>
      </button>
      <button
        type="button"
        class="secondary"
        data-testid="next-page"
        aria-label=${t.nextPage}
        title=${t.nextPage}
        aria-disabled=${this.canPage ? 'false' : 'true'}
        @click=${() => this.send(ProjectorCommand.next)}
      >
        <span aria-hidden="true">→</span>
      </button>
      <button
        type="button"
        class="secondary"
        data-testid="layout-toggle"
        aria-pressed=${this.layout === ProjectorLayout.grid ? 'true' : 'false'}
        @click=${() => this.send(ProjectorCommand.layout)}
      >
        ${t.grid}
      </button>
      <button
        type="button"
        class="secondary"
        data-testid="sort-toggle"
        aria-pressed=${this.sort === SortOrder.reactions ? 'true' : 'false'}
        @click=${() => this.send(ProjectorCommand.sort)}
      >
        ${t.byReactions}
      </button>
      <button
        type="button"
        class="secondary"
        data-testid="blank-button"
        @click=${() => this.send(ProjectorCommand.blank)}
      >
        ${t.blank}
      </button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'projector-controls': ProjectorControls;
  }
}
