/**
 * DESIGN.md §2.6, as properties: with a fake clock, random sequences of posts, retractions and waiting never
 * publish a batch smaller than the threshold; batches go out as one message; the shuffle is uniform; and a post
 * retracted while queued is never seen by anyone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventBus } from '../../server/bus/event-bus.ts';
import { cryptoRandom, shuffle } from '../../server/domain/random.ts';
import { ReleaseScheduler } from '../../server/domain/release-scheduler.ts';
import type { StoredEvent } from '../../server/store/board-store.ts';
import { SqliteBoardStore } from '../../server/store/sqlite/sqlite-board-store.ts';
import { databaseFiles, filesContaining } from '../helpers/database-files.ts';
import { FakeClock } from '../helpers/fake-clock.ts';
import { LiveClient } from '../helpers/live-client.ts';
import { CHI_SQUARE_CRITICAL_P01, chiSquareUniform } from '../helpers/statistics.ts';
import { newBoard, newPost } from '../helpers/store-fixtures.ts';
import { createBoard, newDeleteKey, postAs, startTestApp, takeSeat } from '../helpers/test-app.ts';

const dir = mkdtempSync(join(tmpdir(), 'takhojd-batches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** A real store and scheduler with a fake clock and a bus that records what would be announced. */
function harness() {
  const store = new SqliteBoardStore(join(dir, `batches-${++files}.db`));
  const clock = new FakeClock();
  const published: StoredEvent[] = [];
  const bus: EventBus = {
    publish: (message) => void (message.type === 'released' && published.push(message)),
    subscribe: () => () => {},
  };
  const scheduler = new ReleaseScheduler(store, bus, clock, cryptoRandom);
  return { store, clock, published, scheduler, close: () => (scheduler.stop(), store.close()) };
}

type Step = { kind: 'post' } | { kind: 'retract'; pick: number } | { kind: 'wait'; ms: number };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>({ kind: 'post' }),
  fc.record({ kind: fc.constant('retract' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 20_000 }) }),
);

/**
 * A test at p = 0.01 fails one run in a hundred even when all is well. A uniform source passes at least one of two
 * independent runs (a false alarm once in 10,000 runs); a biased one fails both.
 */
async function passesUniformityTwice(
  sample: () => Promise<number[]>,
  degreesOfFreedom: number,
): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (chiSquareUniform(await sample()) < CHI_SQUARE_CRITICAL_P01[degreesOfFreedom]!) return true;
  }
  return false;
}

describe('batch release', () => {
  it('never publishes fewer posts than the threshold of 3, whatever happens', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        const h = harness();
        try {
          const board = newBoard({ releaseThreshold: 3, releaseDelayMs: [5000, 15000] });
          await h.store.createBoard(board);
          const queued: ReturnType<typeof newPost>[] = [];
          for (const s of steps) {
            if (s.kind === 'post') {
              const post = newPost(board.id);
              await h.store.enqueuePost(post);
              queued.push(post);
              await h.scheduler.considerRelease(board.id);
            } else if (s.kind === 'retract' && queued.length > 0) {
              const [post] = queued.splice(s.pick % queued.length, 1);
              await h.store.retractPost(board.id, post!.id, post!.deleteKeyHash);
            } else if (s.kind === 'wait') {
              await h.clock.advance(s.ms);
            }
          }
          await h.clock.advance(60_000);
          for (const event of h.published) expect(event.postIds.length).toBeGreaterThanOrEqual(3);
        } finally {
          await h.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('puts the first-submitted post in each position equally often over 200 batches (chi-square, p > 0.01)', async () => {
    /** Position counts of the first-submitted post over 200 batches of three, released by the real scheduler. */
    async function firstPostPositions(): Promise<number[]> {
      const h = harness();
      try {
        const board = newBoard({ releaseThreshold: 3, releaseDelayMs: [0, 0] });
        await h.store.createBoard(board);
        const positions = [0, 0, 0];
        for (let batch = 0; batch < 200; batch++) {
          const posts = [newPost(board.id), newPost(board.id), newPost(board.id)];
          for (const post of posts) {
            await h.store.enqueuePost(post);
            await h.scheduler.considerRelease(board.id);
          }
          await h.clock.advance(0);
          const event = h.published.at(-1);
          expect(event?.postIds).toHaveLength(3);
          const position = event?.postIds.indexOf(posts[0]!.id) ?? -1;
          positions[position] = (positions[position] ?? 0) + 1;
        }
        expect(h.published).toHaveLength(200);
        return positions;
      } finally {
        await h.close();
      }
    }
    expect(await passesUniformityTwice(firstPostPositions, 2)).toBe(true);
  });

  it('shuffles every batch uniformly on its own, whatever order the store returns (chi-square over 6 orders)', async () => {
    // The store's random keys already scramble rows; the shuffle must not rely on that.
    const orderCounts = async () => {
      const counts = new Map<string, number>();
      for (let i = 0; i < 1200; i++) {
        const order = shuffle(['a', 'b', 'c']).join('');
        counts.set(order, (counts.get(order) ?? 0) + 1);
      }
      expect(counts.size).toBe(6);
      return [...counts.values()];
    };
    expect(await passesUniformityTwice(orderCounts, 5)).toBe(true);
  });

  it('sends three posts as one message, and a post retracted while queued is seen nowhere', async () => {
    const t = await startTestApp();
    try {
      const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const boardId = (
        await createBoard(t.app, { settings: { releaseThreshold: 3, releaseDelayMs: [0, 0] } })
      ).board.id;
      const client = await LiveClient.connect(baseUrl, boardId);
      client.subscribe();
      await client.next('snapshot');
      const seat = await takeSeat(t.app, boardId);

      const canary = `Kanarie-${newDeleteKey()}`;
      const deleteKey = newDeleteKey();
      const { id } = (await postAs(t.app, boardId, seat, canary, { deleteKey })).json().post;
      await postAs(t.app, boardId, seat, 'ett');
      const retract = await t.app.inject({
        method: 'DELETE',
        url: `/api/boards/${boardId}/posts/${id}`,
        headers: { 'x-delete-key': deleteKey },
      });
      expect(retract.statusCode).toBe(204);
      await postAs(t.app, boardId, seat, 'två');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(client.messages).toEqual([]);
      await postAs(t.app, boardId, seat, 'tre');

      const released = await client.next('released');
      expect(released.posts.map((post) => post.body).sort()).toEqual(['ett', 'tre', 'två']);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(client.messages).toEqual([]);
      client.close();
      const replay = await LiveClient.connect(baseUrl, boardId);
      replay.subscribe(0);
      await replay.next('released');
      replay.close();
      await t.app.close();
      expect(JSON.stringify(replay.messages)).not.toContain(canary);
      expect(JSON.stringify(released)).not.toContain(id);
      expect(filesContaining(databaseFiles(t.dataFile), canary)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
