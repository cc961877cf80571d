import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/errors.ts';
import { createBoard, postAs, startTestApp, takeSeat, type TestApp } from '../helpers/test-app.ts';
import { eventually } from '../helpers/wait.ts';

describe('reactions', () => {
  let t: TestApp;
  let boardId: string;
  let seat: string;
  let postId: string;
  const react = (method: 'PUT' | 'DELETE', kind: string, asSeat = seat, post = postId) =>
    t.app.inject({
      method,
      url: `/api/boards/${boardId}/posts/${post}/reactions/${kind}`,
      headers: { 'x-seat': asSeat },
    });
  const counts = async () => (await t.app.store.reactionCounts(boardId, [postId]))[0]?.reactions;

  beforeEach(async () => {
    t = await startTestApp();
    boardId = (
      await createBoard(t.app, {
        settings: { releaseThreshold: 1, releaseDelayMs: [0, 0], reactionKinds: ['agree', 'heart'] },
      })
    ).board.id;
    seat = await takeSeat(t.app, boardId);
    postId = (await postAs(t.app, boardId, seat, 'Reagera på mig')).json().post.id;
    await eventually('release', async () =>
      (await t.app.store.visiblePosts(boardId)).length === 1 ? true : undefined,
    );
  });
  afterEach(async () => t.close());

  it('counts one seat once however often it reacts', async () => {
    for (let i = 0; i < 100; i++) expect((await react('PUT', 'agree')).statusCode).toBe(204);
    expect(await counts()).toEqual({ agree: 1 });
    const other = await takeSeat(t.app, boardId);
    await react('PUT', 'agree', other);
    await react('PUT', 'heart', other);
    expect(await counts()).toEqual({ agree: 2, heart: 1 });
  });

  it('takes a reaction back idempotently', async () => {
    await react('PUT', 'agree');
    expect((await react('DELETE', 'agree')).statusCode).toBe(204);
    expect((await react('DELETE', 'agree')).statusCode).toBe(204);
    expect(await counts()).toEqual({});
  });

  it('refuses kinds the board does not offer, unknown kinds, bad seats and unreleased posts', async () => {
    const notOffered = await react('PUT', 'insight');
    expect(notOffered.statusCode).toBe(400);
    expect(notOffered.json().code).toBe(ErrorCode.reactionKindUnknown);
    const unknown = await react('PUT', 'angry');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe(ErrorCode.validationFailed);
    const badSeat = await react('PUT', 'agree', `${'y'.repeat(42)}A`);
    expect(badSeat.statusCode).toBe(403);
    expect(badSeat.json().code).toBe(ErrorCode.seatInvalid);
    const missing = await react('PUT', 'agree', seat, 'BBBBBBBBBBBBBBBBBBBBBB');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe(ErrorCode.postNotFound);
    expect(await counts()).toEqual({});
  });
});
