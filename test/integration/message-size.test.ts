/**
 * Every message a phone receives stays within Limits.serverMessageBytes, however large the board: the snapshot
 * carries the newest posts and a cursor, older posts come page by page over HTTP, and large events and consoles'
 * moderation states arrive in bounded parts. Real sockets and real SQLite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostsPageReply } from '../../shared/api.ts';
import { Limits } from '../../shared/limits.ts';
import type { Post } from '../../shared/post.ts';
import type { ModerationMessage, ServerMessage } from '../../shared/protocol.ts';
import { heavyPost } from '../helpers/heavy-text.ts';
import { LiveClient } from '../helpers/live-client.ts';
import {
  bearer,
  createBoard,
  INSTANT_RELEASE,
  postAs,
  startTestApp,
  takeSeat,
  type TestApp,
} from '../helpers/test-app.ts';

/** A board whose posts are far more than one message holds (each about 32 kB). */
const POSTS = 30;

describe('message size', () => {
  let t: TestApp;
  let baseUrl: string;
  let boardId: string;
  let tokens: { facilitator: string; moderator: string };
  const postIds: string[] = [];
  const clients: LiveClient[] = [];

  /** A live client that also records the size of every frame it receives. */
  async function connect(headers: Record<string, string> = {}) {
    const client = await LiveClient.connect(baseUrl, boardId, headers);
    const sizes: number[] = [];
    client.socket.on('message', (data: Buffer) => sizes.push(data.length));
    clients.push(client);
    return { client, sizes };
  }

  async function postHeavyPosts(board: string, count: number, label = 0): Promise<string[]> {
    const ids: string[] = [];
    let seat = '';
    for (let i = 0; i < count; i++) {
      if (i % 10 === 0) seat = await takeSeat(t.app, board);
      const response = await postAs(t.app, board, seat, heavyPost(label + i));
      expect(response.statusCode).toBe(202);
      ids.push(response.json<{ post: { id: string } }>().post.id);
    }
    return ids;
  }

  async function page(before?: string): Promise<{ reply: PostsPageReply; bytes: number }> {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/boards/${boardId}/posts${before === undefined ? '' : `?before=${before}`}`,
    });
    expect(response.statusCode).toBe(200);
    return { reply: response.json<PostsPageReply>(), bytes: response.rawPayload.length };
  }

  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const created = await createBoard(t.app, {
      settings: { ...INSTANT_RELEASE, maxPostLength: Limits.postLengthMax },
    });
    boardId = created.board.id;
    tokens = created.tokens;
    postIds.push(...(await postHeavyPosts(boardId, POSTS)));
    await t.app.liveHub.idle();
    const { reply } = await page();
    expect(reply.seq).toBeGreaterThanOrEqual(1);
  }, 120_000);

  afterAll(async () => {
    for (const client of clients.splice(0)) client.close();
    await t.close();
  });

  it('a snapshot carries the newest posts that fit, and older pages bring every other post once, in order', async () => {
    const { client, sizes } = await connect();
    client.subscribe();
    const snapshot = await client.next('snapshot');
    expect(sizes[0]).toBeLessThanOrEqual(Limits.serverMessageBytes);
    expect(snapshot.posts.length).toBeGreaterThan(0);
    expect(snapshot.posts.length).toBeLessThan(POSTS);
    expect(snapshot.older).toBeDefined();

    // Newest first across the snapshot and every page: strictly older each step, nothing twice, nothing missing.
    const newestFirst: Post[] = [...snapshot.posts].reverse();
    let before = snapshot.older;
    let pages = 0;
    while (before !== undefined) {
      const { reply, bytes } = await page(before);
      expect(bytes).toBeLessThanOrEqual(Limits.serverMessageBytes);
      expect(reply.posts.length).toBeGreaterThan(0);
      newestFirst.push(...[...reply.posts].reverse());
      before = reply.older;
      pages++;
    }
    expect(pages).toBeGreaterThan(1);
    const ids = newestFirst.map((post) => post.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...postIds].sort());
    for (let i = 1; i < newestFirst.length; i++) {
      const [newer, older] = [newestFirst[i - 1]!, newestFirst[i]!];
      expect(newer.batch > older.batch || (newer.batch === older.batch && newer.id > older.id)).toBe(true);
    }
    // Each post arrives whole.
    expect(newestFirst.every((post) => post.body.startsWith('#'))).toBe(true);
  });

  it('without a cursor a page is the newest posts; a malformed cursor or an unknown board is refused', async () => {
    const { reply } = await page();
    expect(reply.posts.at(-1)?.id).toBe(postIds.at(-1));
    expect(reply.older).toBeDefined();
    const bad = await t.app.inject({ method: 'GET', url: `/api/boards/${boardId}/posts?before=nope` });
    expect(bad.statusCode).toBe(400);
    const missing = await t.app.inject({ method: 'GET', url: `/api/boards/${'A'.repeat(22)}/posts` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'BOARD_NOT_FOUND' });
  });

  it('a snapshot also carries the spotlighted post, however old', async () => {
    const oldest = postIds[0]!;
    const spotlight = await t.app.inject({
      method: 'PUT',
      url: `/api/boards/${boardId}/spotlight`,
      headers: bearer(tokens.facilitator),
      payload: { postId: oldest },
    });
    expect(spotlight.statusCode).toBeLessThan(300);
    const { client, sizes } = await connect();
    client.subscribe();
    const snapshot = await client.next('snapshot');
    expect(snapshot.board.spotlightPostId).toBe(oldest);
    expect(snapshot.posts.map((post) => post.id)).toContain(oldest);
    expect(snapshot.posts.map((post) => post.id)).toContain(postIds.at(-1));
    expect(sizes[0]).toBeLessThanOrEqual(Limits.serverMessageBytes);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/boards/${boardId}/spotlight`,
      headers: bearer(tokens.facilitator),
    });
  });

  it('answers a resume whose replay would be larger than a snapshot with a snapshot', async () => {
    const { client, sizes } = await connect();
    client.subscribe(0);
    const first = await client.waitFor(() => true);
    expect(first.type).toBe('snapshot');
    expect(sizes[0]).toBeLessThanOrEqual(Limits.serverMessageBytes);
  });

  it('a console gets every post in bounded moderation messages: the first starts afresh, the rest add', async () => {
    const { client, sizes } = await connect();
    client.socket.send(JSON.stringify({ type: 'subscribe', version: 1, token: tokens.moderator }));
    await client.next('snapshot');
    const moderation = client.messages.filter(
      (message): message is ModerationMessage => message.type === 'moderation',
    );
    expect(moderation.length).toBeGreaterThan(1);
    expect(moderation.map((message) => message.snapshot)).toEqual([
      true,
      ...moderation.slice(1).map(() => false),
    ]);
    expect([...moderation.flatMap((message) => message.posts.map((post) => post.id))].sort()).toEqual(
      [...postIds].sort(),
    );
    for (const size of sizes) expect(size).toBeLessThanOrEqual(Limits.serverMessageBytes);
  });

  it('a large batch arrives in bounded parts with one seq, the same live and on replay', async () => {
    const created = await createBoard(t.app, {
      settings: { releaseThreshold: 8, releaseDelayMs: [0, 0], maxPostLength: Limits.postLengthMax },
    });
    const batchBoard = created.board.id;
    const live = await LiveClient.connect(baseUrl, batchBoard);
    clients.push(live);
    const liveSizes: number[] = [];
    live.socket.on('message', (data: Buffer) => liveSizes.push(data.length));
    live.subscribe();
    const snapshot = await live.next('snapshot');
    const ids = await postHeavyPosts(batchBoard, 8, 100);

    const parts = await releasedParts(live);
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts.map((part) => part.seq))).toEqual(new Set([snapshot.seq + 1]));
    expect(parts.map((part) => 'partial' in part && part.partial === true)).toEqual([
      ...parts.slice(1).map(() => true),
      false,
    ]);
    expect(parts.flatMap((part) => part.posts.map((post) => post.id)).sort()).toEqual([...ids].sort());
    for (const size of liveSizes) expect(size).toBeLessThanOrEqual(Limits.serverMessageBytes);

    const late = await LiveClient.connect(baseUrl, batchBoard);
    clients.push(late);
    late.subscribe(snapshot.seq);
    const replayed = await releasedParts(late);
    expect(replayed.length).toBe(parts.length);
    expect(replayed.flatMap((part) => part.posts.map((post) => post.id)).sort()).toEqual([...ids].sort());
  });
});

type Released = Extract<ServerMessage, { type: 'released' }>;

/** `released` messages up to and including the one that is not partial. */
async function releasedParts(client: LiveClient): Promise<Released[]> {
  const parts: Released[] = [];
  for (;;) {
    const part = await client.next('released');
    parts.push(part);
    if (!('partial' in part && part.partial)) return parts;
  }
}
