import { Type, type Static } from 'typebox';
import { RandomId } from './ids.ts';

/** Reaction counts by kind: absolute numbers, so a repeated event is harmless. */
export const ReactionCountsSchema = Type.Record(Type.String(), Type.Integer({ minimum: 0 }));
export type ReactionCounts = Static<typeof ReactionCountsSchema>;

/**
 * A released post as everyone sees it. Deliberately nothing about its author and no precise time:
 * only the release batch it appeared in and the day of that batch.
 */
export const PostSchema = Type.Object({
  id: RandomId,
  category: Type.String(),
  body: Type.String(),
  reactions: ReactionCountsSchema,
  batch: Type.Integer({ minimum: 1 }),
  day: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
});
export type Post = Static<typeof PostSchema>;

/**
 * Where older posts continue: a snapshot or a page of posts carries one when the board has posts older than those
 * it holds, and GET /api/boards/:boardId/posts?before=<cursor> returns the next page. Opaque to clients. Posts are
 * paged newest first by batch, then id; ids are random, so the order within a batch says nothing.
 */
export const PostsCursorSchema = Type.String({
  pattern: '^[1-9][0-9]{0,9}\\.[A-Za-z0-9_-]{22}$',
  maxLength: 33,
});
export type PostsCursor = Static<typeof PostsCursorSchema>;

/**
 * Where a post is. `queued` waits for a batch; `visible` is on the board; `held` waits for a moderator (reports,
 * the word filter or pre-moderation); `hidden` was taken off the board by a moderator and can be restored.
 * A post removed for good no longer exists.
 */
export const PostStatus = { queued: 'queued', visible: 'visible', held: 'held', hidden: 'hidden' } as const;
export type PostStatus = (typeof PostStatus)[keyof typeof PostStatus];
export const PostStatusSchema = Type.Enum(Object.values(PostStatus));

/** Why a post is held for review. */
export const HeldReason = { reports: 'reports', filter: 'filter', premoderation: 'premoderation' } as const;
export type HeldReason = (typeof HeldReason)[keyof typeof HeldReason];
export const HeldReasonSchema = Type.Enum(Object.values(HeldReason));
