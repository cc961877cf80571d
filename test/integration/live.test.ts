import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/errors.ts';
import { CloseCode } from '../../shared/protocol.ts';
import { LiveClient } from '../helpers/live-client.ts';
import { eventually } from '../helpers/wait.ts';
import {
  createBoard,
  newDeleteKey,
  postAs,
  startTestApp,
  takeSeat,
  type TestApp,
} from '../helpers/test-app.ts';

describe('live socket', () => {
  let t: TestApp;
  let baseUrl: string;
  let boardId: string;
  let seat: string;
  const clients: LiveClient[] = [];
  const connect = async () => {
    const client = await LiveClient.connect(baseUrl, boardId);
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    t = await startTestApp();
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    boardId = (await createBoard(t.app)).board.id;
    seat = await takeSeat(t.app, boardId);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await t.close();
  });

  it('sends a snapshot on subscribe, then released batches and coalesced reaction counts', async () => {
    const client = await connect();
    client.subscribe();
    const snapshot = await client.next('snapshot');
    expect(snapshot).toMatchObject({ seq: 0, posts: [], board: { id: boardId, phase: 'open' } });

    const { id } = (await postAs(t.app, boardId, seat, 'Första')).json().post;
    const released = await client.next('released');
    expect(released).toMatchObject({ seq: 1, posts: [{ id, body: 'Första', batch: 1, reactions: {} }] });

    const other = await takeSeat(t.app, boardId);
    for (const who of [seat, other]) {
      await t.app.inject({
        method: 'PUT',
        url: `/api/boards/${boardId}/posts/${id}/reactions/agree`,
        headers: { 'x-seat': who },
      });
    }
    // Both clicks land in one tick: one event with the absolute count.
    const reactions = await client.next('reactions');
    expect(reactions).toEqual({ type: 'reactions', seq: 2, posts: [{ id, reactions: { agree: 2 } }] });
  });

  it('sends nothing while posts are only queued', async () => {
    await t.app.close();
    t = await startTestApp();
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    boardId = (await createBoard(t.app, { settings: { releaseThreshold: 3, releaseDelayMs: [0, 0] } })).board
      .id;
    seat = await takeSeat(t.app, boardId);
    const client = await connect();
    client.subscribe();
    await client.next('snapshot');
    await postAs(t.app, boardId, seat, 'a');
    await postAs(t.app, boardId, seat, 'b');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(client.messages).toEqual([]);
    await postAs(t.app, boardId, seat, 'c');
    const released = await client.next('released');
    expect(released.posts.map((post) => post.body).sort()).toEqual(['a', 'b', 'c']);
  });

  it('tells every client about a retraction of a visible post', async () => {
    const client = await connect();
    client.subscribe();
    await client.next('snapshot');
    const deleteKey = newDeleteKey();
    const { id } = (await postAs(t.app, boardId, seat, 'Tar tillbaka', { deleteKey })).json().post;
    await client.next('released');
    await t.app.inject({
      method: 'DELETE',
      url: `/api/boards/${boardId}/posts/${id}`,
      headers: { 'x-delete-key': deleteKey },
    });
    expect(await client.next('removed')).toEqual({ type: 'removed', seq: 2, postIds: [id] });
  });

  it('replays what a reconnecting client missed with since, without duplicates', async () => {
    const first = await connect();
    first.subscribe();
    await first.next('snapshot');
    await postAs(t.app, boardId, seat, 'one');
    const one = await first.next('released');
    first.close();

    // Each post is released on its own before the next is sent, so the reader misses two events.
    for (const [count, body] of [
      [2, 'two'],
      [3, 'three'],
    ] as const) {
      await postAs(t.app, boardId, seat, body);
      await eventually('the release', async () =>
        (await t.app.store.visiblePosts(boardId)).length === count ? true : undefined,
      );
    }

    const again = await connect();
    again.subscribe(one.seq);
    const two = await again.next('released');
    const three = await again.next('released');
    expect([two.seq, three.seq]).toEqual([2, 3]);
    expect([...two.posts, ...three.posts].map((post) => post.body).sort()).toEqual(['three', 'two']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(again.messages.filter((message) => message.type === 'snapshot')).toEqual([]);
  });

  it('answers a since the log cannot serve with a snapshot', async () => {
    const client = await connect();
    client.subscribe(99);
    expect(await client.next('snapshot')).toMatchObject({ seq: 0 });
  });

  it('answers pings and closes on an unknown message', async () => {
    const client = await connect();
    client.socket.send(JSON.stringify({ type: 'ping' }));
    expect(await client.next('pong')).toEqual({ type: 'pong' });
    client.socket.send('{"type":"post","body":"over the socket"}');
    expect(await client.next('error')).toMatchObject({ code: 'UNSUPPORTED_PROTOCOL' });
    expect((await client.closed).code).toBe(CloseCode.policyViolation);
  });

  it('refuses oversized messages, other origins and unknown boards', async () => {
    const client = await connect();
    client.socket.send('x'.repeat(64 * 1024));
    expect((await client.closed).code).toBe(CloseCode.tooBig);
    await expect(LiveClient.connect(baseUrl, boardId, { origin: 'https://evil.example' })).rejects.toThrow(
      /403/,
    );
    await expect(LiveClient.connect(baseUrl, 'AAAAAAAAAAAAAAAAAAAAAA')).rejects.toThrow(/404/);
    const sameOrigin = await LiveClient.connect(baseUrl, boardId, { origin: baseUrl });
    sameOrigin.close();
  });

  it('closes sockets cleanly when the server shuts down', async () => {
    const client = await connect();
    client.subscribe();
    await client.next('snapshot');
    await t.app.close();
    expect((await client.closed).code).toBe(CloseCode.goingAway);
  });

  it('answers a burst of subscribes with a few snapshots at most', async () => {
    const client = await connect();
    // Those that arrive while one is being answered add nothing and cost nothing; the rest meet the budget. (Twenty:
    // more than thirty messages in ten seconds of any kind close the socket, which another test shows.)
    for (let i = 0; i < 20; i++) client.subscribe();
    await client.next('snapshot');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.messages.filter((message) => message.type === 'snapshot').length).toBeLessThan(6);
    expect(client.socket.readyState).toBe(client.socket.OPEN);
  });

  it('closes a socket that resubscribes far more often than a client would', async () => {
    const client = await connect();
    // Six a minute, each after the last was answered, are within the budget; the seventh is not.
    for (let i = 0; i < 6; i++) {
      client.subscribe();
      await client.next('snapshot');
    }
    client.subscribe();
    const closed = await client.closed;
    expect(closed.code).toBe(CloseCode.policyViolation);
    expect(closed.reason).toBe(ErrorCode.rateLimited);
  });

  it('closes a socket that never subscribes', async () => {
    const client = await connect();
    const closed = await client.closed;
    expect(closed.code).toBe(CloseCode.policyViolation);
    expect(closed.reason).toBe('subscribe first');
  }, 20_000);
});
