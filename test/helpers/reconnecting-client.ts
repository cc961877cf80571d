import WebSocket from 'ws';
import { reconnectDelay } from '../../client/live/backoff.ts';
import {
  applyEvent,
  applyOlderPage,
  initialLiveState,
  type LiveState,
} from '../../client/live/live-state.ts';
import type { PostsPageReply } from '../../shared/api.ts';
import {
  CloseCode,
  parseServerMessage,
  PROTOCOL_VERSION,
  type BoardEventMessage,
} from '../../shared/protocol.ts';

/**
 * A participant's live socket as the browser keeps it (client/controllers/live-board-controller.ts), without a
 * page: the same pure state rules and the same reconnect schedule, resuming with `since` after every drop. For
 * tests and benches that need hundreds of them in one process.
 */
export class ReconnectingClient {
  state: LiveState = initialLiveState;
  /** performance.now() of the last subscribe that was answered (snapshot or the first event after a resume). */
  lastSubscribedAt = 0;
  /** Reconnects so far. */
  reconnects = 0;
  /** Why the socket was lost or refused, each time it was: what a person in the room would notice. */
  readonly drops: string[] = [];
  private socket: WebSocket | undefined;
  private attempt = 0;
  private afterRestart = false;
  private closed = false;
  private awaitingAnswer = false;
  private resyncAt = -Infinity;
  private timer: NodeJS.Timeout | undefined;
  private readonly firstSnapshot: Promise<void>;
  private resolveFirst: () => void = () => undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly boardId: string,
    /** The participant's seat, presented with every subscribe as the page does. */
    private readonly seat?: string,
  ) {
    this.firstSnapshot = new Promise((resolve) => (this.resolveFirst = resolve));
  }

  /** Connects and resolves once the first snapshot arrived. */
  start(): Promise<void> {
    this.connect();
    return this.firstSnapshot;
  }

  /** True when the socket is open and its last subscribe was answered. */
  get live(): boolean {
    return this.socket?.readyState === WebSocket.OPEN && !this.awaitingAnswer;
  }

  /** Loads every older page the snapshot left out, as a person pressing "Show older posts" until the end. */
  async loadOlder(): Promise<void> {
    for (let tries = 0; this.state.older !== undefined && tries < 50; tries++) {
      const before = this.state.older;
      const response = await fetch(
        `${this.baseUrl}/api/boards/${this.boardId}/posts?before=${encodeURIComponent(before)}`,
      );
      if (!response.ok) {
        this.drops.push(`older posts: ${response.status}`);
        return;
      }
      const outcome = applyOlderPage(this.state, before, (await response.json()) as PostsPageReply);
      // A page read before events this client already applied is asked for again.
      if (outcome.kind === 'applied') this.state = outcome.state;
    }
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.socket?.close(1000);
  }

  private connect(): void {
    const url = `${this.baseUrl.replace(/^http/, 'ws')}/api/boards/${this.boardId}/live`;
    const socket = new WebSocket(url, { headers: { origin: this.baseUrl } });
    this.socket = socket;
    let opened = false;
    socket.on('open', () => {
      opened = true;
      this.attempt = 0;
      this.afterRestart = false;
      this.subscribe();
    });
    socket.on('message', (data) => this.handle(data.toString()));
    socket.on('unexpected-response', (_request, response) => {
      this.drops.push(`upgrade refused: ${response.statusCode}`);
      socket.terminate();
    });
    socket.on('error', () => undefined);
    socket.on('close', (code) => {
      if (this.closed || socket !== this.socket) return;
      if (code === CloseCode.goingAway) this.afterRestart = true;
      // A live socket lost for another reason; an attempt that never connected (the server is still away) is not.
      else if (opened) this.drops.push(`closed: ${code}`);
      this.timer = setTimeout(
        () => {
          this.reconnects++;
          this.connect();
        },
        reconnectDelay(this.attempt++, this.afterRestart),
      );
    });
  }

  private subscribe(): void {
    this.awaitingAnswer = true;
    const since = this.state.seq;
    this.socket?.send(
      JSON.stringify({
        type: 'subscribe',
        version: PROTOCOL_VERSION,
        ...(since === undefined ? {} : { since }),
        ...(this.seat === undefined ? {} : { seat: this.seat }),
      }),
    );
    // A resume where nothing happened meanwhile gets no answer at all: open and subscribed is live then.
    if (since !== undefined) this.answered();
  }

  private answered(): void {
    this.awaitingAnswer = false;
    this.lastSubscribedAt = performance.now();
  }

  private handle(raw: string): void {
    const message = parseServerMessage(raw);
    if (!message || !('seq' in message)) return;
    const outcome = applyEvent(this.state, message as BoardEventMessage);
    switch (outcome.kind) {
      case 'applied':
        this.state = outcome.state;
        if (message.type === 'snapshot') {
          this.answered();
          this.resolveFirst();
        }
        return;
      case 'gap':
        // As the page does: one resubscribe answers the whole burst of events that show the gap.
        if (performance.now() - this.resyncAt < 5_000) return;
        this.resyncAt = performance.now();
        this.subscribe();
        return;
      case 'duplicate':
        return;
    }
  }
}
