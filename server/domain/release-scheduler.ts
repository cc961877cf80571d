import { BoardPhase } from '../../shared/board.ts';
import type { EventBus } from '../bus/event-bus.ts';
import type { BoardRecord, BoardStore } from '../store/board-store.ts';
import { dayOf, type Clock, type ClockTimer } from './clock.ts';
import { isReleaseDue, pickReleaseDelay } from './release-policy.ts';
import { shuffle, type RandomSource } from './random.ts';

/**
 * Arms one timer per board once enough posts are queued, and releases everything queued when it fires — shuffled,
 * as one event. State lives in the store, so after a restart `recover()` re-arms boards that still have a queue.
 */
export class ReleaseScheduler {
  private readonly timers = new Map<string, ClockTimer>();
  private stopped = false;

  constructor(
    private readonly store: BoardStore,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly random: RandomSource,
    private readonly onError: (error: unknown) => void = (error) => {
      throw error;
    },
  ) {}

  /** Call after a post was queued (or settings changed): arms the board's timer if a batch is now due. */
  async considerRelease(boardId: string): Promise<void> {
    if (this.stopped || this.timers.has(boardId)) return;
    const board = await this.store.getBoard(boardId);
    if (!board) return;
    if (!(await this.queue(board)).due || this.timers.has(boardId)) return;
    const delay = pickReleaseDelay(board.settings.releaseDelayMs, this.random);
    this.timers.set(
      boardId,
      this.clock.setTimeout(() => void this.release(boardId).catch(this.onError), delay),
    );
  }

  async recover(): Promise<void> {
    for (const boardId of await this.store.boardIdsWithQueuedPosts()) await this.considerRelease(boardId);
  }

  /**
   * How many posts wait, and whether they make a batch. The threshold is the board's, or a higher one a queued
   * post was sent under: lowering it must not publish a post sooner, with fewer others, than its author was told.
   */
  async queue(board: BoardRecord): Promise<{ queued: number; due: boolean }> {
    const { count, threshold } = await this.store.queueState(board.id);
    return { queued: count, due: isReleaseDue(count, Math.max(board.settings.releaseThreshold, threshold)) };
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) this.clock.clearTimeout(timer);
    this.timers.clear();
  }

  private async release(boardId: string): Promise<void> {
    this.timers.delete(boardId);
    if (this.stopped) return;
    const board = await this.store.getBoard(boardId);
    if (!board) return;
    // While paused nothing changes on screen; unpausing calls considerRelease again.
    if (board.phase === BoardPhase.paused) return;
    // Retractions during the delay may have shrunk the queue below the threshold: then wait for more.
    if (!(await this.queue(board)).due) return;
    const result = await this.store.releaseQueued(
      boardId,
      (ids) => shuffle(ids, this.random),
      dayOf(this.clock.now()),
      board.settings.preModeration,
    );
    if (!result) return;
    if (result.event) this.bus.publish(result.event);
    // Moderators see the whole batch, including what went to them for review.
    this.bus.publish({
      type: 'moderation',
      boardId,
      postIds: result.postIds,
      removedPostIds: [],
      auditIds: [],
    });
  }
}
