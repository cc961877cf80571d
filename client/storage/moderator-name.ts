/**
 * The name a moderator may type for the audit log. Kept in sessionStorage like the secret link itself: it lasts as
 * long as the tab and is never shared with another tab or left on a shared computer.
 */
import { readString, writeString } from './web-storage.ts';

const KEY = 'takhojd.moderatorName';

export function loadModeratorName(): string {
  return readString('session', KEY) ?? '';
}

export function saveModeratorName(name: string): void {
  writeString('session', KEY, name);
}
