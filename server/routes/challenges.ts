import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ChallengeReplySchema } from '../../shared/work.ts';

export const challengeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/challenges',
    {
      schema: {
        summary: 'A proof-of-work challenge, the price of a seat or a join-code lookup',
        description:
          'Find a counter such that SHA-256("<challenge>|<subject>|<counter>") starts with `bits` zero bits, where ' +
          'the subject is "seat:<boardId>" or "join:<CODE>", and send "<challenge>.<counter>" in the X-Work header. ' +
          'A challenge is valid for five minutes and buys one thing. With bits 0 any counter will do.',
        response: { 201: ChallengeReplySchema },
      },
    },
    async (_request, reply) => reply.code(201).send({ challenge: app.work.issue(), bits: app.work.bits }),
  );
};
