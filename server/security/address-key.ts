import { createHmac, randomBytes } from 'node:crypto';
import type { Clock } from '../domain/clock.ts';
import { dayOf } from '../domain/clock.ts';

/**
 * Turns a network address into a rate-limit key that cannot be turned back: HMAC with a random key that lives in
 * memory only and is replaced every day (DESIGN.md §2.1). The address itself is never kept.
 */
export class AddressKeyer {
  private key = randomBytes(32);
  private day: string;

  constructor(private readonly clock: Clock) {
    this.day = dayOf(clock.now());
  }

  keyFor(address: string): string {
    const today = dayOf(this.clock.now());
    if (today !== this.day) {
      this.key = randomBytes(32);
      this.day = today;
    }
    return createHmac('sha256', this.key).update(address).digest('base64url');
  }
}
