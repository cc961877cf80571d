/** Issue 8, point 4: boards per instance and posts per board are bounded, with clear codes, under concurrency too. */
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { ErrorCode } from '../../shared/errors.ts';
import {
  bearer,
  createBoard,
  newDeleteKey,
  postAs,
  startTestApp,
  takeSeat,
  type TestApp,
} from '../helpers/test-app.ts';
import { eventually } from '../helpers/wait.ts';

describe('disk limits', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('has defaults a hall fits in, and refuses nonsense', () => {
    const config = loadConfig({});
    expect(config.MAX_BOARDS).toBe(1000);
    expect(config.MAX_POSTS_PER_BOARD).toBe(3000);
    expect(loadConfig({ MAX_BOARDS: '7', MAX_POSTS_PER_BOARD: '11' })).toMatchObject({
      MAX_BOARDS: 7,
      MAX_POSTS_PER_BOARD: 11,
    });
    expect(() => loadConfig({ MAX_BOARDS: '0' })).toThrow(/MAX_BOARDS/);
    expect(() => loadConfig({ MAX_POSTS_PER_BOARD: 'many' })).toThrow(/MAX_POSTS_PER_BOARD/);
  });

  it('refuses a board beyond MAX_BOARDS with 409 BOARD_LIMIT_REACHED, until one is deleted', async () => {
    t = await startTestApp({ MAX_BOARDS: '2' });
    const app = t.app;
    const first = await createBoard(app);
    await createBoard(app);
    const refused = await app.inject({ method: 'POST', url: '/api/boards', payload: { title: 'Tredje' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: ErrorCode.boardLimitReached });

    const deleted = await app.inject({
      method: 'DELETE',
      url: `/api/boards/${first.board.id}`,
      headers: bearer(first.tokens.facilitator),
    });
    expect(deleted.statusCode).toBe(204);
    const again = await app.inject({ method: 'POST', url: '/api/boards', payload: { title: 'Tredje' } });
    expect(again.statusCode).toBe(201);
  });

  it('gives the last board place to exactly one of many simultaneous creations', async () => {
    t = await startTestApp({ MAX_BOARDS: '3' });
    const app = t.app;
    await createBoard(app);
    await createBoard(app);
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        app.inject({ method: 'POST', url: '/api/boards', payload: { title: `Tävlare ${i}` } }),
      ),
    );
    const codes = replies.map((reply) => reply.statusCode).sort();
    expect(codes.filter((code) => code === 201)).toHaveLength(1);
    expect(codes.filter((code) => code === 409)).toHaveLength(11);
  });

  it('refuses a post beyond MAX_POSTS_PER_BOARD with 409 POST_LIMIT_REACHED; a resend still answers, a retraction frees a place', async () => {
    t = await startTestApp({ MAX_POSTS_PER_BOARD: '3' });
    const app = t.app;
    // A threshold no batch reaches: every post stays queued, and queued posts count.
    const { board } = await createBoard(app, { settings: { releaseThreshold: 10 } });
    const seat = await takeSeat(app, board.id);
    const keys = [newDeleteKey(), newDeleteKey(), newDeleteKey()];
    const ids: string[] = [];
    for (const deleteKey of keys) {
      const reply = await postAs(app, board.id, seat, 'Ett inlägg', { deleteKey });
      expect(reply.statusCode).toBe(202);
      ids.push(reply.json().post.id as string);
    }
    const full = await postAs(app, board.id, seat, 'Ett för mycket');
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: ErrorCode.postLimitReached });

    // A resend of a stored post is not a new post: it gets its answer, not the limit.
    const resend = await postAs(app, board.id, seat, 'Ett inlägg', { deleteKey: keys[0] });
    expect(resend.statusCode).toBe(202);
    expect(resend.json().post.id).toBe(ids[0]);

    const retracted = await app.inject({
      method: 'DELETE',
      url: `/api/boards/${board.id}/posts/${ids[1]}`,
      headers: { 'x-delete-key': keys[1] },
    });
    expect(retracted.statusCode).toBe(204);
    expect((await postAs(app, board.id, seat, 'Nu får det plats')).statusCode).toBe(202);
    expect((await postAs(app, board.id, seat, 'Men inte det här')).statusCode).toBe(409);
  });

  it('counts released posts too, whatever a moderator did with them, and a removal frees a place', async () => {
    t = await startTestApp({ MAX_POSTS_PER_BOARD: '2' });
    const app = t.app;
    const created = await createBoard(app);
    const boardId = created.board.id;
    const seat = await takeSeat(app, boardId);
    const first = (await postAs(app, boardId, seat, 'Första')).json().post.id as string;
    await postAs(app, boardId, seat, 'Andra');
    await eventually('the release', async () =>
      (await app.store.visiblePosts(boardId)).length === 2 ? true : undefined,
    );
    const moderator = bearer(created.tokens.moderator);
    const hide = await app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${first}/hide`,
      headers: moderator,
      payload: {},
    });
    expect(hide.statusCode).toBe(200);
    expect((await postAs(app, boardId, seat, 'Tredje')).json()).toMatchObject({
      code: ErrorCode.postLimitReached,
    });
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/boards/${boardId}/posts/${first}`,
      headers: moderator,
    });
    expect(removed.statusCode).toBe(204);
    expect((await postAs(app, boardId, seat, 'Tredje')).statusCode).toBe(202);
  });

  it('lets exactly one of many simultaneous posts take a board’s last place', async () => {
    t = await startTestApp({ MAX_POSTS_PER_BOARD: '20' });
    const app = t.app;
    const { board } = await createBoard(app, { settings: { releaseThreshold: 50 } });
    // Each sender has its own seat, as a room would: the per-seat limit is not what is being tested.
    for (let i = 0; i < 19; i++) {
      expect((await postAs(app, board.id, await takeSeat(app, board.id), `Före ${i}`)).statusCode).toBe(202);
    }
    const seats = await Promise.all(Array.from({ length: 30 }, () => takeSeat(app, board.id)));
    const replies = await Promise.all(seats.map((seat, i) => postAs(app, board.id, seat, `Samtidigt ${i}`)));
    const statuses = replies.map((reply) => reply.statusCode);
    expect(statuses.filter((status) => status === 202)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(29);
    for (const reply of replies.filter((each) => each.statusCode === 409)) {
      expect(reply.json().code).toBe(ErrorCode.postLimitReached);
    }
    expect(await app.store.countQueued(board.id)).toBe(20);
  });
});
