import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventBus } from '../../server/bus/event-bus.ts';
import { cryptoRandom } from '../../server/domain/random.ts';
import { ReleaseScheduler } from '../../server/domain/release-scheduler.ts';
import type { StoredEvent } from '../../server/store/board-store.ts';
import { SqliteBoardStore } from '../../server/store/sqlite/sqlite-board-store.ts';
import { FakeClock } from '../helpers/fake-clock.ts';
import { newBoard, newPost } from '../helpers/store-fixtures.ts';

describe('ReleaseScheduler with a fake clock', () => {
  let dir: string;
  let store: SqliteBoardStore;
  let clock: FakeClock;
  let scheduler: ReleaseScheduler;
  let published: StoredEvent[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'takhojd-release-'));
    store = new SqliteBoardStore(join(dir, 'release.db'));
    clock = new FakeClock();
    published = [];
    // Records what would be announced; delivery itself is the live hub's business, tested elsewhere.
    const bus: EventBus = {
      publish: (message) => void (message.type === 'released' && published.push(message)),
      subscribe: () => () => {},
    };
    scheduler = new ReleaseScheduler(store, bus, clock, cryptoRandom);
  });
  afterEach(async () => {
    scheduler.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function queue(boardId: string, count: number) {
    const posts = [];
    for (let i = 0; i < count; i++) {
      const post = newPost(boardId, `post ${i}`);
      await store.enqueuePost(post);
      await scheduler.considerRelease(boardId);
      posts.push(post);
    }
    return posts;
  }

  it('never releases a lone post while the threshold is 3', async () => {
    const board = newBoard({ releaseThreshold: 3, releaseDelayMs: [5000, 15000] });
    await store.createBoard(board);
    await queue(board.id, 2);
    await clock.advance(60 * 60_000);
    expect(published).toEqual([]);
    expect(clock.pendingTimers).toBe(0);
  });

  it('releases three posts as one event once the random delay has passed, not before', async () => {
    const board = newBoard({ releaseThreshold: 3, releaseDelayMs: [5000, 15000] });
    await store.createBoard(board);
    const posts = await queue(board.id, 3);
    await clock.advance(4999);
    expect(published).toEqual([]);
    await clock.advance(10_001);
    expect(published).toHaveLength(1);
    expect(published[0]?.postIds.sort()).toEqual(posts.map((post) => post.id).sort());
  });

  it('includes posts that arrive during the delay in the same batch', async () => {
    const board = newBoard({ releaseThreshold: 2, releaseDelayMs: [1000, 1000] });
    await store.createBoard(board);
    await queue(board.id, 2);
    await clock.advance(500);
    await queue(board.id, 1);
    await clock.advance(500);
    expect(published.map((event) => event.postIds.length)).toEqual([3]);
  });

  it('waits for more when a retraction drops the queue below the threshold', async () => {
    const board = newBoard({ releaseThreshold: 3, releaseDelayMs: [1000, 1000] });
    await store.createBoard(board);
    const [first] = await queue(board.id, 3);
    await store.retractPost(board.id, first!.id, first!.deleteKeyHash);
    await clock.advance(2000);
    expect(published).toEqual([]);
    await queue(board.id, 1);
    await clock.advance(1000);
    expect(published.map((event) => event.postIds.length)).toEqual([3]);
  });

  it('re-arms after a restart for boards that still have a queue', async () => {
    const board = newBoard({ releaseThreshold: 2, releaseDelayMs: [0, 0] });
    await store.createBoard(board);
    await store.enqueuePost(newPost(board.id, 'a'));
    await store.enqueuePost(newPost(board.id, 'b'));
    await scheduler.recover();
    await clock.advance(0);
    expect(published.map((event) => event.postIds.length)).toEqual([2]);
  });
});
