import { readString, removeKey, writeString } from './web-storage.ts';

const key = (boardId: string): string => `takhojd.seat.${boardId}`;
const SEAT_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function loadSeat(boardId: string): string | undefined {
  const seat = readString('local', key(boardId));
  return seat !== undefined && SEAT_PATTERN.test(seat) ? seat : undefined;
}

export function saveSeat(boardId: string, seat: string): void {
  writeString('local', key(boardId), seat);
}

export function forgetSeat(boardId: string): void {
  removeKey('local', key(boardId));
}
