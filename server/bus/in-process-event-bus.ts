import type { StoredEvent } from '../store/board-store.ts';
import type { EventBus } from './event-bus.ts';

export class InProcessEventBus implements EventBus {
  private readonly listeners = new Map<string, Set<(event: StoredEvent) => void>>();

  publish(event: StoredEvent): void {
    for (const listener of this.listeners.get(event.boardId) ?? []) listener(event);
  }

  subscribe(boardId: string, listener: (event: StoredEvent) => void): () => void {
    let forBoard = this.listeners.get(boardId);
    if (!forBoard) {
      forBoard = new Set();
      this.listeners.set(boardId, forBoard);
    }
    forBoard.add(listener);
    return () => {
      forBoard.delete(listener);
      if (forBoard.size === 0) this.listeners.delete(boardId);
    };
  }
}
