/**
 * The behaviour every BoardStore must have. A new implementation (e.g. PostgreSQL) runs this same suite by calling
 * `describeBoardStoreContract` with a factory for a fresh, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../server/domain/hashing.ts';
import { randomId } from '../../server/domain/random.ts';
import type { ModerationAction } from '../../shared/moderation.ts';
import type { PostStatus } from '../../shared/post.ts';
import { StoredEventType, type BoardStore } from '../../server/store/board-store.ts';
import { boardWithPosts, newBoard, newPost } from '../helpers/store-fixtures.ts';

const identity = (ids: string[]) => ids;

/** One moderation action as the domain would ask for it (server/domain/moderation-rules.ts). */
function moderate(
  store: BoardStore,
  boardId: string,
  postIds: string[],
  action: ModerationAction,
  from: PostStatus[],
  to: PostStatus | undefined,
) {
  return store.moderate({
    boardId,
    postIds,
    action,
    from,
    to,
    entry: { role: 'moderator', at: '2026-11-30T10:00:00.000Z' },
    newId: randomId,
  });
}

export function describeBoardStoreContract(name: string, createStore: () => Promise<BoardStore>): void {
  describe(`BoardStore contract: ${name}`, () => {
    let store: BoardStore;
    beforeEach(async () => {
      store = await createStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('creates a board and finds it by id and by join code', async () => {
      const board = newBoard();
      await store.createBoard(board);
      const found = await store.getBoard(board.id);
      expect(found).toMatchObject({
        id: board.id,
        title: board.title,
        seq: 0,
        batches: 0,
        settings: board.settings,
      });
      expect(await store.findBoardIdByJoinCode(board.joinCode)).toBe(board.id);
      expect(await store.findBoardIdByJoinCode('NOPE99')).toBeUndefined();
      expect(await store.getBoard('missing')).toBeUndefined();
    });

    it('rejects a second board with the same join code', async () => {
      const board = newBoard();
      await store.createBoard(board);
      await expect(store.createBoard({ ...newBoard(), joinCode: board.joinCode })).rejects.toThrow();
    });

    it('queues posts idempotently per delete key', async () => {
      const board = newBoard();
      await store.createBoard(board);
      const post = newPost(board.id);
      const first = await store.enqueuePost(post);
      const again = await store.enqueuePost({ ...post, id: 'another-id-xxxxxxxxxxxx' });
      expect(first).toEqual({ outcome: 'stored', id: post.id, status: 'queued', created: true });
      expect(again).toEqual({ outcome: 'stored', id: post.id, status: 'queued', created: false });
      expect(await store.countQueued(board.id)).toBe(1);
      expect(await store.boardIdsWithQueuedPosts()).toEqual([board.id]);
    });

    it('releases all queued posts as one batch, in the given order, with one seq bump', async () => {
      const { board, posts } = await boardWithPosts(store, 3);
      const reversed = (ids: string[]) => [...ids].sort().reverse();
      const event = (await store.releaseQueued(board.id, reversed, '2026-11-30', false))?.event;
      expect(event).toMatchObject({ boardId: board.id, seq: 1, type: StoredEventType.released });
      expect(event?.postIds).toEqual(
        posts
          .map((post) => post.id)
          .sort()
          .reverse(),
      );
      expect(await store.countQueued(board.id)).toBe(0);
      const visible = await store.visiblePosts(board.id);
      expect(visible).toHaveLength(3);
      for (const post of visible) expect(post).toMatchObject({ batch: 1, day: '2026-11-30', reactions: {} });
      expect(await store.releaseQueued(board.id, identity, '2026-11-30', false)).toBeUndefined();
      expect((await store.getBoard(board.id))?.seq).toBe(1);
    });

    it('reports the queue: how many wait, and the highest threshold they were sent under', async () => {
      const board = newBoard();
      await store.createBoard(board);
      expect(await store.queueState(board.id)).toEqual({ count: 0, threshold: 0 });
      await store.enqueuePost({ ...newPost(board.id, 'a'), releaseThreshold: 3 });
      await store.enqueuePost({ ...newPost(board.id, 'b'), releaseThreshold: 1 });
      expect(await store.queueState(board.id)).toEqual({ count: 2, threshold: 3 });
      await store.releaseQueued(board.id, identity, '2026-11-30', false);
      expect(await store.queueState(board.id)).toEqual({ count: 0, threshold: 0 });
    });

    it('numbers batches and keeps the board seq gapless', async () => {
      const { board } = await boardWithPosts(store, 1);
      await store.releaseQueued(board.id, identity, '2026-11-30', false);
      await store.enqueuePost(newPost(board.id, 'second'));
      const second = (await store.releaseQueued(board.id, identity, '2026-12-01', false))?.event;
      expect(second?.seq).toBe(2);
      const [post] = await store.visiblePosts(board.id, second?.postIds);
      expect(post).toMatchObject({ body: 'second', batch: 2, day: '2026-12-01' });
    });

    it('lists visible posts newest first with their body sizes, from any position on', async () => {
      const { board } = await boardWithPosts(store, 3);
      await store.releaseQueued(board.id, identity, '2026-11-30', false);
      await store.enqueuePost(newPost(board.id, 'Åtta ord på svenska 👩‍👩‍👧'));
      await store.enqueuePost(newPost(board.id, 'kort'));
      await store.releaseQueued(board.id, identity, '2026-12-01', false);
      // Neither queued nor held posts are listed.
      await store.enqueuePost(newPost(board.id, 'still queued'));
      await store.enqueuePost({ ...newPost(board.id, 'flagged'), heldReason: 'filter' });

      const all = await store.visiblePostExtents(board.id, undefined, 100);
      const bodies = new Map((await store.visiblePosts(board.id)).map((post) => [post.id, post.body]));
      expect(all).toHaveLength(5);
      expect(all.map((extent) => extent.batch)).toEqual([2, 2, 1, 1, 1]);
      for (let i = 1; i < all.length; i++) {
        const [newer, older] = [all[i - 1]!, all[i]!];
        expect(newer.batch > older.batch || (newer.batch === older.batch && newer.id > older.id)).toBe(true);
      }
      for (const extent of all) expect(extent.bodyBytes).toBe(Buffer.byteLength(bodies.get(extent.id) ?? ''));

      expect(await store.visiblePostExtents(board.id, undefined, 2)).toEqual(all.slice(0, 2));
      expect(await store.visiblePostExtents(board.id, all[1], 100)).toEqual(all.slice(2));
      expect(await store.visiblePostExtents(board.id, all[3], 1)).toEqual(all.slice(4));
      expect(await store.visiblePostExtents(board.id, all[4], 100)).toEqual([]);
    });

    it('sends held posts to the moderators without a public event, and a mixed batch publicly in part', async () => {
      const { board, posts } = await boardWithPosts(store, 2);
      const held = await store.releaseQueued(board.id, identity, '2026-11-30', true);
      expect(held?.event).toBeUndefined();
      expect(held?.postIds.sort()).toEqual(posts.map((post) => post.id).sort());
      expect((await store.moderatedPosts(board.id)).map((post) => post.status)).toEqual(['held', 'held']);
      await store.enqueuePost({ ...newPost(board.id, 'flagged'), heldReason: 'filter' });
      const clean = newPost(board.id, 'clean');
      await store.enqueuePost(clean);
      const mixed = await store.releaseQueued(board.id, identity, '2026-11-30', false);
      expect(mixed?.event?.postIds).toEqual([clean.id]);
      expect(mixed?.postIds).toHaveLength(2);
      expect((await store.visiblePosts(board.id)).map((post) => post.body)).toEqual(['clean']);
    });

    it('retracts a queued post without an event and a visible post with one', async () => {
      const { board, posts } = await boardWithPosts(store, 2);
      const [queued, other] = posts as [ReturnType<typeof newPost>, ReturnType<typeof newPost>];
      expect(await store.retractPost(board.id, queued.id, sha256Hex('wrong'))).toEqual({
        outcome: 'forbidden',
      });
      expect(await store.retractPost(board.id, queued.id, queued.deleteKeyHash)).toEqual({
        outcome: 'retracted',
        event: undefined,
      });
      expect(await store.retractPost(board.id, queued.id, queued.deleteKeyHash)).toEqual({
        outcome: 'not-found',
      });
      await store.releaseQueued(board.id, identity, '2026-11-30', false);
      const result = await store.retractPost(board.id, other.id, other.deleteKeyHash);
      expect(result).toEqual({
        outcome: 'retracted',
        event: { boardId: board.id, seq: 2, type: StoredEventType.removed, postIds: [other.id] },
      });
      expect(await store.visiblePosts(board.id)).toEqual([]);
    });

    it('does not let another board retract a post', async () => {
      const { posts } = await boardWithPosts(store, 1);
      const other = newBoard();
      await store.createBoard(other);
      const post = posts[0]!;
      expect(await store.retractPost(other.id, post.id, post.deleteKeyHash)).toEqual({
        outcome: 'not-found',
      });
    });

    it('counts one reaction per nullifier and only on visible posts', async () => {
      const { board, posts } = await boardWithPosts(store, 1);
      const post = posts[0]!;
      expect(await store.setReaction(board.id, post.id, 'agree', 'n1', true)).toEqual({
        outcome: 'not-found',
      });
      await store.releaseQueued(board.id, identity, '2026-11-30', false);
      expect(await store.setReaction(board.id, post.id, 'agree', 'n1', true)).toEqual({ outcome: 'changed' });
      expect(await store.setReaction(board.id, post.id, 'agree', 'n1', true)).toEqual({
        outcome: 'unchanged',
      });
      expect(await store.setReaction(board.id, post.id, 'agree', 'n2', true)).toEqual({ outcome: 'changed' });
      expect(await store.setReaction(board.id, post.id, 'heart', 'n3', true)).toEqual({ outcome: 'changed' });
      expect(await store.reactionCounts(board.id, [post.id])).toEqual([
        { id: post.id, reactions: { agree: 2, heart: 1 } },
      ]);
      expect(await store.setReaction(board.id, post.id, 'agree', 'n1', false)).toEqual({
        outcome: 'changed',
      });
      expect(await store.setReaction(board.id, post.id, 'agree', 'n1', false)).toEqual({
        outcome: 'unchanged',
      });
      const [visible] = await store.visiblePosts(board.id);
      expect(visible?.reactions).toEqual({ agree: 1, heart: 1 });
    });

    it('replays events after a seq, and says when it cannot', async () => {
      const { board, posts } = await boardWithPosts(store, 1);
      await store.releaseQueued(board.id, identity, '2026-11-30', false);
      const reactions = await store.recordReactionsEvent(board.id, [posts[0]!.id]);
      expect(reactions?.seq).toBe(2);
      expect((await store.eventsSince(board.id, 0))?.map((event) => [event.seq, event.type])).toEqual([
        [1, 'released'],
        [2, 'reactions'],
      ]);
      expect(await store.eventsSince(board.id, 1)).toHaveLength(1);
      expect(await store.eventsSince(board.id, 2)).toEqual([]);
      expect(await store.eventsSince(board.id, 3)).toBeUndefined();
      expect(await store.eventsSince('missing', 0)).toBeUndefined();
    });

    it('forgets old events, so a client too far behind gets a snapshot', async () => {
      const { board, posts } = await boardWithPosts(store, 1);
      await store.releaseQueued(board.id, identity, '2026-11-30', false);
      for (let i = 0; i < 1005; i++) await store.recordReactionsEvent(board.id, [posts[0]!.id]);
      expect(await store.eventsSince(board.id, 0)).toBeUndefined();
      expect(await store.eventsSince(board.id, 1000)).toHaveLength(6);
    });

    it('keeps at most maxBoards boards, and a deleted board frees its place', async () => {
      const first = newBoard();
      expect(await store.createBoard(first, 2)).toEqual({ outcome: 'created' });
      expect(await store.createBoard(newBoard(), 2)).toEqual({ outcome: 'created' });
      const refused = newBoard();
      expect(await store.createBoard(refused, 2)).toEqual({ outcome: 'limit-reached' });
      expect(await store.getBoard(refused.id)).toBeUndefined();
      await store.deleteBoard(first.id);
      expect(await store.createBoard(refused, 2)).toEqual({ outcome: 'created' });
    });

    it('gives the last board place to exactly one of many simultaneous creations', async () => {
      await store.createBoard(newBoard(), 5);
      await store.createBoard(newBoard(), 5);
      await store.createBoard(newBoard(), 5);
      await store.createBoard(newBoard(), 5);
      const results = await Promise.all(Array.from({ length: 20 }, () => store.createBoard(newBoard(), 5)));
      expect(results.filter((result) => result.outcome === 'created')).toHaveLength(1);
    });

    it('counts every stored post of a board against maxPosts, whatever its status', async () => {
      const { board, posts } = await boardWithPosts(store, 3);
      const [toShow, toHide] = posts.map((post) => post.id) as [string, string, string];
      await store.releaseQueued(board.id, identity, '2026-11-30', true);
      await moderate(store, board.id, [toShow], 'approve', ['held'], 'visible');
      await moderate(store, board.id, [toHide], 'hide', ['held'], 'hidden');
      await store.enqueuePost(newPost(board.id, 'queued'));
      // Stored now: one visible, one hidden, one held, one queued.
      expect(await store.enqueuePost(newPost(board.id, 'fifth'), 4)).toEqual({ outcome: 'limit-reached' });
      // Other boards have their own count.
      const other = newBoard();
      await store.createBoard(other);
      expect(await store.enqueuePost(newPost(other.id), 4)).toMatchObject({
        outcome: 'stored',
        created: true,
      });
      // A post removed for good frees its place.
      await moderate(store, board.id, [toHide], 'remove', ['hidden'], undefined);
      expect(await store.enqueuePost(newPost(board.id, 'fifth'), 4)).toMatchObject({
        outcome: 'stored',
        created: true,
      });
      expect(await store.enqueuePost(newPost(board.id, 'sixth'), 4)).toEqual({ outcome: 'limit-reached' });
    });

    it('answers a resend on a full board with its post, and lets a retraction free a place', async () => {
      const { board, posts } = await boardWithPosts(store, 2);
      const first = posts[0]!;
      expect(await store.enqueuePost({ ...first, id: randomId() }, 2)).toEqual({
        outcome: 'stored',
        id: first.id,
        status: 'queued',
        created: false,
      });
      const third = newPost(board.id, 'third');
      expect(await store.enqueuePost(third, 2)).toEqual({ outcome: 'limit-reached' });
      await store.retractPost(board.id, first.id, first.deleteKeyHash);
      expect(await store.enqueuePost(third, 2)).toMatchObject({ outcome: 'stored', created: true });
    });

    it('gives the last post place on a board to exactly one of many simultaneous posts', async () => {
      const { board } = await boardWithPosts(store, 9);
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => store.enqueuePost(newPost(board.id, `racer ${i}`), 10)),
      );
      expect(results.filter((result) => result.outcome === 'stored')).toHaveLength(1);
      expect(await store.countQueued(board.id)).toBe(10);
    });

    it('holds a post at the report threshold, and not again once a moderator let it stand', async () => {
      const { board, posts } = await boardWithPosts(store, 1);
      const id = posts[0]!.id;
      await store.releaseQueued(board.id, identity, '2026-11-30', false);
      expect(await store.addReport(board.id, id, 'r1', 'spam', 2)).toEqual({
        outcome: 'changed',
        heldEvent: undefined,
      });
      expect(await store.addReport(board.id, id, 'r1', 'spam', 2)).toEqual({ outcome: 'unchanged' });
      const held = await store.addReport(board.id, id, 'r2', undefined, 2);
      expect(held).toMatchObject({ outcome: 'changed', heldEvent: { type: 'removed', postIds: [id] } });
      expect(await store.moderatedPosts(board.id)).toMatchObject([
        { id, status: 'held', heldReason: 'reports', reportCount: 2, reviewed: false },
      ]);

      await moderate(store, board.id, [id], 'approve', ['held'], 'visible');
      for (let i = 3; i <= 12; i++) {
        expect(await store.addReport(board.id, id, `r${i}`, 'abusive', 2)).toEqual({
          outcome: 'changed',
          heldEvent: undefined,
        });
      }
      // Still on the board, and every report, before and after the approval, is there for the moderators.
      expect((await store.visiblePosts(board.id)).map((post) => post.id)).toEqual([id]);
      expect(await store.moderatedPosts(board.id)).toMatchObject([
        {
          id,
          status: 'visible',
          reportCount: 12,
          reportReasons: { spam: 1, other: 1, abusive: 10 },
          reviewed: true,
        },
      ]);
    });

    it('lets a restored post stand too', async () => {
      const { board, posts } = await boardWithPosts(store, 1);
      const id = posts[0]!.id;
      await store.releaseQueued(board.id, identity, '2026-11-30', false);
      await moderate(store, board.id, [id], 'hide', ['visible'], 'hidden');
      expect((await store.moderatedPosts(board.id))[0]?.reviewed).toBe(false);
      await moderate(store, board.id, [id], 'restore', ['hidden'], 'visible');
      expect(await store.addReport(board.id, id, 'r1', undefined, 1)).toEqual({
        outcome: 'changed',
        heldEvent: undefined,
      });
      expect(await store.moderatedPosts(board.id)).toMatchObject([
        { id, status: 'visible', reportCount: 1, reviewed: true },
      ]);
    });

    it('counts issued seats on the board record, up to the cap', async () => {
      const board = newBoard();
      await store.createBoard(board);
      expect((await store.getBoard(board.id))?.seatsIssued).toBe(0);
      expect(await store.claimSeat(board.id, 2)).toBe(true);
      expect(await store.claimSeat(board.id, 2)).toBe(true);
      expect(await store.claimSeat(board.id, 2)).toBe(false);
      expect((await store.getBoard(board.id))?.seatsIssued).toBe(2);
      expect(await store.claimSeat(board.id, 0)).toBe(true);
      expect((await store.getBoard(board.id))?.seatsIssued).toBe(3);
    });

    it('answers health checks', async () => {
      expect(await store.isHealthy()).toBe(true);
    });
  });
}
