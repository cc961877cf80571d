import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BoardParams, ErrorBodySchema, SeatReplySchema } from '../../shared/api.ts';

export const seatRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/boards/:boardId/seats',
    {
      schema: {
        summary: 'Take a seat on a board',
        description: 'A seat lets a browser react once per post. The server keeps no record of it.',
        params: BoardParams,
        response: { 201: SeatReplySchema, 404: ErrorBodySchema, 409: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const board = await app.domain.boards.require(request.params.boardId);
      return reply.code(201).send({ seat: await app.domain.seats.issue(board) });
    },
  );
};
