import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '../../shared/errors.ts';
import { assertNever } from '../../shared/protocol.ts';
import { DomainError } from '../domain/domain-error.ts';
import { SocketCap, SocketCaps } from '../security/socket-caps.ts';

/** When a full instance asks a client to try again: sockets free up as people leave. */
const BUSY_RETRY_AFTER_SECONDS = 30;

/**
 * The gate every socket upgrade passes last: a place under MAX_SOCKETS_PER_ADDRESS and MAX_SOCKETS, or a refusal
 * (429 TOO_MANY_SOCKETS, 503 SERVER_BUSY with Retry-After). Addresses are counted under the app's daily-keyed hash
 * (`app.addressKey`, server/plugins/rate-limit.ts): the address itself is never kept.
 */
export function socketPlaces(app: FastifyInstance) {
  const caps = new SocketCaps(app.config.MAX_SOCKETS_PER_ADDRESS, app.config.MAX_SOCKETS);
  return (request: FastifyRequest, reply: FastifyReply): void => {
    // A plain GET is answered 404 by the plugin and holds nothing.
    if (!request.ws) return;
    const place = caps.take(app.addressKey(request.ip));
    if (!place.granted) {
      switch (place.cap) {
        case SocketCap.address:
          throw new DomainError(
            ErrorCode.tooManySockets,
            429,
            'Too many live connections from this network; try again later.',
          );
        case SocketCap.instance:
          reply.header('retry-after', String(BUSY_RETRY_AFTER_SECONDS));
          throw new DomainError(ErrorCode.serverBusy, 503, 'The server is full; try again later.');
        default:
          assertNever(place.cap);
      }
    }
    // Given back when the connection ends, however it ends: a failed handshake, a close, a terminate, a reset.
    const connection = request.raw.socket;
    connection.once('close', place.release);
    if (connection.destroyed) place.release();
  };
}
