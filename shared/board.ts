import { Type, type Static } from 'typebox';
import { Defaults, Limits } from './limits.ts';
import { JoinCode, RandomId } from './ids.ts';
import { AUTO_REPORT_THRESHOLD, ReportThresholdSettingSchema } from './report-threshold.ts';

/** Reaction kinds a board may offer. Labels live in the client's message catalogue. */
export const ReactionKind = { agree: 'agree', heart: 'heart', insight: 'insight' } as const;
export type ReactionKind = (typeof ReactionKind)[keyof typeof ReactionKind];
export const REACTION_KINDS = Object.values(ReactionKind);
export const ReactionKindSchema = Type.Enum(REACTION_KINDS);

/** Where a board is in its session: `open` takes posts and reactions, `reactions-only` reactions, `paused` and `closed` neither. */
export const BoardPhase = {
  open: 'open',
  reactionsOnly: 'reactions-only',
  paused: 'paused',
  closed: 'closed',
} as const;
export type BoardPhase = (typeof BoardPhase)[keyof typeof BoardPhase];
export const BoardPhaseSchema = Type.Enum(Object.values(BoardPhase));

export const Language = { sv: 'sv', en: 'en' } as const;
export type Language = (typeof Language)[keyof typeof Language];
export const LanguageSchema = Type.Enum(Object.values(Language));

/** The built-in categories; their labels are localised by the client unless a board gives its own. */
export const DEFAULT_CATEGORY_IDS = ['idea', 'concern', 'question'] as const;

/** Names of the built-in categories where the server writes them itself (exports), in the board's language. */
export const DEFAULT_CATEGORY_NAMES: Record<string, Record<Language, string>> = {
  idea: { sv: 'Idé', en: 'Idea' },
  concern: { sv: 'Oro', en: 'Concern' },
  question: { sv: 'Fråga', en: 'Question' },
};

export const CategorySchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9-]{1,32}$' }),
    /** Absent for built-in categories, which the client names in the reader's language. */
    label: Type.Optional(Type.String({ minLength: 1, maxLength: Limits.categoryLabelMax })),
  },
  { additionalProperties: false },
);
export type Category = Static<typeof CategorySchema>;

export const BoardSettingsSchema = Type.Object(
  {
    /** Queued posts needed before a batch is released (DESIGN.md §2.6). */
    releaseThreshold: Type.Integer({ minimum: 1, maximum: Limits.releaseThresholdMax }),
    /** A batch waits a random time within [min, max] milliseconds once the threshold is met. */
    releaseDelayMs: Type.Tuple([
      Type.Integer({ minimum: 0, maximum: Limits.releaseDelayMaxMs }),
      Type.Integer({ minimum: 0, maximum: Limits.releaseDelayMaxMs }),
    ]),
    /** In user-perceived characters. */
    maxPostLength: Type.Integer({ minimum: Limits.postLengthMin, maximum: Limits.postLengthMax }),
    reactionKinds: Type.Array(ReactionKindSchema, {
      minItems: 0,
      maxItems: REACTION_KINDS.length,
      uniqueItems: true,
    }),
    language: LanguageSchema,
    /** Days after the board closes until it is deleted with everything on it. */
    retentionDays: Type.Integer({ minimum: 1, maximum: Limits.retentionDaysMax }),
    /** Expected number of participants; seats are capped a little above it. 0 means no cap. */
    expectedHeadcount: Type.Integer({ minimum: 0, maximum: Limits.headcountMax }),
    /** Released batches go to the moderators first; only approved posts reach the board. */
    preModeration: Type.Boolean(),
    /**
     * Reports (one per seat) that hold a post for review: a fixed number, or `auto` to scale it with the room
     * (shared/report-threshold.ts).
     */
    reportThreshold: ReportThresholdSettingSchema,
    /** The facilitator's own words to hold for review, besides the built-in list. Never shown to participants. */
    customWords: Type.Array(Type.String({ minLength: 1, maxLength: Limits.customWordMax }), {
      maxItems: Limits.customWordsMax,
    }),
  },
  { additionalProperties: false },
);
export type BoardSettings = Static<typeof BoardSettingsSchema>;

export const DEFAULT_SETTINGS: BoardSettings = {
  releaseThreshold: Defaults.releaseThreshold,
  releaseDelayMs: [...Defaults.releaseDelayMs],
  maxPostLength: Defaults.maxPostLength,
  reactionKinds: [...REACTION_KINDS],
  language: Defaults.language,
  retentionDays: Defaults.retentionDays,
  expectedHeadcount: 0,
  preModeration: false,
  // Scaled with the room. Boards created before this was the default keep the fixed 3 they were given.
  reportThreshold: AUTO_REPORT_THRESHOLD,
  customWords: [],
};

/** Settings everyone may see: all but the custom filter words, which would help people write around them. */
export const PublicSettingsSchema = Type.Omit(BoardSettingsSchema, ['customWords']);
export type PublicSettings = Static<typeof PublicSettingsSchema>;

/** What anyone with the board's id sees. Nothing here says who is on the board or what is queued. */
export const PublicBoardSchema = Type.Object({
  id: RandomId,
  title: Type.String(),
  prompt: Type.String(),
  categories: Type.Array(CategorySchema),
  phase: BoardPhaseSchema,
  settings: PublicSettingsSchema,
  /** Shown on the projector for people to type in; anyone with the board's id may join anyway. */
  joinCode: JoinCode,
  /** The post the facilitator has put in the spotlight, if any. */
  spotlightPostId: Type.Optional(RandomId),
});
export type PublicBoard = Static<typeof PublicBoardSchema>;
