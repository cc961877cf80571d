import fp from 'fastify-plugin';

const ONE_ADDRESS_TRAP =
  "every person will seem to come from the proxy's address and share its per-address limits. " +
  'Set TRUST_PROXY to the proxy\'s address or CIDR (see the README, "Behind a reverse proxy").';

/**
 * The one-address trap: behind a reverse proxy that Takhöjd does not trust, every request comes from the proxy,
 * so every person shares one address's connection and socket caps. Said once at start-up, and again, louder, the
 * first time a request shows it is happening (it carries X-Forwarded-For).
 */
export const proxyWarningPlugin = fp(
  async (app) => {
    if (app.config.TRUST_PROXY) return;
    app.addHook('onReady', async () => {
      app.log.warn(
        `TRUST_PROXY is not set: if a reverse proxy forwards to this instance, ${ONE_ADDRESS_TRAP}`,
      );
    });
    let warned = false;
    app.addHook('onRequest', async (request) => {
      if (warned || request.headers['x-forwarded-for'] === undefined) return;
      warned = true;
      app.log.warn(
        `A request came through a proxy (X-Forwarded-For) but TRUST_PROXY is not set: ${ONE_ADDRESS_TRAP}`,
      );
    });
  },
  { name: 'proxy-warning' },
);
