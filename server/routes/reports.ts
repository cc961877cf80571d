import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ErrorBodySchema, PostParams, ReportBodySchema, SEAT_HEADER, SeatHeaders } from '../../shared/api.ts';
import { perSeat, SeatLimits } from '../plugins/rate-limit.ts';

export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/boards/:boardId/posts/:postId/reports',
    {
      ...perSeat(app, SeatLimits.reportsPerMinute),
      schema: {
        summary: 'Report a post (once per seat, without saying who)',
        params: PostParams,
        headers: SeatHeaders,
        body: ReportBodySchema,
        response: { 204: Type.Null(), 400: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { boardId, postId } = request.params;
      await app.domain.reports.report(boardId, postId, request.headers[SEAT_HEADER], request.body.reason);
      return reply.code(204).send(null);
    },
  );
};
