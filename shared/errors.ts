/**
 * Stable error codes of the wire. Clients and tests branch on these, never on the wording of `message`.
 * Every error response is `{ code, message }` (see `ErrorBody` in api.ts).
 */
export const ErrorCode = {
  validationFailed: 'VALIDATION_FAILED',
  bodyEmpty: 'BODY_EMPTY',
  bodyTooLong: 'BODY_TOO_LONG',
  /** One character of the post carries more code points or combining marks than any script needs (see text.ts). */
  characterTooComplex: 'CHARACTER_TOO_COMPLEX',
  categoryUnknown: 'CATEGORY_UNKNOWN',
  reactionKindUnknown: 'REACTION_KIND_UNKNOWN',
  boardNotFound: 'BOARD_NOT_FOUND',
  joinCodeNotFound: 'JOIN_CODE_NOT_FOUND',
  postNotFound: 'POST_NOT_FOUND',
  seatInvalid: 'SEAT_INVALID',
  boardFull: 'BOARD_FULL',
  /** The board stores as many posts as the instance allows (MAX_POSTS_PER_BOARD). */
  postLimitReached: 'POST_LIMIT_REACHED',
  /** The instance keeps as many boards as it allows (MAX_BOARDS). */
  boardLimitReached: 'BOARD_LIMIT_REACHED',
  tokenInvalid: 'TOKEN_INVALID',
  deleteKeyInvalid: 'DELETE_KEY_INVALID',
  postingClosed: 'POSTING_CLOSED',
  invalidTransition: 'INVALID_TRANSITION',
  categoryInUse: 'CATEGORY_IN_USE',
  boardPaused: 'BOARD_PAUSED',
  boardClosed: 'BOARD_CLOSED',
  createTokenRequired: 'CREATE_TOKEN_REQUIRED',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  rateLimited: 'RATE_LIMITED',
  /** A seat or a join-code lookup needs a solved proof-of-work challenge (shared/work.ts) in `X-Work`. */
  workRequired: 'WORK_REQUIRED',
  /** The proof is wrong, expired or already spent: ask for a new challenge. */
  workInvalid: 'WORK_INVALID',
  /** Too many open connections from one network address. */
  tooManyConnections: 'TOO_MANY_CONNECTIONS',
  /** Too many live sockets are open from this network address (MAX_SOCKETS_PER_ADDRESS); 429. */
  tooManySockets: 'TOO_MANY_SOCKETS',
  /** The instance has as many live sockets open as it takes (MAX_SOCKETS); 503 with Retry-After. */
  serverBusy: 'SERVER_BUSY',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  notFound: 'NOT_FOUND',
  unsupportedProtocol: 'UNSUPPORTED_PROTOCOL',
  internal: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
