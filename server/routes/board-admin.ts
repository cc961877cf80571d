import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  AuthorizationHeaders,
  BoardParams,
  ErrorBodySchema,
  ExportQuery,
  FacilitatorBoardSchema,
  PatchBoardBodySchema,
  SpotlightBodySchema,
  RotateTokenReplySchema,
  TokenParams,
} from '../../shared/api.ts';
import { PublicBoardSchema } from '../../shared/board.ts';
import { bearerToken, denied } from './bearer-token.ts';

/** The facilitator's powers over a whole board; each needs the facilitator's bearer token. */
export const boardAdminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/boards/:boardId/admin',
    {
      schema: {
        summary: 'The board with all its settings, including the custom filter words (facilitator)',
        params: BoardParams,
        headers: AuthorizationHeaders,
        response: { 200: FacilitatorBoardSchema, ...denied },
      },
    },
    async (request) =>
      app.domain.admin.view(request.params.boardId, bearerToken(request.headers.authorization)),
  );

  app.patch(
    '/api/boards/:boardId',
    {
      schema: {
        summary: 'Change a board (facilitator): title, prompt, categories, settings, phase',
        params: BoardParams,
        headers: AuthorizationHeaders,
        body: PatchBoardBodySchema,
        response: { 200: FacilitatorBoardSchema, 400: ErrorBodySchema, 409: ErrorBodySchema, ...denied },
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

  app.put(
    '/api/boards/:boardId/spotlight',
    {
      schema: {
        summary:
          'Put a post in the spotlight: large on the projector, highlighted for participants (facilitator)',
        params: BoardParams,
        headers: AuthorizationHeaders,
        body: SpotlightBodySchema,
        response: { 200: PublicBoardSchema, ...denied },
      },
    },
    async (request) =>
      app.domain.admin.spotlight(
        request.params.boardId,
        bearerToken(request.headers.authorization),
        request.body.postId,
      ),
  );

  app.delete(
    '/api/boards/:boardId/spotlight',
    {
      schema: {
        summary: 'Clear the spotlight (facilitator)',
        params: BoardParams,
        headers: AuthorizationHeaders,
        response: { 200: PublicBoardSchema, ...denied },
      },
    },
    async (request) =>
      app.domain.admin.spotlight(request.params.boardId, bearerToken(request.headers.authorization), null),
  );

  app.get(
    '/api/boards/:boardId/export',
    {
      schema: {
        summary: 'Export the visible posts as CSV (UTF-8 with BOM), Markdown or JSON (facilitator)',
        params: BoardParams,
        headers: AuthorizationHeaders,
        querystring: ExportQuery,
        response: { 200: Type.String(), ...denied },
      },
    },
    async (request, reply) => {
      const { boardId } = request.params;
      const file = await app.domain.admin.export(
        boardId,
        bearerToken(request.headers.authorization),
        request.query.format,
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="takhojd-${boardId}.${file.extension}"`)
        .send(file.body);
    },
  );
};
