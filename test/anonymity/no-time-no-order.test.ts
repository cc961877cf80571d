/**
 * DESIGN.md §2.2–2.3: posts carry no precise time and their storage reveals no order. Several hundred posts are
 * submitted one by one, then released together; neither the ids nor the order SQLite keeps the rows in may follow
 * the order they were sent in, and every time-like value of the batch is the same.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../helpers/fake-clock.ts';
import { spearman } from '../helpers/statistics.ts';
import { createBoard, postAs, startTestApp, takeSeat, type TestApp } from '../helpers/test-app.ts';
import { LiveClient } from '../helpers/live-client.ts';

const POSTS = 300;

describe('no time, no order', () => {
  const clock = new FakeClock();
  let t: TestApp;
  let boardId: string;
  const submitted: string[] = [];
  let released: { id: string; batch: number; day: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    boardId = (
      await createBoard(t.app, { settings: { releaseThreshold: 50, releaseDelayMs: [60_000, 60_000] } })
    ).board.id;
    const client = await LiveClient.connect(baseUrl, boardId);
    client.subscribe();
    await client.next('snapshot');
    let seat = '';
    for (let i = 0; i < POSTS; i++) {
      // A fresh seat every few posts keeps under the per-seat limit; the clock does not move between posts.
      if (i % 10 === 0) seat = await takeSeat(t.app, boardId);
      const response = await postAs(t.app, boardId, seat, `Inlägg nummer ${i}`);
      submitted.push(response.json().post.id);
    }
    await clock.advance(60_000);
    released = (await client.next('released')).posts;
    client.close();
  }, 60_000);
  afterAll(async () => t.close());

  it('releases all of them in one batch with identical time-like values on the wire', () => {
    expect(released).toHaveLength(POSTS);
    expect(new Set(released.map((post) => post.batch)).size).toBe(1);
    expect(new Set(released.map((post) => post.day)).size).toBe(1);
  });

  it('ids do not follow submission order', () => {
    const byId = [...submitted].sort();
    const rho = spearman(
      submitted.map((_, i) => i),
      submitted.map((id) => byId.indexOf(id)),
    );
    expect(Math.abs(rho)).toBeLessThan(0.2);
  });

  it('the order SQLite stores and returns rows in does not follow submission order', () => {
    const db = new Database(t.dataFile, { readonly: true });
    try {
      const stored = (db.prepare('SELECT id FROM posts').all() as { id: string }[]).map((row) => row.id);
      expect(stored).toHaveLength(POSTS);
      const rho = spearman(
        submitted.map((_, i) => i),
        submitted.map((id) => stored.indexOf(id)),
      );
      expect(Math.abs(rho)).toBeLessThan(0.2);
      // Without a rowid there is no hidden insertion counter to read either.
      for (const table of ['posts', 'reactions', 'reports', 'events']) {
        expect(() => db.prepare(`SELECT rowid FROM ${table}`).all(), table).toThrow(/no such column/);
      }
      const sequence = db.prepare("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'").all();
      expect(sequence).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('stores identical time-like values for the whole batch', () => {
    const db = new Database(t.dataFile, { readonly: true });
    try {
      const columns = (db.prepare('PRAGMA table_info(posts)').all() as { name: string }[]).map(
        (column) => column.name,
      );
      // The only columns: nothing like created_at can sneak in unnoticed.
      expect(columns.sort()).toEqual([
        'batch',
        'board_id',
        'body',
        'category',
        'delete_key_hash',
        'held_reason',
        'id',
        'release_threshold',
        'released_day',
        'reviewed',
        'status',
      ]);
      const distinct = db
        .prepare('SELECT COUNT(DISTINCT batch) AS batches, COUNT(DISTINCT released_day) AS days FROM posts')
        .get() as { batches: number; days: number };
      expect(distinct).toEqual({ batches: 1, days: 1 });
    } finally {
      db.close();
    }
  });
});
