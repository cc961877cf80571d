/**
 * A malformed socket frame is the sender's fault: it is logged at most once per socket, at warn or below, without
 * a stack and without an address, however many the sender sends. Real sockets write raw frames; the app's log
 * lines are captured from its logger stream at the most verbose level.
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, startTestApp, type TestApp } from '../helpers/test-app.ts';

const REPEATS = 5;
/** A distinctive address for the sender, to look for in the log. */
const CLIENT_ADDRESS = '127.0.0.66';

interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

/** Client frames must be masked; the mask is random, as a browser's is. */
function frame(opcode: number, payload: Buffer, declaredLength = payload.length): Buffer {
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  const header =
    declaredLength < 126
      ? Buffer.from([0x80 | opcode, 0x80 | declaredLength])
      : Buffer.from([0x80 | opcode, 0x80 | 126, declaredLength >> 8, declaredLength & 0xff]);
  return Buffer.concat([header, mask, masked]);
}

/** Bad frames of every kind, each sent REPEATS times in a row on its own socket. */
const MALFORMED: Record<string, Buffer> = {
  'invalid UTF-8': frame(0x1, Buffer.from([0xff, 0xfe, 0xfd])),
  'reserved opcode': frame(0x3, Buffer.from('x')),
  'oversized message': frame(0x1, Buffer.alloc(16, 0x61), 5000),
  binary: frame(0x2, Buffer.from('{"type":"ping"}')),
  'garbage JSON': frame(0x1, Buffer.from('{"type": nope')),
  'unknown message': frame(0x1, Buffer.from('{"type":"hello"}')),
};

/**
 * Resolves with true once the server closes: the connection ends, or a close frame arrives (the server then waits
 * for the closing handshake, which this raw client never sends).
 */
function untilClosed(socket: Socket): Promise<boolean> {
  return new Promise((resolve) => {
    let buffered = Buffer.alloc(0);
    socket.on('close', () => resolve(true));
    socket.on('data', (data: Buffer) => {
      buffered = Buffer.concat([buffered, data]);
      // Server frames are unmasked and small here: opcode in the first byte, 7-bit or 16-bit length.
      while (buffered.length >= 2) {
        const opcode = buffered[0]! & 0x0f;
        const short = buffered[1]! & 0x7f;
        const [offset, length] = short === 126 ? [4, buffered.readUInt16BE(2)] : [2, short];
        if (buffered.length < offset + length) return;
        if (opcode === 0x8) resolve(true);
        buffered = buffered.subarray(offset + length);
      }
    });
  });
}

describe('socket error logs', () => {
  let t: TestApp;
  let port: number;
  let boardId: string;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'debug' }, { logStream: { write: (line) => lines.push(line) } });
    port = Number(new URL(await t.app.listen({ port: 0, host: '127.0.0.1' })).port);
    boardId = (await createBoard(t.app)).board.id;
  });
  afterAll(async () => t.close());

  /** A socket upgraded by hand, so that it can write frames no WebSocket library would send. */
  async function rawSocket(): Promise<Socket> {
    const socket = connect({ host: '127.0.0.1', port, localAddress: CLIENT_ADDRESS });
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `GET /api/boards/${boardId}/live HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\n` +
        `Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n\r\n`,
    );
    const head = await new Promise<string>((resolve) =>
      socket.once('data', (data) => resolve(data.toString())),
    );
    expect(head).toMatch(/^HTTP\/1\.1 101/);
    return socket;
  }

  it('logs each bad socket once, as a warning with its code, no stack and no address', async () => {
    for (const [kind, bad] of Object.entries(MALFORMED)) {
      const socket = await rawSocket();
      const closed = untilClosed(socket);
      // All at once, so that several reach the server before it closes the socket.
      socket.write(Buffer.concat(Array.from({ length: REPEATS }, () => bad)));
      expect(await closed, kind).toBe(true);
      socket.destroy();
    }
    await t.app.liveHub.idle();

    const parsed = lines.map((line) => JSON.parse(line) as LogLine);
    const aboutSockets = parsed.filter((line) => /socket/i.test(line.msg ?? ''));
    expect(aboutSockets).toHaveLength(Object.keys(MALFORMED).length);
    for (const line of aboutSockets) {
      expect(line.level).toBeLessThanOrEqual(40);
      expect(typeof line.code).toBe('string');
      expect(line).not.toHaveProperty('err');
      expect(line).not.toHaveProperty('stack');
    }
    expect(new Set(aboutSockets.map((line) => line.code))).toEqual(
      new Set([
        'WS_ERR_INVALID_UTF8',
        'WS_ERR_INVALID_OPCODE',
        'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH',
        'BINARY',
        'UNSUPPORTED_PROTOCOL',
      ]),
    );
    // Nothing at error level or above, and no address anywhere.
    expect(parsed.filter((line) => line.level >= 50)).toEqual([]);
    expect(lines.join('\n')).not.toContain(CLIENT_ADDRESS);
  });
});
