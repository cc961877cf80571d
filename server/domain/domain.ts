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

export interface DomainDependencies {
  store: BoardStore;
  bus: EventBus;
  clock: Clock;
  random: RandomSource;
  reactionTickMs: number;
}

/** The domain's services wired together. They see the store and the bus only through their interfaces. */
export function createDomain({ store, bus, clock, random, reactionTickMs }: DomainDependencies) {
  const boards = new BoardService(store, clock, random);
  const seats = new SeatService();
  const scheduler = new ReleaseScheduler(store, bus, clock, random);
  const ticker = new ReactionTicker(store, bus, clock, reactionTickMs);
  return {
    boards,
    seats,
    scheduler,
    ticker,
    posts: new PostService(store, bus, boards, seats, scheduler),
    reactions: new ReactionService(store, boards, seats, ticker),
    async start() {
      await scheduler.recover();
    },
    /** Flushes pending reaction counts so nothing acknowledged is lost, then stops all timers. */
    async stop() {
      scheduler.stop();
      await ticker.flush();
      ticker.stop();
    },
  };
}

export type Domain = ReturnType<typeof createDomain>;
