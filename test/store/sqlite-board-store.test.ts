import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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
});
