/**
 * Open live sockets are capped per network address (429 TOO_MANY_SOCKETS) and per instance (503 SERVER_BUSY with
 * Retry-After); at either cap the oldest socket no seat has claimed gives way; one seat claims a few sockets at
 * most; and a socket's place is given back however it ends. Small caps, real sockets from several
 * loopback addresses.
 */
import { connect as tcpConnect } from 'node:net';
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/errors.ts';
import { eventually } from '../helpers/wait.ts';
import { SOCKETS_PER_SEAT } from '../../server/routes/socket-places.ts';
import { bearer, createBoard, startTestApp, takeSeat, type TestApp } from '../helpers/test-app.ts';

const PER_ADDRESS = 3;
const INSTANCE = 5;

type Attempt =
  | { open: true; socket: WebSocket }
  | { open: false; status: number; code: string; retryAfter: string | undefined };

describe('socket caps', () => {
  let t: TestApp;
  let baseUrl: string;
  let boardId: string;
  let facilitator: string;
  const sockets: WebSocket[] = [];

  /** Opens a live socket from `from` (a loopback address), or reports how the upgrade was refused. */
  function attempt(from: string, board = boardId): Promise<Attempt> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/boards/${board}/live`, {
      localAddress: from,
    });
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        sockets.push(socket);
        resolve({ open: true, socket });
      });
      socket.once('unexpected-response', (_request, response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => {
          const retryAfter = response.headers['retry-after'];
          resolve({
            open: false,
            status: response.statusCode ?? 0,
            code: (JSON.parse(body) as { code: string }).code,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
          });
        });
      });
      socket.once('error', reject);
    });
  }

  /** Subscribes with a seat and waits for the snapshot: the socket's place is then claimed and never gives way. */
  async function claim(socket: WebSocket, seat?: string): Promise<void> {
    const snapshot = new Promise((resolve) => socket.once('message', resolve));
    socket.send(
      JSON.stringify({ type: 'subscribe', version: 1, seat: seat ?? (await takeSeat(t.app, boardId)) }),
    );
    await snapshot;
  }

  /** A socket from `from` whose place a seat has claimed (unless `unclaimed`). */
  async function openFrom(from: string, { unclaimed = false } = {}): Promise<WebSocket> {
    const result = await attempt(from);
    if (!result.open) throw new Error(`refused: ${result.status} ${result.code}`);
    if (!unclaimed) await claim(result.socket);
    return result.socket;
  }

  const closedOf = (socket: WebSocket) =>
    new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );

  /** Waits until `from` can open a socket again, i.e. a place was given back; keeps that socket, claimed. */
  const placeFreed = (from: string) =>
    eventually('a place to be given back', async () => {
      const result = await attempt(from);
      if (!result.open) return undefined;
      await claim(result.socket);
      return result.socket;
    });

  beforeEach(async () => {
    t = await startTestApp({ MAX_SOCKETS_PER_ADDRESS: String(PER_ADDRESS), MAX_SOCKETS: String(INSTANCE) });
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const created = await createBoard(t.app);
    boardId = created.board.id;
    facilitator = created.tokens.facilitator;
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    await t.close();
  });

  it('refuses a socket over the per-address cap with 429 and over the instance cap with 503', async () => {
    for (let i = 0; i < PER_ADDRESS; i++) await openFrom('127.0.0.1');
    expect(await attempt('127.0.0.1')).toMatchObject({
      open: false,
      status: 429,
      code: ErrorCode.tooManySockets,
    });
    // Another address is not held back by the first one's sockets …
    for (let i = PER_ADDRESS; i < INSTANCE; i++) await openFrom('127.0.0.2');
    // … until the instance is full, for everyone.
    for (const from of ['127.0.0.2', '127.0.0.3']) {
      const refused = await attempt(from);
      expect(refused).toMatchObject({ open: false, status: 503, code: ErrorCode.serverBusy });
      if (!refused.open) expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    }
  });

  it('gives a place back however a socket ends, and never more than once', async () => {
    const [closed, terminated, dropped] = [
      await openFrom('127.0.0.1'),
      await openFrom('127.0.0.1'),
      await openFrom('127.0.0.1'),
    ];
    expect((await attempt('127.0.0.1')).open).toBe(false);

    // A clean close by the client.
    closed!.close();
    await placeFreed('127.0.0.1');
    // A client that vanishes without a closing handshake.
    terminated!.terminate();
    await placeFreed('127.0.0.1');
    // The connection cut under the socket (as when a phone leaves the Wi-Fi).
    (dropped as unknown as { _socket: { destroy(): void } })._socket.destroy();
    const replacement = await placeFreed('127.0.0.1');
    expect(replacement.readyState).toBe(WebSocket.OPEN);

    // Exactly the cap again: nothing leaked and nothing was given back twice.
    expect(await attempt('127.0.0.1')).toMatchObject({ open: false, status: 429 });
  });

  it('gives places back when the server ends sockets: a bad frame, a refused link, a deleted board', async () => {
    const [garbage, wrongToken] = [await openFrom('127.0.0.1'), await openFrom('127.0.0.1')];
    // The third fills the address; it is closed with the board, below.
    await openFrom('127.0.0.1');
    // Invalid UTF-8 in a text frame: ws fails the connection and the server terminates the socket.
    const frame = Buffer.from([0x81, 0x82, 0, 0, 0, 0, 0xff, 0xfe]);
    (garbage as unknown as { _socket: { write(data: Buffer): void } })._socket.write(frame);
    await placeFreed('127.0.0.1');

    wrongToken!.send(JSON.stringify({ type: 'subscribe', version: 1, token: 'x'.repeat(22) }));
    await placeFreed('127.0.0.1');

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/boards/${boardId}`,
      headers: bearer(facilitator),
    });
    expect(deleted.statusCode).toBe(204);
    boardId = (await createBoard(t.app)).board.id;
    // Every socket on the deleted board is closed, and each gives its place back.
    for (let i = 0; i < PER_ADDRESS; i++) await placeFreed('127.0.0.1');
    expect(await attempt('127.0.0.1')).toMatchObject({ open: false, status: 429 });
  });

  it('counts only sockets: plain requests and refused upgrades hold no place', async () => {
    for (let i = 0; i < PER_ADDRESS + 2; i++) {
      const plain = await t.app.inject({ method: 'GET', url: `/api/boards/${boardId}/live` });
      expect(plain.statusCode).toBe(404);
    }
    // An upgrade to a board that does not exist is refused before it is counted.
    for (let i = 0; i < PER_ADDRESS + 2; i++) {
      expect(await attempt('127.0.0.1', 'B'.repeat(22))).toMatchObject({ open: false, status: 404 });
    }
    // A handshake that breaks off after the upgrade request was accepted gives its place back.
    const url = new URL(baseUrl);
    const half = tcpConnect({ host: url.hostname, port: Number(url.port), localAddress: '127.0.0.1' });
    await new Promise((resolve) => half.once('connect', resolve));
    half.write(
      `GET /api/boards/${boardId}/live HTTP/1.1\r\nHost: ${url.host}\r\nConnection: Upgrade\r\n` +
        'Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: not-a-valid-key\r\n\r\n',
    );
    half.resume();
    await new Promise((resolve) => half.once('close', resolve));
    for (let i = 0; i < PER_ADDRESS; i++) await openFrom('127.0.0.1');
    expect(await attempt('127.0.0.1')).toMatchObject({ open: false, status: 429 });
  });

  it('lets the oldest socket no seat has claimed give way, at the address cap and at the instance cap', async () => {
    const unclaimed = await openFrom('127.0.0.1', { unclaimed: true });
    const gone = closedOf(unclaimed);
    for (let i = 1; i < PER_ADDRESS; i++) await openFrom('127.0.0.1');
    // The address is full; its one unclaimed socket gives way to the newcomer.
    const newcomer = await openFrom('127.0.0.1');
    await gone;
    expect(newcomer.readyState).toBe(WebSocket.OPEN);
    // Now every place of the address is claimed: the next is refused.
    expect(await attempt('127.0.0.1')).toMatchObject({
      open: false,
      status: 429,
      code: ErrorCode.tooManySockets,
    });

    // The instance fills up with another address's sockets, one of them unclaimed: a third address gets its place.
    const idle = await openFrom('127.0.0.2', { unclaimed: true });
    const idleGone = closedOf(idle);
    await openFrom('127.0.0.2');
    const third = await openFrom('127.0.0.3');
    await idleGone;
    expect(third.readyState).toBe(WebSocket.OPEN);
    expect(await attempt('127.0.0.4')).toMatchObject({ open: false, status: 503 });
  });

  it('lets one seat claim only a few sockets', async () => {
    await t.close();
    t = await startTestApp({ MAX_SOCKETS_PER_ADDRESS: '20', MAX_SOCKETS: '20' });
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    boardId = (await createBoard(t.app)).board.id;
    const seat = await takeSeat(t.app, boardId);
    for (let i = 0; i < SOCKETS_PER_SEAT; i++)
      await claim(await openFrom('127.0.0.1', { unclaimed: true }), seat);
    const one = await openFrom('127.0.0.1', { unclaimed: true });
    const closed = closedOf(one);
    one.send(JSON.stringify({ type: 'subscribe', version: 1, seat }));
    expect((await closed).reason).toBe(ErrorCode.tooManySockets);
    // A made-up seat claims nothing.
    const fake = await openFrom('127.0.0.1', { unclaimed: true });
    const fakeClosed = closedOf(fake);
    fake.send(JSON.stringify({ type: 'subscribe', version: 1, seat: `${'x'.repeat(42)}A` }));
    expect((await fakeClosed).reason).toBe(ErrorCode.seatInvalid);
  });
});
