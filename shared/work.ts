/**
 * Proof of work: the price of what a person does once and a script would do a thousand times — taking a seat on a
 * board and looking up a join code. A room shares one network address, so a per-address budget cannot tell the
 * person from the script; a little work per seat can, because it costs each device for what that device asks.
 *
 * The server hands out a signed, short-lived challenge (`POST /api/challenges`). The client searches for a counter
 * such that SHA-256(`challenge|subject|counter`) starts with `bits` zero bits, where the subject names what the work
 * buys (`seat:<boardId>` or `join:<CODE>`), and sends `challenge.counter` in the `X-Work` header. Each challenge buys
 * one thing; on average the search takes 2^bits hashes. The server needs one hash to check it.
 */
import { Type, type Static } from 'typebox';

/** The header that carries a solved challenge. */
export const WORK_HEADER = 'x-work';

/** The most work an instance may ask for (SEAT_WORK_BITS): beyond this, phones would search for minutes. */
export const WORK_BITS_MAX = 24;

/** What a piece of work pays for. */
export const WorkPurpose = { seat: 'seat', join: 'join' } as const;
export type WorkPurpose = (typeof WorkPurpose)[keyof typeof WorkPurpose];

/** The subject a solution is bound to, so work done for one board or code cannot buy another. */
export function workSubject(purpose: WorkPurpose, value: string): string {
  return `${purpose}:${value}`;
}

const CHALLENGE = '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}';
export const WorkChallenge = Type.String({ pattern: `^${CHALLENGE}$` });
/** `challenge.counter`. */
export const WorkProof = Type.String({ pattern: `^${CHALLENGE}\\.[0-9]{1,15}$`, maxLength: 64 });

export const ChallengeReplySchema = Type.Object({
  challenge: WorkChallenge,
  /** Leading zero bits the hash must have; 0 means this instance asks for no work (any counter will do). */
  bits: Type.Integer({ minimum: 0, maximum: WORK_BITS_MAX }),
});
export type ChallengeReply = Static<typeof ChallengeReplySchema>;

export function workProof(challenge: string, counter: number): string {
  return `${challenge}.${counter}`;
}

/** Splits a proof into its challenge and counter; the schema has already checked its shape. */
export function parseWorkProof(proof: string): { challenge: string; counter: number } {
  const cut = proof.lastIndexOf('.');
  return { challenge: proof.slice(0, cut), counter: Number(proof.slice(cut + 1)) };
}

/** The text that is hashed. ASCII only (challenges, board ids and join codes are), so every side encodes it alike. */
export function workMessage(challenge: string, subject: string, counter: number): string {
  return `${challenge}|${subject}|${counter}`;
}

export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export type Sha256 = (data: Uint8Array) => Uint8Array;

/**
 * Searches counters in [from, to) and returns the first that solves the challenge, or undefined. Synchronous, so
 * callers run it in a worker or in slices. The message is built in one buffer to keep each try to a hash.
 */
export function solveWork(
  challenge: string,
  subject: string,
  bits: number,
  sha256: Sha256,
  from = 0,
  to = Number.MAX_SAFE_INTEGER,
): number | undefined {
  const prefix = new TextEncoder().encode(workMessage(challenge, subject, 0).slice(0, -1));
  const buffer = new Uint8Array(prefix.length + 16);
  buffer.set(prefix);
  for (let counter = from; counter < to; counter++) {
    const digits = String(counter);
    for (let i = 0; i < digits.length; i++) buffer[prefix.length + i] = digits.charCodeAt(i);
    if (leadingZeroBits(sha256(buffer.subarray(0, prefix.length + digits.length))) >= bits) return counter;
  }
  return undefined;
}
