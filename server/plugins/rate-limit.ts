import fp from 'fastify-plugin';
import ipaddr from 'ipaddr.js';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/domain-error.ts';
import { SEAT_HEADER } from '../../shared/api.ts';
import { sha256Hex } from '../domain/hashing.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { AddressKeyer } from '../security/address-key.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The keyed hash that stands for a network address in every per-address count; never the address itself. */
    addressKey(ip: string): string;
  }
}

/**
 * Who pays for a request. A whole room often arrives from one network address (venue Wi-Fi, an agency's NAT, a
 * proxy), so a per-address budget cannot tell one person from the room: one script would spend it for everyone.
 * Instead:
 * - what a seat does (posting, reacting, reporting) is budgeted per seat (`perSeatLimit`), never per address;
 * - a new seat, and a join-code lookup, cost proof of work (server/plugins/proof-of-work.ts), paid by each device;
 * - what fills the disk without a seat (creating boards) has a per-address budget per route (`config.rateLimit`);
 * - an optional ceiling per address (RATE_LIMIT_PER_MINUTE) covers requests without a seat, for instances where an
 *   address is one person; it is off by default.
 * Addresses are counted as a keyed hash that is replaced daily (server/security/address-key.ts).
 */
export const rateLimitPlugin = fp<{ perMinute: number | undefined; clock?: Clock }>(
  async (app, options) => {
    const keyer = new AddressKeyer(options.clock ?? systemClock);
    app.decorate('addressKey', (ip: string) => keyer.keyFor(addressGroup(ip)));
    await app.register(rateLimit, {
      global: options.perMinute !== undefined,
      max: options.perMinute ?? 0,
      timeWindow: 60_000,
      keyGenerator: (request) => app.addressKey(request.ip),
      // Static files and health checks are never counted; routes a seat pays for opt out with `rateLimit: false`.
      // The matched route, not the raw URL: a percent-encoded path (/%61pi/…) reaches the same route.
      allowList: (request) => !(request.routeOptions.url ?? request.url).startsWith('/api/'),
      // The remaining count would let anyone behind a room's shared address watch the others' activity.
      addHeaders: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
        'retry-after': true,
      },
      addHeadersOnExceeding: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
      },
      errorResponseBuilder: tooManyRequests,
    });
  },
  { name: 'rate-limit' },
);

/** What one seat may do per minute: ample for a person, a wall for a script. Counted in memory under a hash of the seat. */
export const SeatLimits = { postsPerMinute: 12, reactionsPerMinute: 120, reportsPerMinute: 30 } as const;

/** Route options for what a seat does: budgeted per seat (`perSeatLimit`), never against the address. */
export function perSeat(app: FastifyInstance, perMinute: number) {
  return { config: { rateLimit: false as const }, preHandler: perSeatLimit(app, perMinute) };
}

function perSeatLimit(app: FastifyInstance, perMinute: number) {
  // A check (createRateLimit) in a later hook rather than a route config: @fastify/rate-limit runs one of its own
  // hooks per request, and the seat must be known first.
  const check = app.createRateLimit({
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) =>
      `seat:${sha256Hex(String(request.headers[SEAT_HEADER] ?? ''))}`,
  });
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // Only real seats get a counter: made-up ones would each start a fresh budget and push real counters out of
    // the limiter's bounded memory.
    const { boardId } = request.params as { boardId: string };
    app.domain.seats.requireValid(
      await app.domain.boards.require(boardId),
      String(request.headers[SEAT_HEADER]),
    );
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('retry-after', String(result.ttlInSeconds));
    throw new DomainError(ErrorCode.rateLimited, 429, tooManyRequests(request, result).message);
  };
}

function tooManyRequests(_request: FastifyRequest, context: { ttl: number }) {
  return {
    statusCode: 429,
    code: ErrorCode.rateLimited,
    message: `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
  };
}

/**
 * The unit one network address stands for: an IPv4 address (also when mapped into IPv6), or an IPv6 /64 — one
 * home or office network, which can otherwise hand out 2^64 addresses and sidestep the limit.
 */
export function addressGroup(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  return `${(address as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((part) => part.toString(16))
    .join(':')}::/64`;
}
