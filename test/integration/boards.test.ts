import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/errors.ts';
import { createBoard, lookUpJoinCode, startTestApp, type TestApp } from '../helpers/test-app.ts';
import Database from 'better-sqlite3';

describe('boards over HTTP', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('creates a board with defaults, a join code and three distinct secret tokens', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/boards',
      payload: { title: '  Vår arbetsplats  ' },
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.board).toMatchObject({
      title: 'Vår arbetsplats',
      prompt: '',
      phase: 'open',
      categories: [{ id: 'idea' }, { id: 'concern' }, { id: 'question' }],
      settings: { releaseThreshold: 3, releaseDelayMs: [5000, 15000], maxPostLength: 280, language: 'sv' },
    });
    expect(created.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    const tokens = Object.values(created.tokens) as string[];
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) expect(Buffer.from(token, 'base64url')).toHaveLength(16);
  });

  it('stores only hashes of the secret tokens', async () => {
    const created = await createBoard(t.app);
    await t.app.close();
    const db = new Database(t.dataFile, { readonly: true });
    const dump = JSON.stringify(db.prepare('SELECT * FROM boards').all());
    db.close();
    for (const token of Object.values(created.tokens)) expect(dump).not.toContain(token);
  });

  it('shows the public board and finds it by join code, in any case and with spaces', async () => {
    const created = await createBoard(t.app, { title: 'Retro', prompt: 'Vad hindrar oss?' });
    const board = await t.app.inject({ url: `/api/boards/${created.board.id}` });
    expect(board.statusCode).toBe(200);
    expect(board.json()).toEqual(created.board);
    expect(board.body).not.toContain(created.tokens.facilitator);
    const code = created.joinCode.toLowerCase().replace(/^(...)/, '$1 ');
    const join = await lookUpJoinCode(t.app, code);
    expect(join.json()).toEqual({ boardId: created.board.id });
  });

  it('answers unknown boards and codes with stable codes', async () => {
    const board = await t.app.inject({ url: '/api/boards/AAAAAAAAAAAAAAAAAAAAAA' });
    expect(board.statusCode).toBe(404);
    expect(board.json().code).toBe(ErrorCode.boardNotFound);
    const join = await lookUpJoinCode(t.app, 'ZZZZZZ');
    expect(join.statusCode).toBe(404);
    expect(join.json().code).toBe(ErrorCode.joinCodeNotFound);
    const malformed = await t.app.inject({ url: '/api/boards/not-an-id' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe(ErrorCode.validationFailed);
  });

  it('validates the body: missing title, unknown fields, bad settings, duplicate categories', async () => {
    const cases = [
      {},
      { title: '' },
      { title: 'x'.repeat(121) },
      { title: 'ok', extra: true },
      { title: 'ok', settings: { releaseThreshold: 0 } },
      { title: 'ok', settings: { maxPostLength: 5 } },
      { title: 'ok', categories: [] },
      { title: 'ok', categories: [{ id: 'Not Valid' }] },
      { title: 'ok', categories: [{ id: 'a' }, { id: 'a' }] },
      { title: '\u202E\u200B' },
    ];
    for (const payload of cases) {
      const response = await t.app.inject({ method: 'POST', url: '/api/boards', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe(ErrorCode.validationFailed);
    }
  });

  it('accepts custom categories with labels and partial settings', async () => {
    const created = await createBoard(t.app, {
      categories: [
        { id: 'hinder', label: 'Hinder' },
        { id: 'mojlighet', label: 'Möjlighet' },
      ],
      settings: { maxPostLength: 500, reactionKinds: ['agree'] },
    });
    expect(created.board.categories).toEqual([
      { id: 'hinder', label: 'Hinder' },
      { id: 'mojlighet', label: 'Möjlighet' },
    ]);
    expect(created.board.settings).toMatchObject({
      maxPostLength: 500,
      reactionKinds: ['agree'],
      releaseThreshold: 3,
    });
  });

  it('rejects an oversized request body with 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/boards',
      payload: { title: 'ok', prompt: 'x'.repeat(40 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe(ErrorCode.payloadTooLarge);
  });
});

describe('instance creation token', () => {
  it('requires the configured token to create boards', async () => {
    const t = await startTestApp({ CREATE_TOKEN: 'a-long-creation-token' });
    try {
      const without = await t.app.inject({ method: 'POST', url: '/api/boards', payload: { title: 'x' } });
      expect(without.statusCode).toBe(401);
      expect(without.json().code).toBe(ErrorCode.createTokenRequired);
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/boards',
        headers: { authorization: 'Bearer wrong-token-wrong-token' },
        payload: { title: 'x' },
      });
      expect(wrong.statusCode).toBe(401);
      const right = await t.app.inject({
        method: 'POST',
        url: '/api/boards',
        headers: { authorization: 'Bearer a-long-creation-token' },
        payload: { title: 'x' },
      });
      expect(right.statusCode).toBe(201);
    } finally {
      await t.close();
    }
  });
});
