/**
 * Seats and join-code lookups cost proof of work (shared/work.ts, server/security/work-challenges.ts): each device
 * pays for what it asks, so a script cannot take a thousand seats or guess join codes for free, and a room behind
 * one address is not refused because of it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/errors.ts';
import { createHash } from 'node:crypto';
import {
  leadingZeroBits,
  WORK_HEADER,
  workMessage,
  WorkPurpose,
  workProof,
  workSubject,
  type ChallengeReply,
} from '../../shared/work.ts';
import { CHALLENGE_LIFETIME_MS } from '../../server/security/work-challenges.ts';
import { FakeClock } from '../helpers/fake-clock.ts';
import { createBoard, lookUpJoinCode, payWork, startTestApp, type TestApp } from '../helpers/test-app.ts';

describe('proof of work for seats and join codes', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  const seatUrl = (boardId: string) => `/api/boards/${boardId}/seats`;

  it('hands out challenges at the configured price and takes a solved one for a seat', async () => {
    t = await startTestApp({ SEAT_WORK_BITS: '10' });
    const boardId = (await createBoard(t.app)).board.id;
    const reply = await t.app.inject({ method: 'POST', url: '/api/challenges' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json<ChallengeReply>().bits).toBe(10);
    expect(reply.headers['cache-control']).toBe('no-store');
    const headers = await payWork(t.app, workSubject(WorkPurpose.seat, boardId));
    const seat = await t.app.inject({ method: 'POST', url: seatUrl(boardId), headers });
    expect(seat.statusCode).toBe(201);
  });

  it('refuses a seat without work, with wrong work, with work for another board, and spends each challenge once', async () => {
    t = await startTestApp({ SEAT_WORK_BITS: '10' });
    const [a, b] = [(await createBoard(t.app)).board.id, (await createBoard(t.app)).board.id];

    const none = await t.app.inject({ method: 'POST', url: seatUrl(a) });
    expect(none.statusCode).toBe(403);
    expect(none.json().code).toBe(ErrorCode.workRequired);

    const { challenge } = (
      await t.app.inject({ method: 'POST', url: '/api/challenges' })
    ).json<ChallengeReply>();
    // With 10 bits, a counter picked without searching is wrong 1023 times in 1024; find one that surely is.
    const wrong = await t.app.inject({
      method: 'POST',
      url: seatUrl(a),
      headers: { [WORK_HEADER]: workProof(challenge, unsolvedCounter(t, challenge, a)) },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe(ErrorCode.workInvalid);

    const forA = await payWork(t.app, workSubject(WorkPurpose.seat, a));
    const onB = await t.app.inject({ method: 'POST', url: seatUrl(b), headers: forA });
    expect(onB.json().code).toBe(ErrorCode.workInvalid);
    expect((await t.app.inject({ method: 'POST', url: seatUrl(a), headers: forA })).statusCode).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: seatUrl(a), headers: forA });
    expect(again.statusCode).toBe(403);
    expect(again.json().code).toBe(ErrorCode.workInvalid);

    const forged = forA[WORK_HEADER]!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const tampered = await t.app.inject({
      method: 'POST',
      url: seatUrl(a),
      headers: { [WORK_HEADER]: forged },
    });
    expect(tampered.json().code).toBe(ErrorCode.workInvalid);

    const malformed = await t.app.inject({
      method: 'POST',
      url: seatUrl(a),
      headers: { [WORK_HEADER]: 'x.y.z' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe(ErrorCode.validationFailed);
  });

  it('lets a challenge expire', async () => {
    const clock = new FakeClock();
    t = await startTestApp({ SEAT_WORK_BITS: '6' }, { clock });
    const boardId = (await createBoard(t.app)).board.id;
    const headers = await payWork(t.app, workSubject(WorkPurpose.seat, boardId));
    await clock.advance(CHALLENGE_LIFETIME_MS + 1000);
    const late = await t.app.inject({ method: 'POST', url: seatUrl(boardId), headers });
    expect(late.json().code).toBe(ErrorCode.workInvalid);
  });

  it('does not honour challenges from before a restart', async () => {
    t = await startTestApp({ SEAT_WORK_BITS: '6' });
    const boardId = (await createBoard(t.app)).board.id;
    const headers = await payWork(t.app, workSubject(WorkPurpose.seat, boardId));
    const second = await startTestApp({ SEAT_WORK_BITS: '6' }, { dir: t.dir });
    try {
      const refused = await second.app.inject({ method: 'POST', url: seatUrl(boardId), headers });
      expect(refused.json().code).toBe(ErrorCode.workInvalid);
    } finally {
      await second.close();
    }
  });

  it('binds join-code work to the code, so every guess costs', async () => {
    t = await startTestApp({ SEAT_WORK_BITS: '8' });
    const created = await createBoard(t.app);
    expect((await t.app.inject({ url: `/api/join/${created.joinCode}` })).json().code).toBe(
      ErrorCode.workRequired,
    );
    const forOtherCode = await payWork(t.app, workSubject(WorkPurpose.join, 'ZZZZZZ'));
    const wrongCode = await t.app.inject({ url: `/api/join/${created.joinCode}`, headers: forOtherCode });
    expect(wrongCode.json().code).toBe(ErrorCode.workInvalid);
    // Typed in lower case with a space: the work is for the code as it is normalised.
    const typed = `${created.joinCode.slice(0, 3).toLowerCase()} ${created.joinCode.slice(3)}`;
    expect((await lookUpJoinCode(t.app, typed)).json()).toEqual({ boardId: created.board.id });
  });

  it('asks for nothing when SEAT_WORK_BITS is 0', async () => {
    t = await startTestApp({ SEAT_WORK_BITS: '0' });
    const created = await createBoard(t.app);
    expect((await t.app.inject({ method: 'POST', url: seatUrl(created.board.id) })).statusCode).toBe(201);
    expect((await t.app.inject({ url: `/api/join/${created.joinCode}` })).statusCode).toBe(200);
    const challenge = (await t.app.inject({ method: 'POST', url: '/api/challenges' })).json<ChallengeReply>();
    expect(challenge.bits).toBe(0);
  });
});

/** A counter that does not solve the challenge, found by checking with the server's own rule. */
function unsolvedCounter(t: TestApp, challenge: string, boardId: string): number {
  for (let counter = 0; ; counter++) {
    const digest = createHash('sha256')
      .update(workMessage(challenge, workSubject(WorkPurpose.seat, boardId), counter))
      .digest();
    if (leadingZeroBits(digest) < t.app.work.bits) return counter;
  }
}
