/**
 * The room the product is for: 300 people behind one network address join within a minute — page, assets, board,
 * seat (with its proof of work), live socket — post and react, while one of them runs a flooding script from the
 * same address. With the default configuration nobody but the flooder is refused, and every post reaches every
 * socket. The server runs as its own process, as an operator runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostStatus } from '../../shared/post.ts';
import type { CreateBoardReply } from '../../shared/api.ts';
import { runHall, type HallReport } from '../helpers/hall.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { eventually } from '../helpers/wait.ts';

const PEOPLE = 300;

describe('a hall of 300 behind one address, with a flooder among them', () => {
  let server: ServerProcess;
  let boardId = '';
  let report: HallReport & Awaited<ReturnType<typeof runHall>>;

  beforeAll(async () => {
    // The default configuration: nothing set but where to listen and store.
    server = await startServerProcess({ LOG_LEVEL: 'warn' });
    const created = await fetch(`${server.baseUrl}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Stämman', prompt: 'Vad vill ni säga?' }),
    });
    boardId = ((await created.json()) as CreateBoardReply).board.id;
    report = await runHall({
      baseUrl: server.baseUrl,
      boardId,
      people: PEOPLE,
      arrivalMs: 45_000,
      reactionsEach: 10,
      flooder: true,
    });
  }, 300_000);

  afterAll(async () => {
    for (const participant of report?.participants ?? []) participant.close();
    await server?.stop({ removeData: true });
  });

  it('refuses nobody but the flooder', () => {
    const joins = report.people.map((person) => person.joinMs).sort((a, b) => a - b);
    console.log(
      `${PEOPLE} people, ${report.people.reduce((sum, person) => sum + person.requests, 0)} requests, ` +
        `joined in ${Math.round(report.durationMs / 1000)} s (join p50 ${Math.round(joins[PEOPLE >> 1]!)} ms); ` +
        `flooder: ${report.flooder?.requests} requests, ${report.flooder?.refused} refused`,
    );
    const refused = report.people.flatMap((person) => [
      ...person.refused.map((outcome) => ({ person: person.index, ...outcome })),
      ...(person.client?.drops ?? []).map((drop) => ({ person: person.index, what: drop })),
    ]);
    expect(refused).toEqual([]);
    expect(report.people.every((person) => person.sent.length >= 1)).toBe(true);
    // The flooder did flood, and was refused for it.
    expect(report.flooder?.requests).toBeGreaterThan(5_000);
    expect(report.flooder?.refused).toBeGreaterThan(1_000);
  });

  it('delivers every released post to every socket, and releases all but a last batch still too small', async () => {
    const sent = report.people.flatMap((person) => person.sent);
    const authorOf = new Map(
      report.people.flatMap((person) => person.sent.map((post) => [post.id, person.index] as const)),
    );
    // People scroll back to the start: a snapshot carries the newest posts, older ones come page by page.
    for (const participant of report.participants) await participant.readAll();
    const missing = await eventually(
      'the released posts to reach every socket',
      async () => {
        const notEverywhere = sent.filter(
          (post) => !report.people.every((person) => person.client?.state.posts.has(post.id)),
        );
        // A batch needs three posts (the default threshold): at most two can still be waiting for company.
        if (notEverywhere.length >= 3) return undefined;
        const statuses = await Promise.all(
          notEverywhere.map((post) => report.participants[authorOf.get(post.id)!]!.statusOf(post)),
        );
        return statuses.every((status) => status === PostStatus.queued) ? notEverywhere : undefined;
      },
      90_000,
    );
    expect(missing.length).toBeLessThan(3);
    // And every person's board is the same board.
    const boardOf = (index: number) => [...(report.people[index]?.client?.state.posts.keys() ?? [])].sort();
    const reference = boardOf(0);
    for (const person of report.people) expect(boardOf(person.index)).toEqual(reference);
  }, 120_000);

  it('stays a working server: health, and a fresh visitor gets the board', async () => {
    expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/boards/${boardId}`)).status).toBe(200);
  });
});
