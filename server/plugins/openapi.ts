import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';

/** The OpenAPI document, generated from the routes' schemas, at /api/openapi.json. */
export const openApiPlugin = fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Takhöjd',
          description: 'Anonymous idea and concern board. Errors are { code, message } with a stable code.',
          version: '1',
        },
        components: {
          securitySchemes: {
            roleToken: {
              type: 'http',
              scheme: 'bearer',
              description: 'Facilitator, moderator or projector token',
            },
          },
        },
      },
    });
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
