import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import type { ErrorBody } from '../../shared/api.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { DomainError } from '../domain/domain-error.ts';

/** Fastify's own error codes that mean "your request was wrong", mapped to our stable codes. */
const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ErrorCode.payloadTooLarge,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ErrorCode.validationFailed,
  FST_ERR_CTP_EMPTY_JSON_BODY: ErrorCode.validationFailed,
  FST_ERR_CTP_INVALID_JSON_BODY: ErrorCode.validationFailed,
};

/**
 * The one place errors become responses: `{ code, message }` with a stable code. A 5xx says only that something
 * went wrong; the details go to the log (which never holds request addresses).
 */
export const errorHandlerPlugin = fp(
  async (app) => {
    app.setErrorHandler<FastifyError | DomainError>((error, request, reply) => {
      if (error instanceof DomainError) {
        return reply
          .code(error.statusCode)
          .send({ code: error.code, message: error.message } satisfies ErrorBody);
      }
      if (error.validation) {
        return reply.code(400).send({
          code: ErrorCode.validationFailed,
          message: `Invalid ${error.validationContext ?? 'request'}: ${error.message}`,
        });
      }
      if (error.statusCode === 429) {
        return reply.code(429).send({ code: ErrorCode.rateLimited, message: error.message });
      }
      const status = error.statusCode ?? 500;
      if (status < 500) {
        const code =
          FRAMEWORK_CODES[error.code] ?? (status === 404 ? ErrorCode.notFound : ErrorCode.validationFailed);
        return reply.code(status).send({ code, message: error.message } satisfies ErrorBody);
      }
      request.log.error({ err: error }, 'request failed');
      return reply
        .code(500)
        .send({ code: ErrorCode.internal, message: 'Something went wrong on the server.' });
    });
    app.setNotFoundHandler((_request, reply) =>
      reply
        .code(404)
        .send({ code: ErrorCode.notFound, message: 'There is nothing here.' } satisfies ErrorBody),
    );
  },
  { name: 'error-handler' },
);
