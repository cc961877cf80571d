import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

/** Starts the server and closes it gracefully (sockets told, timers stopped, the database closed) on a signal. */
const config = loadConfig();
const app = await buildApp(config);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info(`${signal}: shutting down`);
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}

await app.listen({ port: config.PORT, host: config.HOST });
