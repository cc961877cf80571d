/**
 * Issue 8, point 1: the facilitator sees how many seats were issued against the expected headcount and can raise
 * the cap. Nobody else learns the count: not participants, not the big screen, not moderators.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateBoardReply } from '../../shared/api.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { LiveClient } from '../helpers/live-client.ts';
import {
  bearer,
  createBoard,
  requestSeat,
  startTestApp,
  takeSeat,
  type TestApp,
} from '../helpers/test-app.ts';

describe('seat count', () => {
  let t: TestApp;
  let created: CreateBoardReply;
  let boardId: string;

  beforeEach(async () => {
    t = await startTestApp();
    created = await createBoard(t.app, { settings: { expectedHeadcount: 4 } });
    boardId = created.board.id;
  });
  afterEach(async () => t.close());

  const admin = (token = created.tokens.facilitator) =>
    t.app.inject({ url: `/api/boards/${boardId}/admin`, headers: bearer(token) });
  const seat = () => requestSeat(t.app, boardId);

  it('shows the facilitator the seats issued and the cap, and a raised headcount lets more in', async () => {
    expect((await admin()).json().seats).toEqual({ issued: 0, cap: 5 });
    for (let i = 0; i < 5; i++) await takeSeat(t.app, boardId);
    expect((await admin()).json().seats).toEqual({ issued: 5, cap: 5 });
    const refused = await seat();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe(ErrorCode.boardFull);
    // A refused seat is not counted.
    expect((await admin()).json().seats).toEqual({ issued: 5, cap: 5 });

    const raised = await t.app.inject({
      method: 'PATCH',
      url: `/api/boards/${boardId}`,
      headers: bearer(created.tokens.facilitator),
      payload: { settings: { expectedHeadcount: 8 } },
    });
    expect(raised.statusCode).toBe(200);
    expect(raised.json().seats).toEqual({ issued: 5, cap: 10 });
    expect((await seat()).statusCode).toBe(201);
    expect((await admin()).json().seats).toEqual({ issued: 6, cap: 10 });

    // No cap at all: 0 says so.
    const uncapped = await t.app.inject({
      method: 'PATCH',
      url: `/api/boards/${boardId}`,
      headers: bearer(created.tokens.facilitator),
      payload: { settings: { expectedHeadcount: 0 } },
    });
    expect(uncapped.json().seats).toEqual({ issued: 6, cap: 0 });
  });

  it('is the facilitator’s alone: the moderator and projector links may not read it', async () => {
    expect((await admin(created.tokens.moderator)).statusCode).toBe(403);
    expect((await admin(created.tokens.projector)).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/boards/${boardId}/admin` })).statusCode).toBe(401);
  });

  it('never reaches participants, the big screen or moderators', async () => {
    for (let i = 0; i < 3; i++) await takeSeat(t.app, boardId);
    const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const texts: string[] = [];
    texts.push((await t.app.inject({ url: `/api/boards/${boardId}` })).body);
    texts.push((await t.app.inject({ url: `/api/join/${created.joinCode}` })).body);
    texts.push(
      (
        await t.app.inject({
          url: `/api/boards/${boardId}/moderation`,
          headers: bearer(created.tokens.moderator),
        })
      ).body,
    );
    for (const token of [undefined, created.tokens.projector, created.tokens.moderator]) {
      const client = await LiveClient.connect(baseUrl, boardId);
      client.socket.send(JSON.stringify({ type: 'subscribe', version: 1, ...(token ? { token } : {}) }));
      texts.push(JSON.stringify(await client.next('snapshot')));
      client.close();
    }
    for (const text of texts) {
      expect(text).not.toMatch(/seat/i);
      expect(text).not.toMatch(/"issued"/);
    }
    // The facilitator's view does carry it, so the search above would have found it there.
    expect((await admin()).body).toMatch(/"seats":\{"issued":3,"cap":5\}/);
  });
});
