/**
 * The audit log as files a moderator can keep: CSV for spreadsheets and JSON for tools. Built in the browser from
 * what the console already has, so exporting sends nothing anywhere. There is nothing about authors to export.
 */
import type { AuditEntry } from '../shared/moderation.ts';

export interface AuditRow {
  at: string;
  action: string;
  postId: string;
  /** The post's first words while it still exists; removed posts are named by id only. */
  post: string;
  reason: string;
  role: string;
  moderatorName: string;
}

export const AUDIT_COLUMNS: readonly (keyof AuditRow)[] = [
  'at',
  'action',
  'postId',
  'post',
  'reason',
  'role',
  'moderatorName',
];

export function auditRows(
  audit: readonly AuditEntry[],
  postText: (postId: string) => string | undefined,
): AuditRow[] {
  return audit.map((entry) => ({
    at: entry.at,
    action: entry.action,
    postId: entry.postId,
    post: postText(entry.postId) ?? '',
    reason: entry.reason ?? '',
    role: entry.role,
    moderatorName: entry.moderatorName ?? '',
  }));
}

/** Spreadsheets run a cell that starts like a formula; a leading apostrophe makes it text (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180 with CRLF line ends and a byte-order mark, which Excel needs to read UTF-8 (å, ä, ö) correctly. */
export function auditCsv(rows: readonly AuditRow[]): string {
  const lines = [AUDIT_COLUMNS.map((column) => csvCell(column)).join(',')];
  for (const row of rows) lines.push(AUDIT_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function auditJson(rows: readonly AuditRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** Starts a download of text made here; the object URL is released once the browser has taken it. */
export function downloadText(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  // Revoked later, not at once: the browser reads the blob after `click()` has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
