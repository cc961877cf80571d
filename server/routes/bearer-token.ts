import { ErrorBodySchema } from '../../shared/api.ts';

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/** The answers every route behind a secret link can give: no valid link (401), not this role (403), no board (404). */
export const denied = { 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };
