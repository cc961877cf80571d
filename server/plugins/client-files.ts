import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';

const CLIENT_DIR = fileURLToPath(new URL('../../dist/client', import.meta.url));
/** Paths the client's router handles: they all get the one page. */
const CLIENT_ROUTES = ['/b/:boardId', '/b/:boardId/:view', '/vad-sparas', '/tillganglighet'];

/** Serves the client that `npm run build` made. */
export const clientFilesPlugin = fp(
  async (app) => {
    if (!existsSync(`${CLIENT_DIR}/index.html`)) {
      app.log.warn(
        'The client is not built (dist/client is missing): run `npm run build`. Serving the API only.',
      );
      return;
    }
    await app.register(fastifyStatic, { root: CLIENT_DIR, prefix: '/', wildcard: true, index: 'index.html' });
    for (const url of CLIENT_ROUTES) {
      app.get(url, { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
    }
  },
  { name: 'client-files' },
);
