/** Spearman's rank correlation of two equally long lists of distinct values given as ranks 0..n-1. */
export function spearman(ranksA: number[], ranksB: number[]): number {
  const n = ranksA.length;
  let sumSquares = 0;
  for (let i = 0; i < n; i++) sumSquares += ((ranksA[i] ?? 0) - (ranksB[i] ?? 0)) ** 2;
  return 1 - (6 * sumSquares) / (n * (n * n - 1));
}

/** Pearson's chi-square statistic of observed counts against a uniform expectation. */
export function chiSquareUniform(observed: number[]): number {
  const total = observed.reduce((sum, count) => sum + count, 0);
  const expected = total / observed.length;
  return observed.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
}

/** Critical values of chi-square at p = 0.01: above these, "uniform" is rejected at the 1 % level. */
export const CHI_SQUARE_CRITICAL_P01: Record<number, number> = {
  1: 6.635,
  2: 9.21,
  3: 11.345,
  4: 13.277,
  5: 15.086,
};
