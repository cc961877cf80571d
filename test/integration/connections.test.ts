/**
 * Connections cannot pile up: headers and idle connections time out, one address and the whole instance hold a
 * bounded number open (server/plugins/connection-limits.ts), and the one-address trap behind an untrusted proxy is
 * pointed out in the log (server/plugins/proxy-warning.ts). Real sockets against the real server.
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ErrorCode } from '../../shared/errors.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { ConnectionTimeouts } from '../../server/plugins/connection-limits.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { createBoard, startTestApp, type TestApp } from '../helpers/test-app.ts';
import { eventually } from '../helpers/wait.ts';

interface RawConnection {
  socket: Socket;
  received: () => string;
  closed: Promise<void>;
  isClosed: () => boolean;
}

function openRaw(port: number, localAddress = '127.0.0.1'): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress });
    let text = '';
    let closed = false;
    socket.on('data', (chunk) => (text += chunk.toString()));
    const done = new Promise<void>((closedResolve) =>
      socket.on('close', () => {
        closed = true;
        closedResolve();
      }),
    );
    socket.on('error', () => undefined);
    socket.once('connect', () =>
      resolve({ socket, received: () => text, closed: done, isClosed: () => closed }),
    );
    socket.once('error', reject);
  });
}

const healthRequest = 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

describe('connection limits', () => {
  let t: TestApp | undefined;
  let server: ServerProcess | undefined;
  const raw: RawConnection[] = [];
  afterEach(async () => {
    for (const connection of raw.splice(0)) connection.socket.destroy();
    await t?.close();
    await server?.stop({ removeData: true });
    t = undefined;
    server = undefined;
  });

  async function listen(env: Record<string, string>): Promise<number> {
    t = await startTestApp(env);
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    return Number(new URL(address).port);
  }

  it('makes room at the per-address cap by closing that address’s oldest idle connection', async () => {
    const port = await listen({ MAX_CONNECTIONS_PER_ADDRESS: '10' });
    // One device hoards ten kept-alive connections, each used once and then left idle.
    const hoarded: RawConnection[] = [];
    for (let i = 0; i < 10; i++) {
      const connection = await openRaw(port);
      connection.socket.write(healthRequest);
      await eventually('an answer', async () => (connection.received().includes('"ok"') ? true : undefined));
      hoarded.push(connection);
    }
    raw.push(...hoarded);
    // Someone else on the same address still gets in, and is answered; the oldest idle connection gave way.
    const newcomer = await openRaw(port);
    raw.push(newcomer);
    newcomer.socket.write(healthRequest);
    await eventually('an answer', async () => (newcomer.received().includes('"ok"') ? true : undefined));
    await hoarded[0]!.closed;
    expect(hoarded.slice(1).some((connection) => connection.isClosed())).toBe(false);
  });

  it('refuses a connection with 429 and a stable code only when every connection of the address is busy', async () => {
    const port = await listen({ MAX_CONNECTIONS_PER_ADDRESS: '10' });
    const boardId = (await createBoard(t!.app)).board.id;
    // Live sockets are busy for good: they never give way (they have caps of their own).
    const sockets: WebSocket[] = [];
    for (let i = 0; i < 10; i++) {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/api/boards/${boardId}/live`, {
        headers: { origin: `http://127.0.0.1:${port}` },
      });
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      sockets.push(socket);
    }
    const over = await openRaw(port);
    raw.push(over);
    over.socket.write(healthRequest);
    await over.closed;
    expect(over.received()).toMatch(/^HTTP\/1\.1 429 /);
    expect(JSON.parse(over.received().split('\r\n\r\n')[1] ?? '{}').code).toBe(ErrorCode.tooManyConnections);

    // Another network is not affected.
    const elsewhere = await openRaw(port, '127.0.0.2');
    raw.push(elsewhere);
    elsewhere.socket.write(healthRequest);
    await eventually('an answer', async () => (elsewhere.received().includes('"ok"') ? true : undefined));

    // Closing five frees five places, however the connections ended.
    for (const socket of sockets.slice(0, 3)) socket.close();
    for (const socket of sockets.slice(3, 5)) socket.terminate();
    const again: RawConnection[] = [];
    await eventually('five places free', async () => {
      const connection = await openRaw(port);
      connection.socket.write(healthRequest);
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!connection.received().includes('"ok"')) {
        connection.socket.destroy();
        return undefined;
      }
      again.push(connection);
      return again.length === 5 ? true : undefined;
    });
    raw.push(...again);
    for (const socket of sockets) socket.terminate();
  });

  it('does not cap a trusted reverse proxy per address: it carries everyone', async () => {
    const port = await listen({ MAX_CONNECTIONS_PER_ADDRESS: '3', TRUST_PROXY: '127.0.0.1' });
    for (let i = 0; i < 8; i++) raw.push(await openRaw(port));
    for (const connection of raw) connection.socket.write(healthRequest);
    await eventually('eight answers', async () =>
      raw.every((connection) => connection.received().includes('"ok"')) ? true : undefined,
    );
  });

  it('caps connections per instance', async () => {
    const port = await listen({ MAX_CONNECTIONS: '5' });
    for (let i = 0; i < 5; i++) raw.push(await openRaw(port, `127.0.0.${10 + i}`));
    const over = await openRaw(port, '127.0.0.20');
    raw.push(over);
    await over.closed;
    expect(over.received()).toBe('');
  });

  it('closes connections whose headers never finish and idle kept-alive ones, but not live sockets', async () => {
    const port = await listen({});
    const created = await createBoard(t!.app);
    const halfOpen = await openRaw(port);
    halfOpen.socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const keptAlive = await openRaw(port);
    keptAlive.socket.write(healthRequest);
    await eventually('an answer', async () => (keptAlive.received().includes('"ok"') ? true : undefined));
    const live = new WebSocket(`ws://127.0.0.1:${port}/api/boards/${created.board.id}/live`, {
      headers: { origin: `http://127.0.0.1:${port}` },
    });
    await new Promise((resolve, reject) => live.once('open', resolve).once('error', reject));
    live.send(JSON.stringify({ type: 'subscribe', version: PROTOCOL_VERSION }));
    raw.push(halfOpen, keptAlive);

    // Node's own defaults would keep the half-open one for a minute and the idle one for 72 s (Fastify's).
    const limitMs = Math.max(ConnectionTimeouts.headersMs, ConnectionTimeouts.keepAliveMs) + 5_000;
    await eventually(
      'both to be closed',
      async () => (halfOpen.isClosed() && keptAlive.isClosed() ? true : undefined),
      limitMs,
    );
    expect(halfOpen.received()).toMatch(/^HTTP\/1\.1 408 |^$/);
    expect(live.readyState).toBe(WebSocket.OPEN);
    live.close();
  }, 40_000);

  it('fits the instance cap to the file-descriptor limit, and says so', async () => {
    server = await startServerProcess({}, { shellPrefix: 'ulimit -n 512' });
    await eventually('the warning', async () =>
      server!.output().includes('accepting at most') ? true : undefined,
    );
    expect(server.output()).toContain('MAX_CONNECTIONS is 20000 but the process may open 512 files');
    expect(server.output()).toContain('accepting at most 256 connections');
  });

  it('warns once at start-up and once when a request shows an untrusted proxy in front', async () => {
    server = await startServerProcess();
    // The log arrives through a pipe: it may be a moment behind the server's first answer.
    await eventually('the start-up warning', async () =>
      server!.output().includes('TRUST_PROXY is not set: if a reverse proxy forwards') ? true : undefined,
    );
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${server.baseUrl}/health`, {
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      expect(response.status).toBe(200);
    }
    await eventually('the warning', async () =>
      server!.output().includes('X-Forwarded-For') ? true : undefined,
    );
    expect(server.output().match(/came through a proxy/g)).toHaveLength(1);
    // The warning names the header, never the address it carried.
    expect(server.output()).not.toContain('203.0.113.9');
  });
});
