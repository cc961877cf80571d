import type { EventBus } from '../bus/event-bus.ts';
import type { BoardStore } from '../store/board-store.ts';
import { BoardService } from './boards.ts';
import type { Clock } from './clock.ts';
import { PostService } from './posts.ts';
import type { RandomSource } from './random.ts';
import { ReactionService } from './reactions.ts';
import { ReactionTicker } from './reaction-ticker.ts';
import { ReleaseScheduler } from './release-scheduler.ts';
import { SeatService } from './seats.ts';
import { BoardAdminService } from './board-admin.ts';
import { ModerationService } from './moderation.ts';
import { ReportService } from './reports.ts';
import { RetentionJob } from './retention.ts';

export interface DomainDependencies {
  store: BoardStore;
  bus: EventBus;
  clock: Clock;
  random: RandomSource;
  reactionTickMs: number;
  /** The instance's upper bound on how long closed boards are kept. */
  maxRetentionDays: number;
  /** No board is kept longer than this from its creation, closed or not. */
  maxBoardAgeDays: number;
  /** Boards the instance keeps at once. */
  maxBoards: number;
  /** Posts one board stores at once, whatever their status. */
  maxPostsPerBoard: number;
  onBackgroundError: (error: unknown) => void;
}

/** The domain's services wired together. They see the store and the bus only through their interfaces. */
export function createDomain(dependencies: DomainDependencies) {
  const { store, bus, clock, random, reactionTickMs, maxRetentionDays, maxBoardAgeDays, onBackgroundError } =
    dependencies;
  const boards = new BoardService(store, clock, random, maxRetentionDays, dependencies.maxBoards);
  const seats = new SeatService(store);
  const scheduler = new ReleaseScheduler(store, bus, clock, random, onBackgroundError);
  const ticker = new ReactionTicker(store, bus, clock, random, reactionTickMs, onBackgroundError);
  const admin = new BoardAdminService(store, bus, boards, clock, scheduler);
  const retention = new RetentionJob(
    store,
    admin,
    clock,
    maxRetentionDays,
    maxBoardAgeDays,
    onBackgroundError,
  );
  return {
    boards,
    seats,
    scheduler,
    ticker,
    admin,
    retention,
    posts: new PostService(store, bus, boards, seats, scheduler, admin, dependencies.maxPostsPerBoard),
    reactions: new ReactionService(store, boards, seats, ticker),
    reports: new ReportService(store, bus, boards, seats, admin),
    moderation: new ModerationService(store, bus, boards, clock, admin),
    async start() {
      await scheduler.recover();
      retention.start();
    },
    /** Flushes pending reaction counts so nothing acknowledged is lost, then stops all timers. */
    async stop() {
      retention.stop();
      scheduler.stop();
      await ticker.flush();
      ticker.stop();
    },
  };
}

export type Domain = ReturnType<typeof createDomain>;
