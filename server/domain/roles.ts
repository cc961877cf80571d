import { ErrorCode } from '../../shared/errors.ts';
import type { BoardRecord, Role } from '../store/board-store.ts';
import { DomainError } from './domain-error.ts';
import { matchesHash } from './hashing.ts';

/** Which secret link a token belongs to, if any. Compared by hash in constant time. */
export function roleOfToken(board: BoardRecord, token: string | undefined): Role | undefined {
  if (!token) return undefined;
  const roles = Object.keys(board.tokenHashes) as Role[];
  return roles.find((role) => matchesHash(token, board.tokenHashes[role]));
}

export { FACILITATING_ROLES, MODERATING_ROLES } from '../../shared/roles.ts';

/** 401 without a valid token for this board, 403 with a token whose role may not do this. */
export function requireRole<R extends Role>(
  board: BoardRecord,
  token: string | undefined,
  allowed: readonly R[],
): R {
  const role = roleOfToken(board, token);
  if (!role)
    throw new DomainError(ErrorCode.unauthorized, 401, 'This needs a valid secret link for the board.');
  if (!isOneOf(role, allowed)) throw new DomainError(ErrorCode.forbidden, 403, 'This link may not do that.');
  return role;
}

function isOneOf<R extends Role>(role: Role, allowed: readonly R[]): role is R {
  return (allowed as readonly Role[]).includes(role);
}
