import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Post, ReactionCounts } from '../../../shared/post.ts';
import { PostStatus } from '../../../shared/post.ts';
import type { BoardPhase, BoardSettings, Category } from '../../../shared/board.ts';
import {
  StoredEventType,
  type BoardRecord,
  type BoardStore,
  type ClosedBoard,
  type RemoveResult,
  type Role,
  type EnqueueResult,
  type NewBoard,
  type NewPost,
  type PostReactions,
  type ReactionResult,
  type RetractResult,
  type StoredEvent,
} from '../board-store.ts';
import { openDatabase, type SqliteDb } from './open-database.ts';
import { boards, events, posts, reactions, reports } from './schema.ts';

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
      })
      .onConflictDoNothing()
      .prepare();
    this.postByDeleteKey = this.db
      .select({ id: posts.id, status: posts.status })
      .from(posts)
      .where(and(eq(posts.boardId, p('boardId')), eq(posts.deleteKeyHash, p('deleteKeyHash'))))
      .prepare();
    this.postOfBoard = this.db
      .select({ status: posts.status, deleteKeyHash: posts.deleteKeyHash })
      .from(posts)
      .where(and(eq(posts.id, p('postId')), eq(posts.boardId, p('boardId'))))
      .prepare();
  }

  async createBoard(board: NewBoard): Promise<void> {
    this.db
      .insert(boards)
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
    };
  }

  async findBoardIdByJoinCode(joinCode: string): Promise<string | undefined> {
    return this.db.select({ id: boards.id }).from(boards).where(eq(boards.joinCode, joinCode)).get()?.id;
  }

  async enqueuePost(post: NewPost): Promise<EnqueueResult> {
    // better-sqlite3 commits synchronously: when run() returns, the row is durable (synchronous=FULL).
    const { changes } = this.insertPost.run({ ...post });
    if (changes === 1) return { id: post.id, status: PostStatus.queued, created: true };
    const existing = this.postByDeleteKey.get({ boardId: post.boardId, deleteKeyHash: post.deleteKeyHash });
    if (!existing) throw new Error('Post insert conflicted but no post has its delete key');
    return { id: existing.id, status: existing.status as PostStatus, created: false };
  }

  async retractPost(boardId: string, postId: string, deleteKeyHash: string): Promise<RetractResult> {
    return this.deletePost(boardId, postId, (post) => post.deleteKeyHash === deleteKeyHash);
  }

  async removePost(boardId: string, postId: string): Promise<RemoveResult> {
    const result = await this.deletePost(boardId, postId, () => true);
    return result.outcome === 'retracted'
      ? { outcome: 'removed', event: result.event }
      : { outcome: 'not-found' };
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
  ): Promise<StoredEvent | undefined> {
    return this.db.transaction((tx) => {
      const queued = tx
        .select({ id: posts.id })
        .from(posts)
        .where(and(eq(posts.boardId, boardId), eq(posts.status, PostStatus.queued)))
        .all()
        .map((row) => row.id);
      if (queued.length === 0) return undefined;
      const [board] = tx
        .update(boards)
        .set({ batches: sql`${boards.batches} + 1` })
        .where(eq(boards.id, boardId))
        .returning({ batches: boards.batches })
        .all();
      if (!board) return undefined;
      tx.update(posts)
        .set({ status: PostStatus.visible, batch: board.batches, releasedDay: day })
        .where(inArray(posts.id, queued))
        .run();
      return this.appendEvent(tx, boardId, StoredEventType.released, order(queued));
    });
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
  ): Promise<ReactionResult> {
    const post = this.postOfBoard.get({ boardId, postId });
    if (!post || post.status !== PostStatus.visible) return { outcome: 'not-found' };
    const { changes } = this.db
      .insert(reports)
      .values({ nullifier, postId, reason: reason ?? null })
      .onConflictDoNothing()
      .run();
    return { outcome: changes === 1 ? 'changed' : 'unchanged' };
  }

  async setPhase(
    boardId: string,
    phase: BoardPhase,
    closedDay: string | undefined,
  ): Promise<StoredEvent | undefined> {
    return this.db.transaction((tx) => {
      const { changes } = tx
        .update(boards)
        .set({ phase, closedDay: closedDay ?? null })
        .where(eq(boards.id, boardId))
        .run();
      return changes === 1 ? this.appendEvent(tx, boardId, StoredEventType.board, []) : undefined;
    });
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

  async recordReactionsEvent(boardId: string, postIds: string[]): Promise<StoredEvent> {
    return this.db.transaction((tx) => this.appendEvent(tx, boardId, StoredEventType.reactions, postIds));
  }

  async visiblePosts(boardId: string, postIds?: string[]): Promise<Post[]> {
    if (postIds?.length === 0) return [];
    const rows = this.db
      .select({
        id: posts.id,
        category: posts.category,
        body: posts.body,
        batch: posts.batch,
        day: posts.releasedDay,
      })
      .from(posts)
      .where(
        and(
          eq(posts.boardId, boardId),
          eq(posts.status, PostStatus.visible),
          postIds ? inArray(posts.id, postIds) : undefined,
        ),
      )
      .all();
    const counts = this.countsByPost(rows.map((row) => row.id));
    const found = rows.map((row): Post => ({
      id: row.id,
      category: row.category,
      body: row.body,
      reactions: counts.get(row.id) ?? {},
      batch: row.batch ?? 0,
      day: row.day ?? '',
    }));
    if (!postIds) return found.sort((a, b) => a.batch - b.batch || a.id.localeCompare(b.id));
    const byId = new Map(found.map((post) => [post.id, post]));
    return postIds.flatMap((id) => byId.get(id) ?? []);
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
