/**
 * A message for the next page, across an in-app navigation: "the board is deleted" is said on the start page the
 * facilitator lands on. Held in memory only, and read once.
 */
export type FlashKind = 'board-deleted';

let pending: FlashKind | undefined;

export function setFlash(kind: FlashKind): void {
  pending = kind;
}

export function takeFlash(): FlashKind | undefined {
  const kind = pending;
  pending = undefined;
  return kind;
}
