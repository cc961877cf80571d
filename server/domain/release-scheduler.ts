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
    const queued = await this.store.countQueued(boardId);
    if (!isReleaseDue(queued, await this.threshold(board)) || this.timers.has(boardId)) return;
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
   * The board's threshold, or a higher one that a queued post was sent under: lowering the threshold must not
   * publish a post sooner, with fewer others, than its author was promised.
   */
  async threshold(board: BoardRecord): Promise<number> {
    return Math.max(board.settings.releaseThreshold, await this.store.queuedThreshold(board.id));
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
    if (!isReleaseDue(await this.store.countQueued(boardId), await this.threshold(board))) return;
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
