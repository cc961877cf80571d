/**
 * The live socket's protocol, imported by server and client alike (DESIGN.md §3, §4).
 *
 * The socket only reads. A client sends `subscribe` (with the last `seq` it applied, if any); the server answers
 * with a `snapshot` or with the events after `since`, then live events. Every event carries the board's gapless
 * `seq` and absolute state, so a duplicate is harmless and a gap tells the client to resubscribe.
 *
 * Every message stays within Limits.serverMessageBytes. A snapshot carries the newest posts that fit and an `older`
 * cursor when there are more (fetched over HTTP); an event too large for one message arrives in several with the
 * same `seq`, all but the last marked `partial`, and the client moves its seq on with the last.
 */
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { PublicBoardSchema } from './board.ts';
import { PostSchema, PostsCursorSchema, ReactionCountsSchema } from './post.ts';
import { RandomId, SeatToken } from './ids.ts';
import { AuditEntrySchema, ModeratedPostSchema } from './moderation.ts';

export const PROTOCOL_VERSION = 1;

/** Close codes beyond the standard ones. */
export const CloseCode = {
  goingAway: 1001,
  policyViolation: 1008,
  tooBig: 1009,
  tokenInvalid: 4401,
  boardGone: 4404,
} as const;

export const ClientMessageType = { subscribe: 'subscribe', ping: 'ping' } as const;

export const SubscribeMessageSchema = Type.Object(
  {
    type: Type.Literal(ClientMessageType.subscribe),
    version: Type.Literal(PROTOCOL_VERSION),
    since: Type.Optional(Type.Integer({ minimum: 0 })),
    /** A facilitator, moderator or projector token; without it the socket is a participant's. */
    token: Type.Optional(Type.String({ maxLength: 64 })),
    /**
     * A participant's seat: it claims the socket's place, so that a crowd of sockets without one gives way to it
     * when the room's address is full. Optional: a browser that could not get a seat still sees the board.
     */
    seat: Type.Optional(SeatToken),
  },
  { additionalProperties: false },
);
export const PingMessageSchema = Type.Object(
  { type: Type.Literal(ClientMessageType.ping) },
  { additionalProperties: false },
);
export const ClientMessageSchema = Type.Union([SubscribeMessageSchema, PingMessageSchema]);
export type ClientMessage = Static<typeof ClientMessageSchema>;
export type SubscribeMessage = Static<typeof SubscribeMessageSchema>;

export const ServerMessageType = {
  snapshot: 'snapshot',
  released: 'released',
  removed: 'removed',
  reactions: 'reactions',
  board: 'board',
  moderation: 'moderation',
  pong: 'pong',
  error: 'error',
} as const;

export const SnapshotMessageSchema = Type.Object({
  type: Type.Literal(ServerMessageType.snapshot),
  seq: Type.Integer(),
  board: PublicBoardSchema,
  /** The newest posts that fit in one message (and the spotlighted post, wherever it is), oldest first. */
  posts: Type.Array(PostSchema),
  /** Present when the board has older posts than these: GET /api/boards/:boardId/posts?before=<older>. */
  older: Type.Optional(PostsCursorSchema),
});
/**
 * On an event split over several messages (same `seq`), every part but the last: apply it, but do not count the
 * seq as applied until the last part.
 */
const partial = Type.Optional(Type.Literal(true));
/** A batch of posts became visible, already shuffled. */
export const ReleasedMessageSchema = Type.Object({
  type: Type.Literal(ServerMessageType.released),
  seq: Type.Integer(),
  posts: Type.Array(PostSchema),
  partial,
});
/** Posts left the board: retracted, hidden, held for review or removed. Participants are never told which. */
export const RemovedMessageSchema = Type.Object({
  type: Type.Literal(ServerMessageType.removed),
  seq: Type.Integer(),
  postIds: Type.Array(RandomId),
  partial,
});
/** Coalesced reaction counts: the full counts of every post that changed during one tick. */
export const ReactionsMessageSchema = Type.Object({
  type: Type.Literal(ServerMessageType.reactions),
  seq: Type.Integer(),
  posts: Type.Array(Type.Object({ id: RandomId, reactions: ReactionCountsSchema })),
  partial,
});
export const BoardMessageSchema = Type.Object({
  type: Type.Literal(ServerMessageType.board),
  seq: Type.Integer(),
  board: PublicBoardSchema,
});
/**
 * Moderators' and facilitators' sockets only: the full moderation state of the posts that changed (or, with
 * `snapshot`, of every released post and the whole audit log). Not sequenced: each carries absolute state, and a
 * reconnecting console gets a fresh snapshot. A large snapshot arrives as one message with `snapshot: true`
 * followed by more with `snapshot: false`, each within Limits.serverMessageBytes.
 */
export const ModerationMessageSchema = Type.Object({
  type: Type.Literal(ServerMessageType.moderation),
  snapshot: Type.Boolean(),
  posts: Type.Array(ModeratedPostSchema),
  /** Posts removed for good since the last message. */
  removedPostIds: Type.Array(RandomId),
  /** New audit entries (all of them in a snapshot), oldest first. */
  audit: Type.Array(AuditEntrySchema),
});
export const PongMessageSchema = Type.Object({ type: Type.Literal(ServerMessageType.pong) });
export const ErrorMessageSchema = Type.Object({
  type: Type.Literal(ServerMessageType.error),
  code: Type.String(),
  message: Type.String(),
});

export const ServerMessageSchema = Type.Union([
  SnapshotMessageSchema,
  ReleasedMessageSchema,
  RemovedMessageSchema,
  ReactionsMessageSchema,
  BoardMessageSchema,
  ModerationMessageSchema,
  PongMessageSchema,
  ErrorMessageSchema,
]);
export type ServerMessage = Static<typeof ServerMessageSchema>;
export type SnapshotMessage = Static<typeof SnapshotMessageSchema>;
export type ReleasedMessage = Static<typeof ReleasedMessageSchema>;
export type ModerationMessage = Static<typeof ModerationMessageSchema>;
/** Messages that describe a change of the board and carry its `seq`. */
export type BoardEventMessage = Extract<ServerMessage, { seq: number }>;
export type LiveEventMessage = Exclude<BoardEventMessage, SnapshotMessage>;

// Value.Check interprets the schema instead of generating code, so it runs under a CSP without 'unsafe-eval'.

/** Parses one client frame; `undefined` when it is not JSON or not a known message. */
export function parseClientMessage(raw: string): ClientMessage | undefined {
  return parseWith(raw, (value): value is ClientMessage => Value.Check(ClientMessageSchema, value));
}

/** Parses one server frame; `undefined` when it is not JSON or not a known message. */
export function parseServerMessage(raw: string): ServerMessage | undefined {
  return parseWith(raw, (value): value is ServerMessage => Value.Check(ServerMessageSchema, value));
}

function parseWith<T>(raw: string, check: (value: unknown) => value is T): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  return check(value) ? value : undefined;
}

/** For the `default` branch of a `switch` over a closed set: fails to compile when a case is missing. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
