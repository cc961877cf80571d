import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteBoardStore } from '../../server/store/sqlite/sqlite-board-store.ts';
import { describeBoardStoreContract } from './board-store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'takhojd-store-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeBoardStoreContract('SQLite', async () => new SqliteBoardStore(join(dir, `store-${++files}.db`)));

describe('SQLite specifics', () => {
  it('applies the durability and secure-delete settings', async () => {
    const file = join(dir, 'pragmas.db');
    const store = new SqliteBoardStore(file);
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(1);
    db.close();
  });

  it('keeps posts, reactions and events in WITHOUT ROWID tables with no autoincrement', async () => {
    const file = join(dir, 'schema.db');
    const store = new SqliteBoardStore(file);
    await store.close();
    const db = new Database(file, { readonly: true });
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    for (const name of ['boards', 'posts', 'reactions', 'events']) {
      expect(tables.find((table) => table.name === name)?.sql).toMatch(/WITHOUT ROWID$/);
    }
    expect(tables.map((table) => table.name)).not.toContain('sqlite_sequence');
    db.close();
  });

  it('keeps the standing of posts a moderator approved before reports started to respect it', async () => {
    // The database as it was before migration 0005: every migration up to 0004.
    const older = join(dir, 'migrations-0004');
    cpSync(fileURLToPath(new URL('../../migrations', import.meta.url)), older, { recursive: true });
    const journalFile = join(older, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
    journal.entries = journal.entries.filter((entry) => entry.idx <= 4);
    writeFileSync(journalFile, JSON.stringify(journal));
    const file = join(dir, 'before-0005.db');
    const client = new Database(file);
    migrate(drizzle({ client }), { migrationsFolder: older });
    client.exec(`
      INSERT INTO boards (id, title, prompt, categories, settings, phase, join_code, facilitator_token_hash,
        moderator_token_hash, projector_token_hash, seat_key, created_day)
        VALUES ('b', 't', '', '[]', '{}', 'open', 'ABCDEF', 'f', 'm', 'p', 'k', '2026-11-30');
      INSERT INTO posts (id, board_id, category, body, status, delete_key_hash)
        VALUES ('approved', 'b', 'idea', 'x', 'visible', 'h1'), ('restored', 'b', 'idea', 'y', 'visible', 'h2'),
               ('untouched', 'b', 'idea', 'z', 'visible', 'h3');
      INSERT INTO audit (id, board_id, post_id, action, role, at)
        VALUES ('a1', 'b', 'approved', 'approve', 'moderator', '2026-11-30T10:00:00Z'),
               ('a2', 'b', 'restored', 'hide', 'moderator', '2026-11-30T10:01:00Z'),
               ('a3', 'b', 'restored', 'restore', 'moderator', '2026-11-30T10:02:00Z');
    `);
    client.close();

    const store = new SqliteBoardStore(file);
    const reviewed = Object.fromEntries(
      (await store.moderatedPosts('b')).map((post) => [post.id, post.reviewed]),
    );
    await store.close();
    expect(reviewed).toEqual({ approved: true, restored: true, untouched: false });
  });
});
