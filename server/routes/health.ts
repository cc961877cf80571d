import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema, HealthReplySchema } from '../../shared/api.ts';
import { ErrorCode } from '../../shared/errors.ts';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Liveness: 200 when the store answers',
        response: { 200: HealthReplySchema, 503: ErrorBodySchema },
      },
    },
    async (_request, reply) => {
      const healthy = await app.store.isHealthy().catch(() => false);
      if (healthy) return { status: 'ok' as const };
      return reply.code(503).send({ code: ErrorCode.internal, message: 'The store does not answer.' });
    },
  );
};
