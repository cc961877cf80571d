/**
 * The server never says who reacted, so this browser remembers its own reactions (as `postId:kind`) to show each
 * toggle's state. Kept per board, on this device only.
 */
import { readJson, writeJson } from './web-storage.ts';

const key = (boardId: string): string => `takhojd.reactions.${boardId}`;

export const reactionKey = (postId: string, kind: string): string => `${postId}:${kind}`;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function loadOwnReactions(boardId: string): Set<string> {
  return new Set(readJson('local', key(boardId), isStringList) ?? []);
}

export function saveOwnReactions(boardId: string, reactions: ReadonlySet<string>): void {
  writeJson('local', key(boardId), [...reactions]);
}
