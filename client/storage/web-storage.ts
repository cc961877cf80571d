/**
 * Web storage can throw (disabled cookies, private modes, a full quota). The board must keep working without it,
 * just with a shorter memory, so every access goes through these helpers and failures are swallowed.
 */

export type StorageArea = 'local' | 'session';

function area(which: StorageArea): Storage | undefined {
  try {
    return which === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readString(which: StorageArea, key: string): string | undefined {
  try {
    return area(which)?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeString(which: StorageArea, key: string, value: string): void {
  try {
    area(which)?.setItem(key, value);
  } catch {
    // Not being remembered is better than failing the action the person just took.
  }
}

export function removeKey(which: StorageArea, key: string): void {
  try {
    area(which)?.removeItem(key);
  } catch {
    // See writeString.
  }
}

/** Reads JSON and keeps it only if `guard` accepts it: storage is user-editable and may hold older shapes. */
export function readJson<T>(
  which: StorageArea,
  key: string,
  guard: (value: unknown) => value is T,
): T | undefined {
  const raw = readString(which, key);
  if (raw === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return guard(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeJson(which: StorageArea, key: string, value: unknown): void {
  writeString(which, key, JSON.stringify(value));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
