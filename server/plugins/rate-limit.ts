import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
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
      keyGenerator: (request) => keyer.keyFor(request.ip),
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: ErrorCode.rateLimited,
        message: `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
      }),
    });
  },
  { name: 'rate-limit' },
);
