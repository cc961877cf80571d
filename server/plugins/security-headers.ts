import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

/**
 * Headers that keep the browser from leaking: a strict CSP (no inline code, nothing from other origins), no
 * referrer, and nothing from the API cached on disk.
 */
export const securityHeadersPlugin = fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Lit's styles are constructed stylesheets, which CSP treats like 'self'; no 'unsafe-inline' needed.
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          // 'self' covers ws:/wss: to the same host in current browsers.
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      // Plain-HTTP instances (a laptop in a workshop) must not be pinned to HTTPS by a stray header.
      strictTransportSecurity: false,
    });
    app.addHook('onSend', async (request, reply) => {
      if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
      // The board needs none of these; a page that cannot ask for them cannot be tricked into it.
      reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    });
  },
  { name: 'security-headers' },
);
