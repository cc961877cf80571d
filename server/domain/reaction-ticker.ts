import type { EventBus } from '../bus/event-bus.ts';
import type { BoardStore } from '../store/board-store.ts';
import type { Clock, ClockTimer } from './clock.ts';
import type { RandomSource } from './random.ts';

/**
 * Coalesces reaction changes (DESIGN.md §2.7): clicks only mark a post as changed; on each tick every board with
 * changes gets one `reactions` event with the full counts. Each tick comes a random time (between half and one and
 * a half ticks) after the last, so the event never follows one person's click by a fixed delay; when nothing has
 * changed, the ticks stop until the next click, so an idle server keeps no timers.
 */
export class ReactionTicker {
  private readonly changed = new Map<string, Set<string>>();
  private timer: ClockTimer | undefined;
  private stopped = false;

  constructor(
    private readonly store: BoardStore,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly random: RandomSource,
    private readonly tickMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  markChanged(boardId: string, postId: string): void {
    let posts = this.changed.get(boardId);
    if (!posts) {
      posts = new Set();
      this.changed.set(boardId, posts);
    }
    posts.add(postId);
    if (!this.timer && !this.stopped) this.schedule();
  }

  /** Sends what has changed; a board deleted in the meantime is skipped, never the others. */
  async flush(): Promise<void> {
    const due = [...this.changed];
    this.changed.clear();
    for (const [boardId, postIds] of due) {
      try {
        const event = await this.store.recordReactionsEvent(boardId, [...postIds]);
        if (event) this.bus.publish(event);
      } catch (error) {
        this.onError(error);
      }
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    const delay = Math.floor(this.tickMs / 2) + this.random.int(0, this.tickMs + 1);
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.flush().finally(() => {
        if (this.changed.size > 0 && !this.timer && !this.stopped) this.schedule();
      });
    }, delay);
  }
}
