import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AuditEntry } from '../../shared/moderation.ts';
import { auditCsv, auditJson, auditRows, downloadText } from '../audit-export.ts';
import type { Language } from '../../shared/board.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { excerpt } from '../labels.ts';
import { sharedStyles } from '../styles/shared-styles.ts';

/** Swedish moderators read Swedish time whatever the computer's zone (accessibility-and-ux.md B.13). */
const TIME_ZONE = 'Europe/Stockholm';
const SHORT_ID = 6;

const formatters = new Map<Language, Intl.DateTimeFormat>();

function formatTime(language: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'medium',
      timeZone: TIME_ZONE,
    });
    formatters.set(language, formatter);
  }
  return formatter.format(date);
}

/**
 * Who did what to which post, when and why: moderators are accountable, authors are not, so there is nothing about
 * authors here (the server sends nothing of the kind). Newest first on screen; the exports are in time order.
 */
@customElement('audit-log')
export class AuditLog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .exports {
        display: flex;
        flex-wrap: wrap;
        gap: var(--space-2);
        margin-bottom: var(--space-4);
      }

      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--space-2);
      }

      li {
        background: var(--color-surface);
        border: var(--border-width) solid var(--color-border-subtle);
        border-radius: var(--radius-md);
        padding: var(--space-3);
      }

      li p {
        margin: 0;
        overflow-wrap: anywhere;
      }

      .what {
        font-weight: var(--font-weight-bold);
      }

      .meta {
        color: var(--color-text-muted);
      }

      .empty {
        color: var(--color-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) entries: readonly AuditEntry[] = [];
  /** The text of posts that still exist, by id; a removed post is named by a short id only. */
  @property({ attribute: false }) postText: ReadonlyMap<string, string> = new Map();
  /** Part of the download's file name, so exports of several boards can be told apart. */
  @property() fileStem = 'audit';

  private readonly i18n = new LocaleController(this);

  private rows() {
    return auditRows(this.entries, (postId) => {
      const body = this.postText.get(postId);
      return body === undefined ? undefined : excerpt(body);
    });
  }

  private exportCsv(): void {
    downloadText(`${this.fileStem}.csv`, 'text/csv;charset=utf-8', auditCsv(this.rows()));
  }

  private exportJson(): void {
    downloadText(`${this.fileStem}.json`, 'application/json', auditJson(this.rows()));
  }

  private renderEntry(entry: AuditEntry): TemplateResult {
    const t = this.i18n.t;
    const m = t.moderation;
    const body = this.postText.get(entry.postId);
    const post =
      body === undefined ? `${m.auditRemovedPost} (${entry.postId.slice(0, SHORT_ID)})` : excerpt(body);
    const who = [m.auditRoles[entry.role], entry.moderatorName ?? m.auditNoName].join(', ');
    return html`<li data-testid="audit-entry" data-action=${entry.action} data-post-id=${entry.postId}>
      <p class="what">${m.auditActions[entry.action]}: ${post}</p>
      <p class="meta">
        <time datetime=${entry.at}>${formatTime(this.i18n.language, entry.at)}</time> · ${m.auditBy} ${who}
      </p>
      ${entry.reason ? html`<p>${m.auditReason}: ${entry.reason}</p>` : ''}
    </li>`;
  }

  protected override render(): TemplateResult {
    const m = this.i18n.t.moderation;
    const newestFirst = [...this.entries].reverse();
    return html`<section aria-labelledby="audit-heading">
      <h2 id="audit-heading">${m.auditHeading}</h2>
      <p>${m.auditIntro}</p>
      <div class="exports">
        <button type="button" class="secondary" data-testid="export-audit-csv" @click=${this.exportCsv}>
          ${m.exportCsv}
        </button>
        <button type="button" class="secondary" data-testid="export-audit-json" @click=${this.exportJson}>
          ${m.exportJson}
        </button>
      </div>
      ${
        newestFirst.length === 0
          ? html`<p class="empty" data-testid="audit-empty">${m.auditEmpty}</p>`
          : html`<ol role="list">
              ${repeat(
                newestFirst,
                (entry) => entry.id,
                (entry) => this.renderEntry(entry),
              )}
            </ol>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'audit-log': AuditLog;
  }
}
