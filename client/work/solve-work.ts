import { sha256 } from '@noble/hashes/sha2.js';
import { solveWork } from '../../shared/work.ts';

export interface WorkTask {
  challenge: string;
  subject: string;
  bits: number;
}

/** Tries per slice when no worker is available: a few tens of milliseconds on a slow phone. */
const SLICE = 4096;

/** Finds the counter that solves a challenge (shared/work.ts), in a worker where the browser has module workers. */
export async function solveChallenge(task: WorkTask): Promise<number> {
  if (task.bits === 0) return 0;
  try {
    return await solveInWorker(task);
  } catch {
    // Module workers arrived late in some browsers (Firefox 114); slices on the main thread still get there.
    return solveInSlices(task);
  }
}

function solveInWorker(task: WorkTask): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./work-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<number>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error('work worker failed'));
    };
    worker.postMessage(task);
  });
}

async function solveInSlices({ challenge, subject, bits }: WorkTask): Promise<number> {
  for (let from = 0; ; from += SLICE) {
    const counter = solveWork(challenge, subject, bits, sha256, from, from + SLICE);
    if (counter !== undefined) return counter;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
