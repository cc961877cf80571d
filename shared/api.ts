/**
 * The HTTP surface (DESIGN.md §4): one schema per body, params and reply, used by the server's routes (validation
 * and the OpenAPI document) and by the client's typed fetch helpers.
 */
import { Type, type Static } from 'typebox';
import {
  BoardPhaseSchema,
  BoardSettingsSchema,
  CategorySchema,
  PublicBoardSchema,
  ReactionKindSchema,
} from './board.ts';
import { JoinCode, RandomId, SeatToken } from './ids.ts';
import { Limits } from './limits.ts';
import { PostSchema, PostsCursorSchema, PostStatusSchema } from './post.ts';
import { RoleSchema } from './roles.ts';
import { WORK_HEADER, WorkProof } from './work.ts';

export const ErrorBodySchema = Type.Object({ code: Type.String(), message: Type.String() });
export type ErrorBody = Static<typeof ErrorBodySchema>;

export const BoardParams = Type.Object({ boardId: RandomId });
export const PostParams = Type.Object({ boardId: RandomId, postId: RandomId });
export const ReactionParams = Type.Object({ boardId: RandomId, postId: RandomId, kind: ReactionKindSchema });
export const JoinParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 16 }) });

export const CreateBoardBodySchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: Limits.titleMax }),
    prompt: Type.Optional(Type.String({ maxLength: Limits.promptMax })),
    categories: Type.Optional(Type.Array(CategorySchema, { minItems: 1, maxItems: Limits.categoriesMax })),
    settings: Type.Optional(Type.Partial(BoardSettingsSchema)),
  },
  { additionalProperties: false },
);
export type CreateBoardBody = Static<typeof CreateBoardBodySchema>;

/** The three secret links' tokens. Shown once: the server keeps only their SHA-256. */
export const RoleTokensSchema = Type.Object({
  facilitator: RandomId,
  moderator: RandomId,
  projector: RandomId,
});
export type RoleTokens = Static<typeof RoleTokensSchema>;

export const CreateBoardReplySchema = Type.Object({
  board: PublicBoardSchema,
  joinCode: JoinCode,
  tokens: RoleTokensSchema,
});
export type CreateBoardReply = Static<typeof CreateBoardReplySchema>;

export const JoinReplySchema = Type.Object({ boardId: RandomId });
export type JoinReply = Static<typeof JoinReplySchema>;

export const SeatReplySchema = Type.Object({ seat: SeatToken });

/** A solved proof-of-work challenge (shared/work.ts): the price of a seat or a join-code lookup. */
export const WorkHeaders = Type.Object({ [WORK_HEADER]: Type.Optional(WorkProof) });
export type SeatReply = Static<typeof SeatReplySchema>;

/** Older posts than a snapshot holds, one page at a time (public, like the board). */
export const PostsPageQuery = Type.Object(
  { before: Type.Optional(PostsCursorSchema) },
  { additionalProperties: false },
);
export const PostsPageReplySchema = Type.Object({
  /** The board's seq when the page was read: a client that has applied later events must ask again. */
  seq: Type.Integer({ minimum: 0 }),
  /** Visible posts older than `before` (the newest when it is absent), oldest first, within one message's budget. */
  posts: Type.Array(PostSchema),
  /** Present when there are older posts still. */
  older: Type.Optional(PostsCursorSchema),
});
export type PostsPageReply = Static<typeof PostsPageReplySchema>;

/** Participants identify their seat (one vote per seat) with this header; it is never stored. */
export const SEAT_HEADER = 'x-seat';
export const SeatHeaders = Type.Object({ [SEAT_HEADER]: SeatToken });

/** Authors prove a post is theirs with the key their browser made for it; only its hash is stored. */
export const DELETE_KEY_HEADER = 'x-delete-key';
export const DeleteKey = Type.String({ pattern: '^[A-Za-z0-9_-]{22,128}$' });
/** An author retracts with their delete key; a moderator removes with `Authorization: Bearer <token>`. */
export const DeletePostHeaders = Type.Object({
  [DELETE_KEY_HEADER]: Type.Optional(DeleteKey),
  authorization: Type.Optional(Type.String({ maxLength: 200 })),
});
export const AuthorizationHeaders = Type.Object({
  authorization: Type.Optional(Type.String({ maxLength: 200 })),
});

export const CreatePostBodySchema = Type.Object(
  {
    category: Type.String({ minLength: 1, maxLength: 32 }),
    body: Type.String({ minLength: 1, maxLength: Limits.postRawUnitsMax }),
    deleteKey: DeleteKey,
  },
  { additionalProperties: false },
);
export type CreatePostBody = Static<typeof CreatePostBodySchema>;

export const CreatePostReplySchema = Type.Object({
  post: Type.Object({
    id: RandomId,
    status: PostStatusSchema,
    /** True when the post will wait for a moderator after its batch (word filter or pre-moderation). */
    review: Type.Boolean(),
  }),
});
export type CreatePostReply = Static<typeof CreatePostReplySchema>;

/** Why a participant reports a post. Optional: a report without a reason counts the same. */
export const ReportReason = {
  abusive: 'abusive',
  personalData: 'personal-data',
  spam: 'spam',
  other: 'other',
} as const;
export type ReportReason = (typeof ReportReason)[keyof typeof ReportReason];

export const ReportBodySchema = Type.Object(
  { reason: Type.Optional(Type.Enum(Object.values(ReportReason))) },
  { additionalProperties: false },
);
export type ReportBody = Static<typeof ReportBodySchema>;

/** Facilitator changes to a board. */
export const PatchBoardBodySchema = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: Limits.titleMax })),
    prompt: Type.Optional(Type.String({ maxLength: Limits.promptMax })),
    /** The whole new list; a category that still has posts cannot be left out (409 CATEGORY_IN_USE). */
    categories: Type.Optional(Type.Array(CategorySchema, { minItems: 1, maxItems: Limits.categoriesMax })),
    settings: Type.Optional(Type.Partial(BoardSettingsSchema)),
    phase: Type.Optional(BoardPhaseSchema),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type PatchBoardBody = Static<typeof PatchBoardBodySchema>;

/**
 * Seats handed out on a board, for the facilitator alone (participants and the big screen never see it): a count,
 * nothing about who holds them.
 */
export const SeatCountSchema = Type.Object({
  issued: Type.Integer({ minimum: 0 }),
  /** The most the board hands out, a little above the expected headcount; 0 when there is no cap. */
  cap: Type.Integer({ minimum: 0 }),
});
export type SeatCount = Static<typeof SeatCountSchema>;

/** The board's full settings, including the facilitator-only ones (custom filter words), and its seat count. */
export const FacilitatorBoardSchema = Type.Object({
  board: PublicBoardSchema,
  settings: BoardSettingsSchema,
  seats: SeatCountSchema,
});
export type FacilitatorBoard = Static<typeof FacilitatorBoardSchema>;

export const SpotlightBodySchema = Type.Object({ postId: RandomId }, { additionalProperties: false });

export const ExportFormat = { csv: 'csv', md: 'md', json: 'json' } as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];
export const ExportQuery = Type.Object({ format: Type.Enum(Object.values(ExportFormat)) });

/** One post in a JSON export: what the room saw, nothing else. */
export const ExportedPostSchema = Type.Object({
  category: Type.String(),
  body: Type.String(),
  reactions: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
  batch: Type.Integer({ minimum: 1 }),
});
export type ExportedPost = Static<typeof ExportedPostSchema>;
export const JsonExportSchema = Type.Object({
  title: Type.String(),
  prompt: Type.String(),
  categories: Type.Array(CategorySchema),
  posts: Type.Array(ExportedPostSchema),
});
export type JsonExport = Static<typeof JsonExportSchema>;

/** The secret links' roles as they appear in URLs. */
export const TokenParams = Type.Object({ boardId: RandomId, role: RoleSchema });
export const RotateTokenReplySchema = Type.Object({ token: RandomId });
export type RotateTokenReply = Static<typeof RotateTokenReplySchema>;

/** An author asks where their own post is; the delete key proves it is theirs. Nobody else can ask. */
export const OwnPostStatusReplySchema = Type.Object({
  post: Type.Object({ id: RandomId, status: PostStatusSchema }),
});
export type OwnPostStatusReply = Static<typeof OwnPostStatusReplySchema>;

export const HealthReplySchema = Type.Object({ status: Type.Literal('ok') });
