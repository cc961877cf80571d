import type { RandomSource } from './random.ts';

/**
 * The batch-release rule (DESIGN.md §2.6), kept pure so it can be tested exhaustively: a batch may go out only
 * when at least `threshold` posts are queued, so no post is ever published alone while the threshold is above one.
 */
export function isReleaseDue(queuedCount: number, threshold: number): boolean {
  return queuedCount >= Math.max(1, threshold);
}

/** A uniformly random wait within [min, max] ms, so the moment of release does not follow the last Send. */
export function pickReleaseDelay([min, max]: readonly [number, number], random: RandomSource): number {
  const low = Math.min(min, max);
  const high = Math.max(min, max);
  return random.int(low, high + 1);
}
