/**
 * What moderators and facilitators see and do (DESIGN.md §1). None of it says anything about authors: a moderated
 * post is a released post plus its status, why it is held, and how many seats reported it.
 */
import { Type, type Static } from 'typebox';
import { ReportReason } from './api.ts';
import { RandomId } from './ids.ts';
import { ModeratingRoleSchema } from './roles.ts';
import { HeldReasonSchema, PostSchema, PostStatusSchema } from './post.ts';

export const ModerationAction = {
  hide: 'hide',
  restore: 'restore',
  approve: 'approve',
  remove: 'remove',
} as const;
export type ModerationAction = (typeof ModerationAction)[keyof typeof ModerationAction];
export const ModerationActionSchema = Type.Enum(Object.values(ModerationAction));

/** Actions that can be done to many posts at once from the console. */
export const BulkModerationActionSchema = Type.Enum([ModerationAction.hide, ModerationAction.approve]);

export const ModeratedPostSchema = Type.Intersect([
  PostSchema,
  Type.Object({
    status: PostStatusSchema,
    heldReason: Type.Optional(HeldReasonSchema),
    reportCount: Type.Integer({ minimum: 0 }),
    /** Reports by reason; reports without a reason are counted under `other`. */
    reportReasons: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
    /** A moderator approved or restored the post: reports are still counted but no longer take it off the board. */
    reviewed: Type.Boolean(),
  }),
]);
export type ModeratedPost = Static<typeof ModeratedPostSchema>;

export const AuditEntrySchema = Type.Object({
  id: RandomId,
  action: ModerationActionSchema,
  postId: RandomId,
  reason: Type.Optional(Type.String()),
  /** The moderator's own role. */
  role: ModeratingRoleSchema,
  /** Typed by the moderator in the console if they wish: moderators are accountable, authors are not. */
  moderatorName: Type.Optional(Type.String()),
  /** ISO 8601 time of the action. */
  at: Type.String(),
});
export type AuditEntry = Static<typeof AuditEntrySchema>;

export const ModerationViewSchema = Type.Object({
  /** Every released post of the board (visible, held and hidden), newest batch first. */
  posts: Type.Array(ModeratedPostSchema),
  /** Oldest first. */
  audit: Type.Array(AuditEntrySchema),
});
export type ModerationView = Static<typeof ModerationViewSchema>;

export const ModerationLimits = { reasonMax: 200, moderatorNameMax: 60, bulkMax: 200 } as const;

const reasonAndName = {
  reason: Type.Optional(Type.String({ maxLength: ModerationLimits.reasonMax })),
  moderatorName: Type.Optional(Type.String({ maxLength: ModerationLimits.moderatorNameMax })),
};

export const ModerationActionBodySchema = Type.Object(reasonAndName, { additionalProperties: false });
export type ModerationActionBody = Static<typeof ModerationActionBodySchema>;

export const BulkModerationBodySchema = Type.Object(
  {
    action: BulkModerationActionSchema,
    postIds: Type.Array(RandomId, { minItems: 1, maxItems: ModerationLimits.bulkMax, uniqueItems: true }),
    ...reasonAndName,
  },
  { additionalProperties: false },
);
export type BulkModerationBody = Static<typeof BulkModerationBodySchema>;

export const ModerationResultSchema = Type.Object({ posts: Type.Array(ModeratedPostSchema) });
export type ModerationResult = Static<typeof ModerationResultSchema>;

/** The reasons a participant can give when reporting, re-exported for the console's labels. */
export { ReportReason };
