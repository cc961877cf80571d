import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  BoardParams,
  CreatePostBodySchema,
  CreatePostReplySchema,
  DELETE_KEY_HEADER,
  DeleteKey,
  DeletePostHeaders,
  OwnPostStatusReplySchema,
  ErrorBodySchema,
  PostParams,
  SEAT_HEADER,
  SeatHeaders,
} from '../../shared/api.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { ModerationAction } from '../../shared/moderation.ts';
import { DomainError } from '../domain/domain-error.ts';
import { perSeat, SeatLimits } from '../plugins/rate-limit.ts';
import { bearerToken } from './bearer-token.ts';

export const postRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/boards/:boardId/posts',
    {
      ...perSeat(app, SeatLimits.postsPerMinute),
      schema: {
        summary: 'Post anonymously',
        description:
          'Stores the post as queued and answers once it is committed. It is published later, in a shuffled batch. ' +
          'Resending with the same deleteKey returns the same post. A board that already stores ' +
          'MAX_POSTS_PER_BOARD posts (of any status) refuses more: 409 POST_LIMIT_REACHED.',
        params: BoardParams,
        headers: SeatHeaders,
        body: CreatePostBodySchema,
        response: {
          202: CreatePostReplySchema,
          400: ErrorBodySchema,
          403: ErrorBodySchema,
          404: ErrorBodySchema,
          409: ErrorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const { boardId } = request.params;
      const result = await app.domain.posts.submit(boardId, request.headers[SEAT_HEADER], request.body);
      return reply.code(202).send(result);
    },
  );

  app.delete(
    '/api/boards/:boardId/posts/:postId',
    {
      schema: {
        summary:
          'Retract a post (author, X-Delete-Key) or remove it (moderator or facilitator, bearer token)',
        params: PostParams,
        headers: DeletePostHeaders,
        response: {
          204: Type.Null(),
          400: ErrorBodySchema,
          401: ErrorBodySchema,
          403: ErrorBodySchema,
          404: ErrorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const { boardId, postId } = request.params;
      const deleteKey = request.headers[DELETE_KEY_HEADER];
      if (request.headers.authorization !== undefined) {
        const token = bearerToken(request.headers.authorization);
        await app.domain.moderation.act(boardId, postId, ModerationAction.remove, token, {});
      } else if (deleteKey !== undefined) {
        await app.domain.posts.retract(boardId, postId, deleteKey);
      } else {
        throw new DomainError(
          ErrorCode.validationFailed,
          400,
          'Send X-Delete-Key (author) or a bearer token.',
        );
      }
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/boards/:boardId/posts/:postId',
    {
      schema: {
        summary: "Where one's own post is (queued, visible, held, hidden); only its author can ask",
        params: PostParams,
        headers: Type.Object({ [DELETE_KEY_HEADER]: DeleteKey }),
        response: { 200: OwnPostStatusReplySchema, 403: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const { boardId, postId } = request.params;
      return app.domain.posts.ownStatus(boardId, postId, request.headers[DELETE_KEY_HEADER]);
    },
  );
};
