import { ServerMessageType, type LiveEventMessage, type ModerationMessage } from '../../shared/protocol.ts';
import type { ModerationChanged } from '../bus/event-bus.ts';
import { assertNever } from '../../shared/protocol.ts';
import { toPublicBoard } from '../domain/boards.ts';
import { StoredEventType, type BoardStore, type StoredEvent } from '../store/board-store.ts';

/**
 * Turns a logged event (references) into the message clients receive, reading current state: a post retracted
 * since is simply absent, and counts are the latest. Replays and live delivery use the same function.
 */
export async function materialise(store: BoardStore, event: StoredEvent): Promise<LiveEventMessage> {
  switch (event.type) {
    // Posts coming back after review or restore reach public screens exactly like a new batch.
    case StoredEventType.released:
    case StoredEventType.shown:
      return {
        type: ServerMessageType.released,
        seq: event.seq,
        posts: await store.visiblePosts(event.boardId, event.postIds),
      };
    case StoredEventType.removed:
      return { type: ServerMessageType.removed, seq: event.seq, postIds: event.postIds };
    case StoredEventType.reactions:
      return {
        type: ServerMessageType.reactions,
        seq: event.seq,
        posts: await store.reactionCounts(event.boardId, event.postIds),
      };
    case StoredEventType.board: {
      const board = await store.getBoard(event.boardId);
      if (!board) throw new Error(`Board ${event.boardId} is gone`);
      return { type: ServerMessageType.board, seq: event.seq, board: toPublicBoard(board) };
    }
    default:
      return assertNever(event.type);
  }
}

/** The moderation state of the posts a change touched, for moderators' sockets. */
export async function materialiseModeration(
  store: BoardStore,
  change: ModerationChanged,
): Promise<ModerationMessage> {
  return {
    type: ServerMessageType.moderation,
    snapshot: false,
    posts: await store.moderatedPosts(change.boardId, change.postIds),
    removedPostIds: change.removedPostIds,
    audit: await store.auditLog(change.boardId, change.auditIds),
  };
}
