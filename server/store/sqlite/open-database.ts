import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';

export type SqliteDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations', import.meta.url));

/**
 * Settings that durability and "deleted means gone" rely on (DESIGN.md §2.8). They are read back after being set,
 * because SQLite silently ignores a pragma it cannot apply (e.g. WAL on some file systems).
 */
const REQUIRED_PRAGMAS = [
  ['journal_mode', 'WAL', 'wal'],
  // FULL, not better-sqlite3's usual NORMAL: in WAL + NORMAL an acknowledged post can vanish on power loss.
  ['synchronous', 'FULL', 2],
  ['busy_timeout', '5000', 5000],
  ['foreign_keys', 'ON', 1],
  // Overwrite deleted content instead of leaving it in free pages.
  ['secure_delete', 'ON', 1],
  ['trusted_schema', 'OFF', 0],
] as const;

export function openDatabase(file: string): SqliteDb {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const client = new Database(file);
  // Must precede the first table; on an existing database it only takes effect after VACUUM, which is fine.
  client.pragma('auto_vacuum = FULL');
  for (const [name, value, expected] of REQUIRED_PRAGMAS) {
    client.pragma(`${name} = ${value}`);
    const actual = client.pragma(name, { simple: true });
    if (actual !== expected && !(file === ':memory:' && name === 'journal_mode')) {
      client.close();
      throw new Error(`SQLite refused PRAGMA ${name} = ${value} (it reports ${String(actual)})`);
    }
  }
  const db = drizzle({ client, schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}
