import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface Solved {
  counter: number;
  ms: number;
}

interface Task {
  challenge: string;
  subject: string;
  bits: number;
}

/**
 * Solves proof-of-work challenges on worker threads, one per core, so a process that plays a whole room (hundreds of
 * phones, each of which would do its own work on its own processor) keeps its event loop for their sockets.
 */
export class WorkPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, (solved: Solved) => void>();
  private nextId = 0;
  private next = 0;

  constructor(size = availableParallelism()) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./work-worker.mjs', import.meta.url));
      worker.on('message', ({ id, counter, ms }: { id: number } & Solved) => {
        this.pending.get(id)?.({ counter, ms });
        this.pending.delete(id);
      });
      worker.unref();
      return worker;
    });
  }

  /** The counter, and how long the worker took to find it (the search alone, without waiting its turn). */
  solve(task: Task): Promise<Solved> {
    const id = this.nextId++;
    const worker = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, ...task });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
