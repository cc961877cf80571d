import { existsSync, readFileSync } from 'node:fs';

/** The main database file and its WAL and shared-memory companions: everything SQLite keeps on disk. */
export function databaseFiles(dataFile: string): string[] {
  return [dataFile, `${dataFile}-wal`, `${dataFile}-shm`].filter((file) => existsSync(file));
}

/** Which of the files contain `needle` anywhere in their bytes (UTF-8, and UTF-16 in case a driver wrote that). */
export function filesContaining(files: string[], needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  return files.filter((file) => {
    const bytes = readFileSync(file);
    return forms.some((form) => bytes.includes(form));
  });
}
