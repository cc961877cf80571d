import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

describe('HTTP surface', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('reports health when the store answers', async () => {
    const response = await t.app.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI document generated from the route schemas', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/boards',
      '/api/boards/{boardId}',
      '/api/join/{code}',
      '/api/challenges',
      '/api/boards/{boardId}/seats',
      '/api/boards/{boardId}/posts',
      '/api/boards/{boardId}/posts/{postId}',
      '/api/boards/{boardId}/posts/{postId}/reactions/{kind}',
    ]) {
      expect(document.paths, path).toHaveProperty([path]);
    }
    expect(
      document.paths['/api/boards/{boardId}/posts'].post.requestBody.content['application/json'].schema
        .properties,
    ).toHaveProperty('deleteKey');
  });

  it('sends a strict CSP, no referrer and no caching of the API, and no cookies', async () => {
    const response = await t.app.inject({ url: '/health' });
    const api = await t.app.inject({ url: '/api/boards/AAAAAAAAAAAAAAAAAAAAAA' });
    const csp = String(api.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(api.headers['referrer-policy']).toBe('no-referrer');
    expect(api.headers['cache-control']).toBe('no-store');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(api.headers['set-cookie']).toBeUndefined();
  });

  it('answers unknown paths with a stable code', async () => {
    const response = await t.app.inject({ url: '/api/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });
});
