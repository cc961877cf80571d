import type { EventBus } from '../bus/event-bus.ts';
import type { BoardStore } from '../store/board-store.ts';
import type { Clock, ClockTimer } from './clock.ts';

/**
 * Coalesces reaction changes (DESIGN.md §2.7): clicks only mark a post as changed; once per tick each board with
 * changes gets one `reactions` event with the full counts, so nobody can time a single click.
 */
export class ReactionTicker {
  private readonly changed = new Map<string, Set<string>>();
  private timer: ClockTimer | undefined;

  constructor(
    private readonly store: BoardStore,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly tickMs: number,
  ) {}

  markChanged(boardId: string, postId: string): void {
    let posts = this.changed.get(boardId);
    if (!posts) {
      posts = new Set();
      this.changed.set(boardId, posts);
    }
    posts.add(postId);
    this.timer ??= this.clock.setTimeout(() => void this.flush(), this.tickMs);
  }

  async flush(): Promise<void> {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    const due = [...this.changed];
    this.changed.clear();
    for (const [boardId, postIds] of due) {
      const event = await this.store.recordReactionsEvent(boardId, [...postIds]);
      this.bus.publish(event);
    }
  }

  stop(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.changed.clear();
  }
}
