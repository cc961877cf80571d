import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '../../shared/errors.ts';
import { assertNever } from '../../shared/protocol.ts';
import { DomainError } from '../domain/domain-error.ts';
import { SocketCap, SocketCaps, type HeldPlace } from '../security/socket-caps.ts';

/** When a full instance asks a client to try again: sockets free up as people leave. */
const BUSY_RETRY_AFTER_SECONDS = 30;
/** Live sockets one seat may hold at once: a person's tabs and devices. */
export const SOCKETS_PER_SEAT = 4;

/**
 * The gate every socket upgrade passes last: a place under MAX_SOCKETS_PER_ADDRESS and MAX_SOCKETS (where the
 * oldest socket no seat or secret link has claimed gives way, server/security/socket-caps.ts), or a refusal
 * (429 TOO_MANY_SOCKETS, 503 SERVER_BUSY with Retry-After). A subscribe then claims the place for its seat, at most
 * SOCKETS_PER_SEAT of them, or for its secret link. Addresses are counted under the app's daily-keyed hash
 * (`app.addressKey`, server/plugins/rate-limit.ts): the address itself is never kept.
 */
export function socketPlaces(app: FastifyInstance) {
  const caps = new SocketCaps(app.config.MAX_SOCKETS_PER_ADDRESS, app.config.MAX_SOCKETS, SOCKETS_PER_SEAT);
  const places = new WeakMap<FastifyRequest['raw'], HeldPlace>();
  return {
    /** Takes a place for an upgrade (preValidation), or refuses it. */
    take(request: FastifyRequest, reply: FastifyReply): void {
      // A plain GET is answered 404 by the plugin and holds nothing.
      if (!request.ws) return;
      const connection = request.raw.socket;
      // Should it give way later, the socket simply drops; its client reconnects.
      const place = caps.take(app.addressKey(request.ip), () => connection.destroy());
      if (!place.granted) {
        switch (place.cap) {
          case SocketCap.address:
          case SocketCap.seat:
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
      places.set(request.raw, place);
      // Given back when the connection ends, however it ends: a failed handshake, a close, a terminate, a reset.
      connection.once('close', place.release);
      if (connection.destroyed) place.release();
    },
    /** The place the socket of this upgrade holds. */
    of(request: FastifyRequest): HeldPlace | undefined {
      return places.get(request.raw);
    },
  };
}
