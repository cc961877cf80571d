import type { StoredEvent } from '../store/board-store.ts';

/**
 * Who is told about a committed change. In-process now; a PostgreSQL deployment would use LISTEN/NOTIFY as a
 * wake-up and read the events back from the store, so several app instances can serve one board.
 */
export interface EventBus {
  /** Called after the change's transaction has committed. */
  publish(event: StoredEvent): void;
  /** Returns a function that unsubscribes. */
  subscribe(boardId: string, listener: (event: StoredEvent) => void): () => void;
}
