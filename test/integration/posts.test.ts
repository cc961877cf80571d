import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/errors.ts';
import { eventually } from '../helpers/wait.ts';
import {
  createBoard,
  newDeleteKey,
  postAs,
  startTestApp,
  takeSeat,
  type TestApp,
} from '../helpers/test-app.ts';

describe('posting and retracting', () => {
  let t: TestApp;
  let boardId: string;
  let seat: string;
  beforeEach(async () => {
    t = await startTestApp();
    boardId = (await createBoard(t.app)).board.id;
    seat = await takeSeat(t.app, boardId);
  });
  afterEach(async () => t.close());
  const visibleCount = (count: number) =>
    eventually(`${count} visible posts`, async () => {
      const posts = await t.app.store.visiblePosts(boardId);
      return posts.length === count ? posts : undefined;
    });

  it('acknowledges a post as queued once stored, and a resend with the same key is the same post', async () => {
    const deleteKey = newDeleteKey();
    const first = await postAs(t.app, boardId, seat, 'Vi borde ha färre möten.', { deleteKey });
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({
      post: { id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), status: 'queued', review: false },
    });
    const again = await postAs(t.app, boardId, seat, 'Vi borde ha färre möten.', { deleteKey });
    expect(again.statusCode).toBe(202);
    expect(again.json().post.id).toBe(first.json().post.id);
    await visibleCount(1);
  });

  it('puts on the wire only id, category, body, reactions, batch and day', async () => {
    await postAs(t.app, boardId, seat, '  Hej\u202E  ', { category: 'concern' });
    const [post] = await visibleCount(1);
    expect(Object.keys(post ?? {}).sort()).toEqual(['batch', 'body', 'category', 'day', 'id', 'reactions']);
    expect(post).toMatchObject({ body: 'Hej', category: 'concern', batch: 1, reactions: {} });
    expect(post?.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('counts the limit in user-perceived characters after NFC', async () => {
    expect((await postAs(t.app, boardId, seat, 'å'.repeat(280))).statusCode).toBe(202);
    expect((await postAs(t.app, boardId, seat, 'a\u030A'.repeat(280))).statusCode).toBe(202);
    const tooLong = await postAs(t.app, boardId, seat, 'å'.repeat(281));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().code).toBe(ErrorCode.bodyTooLong);
  });

  it('refuses a character that carries more than any script needs, and takes real text of every kind', async () => {
    const zalgo = 'H' + '\u0336\u0321\u035B\u0317\u0353'.repeat(4) + 'ej';
    const refused = await postAs(t.app, boardId, seat, zalgo);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe(ErrorCode.characterTooComplex);
    const fine = 'Tiếng Việt, क्षत्रिय, العَرَبِيَّة, 👩🏻‍❤️‍💋‍👨🏼 och 🏴󠁧󠁢󠁳󠁣󠁴󠁿';
    expect((await postAs(t.app, boardId, seat, fine)).statusCode).toBe(202);
    const [post] = await visibleCount(1);
    expect(post?.body).toBe(fine.normalize('NFC'));
  });

  it('answers bad posts with stable codes and stores nothing', async () => {
    const cases: [Awaited<ReturnType<typeof postAs>>, number, string][] = [
      [await postAs(t.app, boardId, seat, '   \n  '), 400, ErrorCode.bodyEmpty],
      [await postAs(t.app, boardId, seat, '\u200B\u202E'), 400, ErrorCode.bodyEmpty],
      [await postAs(t.app, boardId, seat, 'ok', { category: 'nope' }), 400, ErrorCode.categoryUnknown],
      [await postAs(t.app, boardId, seat, 'ok', { deleteKey: 'short' }), 400, ErrorCode.validationFailed],
      [await postAs(t.app, boardId, `${'x'.repeat(42)}A`, 'ok'), 403, ErrorCode.seatInvalid],
      // Another spelling of a real seat's bytes is no seat at all (shared/ids.ts).
      [await postAs(t.app, boardId, `${seat.slice(0, 42)}B`, 'ok'), 400, ErrorCode.validationFailed],
      [await postAs(t.app, boardId, seat, 'x'.repeat(16_001)), 400, ErrorCode.validationFailed],
      [await postAs(t.app, 'AAAAAAAAAAAAAAAAAAAAAA', seat, 'ok'), 404, ErrorCode.boardNotFound],
    ];
    for (const [response, status, code] of cases) {
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().code).toBe(code);
    }
    const noSeat = await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts`,
      payload: { category: 'idea', body: 'ok', deleteKey: newDeleteKey() },
    });
    expect(noSeat.statusCode).toBe(400);
    expect(noSeat.json().code).toBe(ErrorCode.validationFailed);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await t.app.store.visiblePosts(boardId)).toEqual([]);
    expect(await t.app.store.countQueued(boardId)).toBe(0);
  });

  it('does not accept a seat from another board', async () => {
    const other = (await createBoard(t.app)).board.id;
    const otherSeat = await takeSeat(t.app, other);
    const response = await postAs(t.app, boardId, otherSeat, 'ok');
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe(ErrorCode.seatInvalid);
  });

  it('lets only the holder of the delete key retract', async () => {
    const deleteKey = newDeleteKey();
    const { id } = (await postAs(t.app, boardId, seat, 'Ångrar mig', { deleteKey })).json().post;
    await visibleCount(1);
    const url = `/api/boards/${boardId}/posts/${id}`;
    const wrong = await t.app.inject({ method: 'DELETE', url, headers: { 'x-delete-key': newDeleteKey() } });
    // The same answer as for a post that does not exist: a wrong key reveals nothing.
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().code).toBe(ErrorCode.postNotFound);
    const right = await t.app.inject({ method: 'DELETE', url, headers: { 'x-delete-key': deleteKey } });
    expect(right.statusCode).toBe(204);
    expect(await t.app.store.visiblePosts(boardId)).toEqual([]);
    const again = await t.app.inject({ method: 'DELETE', url, headers: { 'x-delete-key': deleteKey } });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe(ErrorCode.postNotFound);
  });
});

describe('batch release over HTTP', () => {
  it('holds posts until the threshold is met, then releases them together', async () => {
    const t = await startTestApp();
    try {
      const boardId = (
        await createBoard(t.app, { settings: { releaseThreshold: 3, releaseDelayMs: [0, 0] } })
      ).board.id;
      const seat = await takeSeat(t.app, boardId);
      await postAs(t.app, boardId, seat, 'one');
      await postAs(t.app, boardId, seat, 'two');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await t.app.store.visiblePosts(boardId)).toEqual([]);
      await postAs(t.app, boardId, seat, 'three');
      const visible = await eventually('the batch', async () => {
        const posts = await t.app.store.visiblePosts(boardId);
        return posts.length > 0 ? posts : undefined;
      });
      expect(visible.map((post) => post.body).sort()).toEqual(['one', 'three', 'two']);
      expect(new Set(visible.map((post) => post.batch))).toEqual(new Set([1]));
    } finally {
      await t.close();
    }
  });
});
