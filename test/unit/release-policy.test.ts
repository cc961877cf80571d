import { describe, expect, it } from 'vitest';
import { isReleaseDue, pickReleaseDelay } from '../../server/domain/release-policy.ts';
import { cryptoRandom, shuffle } from '../../server/domain/random.ts';

describe('release rule', () => {
  it('is due only when the threshold is met', () => {
    expect(isReleaseDue(0, 3)).toBe(false);
    expect(isReleaseDue(1, 3)).toBe(false);
    expect(isReleaseDue(2, 3)).toBe(false);
    expect(isReleaseDue(3, 3)).toBe(true);
    expect(isReleaseDue(7, 3)).toBe(true);
    expect(isReleaseDue(0, 1)).toBe(false);
    expect(isReleaseDue(1, 1)).toBe(true);
  });

  it('picks delays within the window, inclusive, and covers it', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const delay = pickReleaseDelay([5, 9], cryptoRandom);
      expect(delay).toBeGreaterThanOrEqual(5);
      expect(delay).toBeLessThanOrEqual(9);
      seen.add(delay);
    }
    expect([...seen].sort()).toEqual([5, 6, 7, 8, 9]);
    expect(pickReleaseDelay([0, 0], cryptoRandom)).toBe(0);
  });

  it('shuffle keeps every item and moves them', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = shuffle(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items); // 1 in 50! chance of a false failure
  });
});
