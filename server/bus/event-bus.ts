import type { Role, StoredEvent } from '../store/board-store.ts';

/** Sent when a board is deleted: there is no event log left to put it in, and its sockets must close. */
export interface BoardDeleted {
  type: 'board-deleted';
  boardId: string;
}

/**
 * For moderators' and facilitators' sockets only, not logged: these posts' moderation state changed (a batch was
 * released, a report came in, a moderator acted). Receivers read the current state.
 */
export interface ModerationChanged {
  type: 'moderation';
  boardId: string;
  postIds: string[];
  removedPostIds: string[];
  auditIds: string[];
}

/** A secret link was replaced: sockets opened with the old one must close now, not when they next reconnect. */
export interface TokenRotated {
  type: 'token-rotated';
  boardId: string;
  role: Role;
}

export type BusMessage = StoredEvent | BoardDeleted | ModerationChanged | TokenRotated;

/**
 * Who is told about a committed change. In-process now; a PostgreSQL deployment would use LISTEN/NOTIFY as a
 * wake-up and read the events back from the store, so several app instances can serve one board.
 */
export interface EventBus {
  /** Called after the change's transaction has committed. */
  publish(message: BusMessage): void;
  /** Returns a function that unsubscribes. */
  subscribe(boardId: string, listener: (message: BusMessage) => void): () => void;
}
