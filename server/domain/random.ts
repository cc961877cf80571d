import { randomBytes, randomInt } from 'node:crypto';

/** Cryptographic randomness for ids, secrets, delays and shuffles. Never Math.random. */
export interface RandomSource {
  /** A uniform integer in [min, max). */
  int(min: number, max: number): number;
}

export const cryptoRandom: RandomSource = { int: (min, max) => randomInt(min, max) };

/** 128 random bits as base64url: post, board and token ids. */
export function randomId(): string {
  return randomBytes(16).toString('base64url');
}

/** Fisher–Yates with a cryptographic source: every order of a batch is equally likely. */
export function shuffle<T>(items: readonly T[], random: RandomSource = cryptoRandom): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random.int(0, i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}
