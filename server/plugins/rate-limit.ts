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

/** Per-address limits, keyed on a daily-keyed hash of the address so no address is held even in memory. */
export const rateLimitPlugin = fp<{ max: number; clock?: Clock }>(
  async (app, options) => {
    const keyer = new AddressKeyer(options.clock ?? systemClock);
    await app.register(rateLimit, {
      global: true,
      max: options.max,
      timeWindow: 60_000,
      keyGenerator: (request) => keyer.keyFor(addressGroup(request.ip)),
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

/**
 * Per-seat limits, on top of the per-address one: they stop one browser from flooding a board without slowing the
 * rest of a room that shares its address. Counted in memory under a hash of the seat.
 */
export const SeatLimits = { postsPerMinute: 12, reactionsPerMinute: 120, reportsPerMinute: 30 } as const;

export function perSeatLimit(app: FastifyInstance, perMinute: number) {
  // A second limiter on the same request: @fastify/rate-limit runs only one of its own hooks per request, so this
  // one is a check (createRateLimit) in a later hook, and the per-address hook still runs first.
  const check = app.createRateLimit({
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) =>
      `seat:${sha256Hex(String(request.headers[SEAT_HEADER] ?? ''))}`,
  });
  return async (request: FastifyRequest, reply: FastifyReply) => {
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
