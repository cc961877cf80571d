/**
 * Role tokens from secret links live in sessionStorage: they vanish with the tab, are not shared with other tabs,
 * and never sit in the address bar or history (DESIGN.md §2.9).
 */
import { readString, removeKey, writeString } from './web-storage.ts';

export const SecretRole = { host: 'host', moderate: 'moderate', present: 'present' } as const;
export type SecretRole = (typeof SecretRole)[keyof typeof SecretRole];

const key = (boardId: string, role: SecretRole): string => `takhojd.token.${boardId}.${role}`;

export function loadRoleToken(boardId: string, role: SecretRole): string | undefined {
  return readString('session', key(boardId, role));
}

export function saveRoleToken(boardId: string, role: SecretRole, token: string): void {
  writeString('session', key(boardId, role), token);
}

/** After the board is deleted its links mean nothing; nothing of it should linger in the tab. */
export function forgetRoleTokens(boardId: string): void {
  for (const role of Object.values(SecretRole)) removeKey('session', key(boardId, role));
}
