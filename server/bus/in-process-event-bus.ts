import type { BusMessage, EventBus } from './event-bus.ts';

export class InProcessEventBus implements EventBus {
  private readonly listeners = new Map<string, Set<(event: BusMessage) => void>>();

  publish(message: BusMessage): void {
    for (const listener of this.listeners.get(message.boardId) ?? []) listener(message);
  }

  subscribe(boardId: string, listener: (event: BusMessage) => void): () => void {
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
