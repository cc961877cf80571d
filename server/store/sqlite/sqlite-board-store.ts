import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AuditEntry, ModeratedPost, ModerationAction } from '../../../shared/moderation.ts';
import type { HeldReason, Post, ReactionCounts } from '../../../shared/post.ts';
import { HeldReason as HeldReasons, PostStatus } from '../../../shared/post.ts';
import type { BoardPhase, BoardSettings, Category } from '../../../shared/board.ts';
import {
  StoredEventType,
  type BoardChanges,
  type BoardRecord,
  type BoardStore,
  type ClosedBoard,
  type CreateBoardResult,
  type ModerationInput,
  type ModerationOutcome,
  type QueueState,
  type OwnPostResult,
  type ReleaseResult,
  type ReportResult,
  type Role,
  type EnqueueResult,
  type NewBoard,
  type NewPost,
  type PostExtent,
  type PostPosition,
  type PostReactions,
  type ReactionResult,
  type RetractResult,
  type StoredEvent,
} from '../board-store.ts';
import { openDatabase, type SqliteDb } from './open-database.ts';
import { audit, boards, events, posts, reactions, reports } from './schema.ts';

const TOKEN_HASH_FIELDS = {
  facilitator: 'facilitatorTokenHash',
  moderator: 'moderatorTokenHash',
  projector: 'projectorTokenHash',
} as const satisfies Record<Role, keyof typeof boards.$inferInsert>;

/** Events kept per board for replay; a client further behind gets a snapshot instead. */
const EVENT_LOG_LENGTH = 1000;

/** The default BoardStore: one SQLite file through better-sqlite3 and drizzle. */
export class SqliteBoardStore implements BoardStore {
  private readonly db: SqliteDb;
  // Hot paths are prepared once (drizzle builds a query per call otherwise, ~2.6x slower).
  private readonly insertPost;
  private readonly postByDeleteKey;
  private readonly postOfBoard;
  private readonly postsOfBoard;

  constructor(file: string) {
    this.db = openDatabase(file);
    const p = sql.placeholder;
    this.insertPost = this.db
      .insert(posts)
      .values({
        id: p('id'),
        boardId: p('boardId'),
        category: p('category'),
        body: p('body'),
        status: PostStatus.queued,
        deleteKeyHash: p('deleteKeyHash'),
        heldReason: p('heldReason'),
        releaseThreshold: p('releaseThreshold'),
      })
      .onConflictDoNothing()
      .prepare();
    this.postByDeleteKey = this.db
      .select({ id: posts.id, status: posts.status })
      .from(posts)
      .where(and(eq(posts.boardId, p('boardId')), eq(posts.deleteKeyHash, p('deleteKeyHash'))))
      .prepare();
    this.postOfBoard = this.db
      .select({ status: posts.status, deleteKeyHash: posts.deleteKeyHash, reviewed: posts.reviewed })
      .from(posts)
      .where(and(eq(posts.id, p('postId')), eq(posts.boardId, p('boardId'))))
      .prepare();
    // Every status counts: held and hidden posts take disk space as much as visible ones.
    this.postsOfBoard = this.db
      .select({ count: sql<number>`count(*)` })
      .from(posts)
      .where(eq(posts.boardId, p('boardId')))
      .prepare();
  }

  async createBoard(board: NewBoard, maxBoards?: number): Promise<CreateBoardResult> {
    // IMMEDIATE takes the write lock before counting, so another process cannot count the same last place.
    return this.db.transaction(
      (tx): CreateBoardResult => {
        const stored =
          tx
            .select({ count: sql<number>`count(*)` })
            .from(boards)
            .get()?.count ?? 0;
        if (maxBoards !== undefined && stored >= maxBoards) return { outcome: 'limit-reached' };
        tx.insert(boards)
          .values({
            id: board.id,
            title: board.title,
            prompt: board.prompt,
            categories: JSON.stringify(board.categories),
            settings: JSON.stringify(board.settings),
            phase: board.phase,
            joinCode: board.joinCode,
            facilitatorTokenHash: board.tokenHashes.facilitator,
            moderatorTokenHash: board.tokenHashes.moderator,
            projectorTokenHash: board.tokenHashes.projector,
            seatKey: board.seatKey,
            createdDay: board.createdDay,
          })
          .run();
        return { outcome: 'created' };
      },
      { behavior: 'immediate' },
    );
  }

  async getBoard(boardId: string): Promise<BoardRecord | undefined> {
    const row = this.db.select().from(boards).where(eq(boards.id, boardId)).get();
    if (!row) return undefined;
    return {
      id: row.id,
      title: row.title,
      prompt: row.prompt,
      categories: JSON.parse(row.categories) as Category[],
      settings: JSON.parse(row.settings) as BoardSettings,
      phase: row.phase as BoardPhase,
      joinCode: row.joinCode,
      tokenHashes: {
        facilitator: row.facilitatorTokenHash,
        moderator: row.moderatorTokenHash,
        projector: row.projectorTokenHash,
      },
      seatKey: row.seatKey,
      seq: row.seq,
      batches: row.batches,
      closedDay: row.closedDay ?? undefined,
      spotlightPostId: row.spotlightPostId ?? undefined,
      seatsIssued: row.seatsIssued,
    };
  }

  async findBoardIdByJoinCode(joinCode: string): Promise<string | undefined> {
    return this.db.select({ id: boards.id }).from(boards).where(eq(boards.joinCode, joinCode)).get()?.id;
  }

  async enqueuePost(post: NewPost, maxPosts?: number): Promise<EnqueueResult> {
    // better-sqlite3 commits synchronously: when the transaction returns, the row is durable (synchronous=FULL).
    // IMMEDIATE takes the write lock before counting, so the count cannot go stale before the insert.
    return this.db.transaction(
      (): EnqueueResult => {
        // A resend is answered with its post even on a full board: it takes no new place.
        const existing = this.postByDeleteKey.get({
          boardId: post.boardId,
          deleteKeyHash: post.deleteKeyHash,
        });
        if (existing) {
          return {
            outcome: 'stored',
            id: existing.id,
            status: existing.status as PostStatus,
            created: false,
          };
        }
        const stored =
          maxPosts === undefined ? 0 : (this.postsOfBoard.get({ boardId: post.boardId })?.count ?? 0);
        if (maxPosts !== undefined && stored >= maxPosts) return { outcome: 'limit-reached' };
        const { changes } = this.insertPost.run({ ...post, heldReason: post.heldReason ?? null });
        if (changes !== 1) throw new Error('Post insert conflicted inside its own transaction');
        return { outcome: 'stored', id: post.id, status: PostStatus.queued, created: true };
      },
      { behavior: 'immediate' },
    );
  }

  async retractPost(boardId: string, postId: string, deleteKeyHash: string): Promise<RetractResult> {
    return this.deletePost(boardId, postId, (post) => post.deleteKeyHash === deleteKeyHash);
  }

  async queueState(boardId: string): Promise<QueueState> {
    const row = this.db
      .select({ count: sql<number>`count(*)`, threshold: sql<number | null>`max(${posts.releaseThreshold})` })
      .from(posts)
      .where(and(eq(posts.boardId, boardId), eq(posts.status, PostStatus.queued)))
      .get();
    return { count: row?.count ?? 0, threshold: row?.threshold ?? 0 };
  }

  async countQueued(boardId: string): Promise<number> {
    return this.db.$count(posts, and(eq(posts.boardId, boardId), eq(posts.status, PostStatus.queued)));
  }

  async boardIdsWithQueuedPosts(): Promise<string[]> {
    return this.db
      .selectDistinct({ boardId: posts.boardId })
      .from(posts)
      .where(eq(posts.status, PostStatus.queued))
      .all()
      .map((row) => row.boardId);
  }

  async releaseQueued(
    boardId: string,
    order: (postIds: string[]) => string[],
    day: string,
    preModeration: boolean,
  ): Promise<ReleaseResult | undefined> {
    return this.db.transaction((tx): ReleaseResult | undefined => {
      const queued = tx
        .select({ id: posts.id, heldReason: posts.heldReason })
        .from(posts)
        .where(and(eq(posts.boardId, boardId), eq(posts.status, PostStatus.queued)))
        .all();
      if (queued.length === 0) return undefined;
      const [board] = tx
        .update(boards)
        .set({ batches: sql`${boards.batches} + 1` })
        .where(eq(boards.id, boardId))
        .returning({ batches: boards.batches })
        .all();
      if (!board) return undefined;
      const toBoard = queued.filter((post) => !post.heldReason && !preModeration).map((post) => post.id);
      const toModerators = queued.filter((post) => post.heldReason || preModeration).map((post) => post.id);
      if (toBoard.length > 0) {
        tx.update(posts)
          .set({ status: PostStatus.visible, batch: board.batches, releasedDay: day, releaseThreshold: 0 })
          .where(inArray(posts.id, toBoard))
          .run();
      }
      if (toModerators.length > 0) {
        // Held posts keep the reason they were queued with (the word filter); the rest wait for pre-moderation.
        tx.update(posts)
          .set({
            status: PostStatus.held,
            heldReason: sql`coalesce(${posts.heldReason}, ${HeldReasons.premoderation})`,
            batch: board.batches,
            releasedDay: day,
            releaseThreshold: 0,
          })
          .where(inArray(posts.id, toModerators))
          .run();
      }
      // Participants hear of a batch only if some of it reached the board: an empty release would tell the room
      // that something was held. Moderators learn of the whole batch from the result.
      const event =
        toBoard.length > 0
          ? this.appendEvent(tx, boardId, StoredEventType.released, order(toBoard))
          : undefined;
      return { event, postIds: order(queued.map((post) => post.id)) };
    });
  }

  async ownPostStatus(boardId: string, postId: string, deleteKeyHash: string): Promise<OwnPostResult> {
    const post = this.postOfBoard.get({ boardId, postId });
    if (!post) return { outcome: 'not-found' };
    if (post.deleteKeyHash !== deleteKeyHash) return { outcome: 'forbidden' };
    return { outcome: 'found', status: post.status as PostStatus };
  }

  async setReaction(
    boardId: string,
    postId: string,
    kind: string,
    nullifier: string,
    present: boolean,
  ): Promise<ReactionResult> {
    const post = this.postOfBoard.get({ boardId, postId });
    if (!post || post.status !== PostStatus.visible) return { outcome: 'not-found' };
    const { changes } = present
      ? this.db.insert(reactions).values({ nullifier, postId, kind }).onConflictDoNothing().run()
      : this.db.delete(reactions).where(eq(reactions.nullifier, nullifier)).run();
    return { outcome: changes === 1 ? 'changed' : 'unchanged' };
  }

  async addReport(
    boardId: string,
    postId: string,
    nullifier: string,
    reason: string | undefined,
    threshold: number,
  ): Promise<ReportResult> {
    return this.db.transaction((tx): ReportResult => {
      const post = this.postOfBoard.get({ boardId, postId });
      // Only posts on the board can be reported: answering differently for held or hidden ones would tell
      // participants what the moderators did.
      if (!post || post.status !== PostStatus.visible) return { outcome: 'not-found' };
      const { changes } = tx
        .insert(reports)
        .values({ nullifier, postId, reason: reason ?? null })
        .onConflictDoNothing()
        .run();
      if (changes === 0) return { outcome: 'unchanged' };
      // A moderator let this post stand: reports still reach the moderators (the caller tells them), nothing more.
      if (post.reviewed) return { outcome: 'changed', heldEvent: undefined };
      const count =
        tx
          .select({ count: sql<number>`count(*)` })
          .from(reports)
          .where(eq(reports.postId, postId))
          .get()?.count ?? 0;
      if (count < threshold) return { outcome: 'changed', heldEvent: undefined };
      tx.update(posts)
        .set({ status: PostStatus.held, heldReason: HeldReasons.reports })
        .where(eq(posts.id, postId))
        .run();
      return {
        outcome: 'changed',
        heldEvent: this.appendEvent(tx, boardId, StoredEventType.removed, [postId]),
      };
    });
  }

  async moderate(input: ModerationInput): Promise<ModerationOutcome> {
    const outcome = this.db.transaction((tx): ModerationOutcome => {
      const current = tx
        .select({ id: posts.id, status: posts.status })
        .from(posts)
        .where(and(eq(posts.boardId, input.boardId), inArray(posts.id, input.postIds)))
        .all()
        .filter((post) => input.from.includes(post.status as PostStatus));
      const ids = current.map((post) => post.id);
      const result: ModerationOutcome = { changed: [], removed: [], events: [], audit: [] };
      if (ids.length === 0) return result;
      const wereVisible = current.filter((post) => post.status === PostStatus.visible).map((post) => post.id);
      if (input.to === undefined) {
        tx.delete(posts).where(inArray(posts.id, ids)).run();
        result.removed = ids;
      } else {
        // Made visible by a moderator (approved or restored): the post is let stand, so later reports no longer
        // hold it. Its reports stay, for the moderators to see how many there were.
        const shown = input.to === PostStatus.visible;
        tx.update(posts)
          .set({
            status: input.to,
            heldReason: shown ? null : sql`${posts.heldReason}`,
            ...(shown ? { reviewed: true } : {}),
          })
          .where(inArray(posts.id, ids))
          .run();
        result.changed = ids;
      }
      if (input.to !== PostStatus.visible && wereVisible.length > 0) {
        result.events.push(this.appendEvent(tx, input.boardId, StoredEventType.removed, wereVisible));
      }
      if (input.to === PostStatus.visible) {
        result.events.push(this.appendEvent(tx, input.boardId, StoredEventType.shown, ids));
      }
      for (const postId of ids) {
        const entry: AuditEntry = { ...input.entry, id: input.newId(), postId, action: input.action };
        tx.insert(audit)
          .values({
            id: entry.id,
            boardId: input.boardId,
            postId,
            action: entry.action,
            reason: entry.reason ?? null,
            role: entry.role,
            moderatorName: entry.moderatorName ?? null,
            at: entry.at,
          })
          .run();
        result.audit.push(entry);
      }
      return result;
    });
    if (outcome.removed.length > 0) this.checkpoint();
    return outcome;
  }

  async moderatedPosts(boardId: string, postIds?: string[]): Promise<ModeratedPost[]> {
    if (postIds?.length === 0) return [];
    const rows = this.releasedRows(boardId, sql`${posts.status} <> ${PostStatus.queued}`, postIds);
    const ids = rows.map((row) => row.id);
    const counts = this.countsByPost(ids);
    const reportsByPost = new Map<string, Record<string, number>>();
    if (ids.length > 0) {
      const reportRows = this.db
        .select({ postId: reports.postId, reason: reports.reason, count: sql<number>`count(*)` })
        .from(reports)
        .where(inArray(reports.postId, ids))
        .groupBy(reports.postId, reports.reason)
        .all();
      for (const row of reportRows) {
        const forPost = reportsByPost.get(row.postId) ?? {};
        const reason = row.reason ?? 'other';
        forPost[reason] = (forPost[reason] ?? 0) + row.count;
        reportsByPost.set(row.postId, forPost);
      }
    }
    return rows
      .map((row): ModeratedPost => {
        const reportReasons = reportsByPost.get(row.id) ?? {};
        return {
          ...toPost(row, counts),
          status: row.status as PostStatus,
          ...(row.heldReason && row.status === PostStatus.held
            ? { heldReason: row.heldReason as HeldReason }
            : {}),
          reportCount: Object.values(reportReasons).reduce((sum, count) => sum + count, 0),
          reportReasons,
          reviewed: row.reviewed,
        };
      })
      .sort((a, b) => b.batch - a.batch || a.id.localeCompare(b.id));
  }

  async auditLog(boardId: string, ids?: string[]): Promise<AuditEntry[]> {
    if (ids?.length === 0) return [];
    return this.db
      .select()
      .from(audit)
      .where(and(eq(audit.boardId, boardId), ids ? inArray(audit.id, ids) : undefined))
      .orderBy(audit.at, audit.id)
      .all()
      .map((row) => ({
        id: row.id,
        action: row.action as ModerationAction,
        postId: row.postId,
        role: row.role as AuditEntry['role'],
        at: row.at,
        ...(row.reason === null ? {} : { reason: row.reason }),
        ...(row.moderatorName === null ? {} : { moderatorName: row.moderatorName }),
      }));
  }

  async updateBoard(boardId: string, changes: BoardChanges): Promise<StoredEvent | undefined> {
    return this.db.transaction((tx) => {
      const { changes: updated } = tx
        .update(boards)
        .set({
          ...(changes.title === undefined ? {} : { title: changes.title }),
          ...(changes.prompt === undefined ? {} : { prompt: changes.prompt }),
          ...(changes.categories === undefined ? {} : { categories: JSON.stringify(changes.categories) }),
          ...(changes.settings === undefined ? {} : { settings: JSON.stringify(changes.settings) }),
          ...(changes.phase === undefined ? {} : { phase: changes.phase }),
          ...(changes.closedDay === undefined ? {} : { closedDay: changes.closedDay }),
          ...(changes.spotlightPostId === undefined ? {} : { spotlightPostId: changes.spotlightPostId }),
        })
        .where(eq(boards.id, boardId))
        .run();
      return updated === 1 ? this.appendEvent(tx, boardId, StoredEventType.board, []) : undefined;
    });
  }

  async categoriesInUse(boardId: string): Promise<string[]> {
    return this.db
      .selectDistinct({ category: posts.category })
      .from(posts)
      .where(eq(posts.boardId, boardId))
      .all()
      .map((row) => row.category);
  }

  async discardQueued(boardId: string): Promise<number> {
    const { changes } = this.db
      .delete(posts)
      .where(and(eq(posts.boardId, boardId), eq(posts.status, PostStatus.queued)))
      .run();
    if (changes > 0) this.checkpoint();
    return changes;
  }

  async replaceTokenHash(boardId: string, role: Role, tokenHash: string): Promise<boolean> {
    const update: Partial<typeof boards.$inferInsert> = {};
    update[TOKEN_HASH_FIELDS[role]] = tokenHash;
    const { changes } = this.db.update(boards).set(update).where(eq(boards.id, boardId)).run();
    return changes === 1;
  }

  async claimSeat(boardId: string, cap: number): Promise<boolean> {
    const { changes } = this.db
      .update(boards)
      .set({ seatsIssued: sql`${boards.seatsIssued} + 1` })
      .where(and(eq(boards.id, boardId), cap > 0 ? sql`${boards.seatsIssued} < ${cap}` : undefined))
      .run();
    return changes === 1;
  }

  async deleteBoard(boardId: string): Promise<boolean> {
    // Foreign keys cascade to posts, reactions, reports and events.
    const { changes } = this.db.delete(boards).where(eq(boards.id, boardId)).run();
    if (changes === 1) this.checkpoint();
    return changes === 1;
  }

  async boardsCreatedBefore(day: string): Promise<string[]> {
    return this.db
      .select({ id: boards.id })
      .from(boards)
      .where(sql`${boards.createdDay} < ${day}`)
      .all()
      .map((row) => row.id);
  }

  async closedBoards(): Promise<ClosedBoard[]> {
    return this.db
      .select({ id: boards.id, closedDay: boards.closedDay, settings: boards.settings })
      .from(boards)
      .where(sql`${boards.closedDay} IS NOT NULL`)
      .all()
      .map((row) => ({
        id: row.id,
        closedDay: row.closedDay ?? '',
        retentionDays: (JSON.parse(row.settings) as BoardSettings).retentionDays,
      }));
  }

  async recordReactionsEvent(boardId: string, postIds: string[]): Promise<StoredEvent | undefined> {
    return this.db.transaction((tx) => {
      // The board may have been deleted since the reactions were counted: then there is nobody left to tell.
      const exists = tx.select({ id: boards.id }).from(boards).where(eq(boards.id, boardId)).get();
      return exists ? this.appendEvent(tx, boardId, StoredEventType.reactions, postIds) : undefined;
    });
  }

  async visiblePosts(boardId: string, postIds?: string[]): Promise<Post[]> {
    if (postIds?.length === 0) return [];
    const rows = this.releasedRows(boardId, eq(posts.status, PostStatus.visible), postIds);
    const counts = this.countsByPost(rows.map((row) => row.id));
    const found = rows.map((row) => toPost(row, counts));
    if (!postIds) return found.sort((a, b) => a.batch - b.batch || a.id.localeCompare(b.id));
    const byId = new Map(found.map((post) => [post.id, post]));
    return postIds.flatMap((id) => byId.get(id) ?? []);
  }

  async visiblePostExtents(
    boardId: string,
    before: PostPosition | undefined,
    limit: number,
  ): Promise<PostExtent[]> {
    const older = before
      ? sql`(${posts.batch} < ${before.batch} OR (${posts.batch} = ${before.batch} AND ${posts.id} < ${before.id}))`
      : undefined;
    // Sizes, not text: sorting a board's posts then costs little whatever they say.
    return this.db
      .select({
        id: posts.id,
        batch: sql<number>`coalesce(${posts.batch}, 0)`,
        bodyBytes: sql<number>`length(CAST(${posts.body} AS BLOB))`,
      })
      .from(posts)
      .where(and(eq(posts.boardId, boardId), eq(posts.status, PostStatus.visible), older))
      .orderBy(desc(posts.batch), desc(posts.id))
      .limit(limit)
      .all();
  }

  async reactionCounts(boardId: string, postIds: string[]): Promise<PostReactions[]> {
    const visible = this.db
      .select({ id: posts.id })
      .from(posts)
      .where(
        and(eq(posts.boardId, boardId), eq(posts.status, PostStatus.visible), inArray(posts.id, postIds)),
      )
      .all();
    const counts = this.countsByPost(visible.map((row) => row.id));
    return visible.map((row) => ({ id: row.id, reactions: counts.get(row.id) ?? {} }));
  }

  async eventsSince(boardId: string, since: number): Promise<StoredEvent[] | undefined> {
    return this.db.transaction((tx) => {
      const board = tx.select({ seq: boards.seq }).from(boards).where(eq(boards.id, boardId)).get();
      if (!board || since > board.seq) return undefined;
      if (since === board.seq) return [];
      const rows = tx
        .select()
        .from(events)
        .where(and(eq(events.boardId, boardId), sql`${events.seq} > ${since}`))
        .orderBy(events.seq)
        .all();
      // The log must reach back to since + 1, or the client would miss what was pruned.
      if (rows[0]?.seq !== since + 1) return undefined;
      return rows.map((row) => ({
        boardId,
        seq: row.seq,
        type: row.type as StoredEventType,
        postIds: JSON.parse(row.postIds) as string[],
      }));
    });
  }

  async isHealthy(): Promise<boolean> {
    return this.db.$client.prepare('SELECT 1 AS ok').get() !== undefined;
  }

  async close(): Promise<void> {
    if (this.db.$client.open) this.db.$client.close();
  }

  /** Deletes one post if `allowed` says so; a visible post's removal is logged in the same transaction. */
  private async deletePost(
    boardId: string,
    postId: string,
    allowed: (post: { deleteKeyHash: string }) => boolean,
  ): Promise<RetractResult> {
    const result = this.db.transaction((tx): RetractResult => {
      const post = this.postOfBoard.get({ boardId, postId });
      if (!post) return { outcome: 'not-found' };
      if (!allowed(post)) return { outcome: 'forbidden' };
      tx.delete(posts).where(eq(posts.id, postId)).run();
      // A queued post was never seen: its retraction must leave no trace in the event log either.
      const event =
        post.status === PostStatus.visible
          ? this.appendEvent(tx, boardId, StoredEventType.removed, [postId])
          : undefined;
      return { outcome: 'retracted', event };
    });
    if (result.outcome === 'retracted') this.checkpoint();
    return result;
  }

  /** Moves the WAL into the main file and truncates it, so deleted text does not linger in the -wal file. */
  private checkpoint(): void {
    this.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Bumps the board's seq and logs the event, inside the caller's transaction. */
  private appendEvent(
    tx: Pick<SqliteDb, 'update' | 'insert' | 'delete'>,
    boardId: string,
    type: StoredEventType,
    postIds: string[],
  ): StoredEvent {
    const [board] = tx
      .update(boards)
      .set({ seq: sql`${boards.seq} + 1` })
      .where(eq(boards.id, boardId))
      .returning({ seq: boards.seq })
      .all();
    if (!board) throw new Error(`Board ${boardId} vanished inside a transaction`);
    tx.insert(events)
      .values({ boardId, seq: board.seq, type, postIds: JSON.stringify(postIds) })
      .run();
    tx.delete(events)
      .where(and(eq(events.boardId, boardId), sql`${events.seq} <= ${board.seq - EVENT_LOG_LENGTH}`))
      .run();
    return { boardId, seq: board.seq, type, postIds };
  }

  /** Posts of a board in the given statuses (all, or only `postIds`), with what a wire post is built from. */
  private releasedRows(boardId: string, statuses: SQL, postIds: string[] | undefined) {
    return this.db
      .select({
        id: posts.id,
        category: posts.category,
        body: posts.body,
        batch: posts.batch,
        day: posts.releasedDay,
        status: posts.status,
        heldReason: posts.heldReason,
        reviewed: posts.reviewed,
      })
      .from(posts)
      .where(and(eq(posts.boardId, boardId), statuses, postIds ? inArray(posts.id, postIds) : undefined))
      .all();
  }

  private countsByPost(postIds: string[]): Map<string, ReactionCounts> {
    const counts = new Map<string, ReactionCounts>();
    if (postIds.length === 0) return counts;
    const rows = this.db
      .select({ postId: reactions.postId, kind: reactions.kind, count: sql<number>`count(*)` })
      .from(reactions)
      .where(inArray(reactions.postId, postIds))
      .groupBy(reactions.postId, reactions.kind)
      .all();
    for (const row of rows) {
      const forPost = counts.get(row.postId) ?? {};
      forPost[row.kind] = row.count;
      counts.set(row.postId, forPost);
    }
    return counts;
  }
}

/** A stored post as everyone sees it: never more than these fields. */
function toPost(
  row: { id: string; category: string; body: string; batch: number | null; day: string | null },
  counts: Map<string, ReactionCounts>,
): Post {
  return {
    id: row.id,
    category: row.category,
    body: row.body,
    reactions: counts.get(row.id) ?? {},
    batch: row.batch ?? 0,
    day: row.day ?? '',
  };
}
