import { Limits } from '../../shared/limits.ts';
import type { Post } from '../../shared/post.ts';
import { ServerMessageType, type SnapshotMessage } from '../../shared/protocol.ts';
import { toPublicBoard } from '../domain/boards.ts';
import type { BoardRecord, BoardStore } from '../store/board-store.ts';
import { jsonBytes, newestPosts } from './post-pages.ts';

/** The longest cursor the schema allows, so the budget holds whatever cursor the snapshot ends up with. */
const LONGEST_CURSOR = `${'9'.repeat(10)}.${'x'.repeat(22)}`;

/**
 * A board's snapshot as of `board.seq`: the board, the newest posts that fit in one message, and the spotlighted
 * post wherever it is (the projector shows it large). Pass a board record read before this is called: a change
 * committed in between then arrives again as an event, which is harmless (events carry absolute state), whereas the
 * other order could lose it.
 */
export async function buildSnapshot(store: BoardStore, board: BoardRecord): Promise<SnapshotMessage> {
  const envelope: SnapshotMessage = {
    type: ServerMessageType.snapshot,
    seq: board.seq,
    board: toPublicBoard(board),
    posts: [],
    older: LONGEST_CURSOR,
  };
  let budget = Limits.serverMessageBytes - jsonBytes(envelope) + 2;
  const [spotlight] = board.spotlightPostId
    ? await store.visiblePosts(board.id, [board.spotlightPostId])
    : [];
  if (spotlight) budget -= jsonBytes(spotlight) + 1;
  const slice = await newestPosts(store, board.id, {
    budget,
    exclude: spotlight ? new Set([spotlight.id]) : undefined,
  });
  const posts = spotlight ? [spotlight, ...slice.posts].sort(byPosition) : slice.posts;
  const { older: _longest, ...snapshot } = { ...envelope, posts };
  return slice.older === undefined ? snapshot : { ...snapshot, older: slice.older };
}

/** Oldest first, as on the wire: by batch, then id. */
function byPosition(a: Post, b: Post): number {
  return a.batch - b.batch || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
