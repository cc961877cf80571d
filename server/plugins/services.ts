import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import type { EventBus } from '../bus/event-bus.ts';
import { InProcessEventBus } from '../bus/in-process-event-bus.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { createDomain, type Domain } from '../domain/domain.ts';
import { cryptoRandom, type RandomSource } from '../domain/random.ts';
import { LiveHub } from '../live/live-hub.ts';
import type { BoardStore } from '../store/board-store.ts';
import { SqliteBoardStore } from '../store/sqlite/sqlite-board-store.ts';
import { CloseCode } from '../../shared/protocol.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    store: BoardStore;
    domain: Domain;
    liveHub: LiveHub;
  }
}

export interface ServicesOptions {
  config: Config;
  /** Tests pass a fake clock; production uses the system clock. */
  clock?: Clock;
  random?: RandomSource;
  store?: BoardStore;
  bus?: EventBus;
}

/** Opens the store, wires the domain and the live hub, and shuts them down in order when the app closes. */
export const servicesPlugin = fp<ServicesOptions>(
  async (app, options) => {
    const store = options.store ?? new SqliteBoardStore(options.config.DATA_FILE);
    const bus = options.bus ?? new InProcessEventBus();
    const domain = createDomain({
      store,
      bus,
      clock: options.clock ?? systemClock,
      random: options.random ?? cryptoRandom,
      reactionTickMs: options.config.REACTION_TICK_MS,
      maxRetentionDays: options.config.RETENTION_MAX_DAYS,
      maxBoardAgeDays: options.config.BOARD_MAX_AGE_DAYS,
      maxBoards: options.config.MAX_BOARDS,
      maxPostsPerBoard: options.config.MAX_POSTS_PER_BOARD,
      onBackgroundError: (error) => app.log.error({ err: error }, 'background job failed'),
    });
    const liveHub = new LiveHub(store, bus, (error) => app.log.error({ err: error }, 'live delivery failed'));
    app.decorate('config', options.config);
    app.decorate('store', store);
    app.decorate('domain', domain);
    app.decorate('liveHub', liveHub);

    app.addHook('onReady', async () => {
      await domain.start();
    });
    app.addHook('preClose', async () => {
      liveHub.closeAll(CloseCode.goingAway, 'server shutting down');
    });
    app.addHook('onClose', async () => {
      await domain.stop();
      await liveHub.idle();
      await store.close();
    });
  },
  { name: 'services' },
);
