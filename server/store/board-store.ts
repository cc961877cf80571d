/**
 * Persistence of boards, posts, reactions and the event log, behind one interface so the domain never touches a
 * driver. SQLite (./sqlite) is the default; a PostgreSQL implementation can be added for scale-out and must pass
 * the same contract tests (test/store/board-store-contract.ts).
 *
 * Methods are async although SQLite is not, so that a networked store fits the same shape.
 */
import type { BoardPhase, BoardSettings, Category } from '../../shared/board.ts';
import type { Post, PostStatus, ReactionCounts } from '../../shared/post.ts';

export const Role = { facilitator: 'facilitator', moderator: 'moderator', projector: 'projector' } as const;
export type Role = (typeof Role)[keyof typeof Role];

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
}

export type NewBoard = Omit<BoardRecord, 'seq' | 'batches' | 'closedDay'> & { createdDay: string };

export interface NewPost {
  id: string;
  boardId: string;
  category: string;
  body: string;
  deleteKeyHash: string;
}

export interface EnqueueResult {
  id: string;
  status: PostStatus;
  /** False when a post with the same delete key already existed (a resend). */
  created: boolean;
}

/** What a board event log entry says happened: references only, materialised from current state when sent. */
export const StoredEventType = {
  released: 'released',
  removed: 'removed',
  reactions: 'reactions',
  /** The board's public view changed (e.g. its phase). */
  board: 'board',
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

export type RemoveResult = { outcome: 'removed'; event: StoredEvent | undefined } | { outcome: 'not-found' };

export interface ClosedBoard {
  id: string;
  closedDay: string;
  retentionDays: number;
}

export interface PostReactions {
  id: string;
  reactions: ReactionCounts;
}

export interface BoardStore {
  createBoard(board: NewBoard): Promise<void>;
  getBoard(boardId: string): Promise<BoardRecord | undefined>;
  findBoardIdByJoinCode(joinCode: string): Promise<string | undefined>;

  /** Stores a post as queued and commits before returning; idempotent on (board, deleteKeyHash). */
  enqueuePost(post: NewPost): Promise<EnqueueResult>;
  /** Deletes the post if the key matches. A visible post's removal is logged as an event in the same transaction. */
  retractPost(boardId: string, postId: string, deleteKeyHash: string): Promise<RetractResult>;
  /** Deletes a post for good on a moderator's word; logged like a retraction. */
  removePost(boardId: string, postId: string): Promise<RemoveResult>;
  countQueued(boardId: string): Promise<number>;
  boardIdsWithQueuedPosts(): Promise<string[]>;
  /**
   * Publishes every queued post of the board as one batch in one transaction: `order` decides their order (the
   * caller shuffles), the batch number and the board's seq go up by one, and a `released` event is logged.
   * Returns undefined when nothing is queued.
   */
  releaseQueued(
    boardId: string,
    order: (postIds: string[]) => string[],
    day: string,
  ): Promise<StoredEvent | undefined>;

  /** Adds or removes one reaction on a visible post of the board. */
  setReaction(
    boardId: string,
    postId: string,
    kind: string,
    nullifier: string,
    present: boolean,
  ): Promise<ReactionResult>;
  /** Adds one report (idempotent per nullifier) on a visible post of the board. */
  addReport(
    boardId: string,
    postId: string,
    nullifier: string,
    reason: string | undefined,
  ): Promise<ReactionResult>;
  /** Logs one coalesced `reactions` event for these posts (bumps seq). */
  recordReactionsEvent(boardId: string, postIds: string[]): Promise<StoredEvent>;

  /** Visible posts with their current reaction counts, in the order given (ids not visible are left out). */
  visiblePosts(boardId: string, postIds?: string[]): Promise<Post[]>;
  reactionCounts(boardId: string, postIds: string[]): Promise<PostReactions[]>;
  /**
   * Events after `since`, oldest first, or undefined when the log no longer reaches back that far (the caller
   * then sends a snapshot).
   */
  eventsSince(boardId: string, since: number): Promise<StoredEvent[] | undefined>;

  /** Changes the phase (and the day it closed, which retention counts from) and logs a `board` event. */
  setPhase(
    boardId: string,
    phase: BoardPhase,
    closedDay: string | undefined,
  ): Promise<StoredEvent | undefined>;
  /** Replaces the hash of one secret link's token; the old token stops working at once. */
  replaceTokenHash(boardId: string, role: Role, tokenHash: string): Promise<boolean>;
  /** Counts a new seat unless `cap` (> 0) seats are already out. */
  claimSeat(boardId: string, cap: number): Promise<boolean>;
  /** Deletes the board with all its posts, reactions, reports and events, leaving no trace of their text. */
  deleteBoard(boardId: string): Promise<boolean>;
  closedBoards(): Promise<ClosedBoard[]>;

  isHealthy(): Promise<boolean>;
  close(): Promise<void>;
}
