/**
 * Persistence of boards, posts, reactions and the event log, behind one interface so the domain never touches a
 * driver. SQLite (./sqlite) is the default; a PostgreSQL implementation can be added for scale-out and must pass
 * the same contract tests (test/store/board-store-contract.ts).
 *
 * Methods are async although SQLite is not, so that a networked store fits the same shape.
 */
import type { BoardPhase, BoardSettings, Category } from '../../shared/board.ts';
import type { AuditEntry, ModeratedPost, ModerationAction } from '../../shared/moderation.ts';
import type { HeldReason, Post, PostStatus, ReactionCounts } from '../../shared/post.ts';

import type { Role } from '../../shared/roles.ts';

export type { Role };

export interface BoardRecord {
  id: string;
  title: string;
  prompt: string;
  categories: Category[];
  settings: BoardSettings;
  phase: BoardPhase;
  joinCode: string;
  /** SHA-256 (hex) of each secret link's token. */
  tokenHashes: Record<Role, string>;
  /** Key (base64url) that signs this board's seat secrets. */
  seatKey: string;
  seq: number;
  batches: number;
  /** The day the board closed, if it has. */
  closedDay: string | undefined;
  spotlightPostId: string | undefined;
  /** Seats handed out so far: a count only, for the facilitator and the report threshold. */
  seatsIssued: number;
}

/** What the facilitator may change about a board. `null` clears an optional value. */
export interface BoardChanges {
  title?: string;
  prompt?: string;
  categories?: Category[];
  settings?: BoardSettings;
  phase?: BoardPhase;
  /** The day the board closed (retention counts from it); null when it reopens. */
  closedDay?: string | null;
  spotlightPostId?: string | null;
}

export type NewBoard = Omit<
  BoardRecord,
  'seq' | 'batches' | 'closedDay' | 'spotlightPostId' | 'seatsIssued'
> & {
  createdDay: string;
};

export interface NewPost {
  id: string;
  boardId: string;
  category: string;
  body: string;
  deleteKeyHash: string;
  /** Set when the word filter matched: the post goes to the moderators when its batch is released. */
  heldReason?: HeldReason;
  /** The board's release threshold at the moment the post was queued. */
  releaseThreshold: number;
}

export type EnqueueResult =
  | {
      outcome: 'stored';
      id: string;
      status: PostStatus;
      /** False when a post with the same delete key already existed (a resend). */
      created: boolean;
    }
  /** The board already stores its maximum number of posts. */
  | { outcome: 'limit-reached' };

export type CreateBoardResult = { outcome: 'created' } | { outcome: 'limit-reached' };

/** What a board event log entry says happened: references only, materialised from current state when sent. */
export const StoredEventType = {
  released: 'released',
  removed: 'removed',
  reactions: 'reactions',
  /** The board's public view changed (e.g. its phase). */
  board: 'board',
  /** Posts became visible after being held or hidden (approved or restored). */
  shown: 'shown',
} as const;
export type StoredEventType = (typeof StoredEventType)[keyof typeof StoredEventType];

export interface StoredEvent {
  boardId: string;
  seq: number;
  type: StoredEventType;
  postIds: string[];
}

export type RetractResult =
  | { outcome: 'retracted'; event: StoredEvent | undefined }
  | { outcome: 'not-found' }
  | { outcome: 'forbidden' };

export type ReactionResult = { outcome: 'changed' } | { outcome: 'unchanged' } | { outcome: 'not-found' };

export interface QueueState {
  count: number;
  threshold: number;
}

export interface ReleaseResult {
  /** The public event, if any of the batch reached the board. */
  event: StoredEvent | undefined;
  /** The whole batch, including posts held for review. */
  postIds: string[];
}

export type ReportResult =
  | { outcome: 'changed'; heldEvent: StoredEvent | undefined }
  | { outcome: 'unchanged' }
  | { outcome: 'not-found' };

export interface ModerationInput {
  boardId: string;
  postIds: string[];
  action: ModerationAction;
  /** Statuses the action applies to, and the status it leaves (undefined: delete the post). */
  from: readonly PostStatus[];
  to: PostStatus | undefined;
  /** One audit entry is written per changed post, with these fields and a fresh id. */
  entry: Omit<AuditEntry, 'id' | 'postId' | 'action'>;
  newId: () => string;
}

export interface ModerationOutcome {
  /** Posts whose status changed (not those removed). */
  changed: string[];
  removed: string[];
  /** Public events: posts that left the board, posts that came back. */
  events: StoredEvent[];
  audit: AuditEntry[];
}

export type OwnPostResult =
  { outcome: 'found'; status: PostStatus } | { outcome: 'not-found' } | { outcome: 'forbidden' };

export interface ClosedBoard {
  id: string;
  closedDay: string;
  retentionDays: number;
}

/** A post's place in the newest-first order that pages of posts follow. */
export interface PostPosition {
  batch: number;
  id: string;
}

/** Enough to cut a page of posts to a byte budget before reading their text. */
export interface PostExtent extends PostPosition {
  /** UTF-8 bytes of the body. */
  bodyBytes: number;
}

export interface PostReactions {
  id: string;
  reactions: ReactionCounts;
}

export interface BoardStore {
  /**
   * Stores a new board unless `maxBoards` boards exist already (no limit when absent). The count and the insert are
   * one atomic step: two creations racing for the last place cannot both have it.
   */
  createBoard(board: NewBoard, maxBoards?: number): Promise<CreateBoardResult>;
  getBoard(boardId: string): Promise<BoardRecord | undefined>;
  findBoardIdByJoinCode(joinCode: string): Promise<string | undefined>;

  /**
   * Stores a post as queued and commits before returning; idempotent on (board, deleteKeyHash), also on a full
   * board. Refused when the board already stores `maxPosts` posts of any status (no limit when absent); the count
   * and the insert are one atomic step, so simultaneous posts cannot overshoot the limit.
   */
  enqueuePost(post: NewPost, maxPosts?: number): Promise<EnqueueResult>;
  /** Deletes the post if the key matches. A visible post's removal is logged as an event in the same transaction. */
  retractPost(boardId: string, postId: string, deleteKeyHash: string): Promise<RetractResult>;
  countQueued(boardId: string): Promise<number>;
  /** How many posts are queued, and the highest threshold any of them was sent under (0 when none). */
  queueState(boardId: string): Promise<QueueState>;
  boardIdsWithQueuedPosts(): Promise<string[]>;
  /**
   * Publishes every queued post of the board as one batch in one transaction: `order` decides their order (the
   * caller shuffles), the batch number and the board's seq go up by one, and a `released` event is logged.
   * Posts the word filter flagged, or all of them with `preModeration`, become `held` instead of visible.
   * Returns undefined when nothing is queued.
   */
  releaseQueued(
    boardId: string,
    order: (postIds: string[]) => string[],
    day: string,
    preModeration: boolean,
  ): Promise<ReleaseResult | undefined>;
  /** The status of a post, for its author only (the delete key must match). */
  ownPostStatus(boardId: string, postId: string, deleteKeyHash: string): Promise<OwnPostResult>;

  /** Adds or removes one reaction on a visible post of the board. */
  setReaction(
    boardId: string,
    postId: string,
    kind: string,
    nullifier: string,
    present: boolean,
  ): Promise<ReactionResult>;
  /**
   * Adds one report (idempotent per nullifier) on a visible post; when the reports reach `threshold`, the post is
   * held for review in the same transaction and a public event says it left the board — unless a moderator has
   * let it stand (approved or restored it): then reports are still counted for the moderators but hold it no more.
   */
  addReport(
    boardId: string,
    postId: string,
    nullifier: string,
    reason: string | undefined,
    threshold: number,
  ): Promise<ReportResult>;
  /**
   * Applies one moderation action to posts in one transaction; transitions that are not allowed are skipped. A post
   * made visible (approved or restored) is marked as let stand by a moderator, and keeps its reports.
   */
  moderate(input: ModerationInput): Promise<ModerationOutcome>;
  /** Released posts with their moderation state (all of them when `postIds` is absent), newest batch first. */
  moderatedPosts(boardId: string, postIds?: string[]): Promise<ModeratedPost[]>;
  /** The audit log, oldest first (only the given entries when `ids` is present). */
  auditLog(boardId: string, ids?: string[]): Promise<AuditEntry[]>;
  /** Logs one coalesced `reactions` event for these posts (bumps seq). */
  recordReactionsEvent(boardId: string, postIds: string[]): Promise<StoredEvent | undefined>;

  /** Visible posts with their current reaction counts, in the order given (ids not visible are left out). */
  visiblePosts(boardId: string, postIds?: string[]): Promise<Post[]>;
  reactionCounts(boardId: string, postIds: string[]): Promise<PostReactions[]>;
  /**
   * Up to `limit` visible posts, newest first (batch, then id, both descending), all of them older than `before`
   * when it is given; positions and sizes only. Snapshots and pages of older posts choose their posts with it, then
   * read them with `visiblePosts`.
   */
  visiblePostExtents(boardId: string, before: PostPosition | undefined, limit: number): Promise<PostExtent[]>;
  /**
   * Events after `since`, oldest first, or undefined when the log no longer reaches back that far (the caller
   * then sends a snapshot).
   */
  eventsSince(boardId: string, since: number): Promise<StoredEvent[] | undefined>;

  /** Changes what the facilitator may change and logs one `board` event. */
  updateBoard(boardId: string, changes: BoardChanges): Promise<StoredEvent | undefined>;
  /** Categories that have at least one post (of any status). */
  categoriesInUse(boardId: string): Promise<string[]>;
  /** Deletes every queued post of the board (posting closed before they could be released safely). */
  discardQueued(boardId: string): Promise<number>;
  /** Replaces the hash of one secret link's token; the old token stops working at once. */
  replaceTokenHash(boardId: string, role: Role, tokenHash: string): Promise<boolean>;
  /** Counts a new seat unless `cap` (> 0) seats are already out. */
  claimSeat(boardId: string, cap: number): Promise<boolean>;
  /** Deletes the board with all its posts, reactions, reports and events, leaving no trace of their text. */
  deleteBoard(boardId: string): Promise<boolean>;
  closedBoards(): Promise<ClosedBoard[]>;
  /** Boards created before this day (YYYY-MM-DD), whatever their phase. */
  boardsCreatedBefore(day: string): Promise<string[]>;

  isHealthy(): Promise<boolean>;
  close(): Promise<void>;
}
