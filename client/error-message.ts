/** The words for a failed request: the catalogue's text for its code, with the wait spelled out when rate-limited. */
import { ErrorCode } from '../shared/errors.ts';
import type { ApiError } from './api.ts';
import type { Messages } from './i18n/sv.ts';

export function errorMessage(t: Messages, error: ApiError): string {
  const seconds = error.retryAfterSeconds;
  if (error.code === ErrorCode.rateLimited && seconds !== undefined && seconds > 0) {
    return t.rateLimited(seconds);
  }
  return t.errors[error.code];
}
