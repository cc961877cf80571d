/**
 * Issue 8, point 5: reports hold a post for review, but once a moderator has let it stand they only reach the
 * moderators; and the default threshold scales with the room (shared/report-threshold.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateBoardReply } from '../../shared/api.ts';
import type { BoardSettings } from '../../shared/board.ts';
import type { ModerationMessage } from '../../shared/protocol.ts';
import { LiveClient } from '../helpers/live-client.ts';
import { bearer, createBoard, postAs, startTestApp, takeSeat, type TestApp } from '../helpers/test-app.ts';
import { eventually } from '../helpers/wait.ts';

describe('reports', () => {
  let t: TestApp;
  let baseUrl: string;
  let created: CreateBoardReply;
  let boardId: string;
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    t = await startTestApp();
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await t.close();
  });

  async function setUp(settings: Partial<BoardSettings> = {}) {
    created = await createBoard(t.app, {
      settings: { releaseThreshold: 1, releaseDelayMs: [0, 0], ...settings },
    });
    boardId = created.board.id;
  }
  async function released(body: string): Promise<string> {
    const reply = await postAs(t.app, boardId, await takeSeat(t.app, boardId), body);
    const id = reply.json().post.id as string;
    await eventually('the release', async () =>
      (await t.app.store.visiblePosts(boardId, [id])).length > 0 ? true : undefined,
    );
    return id;
  }
  async function report(postId: string, reason = 'abusive', seat?: string) {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${postId}/reports`,
      headers: { 'x-seat': seat ?? (await takeSeat(t.app, boardId)) },
      payload: { reason },
    });
    expect(response.statusCode).toBe(204);
  }
  const visible = async (postId: string) => (await t.app.store.visiblePosts(boardId, [postId])).length === 1;
  const moderated = async (postId: string) => {
    const view = await t.app.inject({
      url: `/api/boards/${boardId}/moderation`,
      headers: bearer(created.tokens.moderator),
    });
    return (view.json().posts as { id: string }[]).find((post) => post.id === postId);
  };
  async function moderatorSocket() {
    const client = await LiveClient.connect(baseUrl, boardId);
    clients.push(client);
    client.socket.send(JSON.stringify({ type: 'subscribe', version: 1, token: created.tokens.moderator }));
    await client.next('snapshot');
    return client;
  }
  const act = (action: 'approve' | 'hide' | 'restore', postId: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${postId}/${action}`,
      headers: bearer(created.tokens.moderator),
      payload: {},
    });

  it('holds a post at the threshold before review; after approval ten more reports reach the moderators live but leave it on the board', async () => {
    await setUp();
    expect(created.board.settings.reportThreshold).toBe('auto');
    const id = await released('Obekvämt men sant');
    await report(id);
    await report(id);
    expect(await visible(id)).toBe(true);
    await report(id);
    expect(await visible(id)).toBe(false);
    expect(await moderated(id)).toMatchObject({ status: 'held', heldReason: 'reports', reportCount: 3 });

    expect((await act('approve', id)).statusCode).toBe(200);
    expect(await visible(id)).toBe(true);
    const moderator = await moderatorSocket();
    for (let i = 1; i <= 10; i++) {
      await report(id, 'spam');
      const message = await moderator.waitFor(
        (each): each is ModerationMessage =>
          each.type === 'moderation' &&
          each.posts.some((post) => post.id === id && post.reportCount === 3 + i),
      );
      expect(message.posts.find((post) => post.id === id)).toMatchObject({
        status: 'visible',
        reviewed: true,
      });
    }
    expect(await visible(id)).toBe(true);
    expect(await moderated(id)).toMatchObject({
      status: 'visible',
      reviewed: true,
      reportCount: 13,
      reportReasons: { abusive: 3, spam: 10 },
    });
    expect(moderator.messages.some((message) => message.type === 'removed')).toBe(false);
  });

  it('lets a restored post stand too', async () => {
    await setUp();
    const id = await released('Dolt och tillbaka');
    expect((await act('hide', id)).statusCode).toBe(200);
    expect((await act('restore', id)).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) await report(id);
    expect(await visible(id)).toBe(true);
    expect(await moderated(id)).toMatchObject({ reviewed: true, reportCount: 5 });
  });

  it('asks for more reports in a large room: ten when two hundred are expected', async () => {
    await setUp({ expectedHeadcount: 200 });
    const id = await released('En impopulär idé');
    for (let i = 0; i < 9; i++) await report(id);
    expect(await visible(id)).toBe(true);
    await report(id);
    expect(await visible(id)).toBe(false);
    // The participants' view says `auto`, never the number: that would tell them how many seats were issued.
    const publicBoard = (await t.app.inject({ url: `/api/boards/${boardId}` })).json();
    expect(publicBoard.settings.reportThreshold).toBe('auto');
  });

  it('scales with the seats handed out when more came than expected', async () => {
    await setUp({ expectedHeadcount: 0 });
    const id = await released('Många i rummet');
    // 100 seats in all with the author's: the threshold becomes 5.
    const seats = await Promise.all(Array.from({ length: 99 }, () => takeSeat(t.app, boardId)));
    for (const seat of seats.slice(0, 4)) await report(id, 'spam', seat);
    expect(await visible(id)).toBe(true);
    await report(id, 'spam', seats[4]);
    expect(await visible(id)).toBe(false);
  });

  it('uses the facilitator’s fixed number instead, whatever the room', async () => {
    await setUp({ expectedHeadcount: 500 });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/boards/${boardId}`,
      headers: bearer(created.tokens.facilitator),
      payload: { settings: { reportThreshold: 2 } },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().settings.reportThreshold).toBe(2);
    const id = await released('Två räcker här');
    await report(id);
    expect(await visible(id)).toBe(true);
    await report(id);
    expect(await visible(id)).toBe(false);

    const back = await t.app.inject({
      method: 'PATCH',
      url: `/api/boards/${boardId}`,
      headers: bearer(created.tokens.facilitator),
      payload: { settings: { reportThreshold: 'auto' } },
    });
    expect(back.json().settings.reportThreshold).toBe('auto');
    const invalid = await t.app.inject({
      method: 'PATCH',
      url: `/api/boards/${boardId}`,
      headers: bearer(created.tokens.facilitator),
      payload: { settings: { reportThreshold: 'many' } },
    });
    expect(invalid.statusCode).toBe(400);
  });
});
