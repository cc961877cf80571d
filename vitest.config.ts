import { defineConfig } from 'vitest/config';

// Its own config so that Vitest does not inherit `root: 'client'` from vite.config.ts.
export default defineConfig({
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests start Chromium; two cores do not gain from running many at once.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
