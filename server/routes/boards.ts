import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BoardParams,
  CreateBoardBodySchema,
  CreateBoardReplySchema,
  ErrorBodySchema,
  JoinParams,
  JoinReplySchema,
} from '../../shared/api.ts';
import { PublicBoardSchema } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { toPublicBoard } from '../domain/boards.ts';
import { DomainError } from '../domain/domain-error.ts';
import { matchesHash, sha256Hex } from '../domain/hashing.ts';
import { bearerToken } from './bearer-token.ts';

export const boardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const createTokenHash = app.config.CREATE_TOKEN ? sha256Hex(app.config.CREATE_TOKEN) : undefined;

  app.post(
    '/api/boards',
    {
      schema: {
        summary: 'Create a board',
        description:
          'Returns the join code and the three secret tokens. The tokens are shown only here. ' +
          'When the instance already keeps MAX_BOARDS boards: 409 BOARD_LIMIT_REACHED.',
        body: CreateBoardBodySchema,
        response: {
          201: CreateBoardReplySchema,
          400: ErrorBodySchema,
          401: ErrorBodySchema,
          409: ErrorBodySchema,
        },
      },
    },
    async (request, reply) => {
      if (createTokenHash) {
        const token = bearerToken(request.headers.authorization);
        if (!token || !matchesHash(token, createTokenHash)) {
          throw new DomainError(
            ErrorCode.createTokenRequired,
            401,
            'This instance needs its creation token.',
          );
        }
      }
      return reply.code(201).send(await app.domain.boards.create(request.body));
    },
  );

  app.get(
    '/api/boards/:boardId',
    {
      schema: {
        summary: 'The public view of a board',
        params: BoardParams,
        response: { 200: PublicBoardSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => toPublicBoard(await app.domain.boards.require(request.params.boardId)),
  );

  app.get(
    '/api/join/:code',
    {
      schema: {
        summary: 'Find a board by its join code',
        params: JoinParams,
        response: { 200: JoinReplySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => ({ boardId: await app.domain.boards.boardIdForJoinCode(request.params.code) }),
  );
};
