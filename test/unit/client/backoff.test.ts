import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  reconnectDelay,
  RESTART_ATTEMPTS,
  RESTART_BACKOFF,
  type BackoffOptions,
} from '../../../client/live/backoff.ts';

/** Largest double below 1: the top of the [0, 1) range a random source may return. */
const ALMOST_ONE = 1 - Number.EPSILON / 2;

/** A small seeded PRNG (mulberry32), so the statistical tests are reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

describe('backoffDelay', () => {
  const { baseMs, capMs } = DEFAULT_BACKOFF;

  it('has sensible defaults', () => {
    expect(baseMs).toBeGreaterThan(0);
    expect(capMs).toBeGreaterThanOrEqual(baseMs);
  });

  it('is 0 when the random source gives 0, for every attempt', () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      expect(backoffDelay(attempt, DEFAULT_BACKOFF, () => 0)).toBe(0);
    }
  });

  it('stays just below base * 2^attempt (full jitter) until the cap', () => {
    expect(backoffDelay(0, DEFAULT_BACKOFF, () => ALMOST_ONE)).toBe(baseMs - 1);
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => ALMOST_ONE)).toBe(2 * baseMs - 1);
    expect(backoffDelay(2, DEFAULT_BACKOFF, () => ALMOST_ONE)).toBe(4 * baseMs - 1);
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0.5)).toBe(4 * baseMs);
  });

  it('never exceeds the cap, however many attempts', () => {
    for (const attempt of [5, 6, 10, 30, 31, 100, 1_000, 1e9, Number.MAX_SAFE_INTEGER, Infinity]) {
      const top = backoffDelay(attempt, DEFAULT_BACKOFF, () => ALMOST_ONE);
      expect(top).toBe(capMs - 1);
      expect(Number.isFinite(top)).toBe(true);
    }
    const options: BackoffOptions = { baseMs: 100, capMs: 1_000 };
    const random = seeded(1);
    for (let attempt = 0; attempt < 60; attempt++) {
      for (let i = 0; i < 50; i++) {
        const delay = backoffDelay(attempt, options, random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(options.capMs);
      }
    }
  });

  it('returns non-negative whole milliseconds, also for a negative attempt', () => {
    const random = seeded(2);
    for (const attempt of [-5, -1, 0, 1, 2, 7, 20]) {
      for (let i = 0; i < 100; i++) {
        const delay = backoffDelay(attempt, DEFAULT_BACKOFF, random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(delay)).toBe(true);
      }
    }
    // A negative attempt is treated as the first retry.
    expect(backoffDelay(-3, DEFAULT_BACKOFF, () => ALMOST_ONE)).toBe(baseMs - 1);
  });

  it('grows with the attempt number for the same random draw, up to the cap', () => {
    const delays = Array.from({ length: 12 }, (_, attempt) =>
      backoffDelay(attempt, DEFAULT_BACKOFF, () => 0.7),
    );
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
    expect(delays[4]!).toBeGreaterThan(delays[3]!);
    expect(delays.at(-1)).toBe(Math.floor(0.7 * capMs));
  });

  it('grows with the attempt number on average', () => {
    const random = seeded(3);
    const averages = [0, 1, 2, 3, 4, 5].map((attempt) =>
      mean(Array.from({ length: 2_000 }, () => backoffDelay(attempt, DEFAULT_BACKOFF, random))),
    );
    for (let i = 1; i < averages.length; i++) expect(averages[i]!).toBeGreaterThan(averages[i - 1]!);
    // Full jitter: the mean is about half the ceiling.
    expect(averages[0]!).toBeGreaterThan(baseMs * 0.4);
    expect(averages[0]!).toBeLessThan(baseMs * 0.6);
  });

  it('is jittered: many calls for the same attempt are not all equal', () => {
    const random = seeded(4);
    for (const attempt of [0, 3, 10]) {
      const delays = Array.from({ length: 200 }, () => backoffDelay(attempt, DEFAULT_BACKOFF, random));
      expect(new Set(delays).size).toBeGreaterThan(50);
    }
  });

  it('is jittered with the default random source too', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelay(6));
    expect(new Set(delays).size).toBeGreaterThan(1);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(capMs);
    }
  });
});

describe('reconnectDelay', () => {
  it('retries within two seconds while the server is restarting, for about twenty seconds', () => {
    let total = 0;
    for (let attempt = 0; attempt < RESTART_ATTEMPTS; attempt++) {
      const top = reconnectDelay(attempt, true, () => ALMOST_ONE);
      expect(top).toBeLessThan(RESTART_BACKOFF.capMs);
      total += top;
    }
    expect(total).toBeGreaterThan(15_000);
    // Then the usual, slower schedule: a server that stays away is not hammered.
    expect(reconnectDelay(RESTART_ATTEMPTS, true, () => ALMOST_ONE)).toBe(DEFAULT_BACKOFF.capMs - 1);
  });

  it('uses the usual schedule when the connection merely dropped', () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(reconnectDelay(attempt, false, () => 0.5)).toBe(
        backoffDelay(attempt, DEFAULT_BACKOFF, () => 0.5),
      );
    }
  });
});
