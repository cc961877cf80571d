/**
 * DESIGN.md §2.1: no IP address, port or User-Agent is ever written — not to the database files, not to the logs.
 * The real server runs as its own process at the most verbose documented log level; a client on a distinctive
 * loopback address with a canary User-Agent does everything a participant can; then every byte is searched.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';
import {
  solveWork,
  WORK_HEADER,
  WorkPurpose,
  workProof,
  workSubject,
  type ChallengeReply,
} from '../../shared/work.ts';
import { databaseFiles, filesContaining } from '../helpers/database-files.ts';
import { freePort } from '../helpers/server-process.ts';
import { nodeSha256 } from '../helpers/test-app.ts';
import { eventually } from '../helpers/wait.ts';

const CLIENT_ADDRESS = '127.0.0.77';
const CANARY_AGENT = `Canary-${randomBytes(8).toString('hex')}`;
const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

describe('no identifying metadata is written anywhere', () => {
  const dir = mkdtempSync(join(tmpdir(), 'takhojd-metadata-'));
  const dataFile = join(dir, 'canary.db');
  let port = 0;
  let output = '';
  const localPorts = new Set<number>();

  function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          localAddress: CLIENT_ADDRESS,
          agent: false,
          headers: {
            'user-agent': CANARY_AGENT,
            ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
            ...headers,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
        },
      );
      req.on('socket', (socket) =>
        socket.on('connect', () => socket.localPort && localPorts.add(socket.localPort)),
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  beforeAll(async () => {
    port = await freePort();
    const server = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_FILE: dataFile,
        LOG_LEVEL: 'debug',
        REACTION_TICK_MS: '10',
        SEAT_WORK_BITS: '8',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await eventually(
      'the server to listen',
      async () => (output.includes('listening') ? true : undefined),
      20_000,
    );

    const created = await call('POST', '/api/boards', {
      title: 'Kanarie',
      settings: { releaseThreshold: 1, releaseDelayMs: [0, 0] },
    });
    expect(created.status).toBe(201);
    const { board, tokens } = JSON.parse(created.body) as {
      board: { id: string };
      tokens: { moderator: string };
    };
    const base = `/api/boards/${board.id}`;
    const { challenge, bits } = JSON.parse((await call('POST', '/api/challenges')).body) as ChallengeReply;
    const counter = solveWork(challenge, workSubject(WorkPurpose.seat, board.id), bits, nodeSha256) ?? 0;
    const seat = (
      JSON.parse(
        (await call('POST', `${base}/seats`, undefined, { [WORK_HEADER]: workProof(challenge, counter) }))
          .body,
      ) as { seat: string }
    ).seat;
    const asSeat = { 'x-seat': seat };

    const socket = new WebSocket(`ws://127.0.0.1:${port}${base}/live`, {
      localAddress: CLIENT_ADDRESS,
      headers: { 'user-agent': CANARY_AGENT, origin: `http://127.0.0.1:${port}` },
    });
    socket.once('upgrade', (response) => {
      if (response.socket.localPort) localPorts.add(response.socket.localPort);
    });
    const messages: string[] = [];
    socket.on('message', (data) => messages.push(data.toString()));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'subscribe', version: PROTOCOL_VERSION }));

    const keys = [randomBytes(16).toString('base64url'), randomBytes(16).toString('base64url')];
    const first = JSON.parse(
      (await call('POST', `${base}/posts`, { category: 'idea', body: 'ett', deleteKey: keys[0] }, asSeat))
        .body,
    );
    const second = JSON.parse(
      (await call('POST', `${base}/posts`, { category: 'idea', body: 'två', deleteKey: keys[1] }, asSeat))
        .body,
    );
    await eventually('the release', async () =>
      messages.filter((m) => m.includes('"released"')).length >= 2 ? true : undefined,
    );
    expect(
      (await call('PUT', `${base}/posts/${first.post.id}/reactions/agree`, undefined, asSeat)).status,
    ).toBe(204);
    expect(
      (await call('POST', `${base}/posts/${first.post.id}/reports`, { reason: 'spam' }, asSeat)).status,
    ).toBe(204);
    expect(
      (await call('DELETE', `${base}/posts/${second.post.id}`, undefined, { 'x-delete-key': keys[1]! }))
        .status,
    ).toBe(204);
    expect(
      (
        await call('DELETE', `${base}/posts/${first.post.id}`, undefined, {
          authorization: `Bearer ${tokens.moderator}`,
        })
      ).status,
    ).toBe(204);
    // Error paths log too: a bad body, an unknown board, a bad socket message and a flood that is refused.
    expect((await call('POST', `${base}/posts`, { nope: true }, asSeat)).status).toBe(400);
    expect((await call('GET', '/api/boards/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    let limited: Reply | undefined;
    for (let i = 0; i < 20 && !limited; i++) {
      const reply = await call(
        'POST',
        `${base}/posts`,
        { category: 'idea', body: `flood ${i}`, deleteKey: randomBytes(16).toString('base64url') },
        asSeat,
      );
      if (reply.status === 429) limited = reply;
    }
    expect(limited?.status).toBe(429);
    socket.send('not json');
    await new Promise((resolve) => socket.once('close', resolve));

    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the database files hold neither the address nor the User-Agent', () => {
    const files = databaseFiles(dataFile);
    expect(files.length).toBeGreaterThan(0);
    expect(filesContaining(files, CLIENT_ADDRESS)).toEqual([]);
    expect(filesContaining(files, CANARY_AGENT)).toEqual([]);
  });

  it('the server output holds neither the address, the ports nor the User-Agent', () => {
    // The check is only meaningful if the server did log something at this level.
    expect(output).toContain('listening');
    expect(output).not.toContain(CLIENT_ADDRESS);
    expect(output).not.toContain(CANARY_AGENT);
    expect(localPorts.size).toBeGreaterThan(0);
    for (const localPort of localPorts) expect(output).not.toMatch(new RegExp(`\\b${localPort}\\b`));
  });
});
