import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import websocket from '@fastify/websocket';
import type { WebSocket } from 'ws';
import { BoardParams } from '../../shared/api.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { Limits } from '../../shared/limits.ts';
import {
  assertNever,
  ClientMessageType,
  CloseCode,
  parseClientMessage,
  ServerMessageType,
  type ServerMessage,
  type SubscribeMessage,
} from '../../shared/protocol.ts';
import { isValidSeat, sha256Hex } from '../domain/hashing.ts';
import type { HeldPlace } from '../security/socket-caps.ts';
import { DomainError } from '../domain/domain-error.ts';
import { roleOfToken } from '../domain/roles.ts';
import { PARTICIPANT } from '../live/live-hub.ts';
import { isSameOrigin } from './same-origin.ts';
import { logMalformedFrame, socketErrorHandler } from './socket-errors.ts';
import { socketPlaces } from './socket-places.ts';

/** A socket that has not answered a ping within this time is dropped (it reconnects and resumes). */
const HEARTBEAT_MS = 30_000;

/** The live socket: it only reads (DESIGN.md §3); every write goes over HTTP. */
export const liveRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(websocket, {
    options: { maxPayload: Limits.socketMessageBytes, perMessageDeflate: false },
    errorHandler: socketErrorHandler,
  });
  const places = socketPlaces(app);

  const alive = new WeakSet<WebSocket>();
  const heartbeat = setInterval(() => {
    for (const socket of app.websocketServer.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  app.addHook('onClose', async () => clearInterval(heartbeat));

  app.get(
    '/api/boards/:boardId/live',
    {
      websocket: true,
      schema: {
        summary: 'Live board (WebSocket): subscribe, then snapshot or replay, then events',
        params: BoardParams,
      },
      preValidation: async (request, reply) => {
        // Browsers always send Origin on a socket; a page from another site must not read the board through ours.
        if (!isSameOrigin(request.headers.origin, request.headers.host, app.config.PUBLIC_URL)) {
          throw new DomainError(ErrorCode.forbidden, 403, 'Sockets are accepted from this site only.');
        }
        await app.domain.boards.require(request.params.boardId);
        places.take(request, reply);
      },
    },
    (socket, request) => {
      const { boardId } = request.params;
      alive.add(socket);
      socket.on('pong', () => alive.add(socket));
      socket.on('close', () => app.liveHub.remove(boardId, socket));
      const budget = new MessageBudget(SOCKET_MESSAGES_PER_WINDOW, SOCKET_WINDOW_MS);
      const subscribes = new MessageBudget(SUBSCRIBES_PER_WINDOW, SUBSCRIBE_WINDOW_MS);
      let subscribing = false;
      let subscribed = false;
      // A socket that never subscribes only holds a place (and a descriptor) that someone else could use.
      const deadline = setTimeout(() => {
        if (!subscribed) socket.close(CloseCode.policyViolation, 'subscribe first');
      }, SUBSCRIBE_DEADLINE_MS);
      socket.once('close', () => clearTimeout(deadline));
      socket.on('message', (data, isBinary) => {
        alive.add(socket);
        // Each subscribe costs a snapshot; a client that sends far more than a reconnecting one would is refused.
        if (!budget.take()) {
          socket.close(CloseCode.policyViolation, ErrorCode.rateLimited);
          return;
        }
        const message = isBinary ? undefined : parseClientMessage(data.toString());
        if (!message) {
          logMalformedFrame(socket, request.log, isBinary ? 'BINARY' : ErrorCode.unsupportedProtocol);
          refuse(socket, ErrorCode.unsupportedProtocol, 'Unknown message.', CloseCode.policyViolation);
          return;
        }
        switch (message.type) {
          case ClientMessageType.subscribe:
            // One answer at a time: it brings the client up to date, so a subscribe sent meanwhile adds nothing.
            if (subscribing) return;
            // Each answer can be a whole snapshot; a client resubscribes after a gap, not many times a minute.
            if (!subscribes.take()) {
              socket.close(CloseCode.policyViolation, ErrorCode.rateLimited);
              return;
            }
            subscribing = true;
            subscribed = true;
            subscribe(boardId, socket, message, places.of(request))
              .catch((error: unknown) => request.log.error({ err: error }, 'live subscribe failed'))
              .finally(() => (subscribing = false));
            return;
          case ClientMessageType.ping:
            send(socket, { type: ServerMessageType.pong });
            return;
          default:
            assertNever(message);
        }
      });
    },
  );

  /**
   * A socket that presents a secret link's token gets that role; a wrong token is refused, not downgraded. A
   * participant's socket presents its seat, which claims its place (a socket without one may give way to others).
   */
  async function subscribe(boardId: string, socket: WebSocket, message: SubscribeMessage, place?: HeldPlace) {
    const board = await app.store.getBoard(boardId);
    if (!board) {
      socket.close(CloseCode.boardGone, ErrorCode.boardNotFound);
      return;
    }
    const { token, seat, since } = message;
    const role = token === undefined ? PARTICIPANT : roleOfToken(board, token);
    if (!role) {
      refuse(socket, ErrorCode.tokenInvalid, 'This link is not valid.', CloseCode.tokenInvalid);
      return;
    }
    if (role !== PARTICIPANT) place?.claimForLink();
    else if (seat !== undefined) {
      if (!isValidSeat(board.seatKey, board.id, seat)) {
        refuse(
          socket,
          ErrorCode.seatInvalid,
          'This seat does not belong to the board.',
          CloseCode.policyViolation,
        );
        return;
      }
      if (place && !place.claimForSeat(sha256Hex(seat))) {
        refuse(
          socket,
          ErrorCode.tooManySockets,
          'This seat has enough live connections.',
          CloseCode.policyViolation,
        );
        return;
      }
    }
    await app.liveHub.subscribe(boardId, socket, since, role);
  }
};

/** Says why in an `error` message, then closes: the client can tell a refusal from a dropped connection. */
function refuse(socket: WebSocket, code: ErrorCode, message: string, closeCode: number): void {
  send(socket, { type: ServerMessageType.error, code, message });
  socket.close(closeCode, code);
}

function send(socket: WebSocket, message: ServerMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

/** Messages a socket may send per window: ample for pings and resubscribes after gaps, not for a flood. */
const SOCKET_MESSAGES_PER_WINDOW = 30;
const SOCKET_WINDOW_MS = 10_000;
/** Subscribes a socket may send per window: the first, and a few after gaps. */
const SUBSCRIBES_PER_WINDOW = 6;
const SUBSCRIBE_WINDOW_MS = 60_000;
/** A socket must subscribe within this time of opening (clients do so at once). */
const SUBSCRIBE_DEADLINE_MS = 10_000;

class MessageBudget {
  private windowStart = Date.now();
  private used = 0;

  constructor(
    private readonly perWindow: number,
    private readonly windowMs: number,
  ) {}

  take(): boolean {
    const now = Date.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.used = 0;
    }
    this.used++;
    return this.used <= this.perWindow;
  }
}
