/** Problems a review found, each pinned so it cannot come back. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateBoardReply } from '../../shared/api.ts';
import { CloseCode } from '../../shared/protocol.ts';
import { addressGroup } from '../../server/plugins/rate-limit.ts';
import { LiveClient } from '../helpers/live-client.ts';
import {
  createBoard,
  newDeleteKey,
  postAs,
  startTestApp,
  takeSeat,
  type TestApp,
  bearer,
} from '../helpers/test-app.ts';
import { eventually } from '../helpers/wait.ts';

describe('review regressions', () => {
  let t: TestApp;
  let created: CreateBoardReply;
  let boardId: string;
  async function released(body: string, deleteKey = newDeleteKey()) {
    const seat = await takeSeat(t.app, boardId);
    const { id } = (await postAs(t.app, boardId, seat, body, { deleteKey })).json().post as { id: string };
    await eventually('the release', async () =>
      (await t.app.store.visiblePosts(boardId, [id])).length > 0 ? true : undefined,
    );
    return { id, seat, deleteKey };
  }

  beforeEach(async () => {
    // A long tick, so the board can be deleted while reactions still wait to be sent.
    t = await startTestApp({ REACTION_TICK_MS: '300' });
    created = await createBoard(t.app, {
      settings: { releaseThreshold: 1, releaseDelayMs: [0, 0], reportThreshold: 2 },
    });
    boardId = created.board.id;
  });
  afterEach(async () => t.close());

  it('survives a board being deleted while its reactions wait for the tick, and still sends other boards’', async () => {
    const { id, seat } = await released('Reagera och radera');
    const other = await createBoard(t.app);
    const otherSeat = await takeSeat(t.app, other.board.id);
    const otherPost = (await postAs(t.app, other.board.id, otherSeat, 'Den andra tavlan')).json().post
      .id as string;
    await eventually('the other release', async () =>
      (await t.app.store.visiblePosts(other.board.id)).length ? true : undefined,
    );
    await t.app.inject({
      method: 'PUT',
      url: `/api/boards/${boardId}/posts/${id}/reactions/agree`,
      headers: { 'x-seat': seat },
    });
    await t.app.inject({
      method: 'PUT',
      url: `/api/boards/${other.board.id}/posts/${otherPost}/reactions/heart`,
      headers: { 'x-seat': otherSeat },
    });
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/boards/${boardId}`,
          headers: bearer(created.tokens.facilitator),
        })
      ).statusCode,
    ).toBe(204);
    await eventually('the other board’s tick', async () => {
      const events = await t.app.store.eventsSince(other.board.id, 0);
      return events?.some((event) => event.type === 'reactions') ? true : undefined;
    });
    expect((await t.app.inject({ url: '/health' })).statusCode).toBe(200);
  });

  it('does not let one more report overrule a moderator who approved a reported post', async () => {
    const { id } = await released('Anmäld men godkänd');
    const report = async () =>
      t.app.inject({
        method: 'POST',
        url: `/api/boards/${boardId}/posts/${id}/reports`,
        headers: { 'x-seat': await takeSeat(t.app, boardId) },
        payload: {},
      });
    await report();
    await report();
    expect(await t.app.store.visiblePosts(boardId)).toEqual([]);
    await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${id}/approve`,
      headers: bearer(created.tokens.moderator),
      payload: {},
    });
    await report();
    expect((await t.app.store.visiblePosts(boardId)).map((post) => post.id)).toEqual([id]);
  });

  it('clears the spotlight when its post is retracted', async () => {
    const { id, deleteKey } = await released('I ljuset, sedan borta');
    await t.app.inject({
      method: 'PUT',
      url: `/api/boards/${boardId}/spotlight`,
      headers: bearer(created.tokens.facilitator),
      payload: { postId: id },
    });
    await t.app.inject({
      method: 'DELETE',
      url: `/api/boards/${boardId}/posts/${id}`,
      headers: { 'x-delete-key': deleteKey },
    });
    expect((await t.app.inject({ url: `/api/boards/${boardId}` })).json()).not.toHaveProperty(
      'spotlightPostId',
    );
  });

  it('closes sockets opened with a link the moment it is replaced', async () => {
    const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const moderator = await LiveClient.connect(baseUrl, boardId);
    moderator.socket.send(JSON.stringify({ type: 'subscribe', version: 1, token: created.tokens.moderator }));
    await moderator.next('snapshot');
    const participant = await LiveClient.connect(baseUrl, boardId);
    participant.subscribe();
    await participant.next('snapshot');
    await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/tokens/moderator`,
      headers: bearer(created.tokens.facilitator),
    });
    expect((await moderator.closed).code).toBe(CloseCode.tokenInvalid);
    expect(participant.socket.readyState).toBe(participant.socket.OPEN);
    participant.close();
  });

  it('answers a wrong delete key exactly like a missing post, and takes reports only for visible posts', async () => {
    const { id } = await released('Finns den?');
    const wrong = await t.app.inject({
      url: `/api/boards/${boardId}/posts/${id}`,
      headers: { 'x-delete-key': newDeleteKey() },
    });
    const missing = await t.app.inject({
      url: `/api/boards/${boardId}/posts/AAAAAAAAAAAAAAAAAAAAAA`,
      headers: { 'x-delete-key': newDeleteKey() },
    });
    expect([wrong.statusCode, wrong.body]).toEqual([missing.statusCode, missing.body]);
    await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${id}/hide`,
      headers: bearer(created.tokens.moderator),
      payload: {},
    });
    const report = await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${id}/reports`,
      headers: { 'x-seat': await takeSeat(t.app, boardId) },
      payload: {},
    });
    expect(report.statusCode).toBe(404);
  });

  it('closes a socket that floods the server with messages', async () => {
    const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const client = await LiveClient.connect(baseUrl, boardId);
    for (let i = 0; i < 40; i++) client.socket.send(JSON.stringify({ type: 'ping' }));
    expect((await client.closed).code).toBe(CloseCode.policyViolation);
  });

  it('asks browsers to refuse camera, microphone and location', async () => {
    const response = await t.app.inject({ url: `/api/boards/${boardId}` });
    expect(response.headers['permissions-policy']).toContain('camera=()');
  });

  it('sends no rate-limit counters that would show a room its own activity', async () => {
    const response = await t.app.inject({ url: `/api/boards/${boardId}` });
    expect(response.headers).not.toHaveProperty('x-ratelimit-remaining');
    expect(response.headers).not.toHaveProperty('x-ratelimit-limit');
  });

  it('groups addresses so one IPv6 network cannot multiply its limit', () => {
    expect(addressGroup('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe(addressGroup('2001:db8:1:2::1'));
    expect(addressGroup('2001:db8:1:3::1')).not.toBe(addressGroup('2001:db8:1:2::1'));
    expect(addressGroup('::ffff:127.0.0.77')).toBe('127.0.0.77');
    expect(addressGroup('127.0.0.77')).toBe('127.0.0.77');
  });
});
