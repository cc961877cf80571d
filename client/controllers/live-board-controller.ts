/**
 * Owns the board's live socket for the lifetime of its host element: connects when the host connects, closes when
 * it disconnects, reconnects with backoff and resumes with `since`, so the host only ever sees a consistent state.
 * The sequence rules themselves live in ../live/live-state.ts.
 *
 * The moderator console uses the same controller with a token: its socket then also gets unsequenced `moderation`
 * messages, which are handed to `onModeration` as they are, since each carries absolute state.
 *
 * A large board's snapshot holds only its newest posts; `loadOlder` adds the next page of older ones over HTTP.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  assertNever,
  ClientMessageType,
  CloseCode,
  parseServerMessage,
  PROTOCOL_VERSION,
  ServerMessageType,
  type ClientMessage,
  type ModerationMessage,
  type ServerMessage,
} from '../../shared/protocol.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { ApiError, getOlderPosts } from '../api.ts';
import { reconnectDelay } from '../live/backoff.ts';
import { applyEvent, applyOlderPage, initialLiveState, type LiveState } from '../live/live-state.ts';

/**
 * `connecting` covers both the first connection and reconnecting; `offline` is shown once several attempts have
 * failed or the browser says it is offline; `gone` means the board no longer exists and `denied` that the token was
 * refused (a rotated link): retrying either is pointless.
 */
export type ConnectionState = 'connecting' | 'connected' | 'offline' | 'gone' | 'denied';

/** Where a request for older posts is: `failed` until the next try. */
export type OlderPostsState = 'idle' | 'loading' | 'failed';

export interface LiveBoardOptions {
  /** A facilitator's, moderator's or projector's token; without it the socket is a participant's. */
  token?: string;
  /** Moderators' and facilitators' sockets only. */
  onModeration?: (message: ModerationMessage) => void;
  /**
   * A participant's seat, presented when subscribing: it keeps the socket's place when the room's shared address
   * is full. Undefined when the browser has none (a full board); the socket then works without.
   */
  seat?: () => Promise<string | undefined>;
}

export interface LiveChange {
  added: readonly string[];
  removed: readonly string[];
  /** True for a snapshot, which replaces everything rather than adding to it. */
  snapshot: boolean;
}

const PING_INTERVAL_MS = 25_000;
/** A socket that has heard nothing (not even a pong) for this long is presumed dead and replaced. */
const SILENCE_LIMIT_MS = 60_000;
/** Failed attempts in a row before the status says "offline" instead of "reconnecting". */
const ATTEMPTS_BEFORE_OFFLINE = 3;
/** If a resubscribe after a gap is not answered in this time, it is sent again. */
const RESYNC_TIMEOUT_MS = 5_000;
/** A page read before events this client has applied is asked for again, this many times at most. */
const OLDER_PAGE_ATTEMPTS = 3;

export class LiveBoardController implements ReactiveController {
  state: LiveState = initialLiveState;
  connection: ConnectionState = 'connecting';
  /** Whether a connection has ever worked, so the status can say "reconnecting" rather than "connecting". */
  hasConnected = false;
  olderPosts: OlderPostsState = 'idle';

  private socket: WebSocket | undefined;
  private active = false;
  private failedAttempts = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private lastHeardAt = 0;
  private resyncSentAt: number | undefined;
  /** The server closed with "going away": it is restarting, and will likely answer again within seconds. */
  private serverRestarting = false;

  private readonly onOnline = (): void => {
    if (this.active && !this.socket && !this.isFinal) this.connectNow();
  };
  private readonly onOffline = (): void => {
    if (!this.isFinal) this.setConnection('offline');
  };

  /** States no reconnect can change. */
  private get isFinal(): boolean {
    return this.connection === 'gone' || this.connection === 'denied';
  }

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly boardId: string,
    private readonly onChange?: (change: LiveChange) => void,
    private readonly options: LiveBoardOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.active = true;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.connectNow();
  }

  hostDisconnected(): void {
    this.active = false;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.clearTimers();
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000);
  }

  /** Adds the next page of older posts; resolves with the ids it added (none if it failed or had nothing to do). */
  async loadOlder(): Promise<readonly string[]> {
    if (this.olderPosts === 'loading') return [];
    this.setOlderPosts('loading');
    try {
      for (let attempt = 0; attempt < OLDER_PAGE_ATTEMPTS; attempt++) {
        const before = this.state.older;
        if (before === undefined) break;
        const page = await getOlderPosts(this.boardId, before);
        const outcome = applyOlderPage(this.state, before, page);
        if (outcome.kind === 'applied') {
          this.state = outcome.state;
          this.setOlderPosts('idle');
          return outcome.added;
        }
      }
    } catch (error) {
      this.setOlderPosts('failed');
      if (!(error instanceof ApiError)) throw error;
      return [];
    }
    // Stale every time (a very busy board): the button stays, with a word about it.
    this.setOlderPosts(this.state.older === undefined ? 'idle' : 'failed');
    return [];
  }

  private setOlderPosts(state: OlderPostsState): void {
    this.olderPosts = state;
    this.host.requestUpdate();
  }

  private url(): string {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${scheme}//${location.host}/api/boards/${encodeURIComponent(this.boardId)}/live`;
  }

  private connectNow(): void {
    if (this.reconnectTimer !== undefined) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    if (!this.active || this.socket) return;

    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (socket !== this.socket) return;
      this.lastHeardAt = Date.now();
      // Open counts as connected: a resume with `since` gets no reply at all when nothing happened meanwhile.
      this.failedAttempts = 0;
      this.serverRestarting = false;
      this.hasConnected = true;
      this.setConnection('connected');
      this.subscribe();
      this.startPing();
    });
    socket.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (socket !== this.socket || typeof event.data !== 'string') return;
      this.lastHeardAt = Date.now();
      const message = parseServerMessage(event.data);
      // An unknown frame is dropped rather than trusted; the next snapshot or event will set things right.
      if (message) this.handle(message);
    });
    socket.addEventListener('close', (event: CloseEvent) => {
      if (socket !== this.socket) return;
      this.socket = undefined;
      this.stopPing();
      if (event.code === CloseCode.boardGone) {
        this.setConnection('gone');
        return;
      }
      if (event.code === CloseCode.tokenInvalid) {
        this.setConnection('denied');
        return;
      }
      if (event.code === CloseCode.goingAway) this.serverRestarting = true;
      this.scheduleReconnect();
    });
    // 'error' is always followed by 'close', which does the work.
  }

  private scheduleReconnect(): void {
    if (!this.active || this.isFinal) return;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    this.setConnection(offline || this.failedAttempts >= ATTEMPTS_BEFORE_OFFLINE ? 'offline' : 'connecting');
    const delay = reconnectDelay(this.failedAttempts, this.serverRestarting);
    this.failedAttempts++;
    this.reconnectTimer = setTimeout(() => this.connectNow(), delay);
  }

  private send(message: ClientMessage): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private subscribe(): void {
    const socket = this.socket;
    const seat = this.options.seat;
    if (!seat) {
      this.sendSubscribe(undefined);
      return;
    }
    void seat().then((value) => {
      if (socket === this.socket) this.sendSubscribe(value);
    });
  }

  private sendSubscribe(seat: string | undefined): void {
    const since = this.state.seq;
    const token = this.options.token;
    this.send({
      type: ClientMessageType.subscribe,
      version: PROTOCOL_VERSION,
      ...(since === undefined ? {} : { since }),
      ...(token === undefined ? {} : { token }),
      ...(seat === undefined ? {} : { seat }),
    });
  }

  private handle(message: ServerMessage): void {
    switch (message.type) {
      case ServerMessageType.snapshot:
      case ServerMessageType.released:
      case ServerMessageType.removed:
      case ServerMessageType.reactions:
      case ServerMessageType.board:
        this.applyBoardEvent(message);
        return;
      case ServerMessageType.moderation:
        // Only sent to moderators' and facilitators' sockets; participant pages never subscribe with a token.
        this.options.onModeration?.(message);
        this.host.requestUpdate();
        return;
      case ServerMessageType.pong:
        return;
      case ServerMessageType.error:
        if (message.code === ErrorCode.boardNotFound || message.code === ErrorCode.tokenInvalid) {
          this.setConnection(message.code === ErrorCode.boardNotFound ? 'gone' : 'denied');
          this.active = false;
          this.socket?.close(1000);
        }
        return;
      default:
        assertNever(message);
    }
  }

  private applyBoardEvent(message: Extract<ServerMessage, { seq: number }>): void {
    const outcome = applyEvent(this.state, message);
    switch (outcome.kind) {
      case 'applied':
        this.state = outcome.state;
        this.resyncSentAt = undefined;
        this.onChange?.({
          added: outcome.added,
          removed: outcome.removed,
          snapshot: message.type === ServerMessageType.snapshot,
        });
        this.host.requestUpdate();
        return;
      case 'duplicate':
        return;
      case 'gap':
        // Later events of the same burst also show the gap; one resubscribe answers them all.
        if (this.resyncSentAt === undefined || Date.now() - this.resyncSentAt > RESYNC_TIMEOUT_MS) {
          this.resyncSentAt = Date.now();
          this.subscribe();
        }
        return;
      default:
        assertNever(outcome);
    }
  }

  private startPing(): void {
    this.stopPing();
    this.pingTimer = setInterval(() => {
      if (Date.now() - this.lastHeardAt > SILENCE_LIMIT_MS) {
        // close() on a dead connection can take long to fire 'close'; drop it now and reconnect.
        const socket = this.socket;
        this.socket = undefined;
        this.stopPing();
        socket?.close();
        this.scheduleReconnect();
        return;
      }
      this.send({ type: ClientMessageType.ping });
    }, PING_INTERVAL_MS);
  }

  private stopPing(): void {
    if (this.pingTimer !== undefined) clearInterval(this.pingTimer);
    this.pingTimer = undefined;
  }

  private clearTimers(): void {
    this.stopPing();
    if (this.reconnectTimer !== undefined) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
  }

  private setConnection(connection: ConnectionState): void {
    if (this.connection === connection) return;
    this.connection = connection;
    this.host.requestUpdate();
  }
}
