import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  BoardParams,
  CreatePostBodySchema,
  CreatePostReplySchema,
  DELETE_KEY_HEADER,
  DeletePostHeaders,
  ErrorBodySchema,
  PostParams,
  SEAT_HEADER,
  SeatHeaders,
} from '../../shared/api.ts';

export const postRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/boards/:boardId/posts',
    {
      schema: {
        summary: 'Post anonymously',
        description:
          'Stores the post as queued and answers once it is committed. It is published later, in a shuffled batch. ' +
          'Resending with the same deleteKey returns the same post.',
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
        summary: "Retract one's own post",
        params: PostParams,
        headers: DeletePostHeaders,
        response: { 204: Type.Null(), 403: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { boardId, postId } = request.params;
      await app.domain.posts.retract(boardId, postId, request.headers[DELETE_KEY_HEADER]);
      return reply.code(204).send(null);
    },
  );
};
