/**
 * Flooding and vote-stuffing are limited without knowing anyone, and without letting one person in a room that
 * shares an address lock the others out: seats cost proof of work, each seat has its own budget, creating boards
 * has a per-address budget (a keyed hash held in memory), and an optional per-address ceiling is off by default
 * (server/plugins/rate-limit.ts).
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/errors.ts';
import { SeatLimits } from '../../server/plugins/rate-limit.ts';
import { AddressKeyer } from '../../server/security/address-key.ts';
import { FakeClock } from '../helpers/fake-clock.ts';
import {
  bearer,
  createBoard,
  newDeleteKey,
  postAs,
  requestSeat,
  startTestApp,
  takeSeat,
} from '../helpers/test-app.ts';
import { eventually } from '../helpers/wait.ts';

describe('flooding without identity', () => {
  it('lets 50 people behind one address all join, post and react', async () => {
    const t = await startTestApp();
    try {
      const boardId = (
        await createBoard(t.app, { settings: { releaseThreshold: 50, releaseDelayMs: [0, 0] } })
      ).board.id;
      const seats = await Promise.all(Array.from({ length: 50 }, () => takeSeat(t.app, boardId)));
      const posted = await Promise.all(
        seats.map((seat, i) => postAs(t.app, boardId, seat, `Person ${i} tycker till`)),
      );
      expect(posted.map((response) => response.statusCode)).toEqual(seats.map(() => 202));
      const posts = await eventually('the batch', async () => {
        const visible = await t.app.store.visiblePosts(boardId);
        return visible.length === 50 ? visible : undefined;
      });
      const reacted = await Promise.all(
        seats.flatMap((seat) =>
          posts.slice(0, 3).map((post) =>
            t.app.inject({
              method: 'PUT',
              url: `/api/boards/${boardId}/posts/${post.id}/reactions/agree`,
              headers: { 'x-seat': seat },
            }),
          ),
        ),
      );
      expect(reacted.every((response) => response.statusCode === 204)).toBe(true);
      const counts = await t.app.store.reactionCounts(boardId, [posts[0]!.id]);
      expect(counts[0]?.reactions).toEqual({ agree: 50 });
    } finally {
      await t.close();
    }
  });

  it('refuses nobody for what others on the same address do, by default', async () => {
    const t = await startTestApp();
    try {
      const boardId = (await createBoard(t.app)).board.id;
      // Far beyond the old shared budget of 1,200 a minute: a script in the room reading the board as fast as it can.
      const reads = await Promise.all(
        Array.from({ length: 3000 }, () => t.app.inject({ url: `/api/boards/${boardId}` })),
      );
      expect(reads.filter((response) => response.statusCode !== 200)).toEqual([]);
      const seat = await takeSeat(t.app, boardId);
      expect((await postAs(t.app, boardId, seat, 'Jag kommer fram ändå')).statusCode).toBe(202);
    } finally {
      await t.close();
    }
  });

  it('answers a flood from one address with 429, Retry-After and a stable code when a ceiling is set', async () => {
    const t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '40' });
    try {
      const responses = [];
      for (let i = 0; i < 45; i++)
        responses.push(await t.app.inject({ url: '/api/boards/AAAAAAAAAAAAAAAAAAAAAA' }));
      const limited = responses.filter((response) => response.statusCode === 429);
      expect(limited).toHaveLength(5);
      expect(limited[0]?.json().code).toBe(ErrorCode.rateLimited);
      expect(Number(limited[0]?.headers['retry-after'])).toBeGreaterThan(0);
      // Static files and the health check are never counted.
      expect((await t.app.inject({ url: '/health' })).statusCode).toBe(200);
      // Nor can a percent-encoded path slip past the ceiling to the same route.
      expect((await t.app.inject({ url: '/%61pi/boards/AAAAAAAAAAAAAAAAAAAAAA' })).statusCode).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('never counts what a seat does against the address ceiling', async () => {
    const t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '20' });
    try {
      const boardId = (await createBoard(t.app)).board.id;
      const seats = [];
      // Each seat costs two requests without a seat (a challenge and the seat itself): 1 + 2 × 4 = 9 of 20.
      for (let i = 0; i < 4; i++) seats.push(await takeSeat(t.app, boardId));
      const statuses = [];
      for (const [i, seat] of seats.entries()) {
        for (let j = 0; j < 10; j++)
          statuses.push((await postAs(t.app, boardId, seat, `inlägg ${i}/${j}`)).statusCode);
      }
      expect(statuses.filter((status) => status !== 202)).toEqual([]);
      // What carries no seat still meets the ceiling.
      const reads = [];
      for (let i = 0; i < 15; i++)
        reads.push((await t.app.inject({ url: `/api/boards/${boardId}` })).statusCode);
      expect(reads).toContain(429);
    } finally {
      await t.close();
    }
  });

  it('gives made-up seats no budget of their own: they are refused before they are counted', async () => {
    const t = await startTestApp();
    try {
      const boardId = (await createBoard(t.app)).board.id;
      const flooder = await takeSeat(t.app, boardId);
      for (let i = 0; i < SeatLimits.postsPerMinute; i++) {
        expect((await postAs(t.app, boardId, flooder, `flood ${i}`)).statusCode).toBe(202);
      }
      const madeUp = await Promise.all(
        Array.from({ length: 200 }, () =>
          postAs(t.app, boardId, randomBytes(32).toString('base64url').slice(0, 43), 'x'.repeat(30)),
        ),
      );
      expect(new Set(madeUp.map((response) => response.json().code))).toEqual(
        new Set([ErrorCode.seatInvalid]),
      );
      // The flooder's own budget is still spent.
      expect((await postAs(t.app, boardId, flooder, 'en till')).statusCode).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('limits the boards one address may create per hour', async () => {
    const t = await startTestApp({ BOARDS_PER_ADDRESS_PER_HOUR: '3' });
    try {
      const create = (remoteAddress: string) =>
        t.app.inject({ method: 'POST', url: '/api/boards', remoteAddress, payload: { title: 'Workshop' } });
      for (let i = 0; i < 3; i++) expect((await create('192.0.2.10')).statusCode).toBe(201);
      const fourth = await create('192.0.2.10');
      expect(fourth.statusCode).toBe(429);
      expect(fourth.json().code).toBe(ErrorCode.rateLimited);
      expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(60);
      // Another network is not affected.
      expect((await create('198.51.100.7')).statusCode).toBe(201);
    } finally {
      await t.close();
    }
  });

  it('never locks out the holders of the creation token, whatever others on their network did', async () => {
    const token = 'operator-token-0123456789';
    const t = await startTestApp({ BOARDS_PER_ADDRESS_PER_HOUR: '2', CREATE_TOKEN: token });
    try {
      const create = (headers: Record<string, string>) =>
        t.app.inject({ method: 'POST', url: '/api/boards', headers, payload: { title: 'Workshop' } });
      // Someone without the token tries again and again: refused (401), then out of budget (429).
      const strangers = [];
      for (let i = 0; i < 4; i++) strangers.push((await create({})).statusCode);
      expect(strangers).toEqual([401, 401, 429, 429]);
      for (let i = 0; i < 4; i++) expect((await create(bearer(token))).statusCode).toBe(201);
    } finally {
      await t.close();
    }
  });

  it('limits one seat without slowing the others on the same address', async () => {
    const t = await startTestApp();
    try {
      const boardId = (await createBoard(t.app)).board.id;
      const flooder = await takeSeat(t.app, boardId);
      const statuses = [];
      for (let i = 0; i < SeatLimits.postsPerMinute + 3; i++) {
        statuses.push((await postAs(t.app, boardId, flooder, `flood ${i}`)).statusCode);
      }
      expect(statuses.filter((status) => status === 202)).toHaveLength(SeatLimits.postsPerMinute);
      expect(statuses.slice(-3)).toEqual([429, 429, 429]);
      const neighbour = await takeSeat(t.app, boardId);
      expect((await postAs(t.app, boardId, neighbour, 'Jag får fortfarande skriva')).statusCode).toBe(202);
    } finally {
      await t.close();
    }
  });

  it('caps seats a little above the expected headcount', async () => {
    const t = await startTestApp();
    try {
      const boardId = (await createBoard(t.app, { settings: { expectedHeadcount: 4 } })).board.id;
      // 4 people × 1.25 = 5 seats.
      for (let i = 0; i < 5; i++) await takeSeat(t.app, boardId);
      const sixth = await requestSeat(t.app, boardId);
      expect(sixth.statusCode).toBe(409);
      expect(sixth.json().code).toBe(ErrorCode.boardFull);
    } finally {
      await t.close();
    }
  });

  it('counts one seat once however often it reacts', async () => {
    const t = await startTestApp();
    try {
      const boardId = (await createBoard(t.app)).board.id;
      const seat = await takeSeat(t.app, boardId);
      const postId = (
        await postAs(t.app, boardId, seat, 'Rösta på mig', { deleteKey: newDeleteKey() })
      ).json().post.id;
      await eventually('the release', async () =>
        (await t.app.store.visiblePosts(boardId)).length ? true : undefined,
      );
      // The per-seat limit stops the flood part-way; what got through still counts once.
      for (let i = 0; i < 100; i++) {
        await t.app.inject({
          method: 'PUT',
          url: `/api/boards/${boardId}/posts/${postId}/reactions/heart`,
          headers: { 'x-seat': seat },
        });
      }
      expect((await t.app.store.reactionCounts(boardId, [postId]))[0]?.reactions).toEqual({ heart: 1 });
    } finally {
      await t.close();
    }
  });

  it('keys addresses with a daily key: stable within a day, unlinkable across days, never the address', async () => {
    const clock = new FakeClock(Date.UTC(2026, 10, 30, 12));
    const keyer = new AddressKeyer(clock);
    const today = keyer.keyFor('127.0.0.77');
    expect(keyer.keyFor('127.0.0.77')).toBe(today);
    expect(keyer.keyFor('127.0.0.78')).not.toBe(today);
    expect(today).not.toContain('127');
    await clock.advance(12 * 60 * 60_000);
    expect(keyer.keyFor('127.0.0.77')).not.toBe(today);
    // A second instance (a restart) has a different key: nothing about the address survives it.
    expect(new AddressKeyer(clock).keyFor('127.0.0.77')).not.toBe(keyer.keyFor('127.0.0.77'));
  });
});
