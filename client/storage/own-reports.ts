/**
 * Posts this browser has reported, so the report button says "Reported" instead of offering a second report. The
 * server counts one report per seat anyway; this only keeps the page honest. Kept per board, on this device only.
 */
import { readJson, writeJson } from './web-storage.ts';

const key = (boardId: string): string => `takhojd.reports.${boardId}`;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function loadOwnReports(boardId: string): Set<string> {
  return new Set(readJson('local', key(boardId), isStringList) ?? []);
}

export function saveOwnReports(boardId: string, postIds: ReadonlySet<string>): void {
  writeJson('local', key(boardId), [...postIds]);
}
