import type { BoardStore } from '../store/board-store.ts';
import type { BoardAdminService } from './board-admin.ts';
import { dayOf, type Clock, type ClockTimer } from './clock.ts';

const DAY_MS = 24 * 60 * 60_000;
/** How often expired boards are looked for; deletion is at most this late. */
export const RETENTION_INTERVAL_MS = 60 * 60_000;

/**
 * Deletes boards a set number of days after they closed (DESIGN.md §2.8): the board's own setting, but never
 * longer than the instance allows.
 */
export class RetentionJob {
  private timer: ClockTimer | undefined;

  constructor(
    private readonly store: BoardStore,
    private readonly admin: BoardAdminService,
    private readonly clock: Clock,
    private readonly maxDays: number,
    /** No board outlives this many days from its creation, even one that was never closed. */
    private readonly maxAgeDays: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Deletes every expired board now; returns how many. One board that fails does not stop the others. */
  async run(): Promise<number> {
    const now = this.clock.now();
    const today = dayOf(now);
    const expired = new Set(
      await this.store.boardsCreatedBefore(dayOf(now - (this.maxAgeDays - 1) * DAY_MS)),
    );
    for (const board of await this.store.closedBoards()) {
      const days = Math.min(board.retentionDays, this.maxDays);
      const expires = dayOf(Date.parse(`${board.closedDay}T00:00:00Z`) + days * DAY_MS);
      if (expires <= today) expired.add(board.id);
    }
    let deleted = 0;
    for (const boardId of expired) {
      try {
        await this.admin.deleteNow(boardId);
        deleted++;
      } catch (error) {
        this.onError(error);
      }
    }
    return deleted;
  }

  start(): void {
    const tick = () => {
      this.run()
        .catch(this.onError)
        .finally(() => {
          if (this.timer) this.timer = this.clock.setTimeout(tick, RETENTION_INTERVAL_MS);
        });
    };
    this.timer = this.clock.setTimeout(tick, 0);
  }

  stop(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
