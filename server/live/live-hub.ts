import type { WebSocket } from 'ws';
import { ErrorCode } from '../../shared/errors.ts';
import { CloseCode, ServerMessageType, type ServerMessage } from '../../shared/protocol.ts';
import type { BusMessage, EventBus } from '../bus/event-bus.ts';
import { toPublicBoard } from '../domain/boards.ts';
import { canModerate } from '../../shared/roles.ts';
import type { BoardStore, Role } from '../store/board-store.ts';
import { materialise, materialiseModeration } from './materialise.ts';

/** A socket further behind than this is dropped; it reconnects and catches up with `since`. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/** Who is on the other end of a socket. Moderation messages go to moderating roles only. */
export const PARTICIPANT = 'participant';
export type SocketRole = Role | typeof PARTICIPANT;

interface Subscriber {
  socket: WebSocket;
  role: SocketRole;
  /** The last seq this socket was sent; it never gets an event twice or out of order. */
  lastSeq: number;
}

interface BoardChannel {
  subscribers: Map<WebSocket, Subscriber>;
  /** Every send for a board runs on this chain, so subscribes and events reach each socket in seq order. */
  chain: Promise<void>;
  unsubscribe: () => void;
}

/**
 * Fans a board's committed events out to its sockets: each event is read and encoded once per board, then the
 * same bytes go to every socket.
 */
export class LiveHub {
  private readonly channels = new Map<string, BoardChannel>();

  constructor(
    private readonly store: BoardStore,
    private readonly bus: EventBus,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Sends a snapshot, or the events after `since` when the log still has them, then keeps the socket live. */
  subscribe(boardId: string, socket: WebSocket, since: number | undefined, role: SocketRole): Promise<void> {
    const channel = this.channel(boardId);
    return this.enqueue(channel, async () => {
      if (socket.readyState !== socket.OPEN) return;
      const replay = since === undefined ? undefined : await this.store.eventsSince(boardId, since);
      const subscriber = channel.subscribers.get(socket) ?? { socket, role, lastSeq: 0 };
      subscriber.role = role;
      channel.subscribers.set(socket, subscriber);
      if (canModerate(role)) await this.sendModerationSnapshot(boardId, socket);
      if (replay && since !== undefined) {
        subscriber.lastSeq = since;
        for (const event of replay)
          this.sendEvent(subscriber, event.seq, JSON.stringify(await materialise(this.store, event)));
        return;
      }
      // Read seq before posts: a change committed in between then arrives again as an event, which is harmless
      // (events carry absolute state); the other order could lose it.
      const board = await this.store.getBoard(boardId);
      if (!board) {
        socket.close(CloseCode.boardGone, ErrorCode.boardNotFound);
        return;
      }
      const posts = await this.store.visiblePosts(boardId);
      const snapshot: ServerMessage = {
        type: ServerMessageType.snapshot,
        seq: board.seq,
        board: toPublicBoard(board),
        posts,
      };
      subscriber.lastSeq = board.seq;
      this.send(socket, JSON.stringify(snapshot));
    });
  }

  /** Everything a console needs, before the public snapshot, so it never shows a post without its status. */
  private async sendModerationSnapshot(boardId: string, socket: WebSocket): Promise<void> {
    const message: ServerMessage = {
      type: ServerMessageType.moderation,
      snapshot: true,
      posts: await this.store.moderatedPosts(boardId),
      removedPostIds: [],
      audit: await this.store.auditLog(boardId),
    };
    this.send(socket, JSON.stringify(message));
  }

  remove(boardId: string, socket: WebSocket): void {
    const channel = this.channels.get(boardId);
    if (!channel) return;
    channel.subscribers.delete(socket);
    if (channel.subscribers.size === 0) {
      channel.unsubscribe();
      this.channels.delete(boardId);
    }
  }

  /** Closes every socket, e.g. on shutdown; clients reconnect to another instance or after the restart. */
  closeAll(code: number, reason: string): void {
    for (const channel of this.channels.values()) {
      for (const socket of channel.subscribers.keys()) socket.close(code, reason);
    }
  }

  /** Resolves when every queued send has run (tests and shutdown use it). */
  async idle(): Promise<void> {
    await Promise.all([...this.channels.values()].map((channel) => channel.chain));
  }

  private channel(boardId: string): BoardChannel {
    let channel = this.channels.get(boardId);
    if (!channel) {
      const created: BoardChannel = {
        subscribers: new Map(),
        chain: Promise.resolve(),
        unsubscribe: () => {},
      };
      created.unsubscribe = this.bus.subscribe(boardId, (event) => void this.broadcast(created, event));
      this.channels.set(boardId, created);
      channel = created;
    }
    return channel;
  }

  private broadcast(channel: BoardChannel, event: BusMessage): Promise<void> {
    return this.enqueue(channel, async () => {
      if (channel.subscribers.size === 0) return;
      switch (event.type) {
        case 'token-rotated':
          for (const subscriber of channel.subscribers.values()) {
            if (subscriber.role === event.role)
              subscriber.socket.close(CloseCode.tokenInvalid, ErrorCode.tokenInvalid);
          }
          return;
        case 'board-deleted':
          for (const socket of channel.subscribers.keys())
            socket.close(CloseCode.boardGone, ErrorCode.boardNotFound);
          return;
        case 'moderation': {
          const moderators = [...channel.subscribers.values()].filter((subscriber) =>
            canModerate(subscriber.role),
          );
          if (moderators.length === 0) return;
          const data = Buffer.from(JSON.stringify(await materialiseModeration(this.store, event)));
          for (const subscriber of moderators) this.send(subscriber.socket, data);
          return;
        }
        default: {
          // Encoded to bytes once: given a string, ws would convert it again for every socket.
          const data = Buffer.from(JSON.stringify(await materialise(this.store, event)));
          for (const subscriber of channel.subscribers.values()) this.sendEvent(subscriber, event.seq, data);
        }
      }
    });
  }

  private sendEvent(subscriber: Subscriber, seq: number, data: string | Buffer): void {
    if (seq <= subscriber.lastSeq) return;
    subscriber.lastSeq = seq;
    this.send(subscriber.socket, data);
  }

  private send(socket: WebSocket, data: string | Buffer): void {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.terminate();
      return;
    }
    socket.send(data, { binary: false });
  }

  private enqueue(channel: BoardChannel, task: () => Promise<void>): Promise<void> {
    channel.chain = channel.chain.then(task).catch(this.onError);
    return channel.chain;
  }
}
