import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import {
  BoardParams,
  CreateBoardBodySchema,
  CreateBoardReplySchema,
  ErrorBodySchema,
  JoinParams,
  JoinReplySchema,
  WorkHeaders,
} from '../../shared/api.ts';
import { isJoinCode, normaliseJoinCode } from '../../shared/ids.ts';
import { WorkPurpose, workSubject } from '../../shared/work.ts';
import { payForWork } from '../plugins/proof-of-work.ts';
import { PublicBoardSchema } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { joinCodeNotFound, toPublicBoard } from '../domain/boards.ts';
import { DomainError } from '../domain/domain-error.ts';
import { matchesHash, sha256Hex } from '../domain/hashing.ts';
import { bearerToken } from './bearer-token.ts';

export const boardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const createTokenHash = app.config.CREATE_TOKEN ? sha256Hex(app.config.CREATE_TOKEN) : undefined;
  const hasCreateToken = (request: FastifyRequest): boolean => {
    const token = bearerToken(request.headers.authorization);
    return createTokenHash !== undefined && token !== undefined && matchesHash(token, createTokenHash);
  };

  app.post(
    '/api/boards',
    {
      // Boards fill the disk; nobody in a room needs to create many, so this budget is per address. Holders of the
      // creation token are the operator's own people: a flooder on their network must not lock them out.
      config: {
        rateLimit: {
          max: app.config.BOARDS_PER_ADDRESS_PER_HOUR,
          timeWindow: 60 * 60_000,
          allowList: (request: FastifyRequest) => hasCreateToken(request),
        },
      },
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
          429: ErrorBodySchema,
        },
      },
    },
    async (request, reply) => {
      if (createTokenHash && !hasCreateToken(request)) {
        throw new DomainError(ErrorCode.createTokenRequired, 401, 'This instance needs its creation token.');
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
        description:
          'Costs a solved challenge for the subject "join:<CODE>" (upper case, without spaces or dashes; see ' +
          'POST /api/challenges) unless SEAT_WORK_BITS is 0.',
        params: JoinParams,
        headers: WorkHeaders,
        response: { 200: JoinReplySchema, 400: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const code = normaliseJoinCode(request.params.code);
      // A code that cannot exist costs no work; every code that could does: guessing costs the guesser, not the
      // room that shares their address.
      if (!isJoinCode(code)) throw joinCodeNotFound();
      payForWork(request, workSubject(WorkPurpose.join, code));
      return { boardId: await app.domain.boards.boardIdForJoinCode(code) };
    },
  );
};
