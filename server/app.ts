import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Limits } from '../shared/limits.ts';
import type { Config } from './config.ts';
import { clientFilesPlugin } from './plugins/client-files.ts';
import { connectionLimitsPlugin, connectionServerOptions } from './plugins/connection-limits.ts';
import { errorHandlerPlugin } from './plugins/error-handler.ts';
import { openApiPlugin } from './plugins/openapi.ts';
import { proofOfWorkPlugin } from './plugins/proof-of-work.ts';
import { proxyWarningPlugin } from './plugins/proxy-warning.ts';
import { rateLimitPlugin } from './plugins/rate-limit.ts';
import { securityHeadersPlugin } from './plugins/security-headers.ts';
import { servicesPlugin, type ServicesOptions } from './plugins/services.ts';
import { boardAdminRoutes } from './routes/board-admin.ts';
import { boardRoutes } from './routes/boards.ts';
import { challengeRoutes } from './routes/challenges.ts';
import { moderationRoutes } from './routes/moderation.ts';
import { reportRoutes } from './routes/reports.ts';
import { healthRoutes } from './routes/health.ts';
import { liveRoutes } from './routes/live.ts';
import { postRoutes } from './routes/posts.ts';
import { postPageRoutes } from './routes/post-pages.ts';
import { reactionRoutes } from './routes/reactions.ts';
import { seatRoutes } from './routes/seats.ts';

export type AppOptions = Omit<ServicesOptions, 'config'> & {
  /** Where log lines go instead of standard output (tests read them). */
  logStream?: { write(line: string): void };
};

/** Builds the whole app without listening (server/main.ts listens; tests inject or listen on port 0). */
export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const { logStream, ...services } = options;
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      // No timestamps: a log line's time next to a post's would say when someone wrote.
      timestamp: false,
      // Never the address, port or User-Agent: only what was asked for.
      serializers: { req: (request) => ({ method: request.method, route: request.routeOptions?.url }) },
      ...(logStream ? { stream: logStream } : {}),
    },
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: Limits.requestBodyBytes,
    trustProxy: config.TRUST_PROXY ?? false,
    ...connectionServerOptions(),
    // Posts, votes and sockets must not be correlated through request ids either.
    genReqId: () => '-',
    // Unknown fields are an error the sender should hear about, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(errorHandlerPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(rateLimitPlugin, { perMinute: config.RATE_LIMIT_PER_MINUTE, clock: services.clock });
  await app.register(servicesPlugin, { ...services, config });
  await app.register(connectionLimitsPlugin);
  await app.register(proxyWarningPlugin);
  await app.register(proofOfWorkPlugin, { bits: config.SEAT_WORK_BITS, clock: services.clock });
  await app.register(openApiPlugin);
  await app.register(healthRoutes);
  await app.register(challengeRoutes);
  await app.register(boardRoutes);
  await app.register(seatRoutes);
  await app.register(postRoutes);
  await app.register(postPageRoutes);
  await app.register(reactionRoutes);
  await app.register(reportRoutes);
  await app.register(boardAdminRoutes);
  await app.register(moderationRoutes);
  await app.register(liveRoutes);
  await app.register(clientFilesPlugin);
  return app;
}
