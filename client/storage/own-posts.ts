/**
 * The author's own posts, remembered only in this browser: the delete key is the sole proof of authorship and the
 * server keeps just its hash (DESIGN.md §2.4). Nothing here ever leaves the browser except the key, on retract.
 */
import type { PostStatus } from '../../shared/post.ts';
import { isRecord, readJson, writeJson } from './web-storage.ts';

/** Where the author last learnt their post was, while it is not on the board. */
export type OwnPostStatus = Exclude<PostStatus, 'visible'>;
const OWN_STATUSES: readonly string[] = ['queued', 'held', 'hidden'] satisfies OwnPostStatus[];

export interface OwnPost {
  id: string;
  boardId: string;
  deleteKey: string;
  category: string;
  body: string;
  /** Set once the post has been seen on the board, so that its absence from a later snapshot means it is gone. */
  released: boolean;
  /** The server said the post will wait for a moderator (word filter or a pre-moderated board). */
  review?: boolean;
  /** The last status the server gave for the post while off the board; absent until asked. */
  status?: OwnPostStatus;
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
    typeof value.released === 'boolean' &&
    (value.review === undefined || typeof value.review === 'boolean') &&
    (value.status === undefined || (typeof value.status === 'string' && OWN_STATUSES.includes(value.status)))
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
