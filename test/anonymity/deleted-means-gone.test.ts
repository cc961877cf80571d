/**
 * DESIGN.md §2.8: after a retraction, a moderator's removal, a board deletion or a retention run, the text is in
 * no database file — not in free pages, not in the WAL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RETENTION_INTERVAL_MS } from '../../server/domain/retention.ts';
import { databaseFiles, filesContaining } from '../helpers/database-files.ts';
import { FakeClock } from '../helpers/fake-clock.ts';
import {
  createBoard,
  newDeleteKey,
  postAs,
  startTestApp,
  takeSeat,
  type TestApp,
} from '../helpers/test-app.ts';
import { eventually } from '../helpers/wait.ts';

const DAY_MS = 24 * 60 * 60_000;

describe('deleted means gone', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /** A board with one released canary post and one ordinary post, so the file is not simply emptied. */
  async function boardWithCanary(clock?: FakeClock) {
    t = await startTestApp({}, clock ? { clock } : {});
    const created = await createBoard(t.app, {
      settings: { releaseThreshold: 1, releaseDelayMs: [0, 0], retentionDays: 30 },
    });
    const boardId = created.board.id;
    const seat = await takeSeat(t.app, boardId);
    const canary = `KANARIE-${newDeleteKey()}`;
    const deleteKey = newDeleteKey();
    const postId = (await postAs(t.app, boardId, seat, `Hemligt: ${canary}`, { deleteKey })).json().post
      .id as string;
    await postAs(t.app, boardId, seat, 'Ett vanligt inlägg');
    if (clock) await clock.advance(0);
    const app = t.app;
    await eventually('the release', async () =>
      (await app.store.visiblePosts(boardId)).length === 2 ? true : undefined,
    );
    expect(filesContaining(databaseFiles(t.dataFile), canary).length).toBeGreaterThan(0);
    return { app: t.app, dataFile: t.dataFile, boardId, postId, deleteKey, canary, tokens: created.tokens };
  }

  it('after the author retracts', async () => {
    const { app, dataFile, boardId, postId, deleteKey, canary } = await boardWithCanary();
    const response = await app.inject({
      method: 'DELETE',
      url: `/api/boards/${boardId}/posts/${postId}`,
      headers: { 'x-delete-key': deleteKey },
    });
    expect(response.statusCode).toBe(204);
    expect(filesContaining(databaseFiles(dataFile), canary)).toEqual([]);
  });

  it('after a moderator removes', async () => {
    const { app, dataFile, boardId, postId, canary, tokens } = await boardWithCanary();
    const response = await app.inject({
      method: 'DELETE',
      url: `/api/boards/${boardId}/posts/${postId}`,
      headers: { authorization: `Bearer ${tokens.moderator}` },
    });
    expect(response.statusCode).toBe(204);
    expect(filesContaining(databaseFiles(dataFile), canary)).toEqual([]);
  });

  it('after the facilitator deletes the board', async () => {
    const { app, dataFile, boardId, canary, tokens } = await boardWithCanary();
    const response = await app.inject({
      method: 'DELETE',
      url: `/api/boards/${boardId}`,
      headers: { authorization: `Bearer ${tokens.facilitator}` },
    });
    expect(response.statusCode).toBe(204);
    expect((await app.inject({ url: `/api/boards/${boardId}` })).statusCode).toBe(404);
    expect(filesContaining(databaseFiles(dataFile), canary)).toEqual([]);
  });

  it('after the retention period following close, and not a day before', async () => {
    const clock = new FakeClock();
    const { app, dataFile, boardId, canary, tokens } = await boardWithCanary(clock);
    const close = await app.inject({
      method: 'PATCH',
      url: `/api/boards/${boardId}`,
      headers: { authorization: `Bearer ${tokens.facilitator}` },
      payload: { phase: 'closed' },
    });
    expect(close.statusCode).toBe(200);
    await clock.advance(29 * DAY_MS);
    expect((await app.inject({ url: `/api/boards/${boardId}` })).statusCode).toBe(200);
    await clock.advance(DAY_MS + RETENTION_INTERVAL_MS);
    expect((await app.inject({ url: `/api/boards/${boardId}` })).statusCode).toBe(404);
    expect(filesContaining(databaseFiles(dataFile), canary)).toEqual([]);
  });

  it('never keeps a board longer than the instance allows', async () => {
    t = await startTestApp({ RETENTION_MAX_DAYS: '7' });
    const tooLong = await t.app.inject({
      method: 'POST',
      url: '/api/boards',
      payload: { title: 'Länge', settings: { retentionDays: 30 } },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().code).toBe('VALIDATION_FAILED');
    const defaulted = await createBoard(t.app, { settings: {} });
    expect(defaulted.board.settings.retentionDays).toBe(7);
  });

  it('deletes a board nobody closed once it reaches the instance’s maximum age, and not before', async () => {
    const clock = new FakeClock();
    t = await startTestApp({ BOARD_MAX_AGE_DAYS: '60' }, { clock });
    const boardId = (await createBoard(t.app)).board.id;
    await clock.advance(59 * DAY_MS);
    expect((await t.app.inject({ url: `/api/boards/${boardId}` })).statusCode).toBe(200);
    await clock.advance(DAY_MS + RETENTION_INTERVAL_MS);
    expect((await t.app.inject({ url: `/api/boards/${boardId}` })).statusCode).toBe(404);
  });
});
