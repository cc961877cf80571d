import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BoardParams, ErrorBodySchema, SeatReplySchema, WorkHeaders } from '../../shared/api.ts';
import { WorkPurpose, workSubject } from '../../shared/work.ts';
import { payForWork } from '../plugins/proof-of-work.ts';

export const seatRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/boards/:boardId/seats',
    {
      schema: {
        summary: 'Take a seat on a board',
        description:
          'A seat lets a browser react once per post. The server keeps no record of it. It costs a solved ' +
          'challenge for the subject "seat:<boardId>" (see POST /api/challenges) unless SEAT_WORK_BITS is 0.',
        params: BoardParams,
        headers: WorkHeaders,
        response: {
          201: SeatReplySchema,
          400: ErrorBodySchema,
          403: ErrorBodySchema,
          404: ErrorBodySchema,
          409: ErrorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const board = await app.domain.boards.require(request.params.boardId);
      payForWork(request, workSubject(WorkPurpose.seat, board.id));
      return reply.code(201).send({ seat: await app.domain.seats.issue(board) });
    },
  );
};
