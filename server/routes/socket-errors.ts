import type { WebsocketPluginOptions } from '@fastify/websocket';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';

/** Sockets whose failure is already in the log: one line per socket at most, whatever it keeps sending. */
const logged = new WeakSet<WebSocket>();

/**
 * A frame that is not UTF-8, has a bad opcode, is too large, is binary or is not one of our messages: the
 * sender's fault, not the server's, so a warning without a stack (and never an address), once per socket.
 */
export function logMalformedFrame(socket: WebSocket, log: FastifyBaseLogger, code: string): void {
  if (logged.has(socket)) return;
  logged.add(socket);
  log.warn({ code }, 'live socket sent a malformed frame and was closed');
}

/**
 * Replaces @fastify/websocket's own handler, which logs every socket error at error level with a stack: one line
 * per bad frame. ws has already begun closing the socket when it reports a bad frame; this ends it.
 */
export const socketErrorHandler: NonNullable<WebsocketPluginOptions['errorHandler']> = (
  error,
  socket,
  request,
) => {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('WS_ERR_')) {
    logMalformedFrame(socket, request.log, code);
  } else if (!logged.has(socket)) {
    logged.add(socket);
    request.log.error({ err: error }, 'live socket failed');
  }
  socket.terminate();
};
