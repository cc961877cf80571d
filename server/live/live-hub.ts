import type { WebSocket } from 'ws';
import { ErrorCode } from '../../shared/errors.ts';
import { Limits } from '../../shared/limits.ts';
import {
  CloseCode,
  ServerMessageType,
  type ModerationMessage,
  type ServerMessage,
} from '../../shared/protocol.ts';
import type { BusMessage, EventBus } from '../bus/event-bus.ts';
import { canModerate } from '../../shared/roles.ts';
import type { BoardStore, Role, StoredEvent } from '../store/board-store.ts';
import { materialise, materialiseModeration } from './materialise.ts';
import { buildSnapshot } from './snapshot.ts';
import { splitEvent, splitModeration } from './split-message.ts';

/**
 * How far behind a socket may fall beyond the reply to its subscribe: a socket with more waiting than that is
 * dropped, and its client resumes with `since`. Every message is bounded (Limits.serverMessageBytes) and checked
 * before it is queued, so no socket holds more than this plus its last reply, whatever its reader does.
 */
const MAX_BACKLOG_BYTES = 1024 * 1024;
/**
 * A replay larger than this is answered with a snapshot instead: a snapshot is smaller, built once per state for
 * every socket, and a replay this large would come close to the backlog bound and could drop the socket again.
 */
const MAX_REPLAY_BYTES = 4 * Limits.serverMessageBytes;
/** Materialised events kept per board for replays after a reconnect wave, until the board changes. */
const MAX_CACHED_EVENT_BYTES = 1024 * 1024;

/** Who is on the other end of a socket. Moderation messages go to moderating roles only. */
export const PARTICIPANT = 'participant';
export type SocketRole = Role | typeof PARTICIPANT;

interface Subscriber {
  socket: WebSocket;
  role: SocketRole;
  /** False until the reply to its first subscribe is sent: events before it would arrive ahead of the snapshot. */
  ready: boolean;
  /** The last seq this socket was sent; it never gets an event twice or out of order. */
  lastSeq: number;
  /** Bytes that may wait for this socket before it is dropped: MAX_BACKLOG_BYTES plus its subscribe reply. */
  backlogLimit: number;
}

/**
 * What was built from the board's current state, shared by every socket that needs it. Emptied whenever anything
 * about the board is published, so nothing in it is older than the board (nor holds a retracted post's text).
 */
interface ChannelCache {
  snapshot: { seq: number; data: Buffer } | undefined;
  moderation: Buffer[] | undefined;
  events: Map<number, Buffer[]>;
  eventBytes: number;
}

interface BoardChannel {
  subscribers: Map<WebSocket, Subscriber>;
  /** Every send for a board runs on this chain, so subscribes and events reach each socket in seq order. */
  chain: Promise<void>;
  unsubscribe: () => void;
  /** Bumped with every message about the board; a build that saw another generation is not cached. */
  generation: number;
  cache: ChannelCache;
}

const emptyCache = (): ChannelCache => ({
  snapshot: undefined,
  moderation: undefined,
  events: new Map(),
  eventBytes: 0,
});

/** Encoded to bytes once: given a string, ws would convert (copy) it again for every socket. */
const encode = (message: ServerMessage): Buffer => Buffer.from(JSON.stringify(message));
const totalBytes = (parts: readonly Buffer[]): number => parts.reduce((sum, part) => sum + part.length, 0);

/**
 * Fans a board's committed events out to its sockets. Every message is built and encoded once per board state and
 * the same bytes go to every socket (ws queues a Buffer it is given without copying it), so a thousand sockets
 * that stop reading hold references to shared bytes, not a thousand copies.
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
    // Registered now, not when its turn comes: the board's channel must not be dropped while this waits.
    let subscriber = channel.subscribers.get(socket);
    if (!subscriber) {
      subscriber = { socket, role, ready: false, lastSeq: 0, backlogLimit: MAX_BACKLOG_BYTES };
      channel.subscribers.set(socket, subscriber);
    }
    const current = subscriber;
    const stillHere = () => socket.readyState === socket.OPEN && channel.subscribers.get(socket) === current;
    return this.enqueue(channel, async () => {
      if (!stillHere()) return;
      const reply: Buffer[] = [];
      if (canModerate(role)) reply.push(...(await this.moderationSnapshot(channel, boardId)));
      let seq: number;
      const replay = since === undefined ? undefined : await this.replay(channel, boardId, since);
      if (replay) {
        reply.push(...replay.parts);
        seq = replay.seq;
      } else {
        const snapshot = await this.snapshot(channel, boardId);
        if (!snapshot) {
          socket.close(CloseCode.boardGone, ErrorCode.boardNotFound);
          return;
        }
        reply.push(snapshot.data);
        seq = snapshot.seq;
      }
      if (!stillHere()) return;
      current.role = role;
      current.lastSeq = seq;
      current.ready = true;
      current.backlogLimit = MAX_BACKLOG_BYTES + totalBytes(reply);
      for (const data of reply) if (!this.send(current, data)) return;
    });
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

  /** The public snapshot, built at most once per seq of the board. Undefined when the board is gone. */
  private async snapshot(
    channel: BoardChannel,
    boardId: string,
  ): Promise<{ seq: number; data: Buffer } | undefined> {
    const generation = channel.generation;
    const board = await this.store.getBoard(boardId);
    if (!board) return undefined;
    const cached = channel.cache.snapshot;
    if (cached?.seq === board.seq) return cached;
    const built = { seq: board.seq, data: encode(await buildSnapshot(this.store, board)) };
    if (channel.generation === generation) channel.cache.snapshot = built;
    return built;
  }

  /**
   * Everything a console needs, before the public snapshot, so it never shows a post without its status. Not paged:
   * a console acts on every post (filters, bulk actions), and only holders of a secret link get it. It is split
   * into bounded messages and built once per board state like the rest.
   */
  private async moderationSnapshot(channel: BoardChannel, boardId: string): Promise<Buffer[]> {
    if (channel.cache.moderation) return channel.cache.moderation;
    const generation = channel.generation;
    const message: ModerationMessage = {
      type: ServerMessageType.moderation,
      snapshot: true,
      posts: await this.store.moderatedPosts(boardId),
      removedPostIds: [],
      audit: await this.store.auditLog(boardId),
    };
    const parts = splitModeration(message).map(encode);
    if (channel.generation === generation) channel.cache.moderation = parts;
    return parts;
  }

  /** The events after `since`, or undefined when a snapshot must answer (log too short, or replay too large). */
  private async replay(
    channel: BoardChannel,
    boardId: string,
    since: number,
  ): Promise<{ seq: number; parts: Buffer[] } | undefined> {
    const events = await this.store.eventsSince(boardId, since);
    if (!events) return undefined;
    const parts: Buffer[] = [];
    let bytes = 0;
    for (const event of events) {
      const encoded = await this.eventParts(channel, event);
      bytes += totalBytes(encoded);
      if (bytes > MAX_REPLAY_BYTES) return undefined;
      parts.push(...encoded);
    }
    return { seq: events.at(-1)?.seq ?? since, parts };
  }

  /** One logged event as the messages clients receive, read from the board's current state. */
  private async eventParts(channel: BoardChannel, event: StoredEvent): Promise<Buffer[]> {
    const cached = channel.cache.events.get(event.seq);
    if (cached) return cached;
    const generation = channel.generation;
    const parts = splitEvent(await materialise(this.store, event)).map(encode);
    const bytes = totalBytes(parts);
    const cache = channel.cache;
    if (channel.generation === generation && cache.eventBytes + bytes <= MAX_CACHED_EVENT_BYTES) {
      cache.events.set(event.seq, parts);
      cache.eventBytes += bytes;
    }
    return parts;
  }

  private channel(boardId: string): BoardChannel {
    let channel = this.channels.get(boardId);
    if (!channel) {
      const created: BoardChannel = {
        subscribers: new Map(),
        chain: Promise.resolve(),
        unsubscribe: () => {},
        generation: 0,
        cache: emptyCache(),
      };
      created.unsubscribe = this.bus.subscribe(boardId, (event) => {
        // At once, not in turn on the chain: whatever was built before this change must not be handed out again.
        created.generation++;
        created.cache = emptyCache();
        void this.broadcast(created, event);
      });
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
          const moderators = [...channel.subscribers.values()].filter(
            (subscriber) => subscriber.ready && canModerate(subscriber.role),
          );
          if (moderators.length === 0) return;
          const parts = splitModeration(await materialiseModeration(this.store, event)).map(encode);
          for (const subscriber of moderators) {
            for (const data of parts) if (!this.send(subscriber, data)) break;
          }
          return;
        }
        default: {
          const parts = await this.eventParts(channel, event);
          for (const subscriber of channel.subscribers.values()) this.sendEvent(subscriber, event.seq, parts);
        }
      }
    });
  }

  private sendEvent(subscriber: Subscriber, seq: number, parts: readonly Buffer[]): void {
    if (!subscriber.ready || seq <= subscriber.lastSeq) return;
    subscriber.lastSeq = seq;
    for (const data of parts) if (!this.send(subscriber, data)) return;
  }

  /** Queues one message unless the socket is closed or too far behind, which drops it; false if not sent. */
  private send(subscriber: Subscriber, data: Buffer): boolean {
    const { socket } = subscriber;
    if (socket.readyState !== socket.OPEN) return false;
    if (socket.bufferedAmount + data.length > subscriber.backlogLimit) {
      socket.terminate();
      return false;
    }
    socket.send(data, { binary: false });
    return true;
  }

  private enqueue(channel: BoardChannel, task: () => Promise<void>): Promise<void> {
    channel.chain = channel.chain.then(task).catch(this.onError);
    return channel.chain;
  }
}
