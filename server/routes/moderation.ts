import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuthorizationHeaders, BoardParams, ErrorBodySchema, PostParams } from '../../shared/api.ts';
import {
  BulkModerationBodySchema,
  ModerationAction,
  ModerationActionBodySchema,
  ModerationResultSchema,
  ModerationViewSchema,
} from '../../shared/moderation.ts';
import { bearerToken, denied } from './bearer-token.ts';

/** The moderation queue and actions; each needs a moderator's or the facilitator's bearer token. */
export const moderationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/boards/:boardId/moderation',
    {
      schema: {
        summary: 'Every released post with its moderation state, and the audit log (moderator, facilitator)',
        params: BoardParams,
        headers: AuthorizationHeaders,
        response: { 200: ModerationViewSchema, ...denied },
      },
    },
    async (request) =>
      app.domain.moderation.view(request.params.boardId, bearerToken(request.headers.authorization)),
  );

  // `remove` is here too so a removal can carry a reason; DELETE on the post removes without one.
  for (const action of Object.values(ModerationAction)) {
    app.post(
      `/api/boards/:boardId/posts/:postId/${action}`,
      {
        schema: {
          summary: `${action[0]?.toUpperCase()}${action.slice(1)} a post (moderator, facilitator), with an optional reason`,
          params: PostParams,
          headers: AuthorizationHeaders,
          body: ModerationActionBodySchema,
          response: { 200: ModerationResultSchema, 400: ErrorBodySchema, 409: ErrorBodySchema, ...denied },
        },
      },
      async (request) => {
        const { boardId, postId } = request.params;
        const token = bearerToken(request.headers.authorization);
        return app.domain.moderation.act(boardId, postId, action, token, request.body);
      },
    );
  }

  app.post(
    '/api/boards/:boardId/moderation/bulk',
    {
      schema: {
        summary: 'Hide or approve many posts at once (moderator, facilitator)',
        params: BoardParams,
        headers: AuthorizationHeaders,
        body: BulkModerationBodySchema,
        response: { 200: ModerationResultSchema, 400: ErrorBodySchema, ...denied },
      },
    },
    async (request) => {
      const { action, postIds, ...details } = request.body;
      const token = bearerToken(request.headers.authorization);
      return app.domain.moderation.bulk(request.params.boardId, postIds, action, token, details);
    },
  );
};
