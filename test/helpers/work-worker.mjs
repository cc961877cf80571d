// A worker thread that solves proof-of-work challenges for test/helpers/work-pool.ts. Plain JavaScript because a
// worker's entry is not run through tsx; it registers tsx to load the shared TypeScript solver.
import { hash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { solveWork } = await import('../../shared/work.ts');
const sha256 = (data) => hash('sha256', data, 'buffer');

parentPort.on('message', ({ id, challenge, subject, bits }) => {
  const started = performance.now();
  const counter = solveWork(challenge, subject, bits, sha256);
  parentPort.postMessage({ id, counter, ms: performance.now() - started });
});
