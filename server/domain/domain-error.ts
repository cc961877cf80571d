import type { ErrorCode } from '../../shared/errors.ts';

/** A rule was broken by the request: carries the stable wire code and the HTTP status to answer with. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
