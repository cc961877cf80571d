/**
 * The messages between the fan-out orchestrator (bench/fanout.ts) and its client process
 * (bench/fanout-clients.ts). Every command gets exactly one reply, so the orchestrator runs one command at a time.
 */

/** Which server a set of client sockets is connected to. */
export type SetName = 'takhojd' | 'plain';

export type Command =
  /** Open `count` sockets, send `hello` on each, and wait for each socket's first message (snapshot / hello). */
  | { cmd: 'connect'; set: SetName; url: string; count: number; hello: string }
  /** Count the next message on every socket of `set` as batch `batch`; reply `armed` at once, `batch` when done. */
  | { cmd: 'arm'; set: SetName; batch: number; wantSample: boolean }
  | { cmd: 'close'; set: SetName }
  /** Clock calibration: reply with this process's epoch time. */
  | { cmd: 'clock' }
  | { cmd: 'exit' };

export type Reply =
  | { ev: 'connected'; set: SetName; open: number; failed: number; ms: number }
  | { ev: 'armed' }
  /** Epoch times (ms, this process's clock) of the first, median and last arrival over all sockets of the set. */
  | {
      ev: 'batch';
      set: SetName;
      batch: number;
      received: number;
      expected: number;
      first: number;
      median: number;
      last: number;
      /** Sockets of the set that closed or errored since connecting, and messages that arrived unarmed. */
      dropped: number;
      unexpected: number;
      sample?: string;
    }
  | { ev: 'closed'; set: SetName }
  | { ev: 'clock'; t: number };

/** Sub-millisecond epoch time, comparable across processes on one machine (both derive from the system clock). */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}
