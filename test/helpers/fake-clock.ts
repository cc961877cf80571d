import type { Clock, ClockTimer } from '../../server/domain/clock.ts';

interface PendingTimer extends ClockTimer {
  readonly id: number;
  at: number;
  callback: () => void;
}

/** A clock that only moves when a test says so. */
export class FakeClock implements Clock {
  private time: number;
  private nextId = 1;
  private pending: PendingTimer[] = [];

  constructor(start = Date.UTC(2026, 10, 30, 9, 0, 0)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): ClockTimer {
    const timer: PendingTimer = { id: this.nextId++, at: this.time + Math.max(0, ms), callback };
    this.pending.push(timer);
    return timer;
  }

  clearTimeout(timer: ClockTimer): void {
    this.pending = this.pending.filter((candidate) => candidate !== timer);
  }

  get pendingTimers(): number {
    return this.pending.length;
  }

  /** Moves time forward, firing due timers in order and letting the async work they start settle. */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    for (;;) {
      const due = this.pending
        .filter((timer) => timer.at <= until)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.pending = this.pending.filter((timer) => timer !== due);
      this.time = due.at;
      due.callback();
      await settle();
    }
    this.time = until;
    await settle();
  }
}

/** Lets promise chains started by timers or requests run to completion. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}
