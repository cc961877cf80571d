import type { Post } from '../../shared/post.ts';
import { ServerMessageType, type SnapshotMessage } from '../../shared/protocol.ts';
import { toPublicBoard } from '../domain/boards.ts';
import type { BoardRecord, BoardStore } from '../store/board-store.ts';
import { jsonBytes, LONGEST_CURSOR, newestPosts, postsBudget } from './post-pages.ts';

/**
 * A board's snapshot as of `board.seq`: the board, the newest posts that fit in one message, and the spotlighted
 * post wherever it is (the projector shows it large). Pass a board record read before this is called: a change
 * committed in between then arrives again as an event, which is harmless (events carry absolute state), whereas the
 * other order could lose it.
 */
export async function buildSnapshot(store: BoardStore, board: BoardRecord): Promise<SnapshotMessage> {
  const envelope = {
    type: ServerMessageType.snapshot,
    seq: board.seq,
    board: toPublicBoard(board),
    posts: [],
    older: LONGEST_CURSOR,
  };
  let budget = postsBudget(envelope);
  const [spotlight] = board.spotlightPostId
    ? await store.visiblePosts(board.id, [board.spotlightPostId])
    : [];
  if (spotlight) budget -= jsonBytes(spotlight) + 1;
  const slice = await newestPosts(store, board.id, {
    budget,
    exclude: spotlight ? new Set([spotlight.id]) : undefined,
  });
  const posts = spotlight ? [spotlight, ...slice.posts].sort(byPosition) : slice.posts;
  const { older: _longest, ...snapshot } = envelope;
  return slice.older === undefined ? { ...snapshot, posts } : { ...snapshot, posts, older: slice.older };
}

/** Oldest first, as on the wire: by batch, then id. */
function byPosition(a: Post, b: Post): number {
  return a.batch - b.batch || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
