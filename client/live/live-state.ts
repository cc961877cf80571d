/**
 * The pure part of the live board: how a server message changes what the client knows. No DOM and no socket, so
 * the sequence rules (DESIGN.md §3) can be unit-tested on their own.
 *
 * Rules: a snapshot replaces everything. An event applies only when its `seq` is exactly one past the last
 * applied; an older or equal `seq` is a duplicate and is ignored; a newer one means something was missed, and the
 * caller must resubscribe with `since`. Posts are keyed by id, so no post can be shown twice. A part of an event
 * split over several messages (`partial`) is applied but leaves the seq where it was, so a connection lost before
 * the last part is a gap like any other.
 *
 * A large board's snapshot holds only its newest posts; pages of older ones (`applyOlderPage`) are added on request.
 */
import type { PostsPageReply } from '../../shared/api.ts';
import type { PublicBoard } from '../../shared/board.ts';
import type { Post, PostsCursor } from '../../shared/post.ts';
import { assertNever, type BoardEventMessage } from '../../shared/protocol.ts';

export interface LiveState {
  /** The last applied sequence number; `undefined` until the first snapshot. */
  readonly seq: number | undefined;
  readonly board: PublicBoard | undefined;
  /** In arrival order, which keeps the server's (shuffled) order within a batch. */
  readonly posts: ReadonlyMap<string, Post>;
  /** Where older posts than these continue; `undefined` when the client has them all. */
  readonly older: PostsCursor | undefined;
}

export const initialLiveState: LiveState = {
  seq: undefined,
  board: undefined,
  posts: new Map(),
  older: undefined,
};

export type ApplyOutcome =
  | {
      kind: 'applied';
      state: LiveState;
      /** Ids of posts that were not on the board before this message (for announcements and own-post tracking). */
      added: readonly string[];
      /** Ids of posts that left the board. */
      removed: readonly string[];
    }
  /** Already applied (or arrived before the first snapshot): nothing to do. */
  | { kind: 'duplicate' }
  /** One or more events were missed: resubscribe with `since: state.seq`. */
  | { kind: 'gap' };

export function applyEvent(state: LiveState, message: BoardEventMessage): ApplyOutcome {
  if (message.type === 'snapshot') {
    const posts = new Map<string, Post>();
    for (const post of message.posts) posts.set(post.id, post);
    const added = [...posts.keys()].filter((id) => !state.posts.has(id));
    const removed = [...state.posts.keys()].filter((id) => !posts.has(id));
    return {
      kind: 'applied',
      state: { seq: message.seq, board: message.board, posts, older: message.older },
      added,
      removed,
    };
  }

  if (state.seq === undefined || message.seq <= state.seq) return { kind: 'duplicate' };
  if (message.seq > state.seq + 1) return { kind: 'gap' };

  // Parts repeat harmlessly (absolute state, posts by id), so a part seen twice after a resubscribe is no problem.
  const seq = 'partial' in message && message.partial ? state.seq : message.seq;
  switch (message.type) {
    case 'released': {
      const posts = new Map(state.posts);
      const added: string[] = [];
      for (const post of message.posts) {
        if (!posts.has(post.id)) added.push(post.id);
        posts.set(post.id, post);
      }
      return { kind: 'applied', state: { ...state, seq, posts }, added, removed: [] };
    }
    case 'removed': {
      const posts = new Map(state.posts);
      const removed = message.postIds.filter((id) => posts.delete(id));
      return { kind: 'applied', state: { ...state, seq, posts }, added: [], removed };
    }
    case 'reactions': {
      const posts = new Map(state.posts);
      for (const { id, reactions } of message.posts) {
        const post = posts.get(id);
        // Counts are absolute, so replacing them makes a repeated tick harmless.
        if (post) posts.set(id, { ...post, reactions });
      }
      return { kind: 'applied', state: { ...state, seq, posts }, added: [], removed: [] };
    }
    case 'board':
      return { kind: 'applied', state: { ...state, seq, board: message.board }, added: [], removed: [] };
    default:
      return assertNever(message);
  }
}

export type PageOutcome =
  | { kind: 'applied'; state: LiveState; added: readonly string[] }
  /**
   * The page may show what has left the board since (it was read before events this client has applied), or it
   * continues from a cursor the state no longer has (a snapshot came in between): ask again with `state.older`.
   */
  | { kind: 'stale' };

/**
 * Adds a page of older posts, fetched with `before`. Posts already known are left as they are: what the socket
 * brought is at least as new.
 */
export function applyOlderPage(state: LiveState, before: PostsCursor, page: PostsPageReply): PageOutcome {
  if (state.seq === undefined || page.seq < state.seq || state.older !== before) return { kind: 'stale' };
  const posts = new Map(state.posts);
  const added: string[] = [];
  for (const post of page.posts) {
    if (posts.has(post.id)) continue;
    posts.set(post.id, post);
    added.push(post.id);
  }
  return { kind: 'applied', state: { ...state, posts, older: page.older }, added };
}

/** Newest batch first; within a batch the order the server gave (stable sort keeps arrival order). */
export function postsForDisplay(posts: ReadonlyMap<string, Post>): Post[] {
  return [...posts.values()].sort((a, b) => b.batch - a.batch);
}
