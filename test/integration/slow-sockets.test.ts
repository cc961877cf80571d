/**
 * Sockets that subscribe and never read must not fill the server's memory or slow anyone else down. The server
 * runs as its own process so that its memory can be read alone; the sockets that stop reading are opened by a
 * Python helper with a 2 kB receive buffer (on loopback the kernel would otherwise absorb several MB each).
 * Nothing here asserts a time: the timeouts are generous bounds for "promptly".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Limits } from '../../shared/limits.ts';
import type { CreateBoardReply } from '../../shared/api.ts';
import { LiveClient } from '../helpers/live-client.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { SlowSockets } from '../helpers/slow-sockets.ts';
import { heavyPost } from '../helpers/heavy-text.ts';
import { newDeleteKey } from '../helpers/test-app.ts';

const BOARD_POSTS = 300;
const SLOW_SOCKETS = 100;
/** Posts that must reach the reading client promptly while the sockets that never read hold on. */
const PROMPT_POSTS = 20;
/**
 * Then enough to put each of them past the backlog bound: on loopback the kernel takes up to 4 MB per socket
 * (tcp_wmem) off the server's hands before anything waits in the server itself.
 */
const FLOOD_POSTS = 180;
/** The goal: 100 such sockets on a board of 300 such posts grow the server by less than this. */
const MAX_GROWTH_BYTES = 150 * 1024 * 1024;

describe('sockets that never read', () => {
  let server: ServerProcess;
  let boardId: string;
  let otherBoardId: string;
  let reader: LiveClient;
  const seats: string[] = [];
  let posted = 0;

  async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Posts the next heavy post, ten per seat (the per-seat limit is 12 a minute). */
  async function postHeavy(): Promise<string> {
    const index = posted++;
    const seat = seats[Math.floor(index / 10)];
    if (seat === undefined) throw new Error('not enough seats');
    const reply = await call<{ post: { id: string } }>(
      'POST',
      `/api/boards/${boardId}/posts`,
      { category: 'idea', body: heavyPost(index), deleteKey: newDeleteKey() },
      { 'x-seat': seat },
    );
    return reply.post.id;
  }

  /** Posts `count` heavy posts, four at a time, and waits until the reading client has every one of them. */
  async function postMany(count: number): Promise<void> {
    const ids: string[] = [];
    const released = new Set<string>();
    const until = posted + count;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (posted < until) ids.push(await postHeavy());
      }),
    );
    while (!ids.every((id) => released.has(id))) {
      const message = await reader.next('released', 60_000);
      for (const post of message.posts) released.add(post.id);
    }
  }

  beforeAll(async () => {
    // No work for seats on a test instance: the set-up takes many.
    server = await startServerProcess({ SEAT_WORK_BITS: '0' });
    const create = (title: string) =>
      call<CreateBoardReply>('POST', '/api/boards', {
        title,
        settings: { maxPostLength: Limits.postLengthMax, releaseThreshold: 1, releaseDelayMs: [0, 0] },
      });
    boardId = (await create('Stor tavla')).board.id;
    otherBoardId = (await create('Annan tavla')).board.id;

    // This client reads everything, so it also says when the whole board has been released.
    reader = await LiveClient.connect(server.baseUrl, boardId);
    reader.subscribe();
    await reader.next('snapshot');
    // Seats first, one at a time; then four posts at once, which is quicker than one by one.
    const seatsNeeded = Math.ceil((BOARD_POSTS + PROMPT_POSTS + FLOOD_POSTS) / 10);
    while (seats.length < seatsNeeded) {
      seats.push((await call<{ seat: string }>('POST', `/api/boards/${boardId}/seats`)).seat);
    }
    await postMany(BOARD_POSTS);
    expect(Buffer.byteLength(heavyPost(BOARD_POSTS))).toBeGreaterThan(Limits.requestBodyBytes - 200);
  }, 600_000);

  afterAll(async () => {
    reader?.close();
    await server?.stop();
  });

  it('stay within the memory bound, while a reading client gets new posts and other boards answer', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const baseline = server.rss();
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, server.rss())), 50);

    const slow = await SlowSockets.open({ port: server.port, boardId, count: SLOW_SOCKETS });
    try {
      expect(slow.opened).toBe(SLOW_SOCKETS);
      for (let i = 0; i < PROMPT_POSTS; i++) {
        const id = await postHeavy();
        await reader.waitFor(
          (message) => message.type === 'released' && message.posts.some((post) => post.id === id),
          15_000,
        );
        if (i % 5 === 0) {
          const board = await call<{ id: string }>('GET', `/api/boards/${otherBoardId}`);
          expect(board.id).toBe(otherBoardId);
        }
      }
      await postMany(FLOOD_POSTS);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      clearInterval(sampler);
      peak = Math.max(peak, server.rss());
      const growth = peak - baseline;
      const postBytes = Buffer.byteLength(heavyPost(BOARD_POSTS));
      console.info(
        `server RSS: ${mb(baseline)} before, peak ${mb(peak)} with ${SLOW_SOCKETS} sockets that never read ` +
          `(growth ${mb(growth)}); ${BOARD_POSTS} posts on the board, ${PROMPT_POSTS + FLOOD_POSTS} more ` +
          `while they held on, ${postBytes} bytes each`,
      );
      expect(growth).toBeLessThan(MAX_GROWTH_BYTES);

      // Each of them fell more than the backlog bound behind, so the server let them go.
      expect(slow.closedByServer()).toBe(SLOW_SOCKETS);
    } finally {
      clearInterval(sampler);
      await slow.close();
    }
  }, 300_000);
});

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
