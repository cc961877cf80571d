/**
 * The audit log as files a moderator can keep: CSV for spreadsheets and JSON for tools. Built in the browser from
 * what the console already has, so exporting sends nothing anywhere. There is nothing about authors to export.
 */
import type { AuditEntry } from '../shared/moderation.ts';
import { spreadsheetCsv } from '../shared/spreadsheet-csv.ts';

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

/** The audit log as a spreadsheet: the same safe CSV as the board export. */
export function auditCsv(rows: readonly AuditRow[]): string {
  return spreadsheetCsv([AUDIT_COLUMNS, ...rows.map((row) => AUDIT_COLUMNS.map((column) => row[column]))]);
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
