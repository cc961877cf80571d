/**
 * Typed fetch helpers for the HTTP surface (DESIGN.md §4). Every reply is checked against its schema from
 * shared/api.ts, so a component never handles a shape the server did not promise. Failures become `ApiError`.
 */
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';
import {
  CreateBoardReplySchema,
  CreatePostReplySchema,
  DELETE_KEY_HEADER,
  ErrorBodySchema,
  FacilitatorBoardSchema,
  JoinReplySchema,
  OwnPostStatusReplySchema,
  PostsPageReplySchema,
  RotateTokenReplySchema,
  SEAT_HEADER,
  SeatReplySchema,
  type CreateBoardBody,
  type CreateBoardReply,
  type CreatePostBody,
  type CreatePostReply,
  type ExportFormat,
  type FacilitatorBoard,
  type JoinReply,
  type OwnPostStatusReply,
  type PatchBoardBody,
  type PostsPageReply,
  type ReportReason,
  type SeatReply,
} from '../shared/api.ts';
import { PublicBoardSchema, type PublicBoard, type ReactionKind } from '../shared/board.ts';
import { ErrorCode } from '../shared/errors.ts';
import { ChallengeReplySchema, WORK_HEADER, type ChallengeReply } from '../shared/work.ts';
import {
  ModerationResultSchema,
  ModerationViewSchema,
  type BulkModerationBody,
  type ModerationActionBody,
  type ModerationResult,
  type ModerationView,
} from '../shared/moderation.ts';

/** Failures that never reach the server's error handler, so they have no wire code. */
export const ClientErrorCode = { network: 'NETWORK_ERROR', badResponse: 'BAD_RESPONSE' } as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];
export type ApiErrorCode = ErrorCode | ClientErrorCode;

const KNOWN_CODES: ReadonlySet<string> = new Set<string>(Object.values(ErrorCode));

function isErrorCode(code: string): code is ErrorCode {
  return KNOWN_CODES.has(code);
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when no answer arrived. */
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  /** True when the request may not have reached the server, so resending it (idempotently) makes sense. */
  get isNetworkFailure(): boolean {
    return this.code === ClientErrorCode.network;
  }
}

interface RequestOptions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const init: RequestInit = {
    method: options.method,
    headers,
    credentials: 'same-origin',
    cache: 'no-store',
  };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, ClientErrorCode.network, 'Network request failed');
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (Value.Check(ErrorBodySchema, body)) {
    const code = isErrorCode(body.code) ? body.code : ErrorCode.internal;
    return new ApiError(response.status, code, body.message, retryAfter);
  }
  // A proxy in front of the server may answer without our error shape; fall back on the status.
  const code =
    response.status === 429
      ? ErrorCode.rateLimited
      : response.status === 404
        ? ErrorCode.notFound
        : response.status === 413
          ? ErrorCode.payloadTooLarge
          : response.status >= 500
            ? ErrorCode.internal
            : ClientErrorCode.badResponse;
  return new ApiError(response.status, code, response.statusText, retryAfter);
}

async function requestJson<S extends TSchema>(
  path: string,
  options: RequestOptions,
  schema: S,
): Promise<Static<S>> {
  const response = await send(path, options);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, ClientErrorCode.badResponse, 'Reply was not JSON');
  }
  if (!Value.Check(schema, body)) {
    throw new ApiError(response.status, ClientErrorCode.badResponse, 'Reply did not match its schema');
  }
  return body;
}

async function requestEmpty(path: string, options: RequestOptions): Promise<void> {
  await send(path, options);
}

const enc = encodeURIComponent;
const boardPath = (boardId: string): string => `/api/boards/${enc(boardId)}`;

export function createBoard(body: CreateBoardBody, createToken?: string): Promise<CreateBoardReply> {
  const headers: Record<string, string> = createToken ? { authorization: `Bearer ${createToken}` } : {};
  return requestJson('/api/boards', { method: 'POST', body, headers }, CreateBoardReplySchema);
}

export function getBoard(boardId: string, signal?: AbortSignal): Promise<PublicBoard> {
  return requestJson(
    boardPath(boardId),
    signal ? { method: 'GET', signal } : { method: 'GET' },
    PublicBoardSchema,
  );
}

/** A proof-of-work challenge: the price of a seat or a join-code lookup (client/work/with-work.ts pays it). */
export function requestChallenge(): Promise<ChallengeReply> {
  return requestJson('/api/challenges', { method: 'POST' }, ChallengeReplySchema);
}

export function lookUpJoinCode(code: string, proof: string): Promise<JoinReply> {
  return requestJson(
    `/api/join/${enc(code)}`,
    { method: 'GET', headers: { [WORK_HEADER]: proof } },
    JoinReplySchema,
  );
}

export function requestSeat(boardId: string, proof: string): Promise<SeatReply> {
  return requestJson(
    `${boardPath(boardId)}/seats`,
    { method: 'POST', headers: { [WORK_HEADER]: proof } },
    SeatReplySchema,
  );
}

export function createPost(boardId: string, seat: string, body: CreatePostBody): Promise<CreatePostReply> {
  return requestJson(
    `${boardPath(boardId)}/posts`,
    { method: 'POST', body, headers: { [SEAT_HEADER]: seat } },
    CreatePostReplySchema,
  );
}

export function retractPost(boardId: string, postId: string, deleteKey: string): Promise<void> {
  return requestEmpty(`${boardPath(boardId)}/posts/${enc(postId)}`, {
    method: 'DELETE',
    headers: { [DELETE_KEY_HEADER]: deleteKey },
  });
}

export function setReaction(
  boardId: string,
  seat: string,
  postId: string,
  kind: ReactionKind,
  active: boolean,
): Promise<void> {
  return requestEmpty(`${boardPath(boardId)}/posts/${enc(postId)}/reactions/${enc(kind)}`, {
    method: active ? 'PUT' : 'DELETE',
    headers: { [SEAT_HEADER]: seat },
  });
}

export function reportPost(
  boardId: string,
  seat: string,
  postId: string,
  reason?: ReportReason,
): Promise<void> {
  return requestEmpty(`${boardPath(boardId)}/posts/${enc(postId)}/reports`, {
    method: 'POST',
    body: reason === undefined ? {} : { reason },
    headers: { [SEAT_HEADER]: seat },
  });
}

/** Where the author's own post is; only its delete key may ask. */
export function getOwnPostStatus(
  boardId: string,
  postId: string,
  deleteKey: string,
): Promise<OwnPostStatusReply> {
  return requestJson(
    `${boardPath(boardId)}/posts/${enc(postId)}`,
    { method: 'GET', headers: { [DELETE_KEY_HEADER]: deleteKey } },
    OwnPostStatusReplySchema,
  );
}

/** Posts older than `before` (a cursor from the snapshot or the previous page). */
export function getOlderPosts(boardId: string, before: string): Promise<PostsPageReply> {
  return requestJson(
    `${boardPath(boardId)}/posts?before=${enc(before)}`,
    { method: 'GET' },
    PostsPageReplySchema,
  );
}

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

export function getModeration(boardId: string, token: string, signal?: AbortSignal): Promise<ModerationView> {
  const options: RequestOptions = { method: 'GET', headers: bearer(token) };
  if (signal) options.signal = signal;
  return requestJson(`${boardPath(boardId)}/moderation`, options, ModerationViewSchema);
}

/** The single-post transitions; removal for good is `removePostForGood`, which answers with no body. */
export type PostTransition = 'hide' | 'restore' | 'approve';

export function moderatePost(
  boardId: string,
  token: string,
  postId: string,
  action: PostTransition,
  body: ModerationActionBody,
): Promise<ModerationResult> {
  return requestJson(
    `${boardPath(boardId)}/posts/${enc(postId)}/${action}`,
    { method: 'POST', body, headers: bearer(token) },
    ModerationResultSchema,
  );
}

export function removePostForGood(
  boardId: string,
  token: string,
  postId: string,
  body: ModerationActionBody,
): Promise<void> {
  return requestEmpty(`${boardPath(boardId)}/posts/${enc(postId)}`, {
    method: 'DELETE',
    body,
    headers: bearer(token),
  });
}

export function moderateInBulk(
  boardId: string,
  token: string,
  body: BulkModerationBody,
): Promise<ModerationResult> {
  return requestJson(
    `${boardPath(boardId)}/moderation/bulk`,
    { method: 'POST', body, headers: bearer(token) },
    ModerationResultSchema,
  );
}

// The facilitator's calls (bearer = the facilitator link's token).

/** A secret link's role as the token routes name it (the client's routes say host / moderate / present). */
export type LinkRole = 'facilitator' | 'moderator' | 'projector';

export function getFacilitatorBoard(
  boardId: string,
  token: string,
  signal?: AbortSignal,
): Promise<FacilitatorBoard> {
  const options: RequestOptions = { method: 'GET', headers: bearer(token) };
  if (signal) options.signal = signal;
  return requestJson(`${boardPath(boardId)}/admin`, options, FacilitatorBoardSchema);
}

export function updateBoard(boardId: string, token: string, body: PatchBoardBody): Promise<FacilitatorBoard> {
  return requestJson(
    boardPath(boardId),
    { method: 'PATCH', body, headers: bearer(token) },
    FacilitatorBoardSchema,
  );
}

export function setSpotlight(boardId: string, token: string, postId: string | null): Promise<PublicBoard> {
  const path = `${boardPath(boardId)}/spotlight`;
  return requestJson(
    path,
    postId === null
      ? { method: 'DELETE', headers: bearer(token) }
      : { method: 'PUT', body: { postId }, headers: bearer(token) },
    PublicBoardSchema,
  );
}

export interface ExportedFile {
  fileName: string;
  /** Kept as bytes: decoding to text would drop the CSV's byte-order mark, which spreadsheets need. */
  blob: Blob;
}

export async function exportBoard(
  boardId: string,
  token: string,
  format: ExportFormat,
): Promise<ExportedFile> {
  const response = await send(`${boardPath(boardId)}/export?format=${enc(format)}`, {
    method: 'GET',
    headers: { ...bearer(token), accept: '*/*' },
  });
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `takhojd-${boardId}.${format}`;
  return { fileName, blob: await response.blob() };
}

export async function rotateLink(boardId: string, token: string, role: LinkRole): Promise<string> {
  const reply = await requestJson(
    `${boardPath(boardId)}/tokens/${enc(role)}`,
    { method: 'POST', body: {}, headers: bearer(token) },
    RotateTokenReplySchema,
  );
  return reply.token;
}

export function deleteBoard(boardId: string, token: string): Promise<void> {
  return requestEmpty(boardPath(boardId), { method: 'DELETE', headers: bearer(token) });
}
