import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../domain/clock.ts';
import { leadingZeroBits, parseWorkProof, workMessage } from '../../shared/work.ts';

/** Long enough to solve on a slow phone on a bad network, short enough that spent challenges are few to remember. */
export const CHALLENGE_LIFETIME_MS = 5 * 60_000;
/** Spent challenges remembered at most; each one cost real work, so reaching this means a flood worth refusing. */
const SPENT_MAX = 200_000;
const SWEEP_EVERY_MS = 10_000;

const NONCE_BYTES = 12;
const MAC_BYTES = 16;

export type WorkVerdict = 'ok' | 'invalid' | 'expired' | 'spent' | 'busy';

/**
 * Issues and checks proof-of-work challenges (the protocol is in shared/work.ts). A challenge is a random nonce and
 * an expiry, signed with a key that lives in memory only: nothing about who asked is kept, a restart invalidates
 * every outstanding challenge (the client asks for a new one), and spent challenges are remembered only until they
 * expire, so each buys one seat or one lookup.
 */
export class WorkChallenges {
  private readonly key = randomBytes(32);
  /** Spent nonce → its challenge's expiry; swept of expired ones every few seconds, and whenever it is full. */
  private readonly spent = new Map<string, number>();
  private lastSweep = 0;

  constructor(
    readonly bits: number,
    private readonly clock: Clock,
    private readonly spentMax = SPENT_MAX,
  ) {}

  issue(): string {
    const payload = Buffer.alloc(NONCE_BYTES + 4);
    randomBytes(NONCE_BYTES).copy(payload);
    payload.writeUInt32BE(Math.ceil((this.clock.now() + CHALLENGE_LIFETIME_MS) / 1000), NONCE_BYTES);
    return `${payload.toString('base64url')}.${this.mac(payload).toString('base64url')}`;
  }

  /** Checks a proof for `subject` and, if it holds, spends its challenge. */
  redeem(proof: string, subject: string): WorkVerdict {
    const { challenge, counter } = parseWorkProof(proof);
    const [encodedPayload = '', encodedMac = ''] = challenge.split('.');
    const payload = Buffer.from(encodedPayload, 'base64url');
    const mac = Buffer.from(encodedMac, 'base64url');
    if (payload.length !== NONCE_BYTES + 4 || mac.length !== MAC_BYTES) return 'invalid';
    // One spelling per challenge, or a spent one could be spent again under another spelling of the same bytes.
    if (payload.toString('base64url') !== encodedPayload) return 'invalid';
    if (!timingSafeEqual(mac, this.mac(payload))) return 'invalid';
    const now = this.clock.now();
    const expiresAt = payload.readUInt32BE(NONCE_BYTES) * 1000;
    if (expiresAt <= now) return 'expired';
    const hash = createHash('sha256')
      .update(workMessage(challenge, subject, counter))
      .digest();
    if (leadingZeroBits(hash) < this.bits) return 'invalid';
    if (this.spent.has(encodedPayload)) return 'spent';
    // A full list is swept at most once a second: one that stays full must not make every proof a long scan.
    const full = this.spent.size >= this.spentMax;
    if (now - this.lastSweep > (full ? 1_000 : SWEEP_EVERY_MS)) this.forgetExpired(now);
    if (this.spent.size >= this.spentMax) return 'busy';
    this.spent.set(encodedPayload, expiresAt);
    return 'ok';
  }

  /** Challenges are spent in any order, not in the order they expire: every entry is looked at. */
  private forgetExpired(now: number): void {
    this.lastSweep = now;
    for (const [nonce, expiresAt] of this.spent) if (expiresAt <= now) this.spent.delete(nonce);
  }

  private mac(payload: Buffer): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, MAC_BYTES);
  }
}
