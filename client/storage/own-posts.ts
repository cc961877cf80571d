/**
 * The author's own posts, remembered only in this browser: the delete key is the sole proof of authorship and the
 * server keeps just its hash (DESIGN.md §2.4). Nothing here ever leaves the browser except the key, on retract.
 */
import { isRecord, readJson, writeJson } from './web-storage.ts';

export interface OwnPost {
  id: string;
  boardId: string;
  deleteKey: string;
  category: string;
  body: string;
  /** Set once the post has been seen on the board, so that its absence from a later snapshot means it is gone. */
  released: boolean;
}

const key = (boardId: string): string => `takhojd.ownPosts.${boardId}`;

function isOwnPost(value: unknown): value is OwnPost {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.boardId === 'string' &&
    typeof value.deleteKey === 'string' &&
    typeof value.category === 'string' &&
    typeof value.body === 'string' &&
    typeof value.released === 'boolean'
  );
}

function isOwnPostList(value: unknown): value is OwnPost[] {
  return Array.isArray(value) && value.every(isOwnPost);
}

export function loadOwnPosts(boardId: string): OwnPost[] {
  return (readJson('local', key(boardId), isOwnPostList) ?? []).filter((post) => post.boardId === boardId);
}

export function saveOwnPosts(boardId: string, posts: readonly OwnPost[]): void {
  writeJson('local', key(boardId), posts);
}
