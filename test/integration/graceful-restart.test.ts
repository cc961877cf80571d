/**
 * A graceful restart in the middle of a session, under 1,000 live sockets: the server tells every socket it is
 * going away (close 1001), a new process takes over the same port and database, and the phones come back on their
 * own (client/live/backoff.ts), resuming with `since`. Nothing acknowledged is lost, nothing is shown twice, and
 * every socket ends with the same board as a fresh visitor.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CreateBoardReply } from '../../shared/api.ts';
import { ReconnectingClient } from '../helpers/reconnecting-client.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { eventually } from '../helpers/wait.ts';

const SOCKETS = 1000;

async function json<T>(baseUrl: string, method: string, path: string, headers = {}, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json().catch(() => undefined)) as T };
}

describe('a graceful restart under 1,000 live sockets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'takhojd-restart-'));
  let server: ServerProcess | undefined;
  const clients: ReconnectingClient[] = [];
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.stop({ removeData: true });
  });

  it('loses nothing and brings every socket back to the same board', async () => {
    // No work for seats: this test is about the restart, and takes a seat per post.
    const env = { SEAT_WORK_BITS: '0', LOG_LEVEL: 'warn' };
    server = await startServerProcess(env, { dir });
    const { baseUrl, port } = server;
    const created = await json<CreateBoardReply>(
      baseUrl,
      'POST',
      '/api/boards',
      {},
      {
        title: 'Omstart',
        settings: { releaseThreshold: 1, releaseDelayMs: [0, 0] },
      },
    );
    const boardId = created.body.board.id;
    for (let i = 0; i < SOCKETS; i += 100) {
      const chunk = Array.from({ length: 100 }, () => new ReconnectingClient(baseUrl, boardId));
      clients.push(...chunk);
      await Promise.all(chunk.map((client) => client.start()));
    }

    // Posts keep coming from a few phones while the server restarts; each is resent until acknowledged.
    const acknowledged = new Set<string>();
    let posting = true;
    const poster = async (index: number) => {
      for (let n = 0; posting || n < 3; n++) {
        const deleteKey = `key${index}x${n}`.padEnd(22, 'k');
        for (;;) {
          const seat = await json<{ seat: string }>(baseUrl, 'POST', `/api/boards/${boardId}/seats`).catch(
            () => undefined,
          );
          const sent = seat?.body?.seat
            ? await json<{ post: { id: string } }>(
                baseUrl,
                'POST',
                `/api/boards/${boardId}/posts`,
                { 'x-seat': seat.body.seat },
                { category: 'idea', body: `Under omstarten ${index}/${n}`, deleteKey },
              ).catch(() => undefined)
            : undefined;
          if (sent?.status === 202) {
            acknowledged.add(sent.body.post.id);
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    };
    const posters = Promise.all([0, 1, 2].map(poster));
    await eventually('some posts before the restart', async () =>
      acknowledged.size >= 6 ? true : undefined,
    );

    await server.stop();
    server = await startServerProcess(env, { dir, port });
    const answeringAt = performance.now();
    posting = false;
    await posters;

    await eventually(
      'every socket back and up to date',
      async () =>
        clients.every((client) => client.live && [...acknowledged].every((id) => client.state.posts.has(id)))
          ? true
          : undefined,
      60_000,
    );
    const lastBack = Math.max(...clients.map((client) => client.lastSubscribedAt)) - answeringAt;
    console.log(
      `${SOCKETS} sockets were back ${Math.round(lastBack)} ms after the new process answered; ` +
        `${acknowledged.size} posts acknowledged.`,
    );
    expect(clients.every((client) => client.reconnects >= 1)).toBe(true);

    // The same board as a fresh visitor's: nothing lost, nothing doubled.
    const fresh = new ReconnectingClient(baseUrl, boardId);
    clients.push(fresh);
    await fresh.start();
    await fresh.loadOlder();
    const truth = [...fresh.state.posts.keys()].sort();
    expect(truth).toEqual([...acknowledged].sort());
    for (const client of clients) {
      await client.loadOlder();
      expect([...client.state.posts.keys()].sort()).toEqual(truth);
      expect(client.drops).toEqual([]);
    }
  }, 180_000);
});
