/**
 * DESIGN.md §2.9: secret links are bearer tokens stored only as hashes; each can be replaced and the old one stops
 * working at once; the projector link reads but never moderates; a participant's socket gets public data only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/errors.ts';
import { CloseCode, ServerMessageType } from '../../shared/protocol.ts';
import { sha256Hex } from '../../server/domain/hashing.ts';
import { databaseFiles, filesContaining } from '../helpers/database-files.ts';
import { LiveClient } from '../helpers/live-client.ts';
import { createBoard, postAs, startTestApp, takeSeat, type TestApp, bearer } from '../helpers/test-app.ts';
import type { CreateBoardReply } from '../../shared/api.ts';
import { eventually } from '../helpers/wait.ts';

describe('secret links', () => {
  let t: TestApp;
  let created: CreateBoardReply;
  let boardId: string;
  const close = (token: string) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/boards/${boardId}`,
      headers: bearer(token),
      payload: { phase: 'closed' },
    });
  const removePost = async (token: string) => {
    const seat = await takeSeat(t.app, boardId);
    const postId = (await postAs(t.app, boardId, seat, 'Något')).json().post.id;
    await eventually('the release', async () =>
      (await t.app.store.visiblePosts(boardId)).some((post) => post.id === postId) ? true : undefined,
    );
    return t.app.inject({
      method: 'DELETE',
      url: `/api/boards/${boardId}/posts/${postId}`,
      headers: bearer(token),
    });
  };

  beforeEach(async () => {
    t = await startTestApp();
    created = await createBoard(t.app);
    boardId = created.board.id;
  });
  afterEach(async () => t.close());

  it('stores only the hashes of the tokens', async () => {
    await t.app.close();
    const files = databaseFiles(t.dataFile);
    for (const token of Object.values(created.tokens)) {
      expect(filesContaining(files, token)).toEqual([]);
      expect(filesContaining(files, sha256Hex(token))).toEqual(files.slice(0, 1));
    }
  });

  it('replaces a token so that the old one stops working at once', async () => {
    const rotate = await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/tokens/moderator`,
      headers: bearer(created.tokens.facilitator),
    });
    expect(rotate.statusCode).toBe(201);
    const fresh = rotate.json().token as string;
    expect(fresh).not.toBe(created.tokens.moderator);
    const old = await removePost(created.tokens.moderator);
    expect(old.statusCode).toBe(401);
    expect(old.json().code).toBe(ErrorCode.unauthorized);
    expect((await removePost(fresh)).statusCode).toBe(204);

    // The facilitator can replace their own link too.
    const own = await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/tokens/facilitator`,
      headers: bearer(created.tokens.facilitator),
    });
    expect((await close(created.tokens.facilitator)).statusCode).toBe(401);
    expect((await close(own.json().token)).statusCode).toBe(200);
  });

  it('lets the projector read but never moderate, and only the facilitator steer', async () => {
    const projectorRemoves = await removePost(created.tokens.projector);
    expect(projectorRemoves.statusCode).toBe(403);
    expect(projectorRemoves.json().code).toBe(ErrorCode.forbidden);
    const projectorCloses = await close(created.tokens.projector);
    expect(projectorCloses.statusCode).toBe(403);
    expect((await close(created.tokens.moderator)).statusCode).toBe(403);
    const rotateByModerator = await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/tokens/facilitator`,
      headers: bearer(created.tokens.moderator),
    });
    expect(rotateByModerator.statusCode).toBe(403);
    expect((await removePost(created.tokens.moderator)).statusCode).toBe(204);
    const otherBoard = await createBoard(t.app);
    expect((await close(otherBoard.tokens.facilitator)).statusCode).toBe(401);
    const noToken = await t.app.inject({ method: 'DELETE', url: `/api/boards/${boardId}` });
    expect(noToken.statusCode).toBe(401);
  });

  it('refuses a socket with a wrong token and gives participants public messages only', async () => {
    const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const forged = await LiveClient.connect(baseUrl, boardId);
    forged.socket.send(JSON.stringify({ type: 'subscribe', version: 1, token: 'A'.repeat(22) }));
    expect(await forged.next('error')).toMatchObject({ code: ErrorCode.tokenInvalid });
    expect((await forged.closed).code).toBe(CloseCode.tokenInvalid);

    const projector = await LiveClient.connect(baseUrl, boardId);
    projector.socket.send(JSON.stringify({ type: 'subscribe', version: 1, token: created.tokens.projector }));
    await projector.next('snapshot');
    const participant = await LiveClient.connect(baseUrl, boardId);
    participant.subscribe();
    await participant.next('snapshot');
    await removePost(created.tokens.moderator);
    await close(created.tokens.facilitator);
    await participant.next('board');
    const publicTypes: string[] = [
      ServerMessageType.snapshot,
      ServerMessageType.released,
      ServerMessageType.removed,
      ServerMessageType.reactions,
      ServerMessageType.board,
    ];
    const everything = JSON.stringify([...participant.messages, ...projector.messages]);
    for (const token of Object.values(created.tokens)) expect(everything).not.toContain(token);
    expect(everything).not.toMatch(/hash|seatKey|deleteKey/i);
    for (const message of participant.messages) expect(publicTypes).toContain(message.type);
    participant.close();
    projector.close();
  });
});
