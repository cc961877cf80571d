import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { ErrorCode } from '../../shared/errors.ts';
import { assertNever } from '../../shared/protocol.ts';
import { WORK_HEADER } from '../../shared/work.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { DomainError } from '../domain/domain-error.ts';
import { WorkChallenges } from '../security/work-challenges.ts';

declare module 'fastify' {
  interface FastifyInstance {
    work: WorkChallenges;
  }
}

/** Holds the instance's proof-of-work challenges (shared/work.ts); SEAT_WORK_BITS sets the price. */
export const proofOfWorkPlugin = fp<{ bits: number; clock?: Clock }>(
  async (app, options) => {
    app.decorate('work', new WorkChallenges(options.bits, options.clock ?? systemClock));
  },
  { name: 'proof-of-work' },
);

/**
 * Lets the request through only with a solved challenge bound to `subject` (which names what the work buys), and
 * spends the challenge. Call it once the subject is known to make sense (the board exists, the code is well formed):
 * a proof spent on nothing would only fill the list of spent challenges. With SEAT_WORK_BITS=0 nothing is asked for.
 */
export function payForWork(request: FastifyRequest, subject: string): void {
  const work = request.server.work;
  if (work.bits === 0) return;
  const proof = request.headers[WORK_HEADER];
  if (typeof proof !== 'string') {
    throw new DomainError(ErrorCode.workRequired, 403, 'Solve a challenge from POST /api/challenges first.');
  }
  const verdict = work.redeem(proof, subject);
  switch (verdict) {
    case 'ok':
      return;
    case 'invalid':
    case 'expired':
    case 'spent':
      throw new DomainError(
        ErrorCode.workInvalid,
        403,
        `The proof of work is ${verdict}; ask for a new challenge.`,
      );
    case 'busy':
      throw new DomainError(ErrorCode.serverBusy, 503, 'The server is busy; try again in a minute.');
    default:
      return assertNever(verdict);
  }
}
