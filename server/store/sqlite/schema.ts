/**
 * SQLite tables. Anonymity shapes them (DESIGN.md §2): random text keys, no author column, no timestamps finer than
 * a day, and every table that holds posts, votes or events is made WITHOUT ROWID in the migration, so row storage
 * order follows the random key and not the order of insertion.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const boards = sqliteTable(
  'boards',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    prompt: text('prompt').notNull(),
    /** JSON array of categories. */
    categories: text('categories').notNull(),
    /** JSON object of BoardSettings. */
    settings: text('settings').notNull(),
    phase: text('phase').notNull(),
    joinCode: text('join_code').notNull(),
    facilitatorTokenHash: text('facilitator_token_hash').notNull(),
    moderatorTokenHash: text('moderator_token_hash').notNull(),
    projectorTokenHash: text('projector_token_hash').notNull(),
    /** Random key that signs this board's seats, so seats need no table. */
    seatKey: text('seat_key').notNull(),
    /** The board's gapless event sequence number. */
    seq: integer('seq').notNull().default(0),
    /** Number of batches released so far. */
    batches: integer('batches').notNull().default(0),
    createdDay: text('created_day').notNull(),
    /** The day the board closed; retention counts from it. */
    closedDay: text('closed_day'),
    /** The visible post the facilitator put in the spotlight. */
    spotlightPostId: text('spotlight_post_id'),
    /** Seats handed out, for the optional cap. A count only: nothing about who holds them. */
    seatsIssued: integer('seats_issued').notNull().default(0),
  },
  (table) => [uniqueIndex('boards_join_code').on(table.joinCode)],
);

export const posts = sqliteTable(
  'posts',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull(),
    /** SHA-256 of the author's delete key: proves authorship without saying who, and makes a resend idempotent. */
    deleteKeyHash: text('delete_key_hash').notNull(),
    /** Why the post waits for a moderator: set by the word filter when queued, or on release or by reports. */
    heldReason: text('held_reason'),
    /**
     * The board's release threshold when the post was queued. A batch needs at least the largest of these, so
     * lowering the threshold later cannot publish a post that was sent under a higher one. Set to 0 on release:
     * kept longer, it would say whether a post was sent before or after a change of settings.
     */
    releaseThreshold: integer('release_threshold').notNull().default(1),
    /**
     * A moderator approved or restored the post: reports keep reaching the moderators but no longer take it off the
     * board, or three fresh seats could overrule the moderator again and again.
     */
    reviewed: integer('reviewed', { mode: 'boolean' }).notNull().default(false),
    /** Null while queued. */
    batch: integer('batch'),
    releasedDay: text('released_day'),
  },
  (table) => [
    uniqueIndex('posts_delete_key').on(table.boardId, table.deleteKeyHash),
    // Newest first within a board and status, without reading any post's text: snapshots and older pages are cut
    // by walking this index (the old (board, status) index is its prefix).
    index('posts_board_status_batch').on(table.boardId, table.status, table.batch, table.id),
  ],
);

export const reactions = sqliteTable(
  'reactions',
  {
    /** SHA-256(seat ‖ post ‖ kind): one per seat, and unlinkable across posts. */
    nullifier: text('nullifier').primaryKey(),
    postId: text('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
  },
  (table) => [index('reactions_post').on(table.postId, table.kind)],
);

export const reports = sqliteTable(
  'reports',
  {
    /** SHA-256(seat ‖ post ‖ "report"): one report per seat, unlinkable like reactions. */
    nullifier: text('nullifier').primaryKey(),
    postId: text('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    reason: text('reason'),
  },
  (table) => [index('reports_post').on(table.postId)],
);

/** Every moderation action, for accountability of moderators. Nothing in it is about authors. */
export const audit = sqliteTable(
  'audit',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    /** No foreign key: the entry outlives a post removed for good. */
    postId: text('post_id').notNull(),
    action: text('action').notNull(),
    reason: text('reason'),
    role: text('role').notNull(),
    moderatorName: text('moderator_name'),
    /** ISO time of the action: moderators are accountable for when they acted. */
    at: text('at').notNull(),
  },
  (table) => [index('audit_board').on(table.boardId, table.at)],
);

/**
 * The board's event log for replay after a reconnect. It holds references, not text: replay reads the posts'
 * current state, so retracting a post leaves no copy of it here.
 */
export const events = sqliteTable(
  'events',
  {
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    /** JSON array of post ids the event is about. */
    postIds: text('post_ids')
      .notNull()
      .default(sql`'[]'`),
  },
  (table) => [primaryKey({ columns: [table.boardId, table.seq] })],
);
