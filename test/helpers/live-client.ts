import WebSocket from 'ws';
import { parseServerMessage, PROTOCOL_VERSION, type ServerMessage } from '../../shared/protocol.ts';

/** A real WebSocket client that records every server message, for tests. */
export class LiveClient {
  readonly messages: ServerMessage[] = [];
  private waiters: { predicate: (message: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] =
    [];
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = parseServerMessage(data.toString());
      if (!message) throw new Error(`unparseable server message: ${data.toString()}`);
      this.messages.push(message);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.predicate(message)) return true;
        waiter.resolve(message);
        return false;
      });
    });
    this.closed = new Promise((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  static async connect(
    baseUrl: string,
    boardId: string,
    headers: Record<string, string> = {},
  ): Promise<LiveClient> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/boards/${boardId}/live`, { headers });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`upgrade refused: ${response.statusCode}`)),
      );
    });
    return new LiveClient(socket);
  }

  subscribe(since?: number): void {
    this.socket.send(
      JSON.stringify({
        type: 'subscribe',
        version: PROTOCOL_VERSION,
        ...(since === undefined ? {} : { since }),
      }),
    );
  }

  /** The first message (already received or coming) that matches; fails after `timeoutMs`. */
  next<T extends ServerMessage['type']>(
    type: T,
    timeoutMs = 5000,
  ): Promise<Extract<ServerMessage, { type: T }>> {
    return this.waitFor(
      (message): message is Extract<ServerMessage, { type: T }> => message.type === type,
      timeoutMs,
    );
  }

  waitFor<M extends ServerMessage>(
    predicate: (message: ServerMessage) => message is M,
    timeoutMs?: number,
  ): Promise<M>;
  waitFor(predicate: (message: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  waitFor(predicate: (message: ServerMessage) => boolean, timeoutMs = 5000): Promise<ServerMessage> {
    const index = this.messages.findIndex(predicate);
    if (index >= 0) {
      const [message] = this.messages.splice(index, 1);
      return Promise.resolve(message as ServerMessage);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching message within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        predicate,
        resolve: (message) => {
          clearTimeout(timer);
          this.messages.splice(this.messages.indexOf(message), 1);
          resolve(message);
        },
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}
