import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { randomBytes } from 'node:crypto';

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * One reaction (or report) of one seat on one post: SHA-256(seat ‖ post ‖ kind). Under a UNIQUE key it counts a
 * seat once, and since the post is inside the hash, two reactions of the same seat share no stored value.
 */
export function nullifier(seat: string, postId: string, kind: string): string {
  return sha256Hex(`${seat}\u0000${postId}\u0000${kind}`);
}

const SEAT_NONCE_BYTES = 16;
const SEAT_MAC_BYTES = 16;

/**
 * A seat is a random nonce plus a MAC with the board's seat key, so the server can recognise its own seats
 * without keeping a list of them: nothing per participant is stored.
 */
export function issueSeat(seatKey: string, boardId: string): string {
  const nonce = randomBytes(SEAT_NONCE_BYTES);
  return Buffer.concat([nonce, seatMac(seatKey, boardId, nonce)]).toString('base64url');
}

export function isValidSeat(seatKey: string, boardId: string, seat: string): boolean {
  const raw = Buffer.from(seat, 'base64url');
  if (raw.length !== SEAT_NONCE_BYTES + SEAT_MAC_BYTES) return false;
  // One spelling per seat: nullifiers and per-seat budgets are keyed on the text, so another spelling of the same
  // bytes must not pass as another seat.
  if (raw.toString('base64url') !== seat) return false;
  const nonce = raw.subarray(0, SEAT_NONCE_BYTES);
  return timingSafeEqual(raw.subarray(SEAT_NONCE_BYTES), seatMac(seatKey, boardId, nonce));
}

function seatMac(seatKey: string, boardId: string, nonce: Buffer): Buffer {
  return createHmac('sha256', Buffer.from(seatKey, 'base64url'))
    .update(boardId)
    .update(nonce)
    .digest()
    .subarray(0, SEAT_MAC_BYTES);
}

/** Compares a presented secret with a stored SHA-256 without leaking timing. */
export function matchesHash(secret: string, storedHashHex: string): boolean {
  const presented = Buffer.from(sha256Hex(secret), 'hex');
  const stored = Buffer.from(storedHashHex, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
