import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBodySchema, ReactionParams, SEAT_HEADER, SeatHeaders } from '../../shared/api.ts';
import { perSeat, SeatLimits } from '../plugins/rate-limit.ts';

export const reactionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const budget = perSeat(app, SeatLimits.reactionsPerMinute);
  const schema = {
    params: ReactionParams,
    headers: SeatHeaders,
    response: { 204: Type.Null(), 400: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema },
  };

  app.put(
    '/api/boards/:boardId/posts/:postId/reactions/:kind',
    { ...budget, schema: { ...schema, summary: 'React to a post (once per seat)' } },
    async (request, reply) => {
      const { boardId, postId, kind } = request.params;
      await app.domain.reactions.set(boardId, postId, kind, request.headers[SEAT_HEADER], true);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/boards/:boardId/posts/:postId/reactions/:kind',
    { ...budget, schema: { ...schema, summary: 'Take a reaction back' } },
    async (request, reply) => {
      const { boardId, postId, kind } = request.params;
      await app.domain.reactions.set(boardId, postId, kind, request.headers[SEAT_HEADER], false);
      return reply.code(204).send(null);
    },
  );
};
