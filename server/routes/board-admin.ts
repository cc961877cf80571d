import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  AuthorizationHeaders,
  BoardParams,
  ErrorBodySchema,
  PatchBoardBodySchema,
  RotateTokenReplySchema,
  TokenParams,
} from '../../shared/api.ts';
import { PublicBoardSchema } from '../../shared/board.ts';
import { bearerToken } from './bearer-token.ts';

const denied = { 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };

/** The facilitator's powers over a whole board; each needs the facilitator's bearer token. */
export const boardAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.patch(
    '/api/boards/:boardId',
    {
      schema: {
        summary: 'Change a board (facilitator): its phase',
        params: BoardParams,
        headers: AuthorizationHeaders,
        body: PatchBoardBodySchema,
        response: { 200: PublicBoardSchema, 400: ErrorBodySchema, ...denied },
      },
    },
    async (request) =>
      app.domain.admin.update(
        request.params.boardId,
        bearerToken(request.headers.authorization),
        request.body,
      ),
  );

  app.post(
    '/api/boards/:boardId/tokens/:role',
    {
      schema: {
        summary: 'Replace one secret link (facilitator); the old link stops working at once',
        params: TokenParams,
        headers: AuthorizationHeaders,
        response: { 201: RotateTokenReplySchema, ...denied },
      },
    },
    async (request, reply) => {
      const { boardId, role } = request.params;
      const token = await app.domain.admin.rotateToken(
        boardId,
        bearerToken(request.headers.authorization),
        role,
      );
      return reply.code(201).send({ token });
    },
  );

  app.delete(
    '/api/boards/:boardId',
    {
      schema: {
        summary: 'Delete a board and everything on it now (facilitator)',
        params: BoardParams,
        headers: AuthorizationHeaders,
        response: { 204: Type.Null(), ...denied },
      },
    },
    async (request, reply) => {
      await app.domain.admin.delete(request.params.boardId, bearerToken(request.headers.authorization));
      return reply.code(204).send(null);
    },
  );
};
