/**
 * WebSocket fan-out bench (`npm run bench`): for 1,000 and 5,000 sockets on one board, the time from a batch's
 * release to the last socket receiving it, for Takhöjd and for a plain `ws` server sending the same bytes in the
 * same run, and their ratio. Loopback only; the clients live in a separate process (bench/fanout-clients.ts).
 *
 * What is measured, exactly:
 * - Takhöjd: from the moment the committed `released` event is published on the event bus (the domain's release
 *   transaction has just committed) to the epoch time the last client socket received the message. That covers
 *   the live hub's queue, reading the posts back (materialise), encoding once, the per-socket sends, the kernel
 *   and the client's receive. The batch is triggered by a real HTTP post on a board with threshold 1 and no delay;
 *   the post → publish time (request, validation, commit, scheduling) is reported separately.
 * - plain ws: from just before a loop that sends one pre-encoded string (a Takhöjd `released` message captured in
 *   the same run) to every open client, to the last client receiving it.
 * Both processes stamp with performance.timeOrigin + performance.now(); the offset between the two clocks is
 * estimated over IPC at start (minimum round trip) and subtracted.
 */
import { fork, execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { InProcessEventBus } from '../server/bus/in-process-event-bus.ts';
import type { BusMessage } from '../server/bus/event-bus.ts';
import { StoredEventType } from '../server/store/board-store.ts';
import { PROTOCOL_VERSION } from '../shared/protocol.ts';
import { epochNow, type Command, type Reply, type SetName } from './ipc.ts';

const SIZES = [1000, 5000];
const BATCHES = 50;
/** Batches run first and not counted: JIT, socket buffers and SQLite caches warm up. */
const WARMUP = 2;
/** Between batches, so one batch's tail (GC, TCP acks) does not overlap the next. */
const PAUSE_MS = 100;
const SAFETY_TIMEOUT_MS = 5 * 60_000;

/** Notes when a batch is released: the bus is an option of buildApp, so no server code is touched. */
class TimedBus extends InProcessEventBus {
  lastRelease: number | undefined;
  override publish(message: BusMessage): void {
    if (message.type === StoredEventType.released) this.lastRelease = epochNow();
    super.publish(message);
  }
}

interface Sample {
  /** Release (or send loop start) → last client, ms. */
  last: number;
  /** Release → median client, ms. */
  median: number;
  /** Takhöjd only: HTTP post sent → release published, ms. */
  postToRelease?: number;
}

const safety = setTimeout(() => {
  console.error(`ABORTED: the bench did not finish within ${SAFETY_TIMEOUT_MS / 1000} s.`);
  process.exit(2);
}, SAFETY_TIMEOUT_MS);
safety.unref();

// Each process holds 2 × the largest size (a set per server) plus a few spare descriptors.
const fdLimit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
const fdNeeded = 2 * Math.max(...SIZES) + 256;
if (Number.isFinite(fdLimit) && fdLimit < fdNeeded) {
  console.error(
    `Open-file limit is ${fdLimit}; this bench needs ${fdNeeded}. Run \`ulimit -n ${fdNeeded}\` first.`,
  );
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'takhojd-bench-'));
const bus = new TimedBus();
const app = await buildApp(
  loadConfig({
    DATA_FILE: join(dataDir, 'bench.db'),
    // 'error', not 'silent': a failed delivery ('live delivery failed') must show up.
    LOG_LEVEL: 'error',
    // The bench opens 5,000 sockets from one address, beyond the caps a hall needs.
    MAX_SOCKETS_PER_ADDRESS: '10000',
    // Seats are taken here by the hundred: their proof of work is not what this bench measures.
    SEAT_WORK_BITS: '0',
    MAX_CONNECTIONS_PER_ADDRESS: '12000', // above the default, for 2 × 5,000 sockets
    PORT: '0',
  }),
  { bus },
);
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

// The baseline: the canonical ws broadcast, answering a client's first message like Takhöjd's snapshot would.
const plain = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
await new Promise((resolve) => plain.once('listening', resolve));
plain.on('connection', (socket) => socket.once('message', () => socket.send('{"type":"hello"}')));
const plainUrl = `ws://127.0.0.1:${(plain.address() as AddressInfo).port}`;

const child = fork(new URL('./fanout-clients.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
child.on('exit', (code) => {
  if (!finished) {
    console.error(`ABORTED: the client process exited early (code ${code}).`);
    process.exit(1);
  }
});
let finished = false;

// Replies arrive in order; each `next()` takes the next one.
const inbox: Reply[] = [];
const waiters: ((reply: Reply) => void)[] = [];
child.on('message', (reply: Reply) => {
  const waiter = waiters.shift();
  if (waiter) waiter(reply);
  else inbox.push(reply);
});
function next(): Promise<Reply> {
  const queued = inbox.shift();
  return queued ? Promise.resolve(queued) : new Promise((resolve) => waiters.push(resolve));
}
function send(command: Command): void {
  child.send(command);
}
async function ask<E extends Reply['ev']>(command: Command, ev: E): Promise<Extract<Reply, { ev: E }>> {
  send(command);
  const reply = await next();
  if (reply.ev !== ev) throw new Error(`Expected ${ev} from the client process, got ${reply.ev}`);
  return reply as Extract<Reply, { ev: E }>;
}

async function post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Offset of the client process's clock from ours, from the IPC round trip with the smallest delay. */
async function clockOffset(): Promise<{ offset: number; rtt: number }> {
  let best = { offset: 0, rtt: Infinity };
  for (let i = 0; i < 20; i++) {
    const sent = epochNow();
    const { t } = await ask({ cmd: 'clock' }, 'clock');
    const received = epochNow();
    if (received - sent < best.rtt) best = { offset: t - (sent + received) / 2, rtt: received - sent };
  }
  return best;
}

const problems: string[] = [];
let postCounter = 0;

async function takhojdBatch(boardId: string, seat: string, batch: number, wantSample: boolean) {
  await ask({ cmd: 'arm', set: 'takhojd', batch, wantSample }, 'armed');
  const done = next();
  bus.lastRelease = undefined;
  const sent = epochNow();
  const deleteKey = randomBytes(16).toString('base64url');
  await post(
    `/api/boards/${boardId}/posts`,
    { category: 'idea', body: `Benchmark post ${++postCounter}`, deleteKey },
    { 'x-seat': seat },
  );
  const result = await done;
  if (result.ev !== 'batch') throw new Error(`Expected batch, got ${result.ev}`);
  const released = bus.lastRelease as number | undefined;
  if (released === undefined)
    throw new Error('The post was not released (is the threshold 1 and the delay 0?)');
  return { result, t0: released, postToRelease: released - sent };
}

async function plainBatch(data: string, batch: number) {
  await ask({ cmd: 'arm', set: 'plain', batch, wantSample: false }, 'armed');
  const done = next();
  const t0 = epochNow();
  for (const client of plain.clients) if (client.readyState === WebSocket.OPEN) client.send(data);
  const result = await done;
  if (result.ev !== 'batch') throw new Error(`Expected batch, got ${result.ev}`);
  return { result, t0 };
}

function toSample(result: Extract<Reply, { ev: 'batch' }>, t0: number, offset: number, name: string): Sample {
  if (result.received < result.expected || result.dropped > 0 || result.unexpected > 0) {
    problems.push(
      `${name} batch ${result.batch}: ${result.received}/${result.expected} received, ` +
        `${result.dropped} sockets dropped, ${result.unexpected} unexpected messages`,
    );
  }
  return { last: result.last - offset - t0, median: result.median - offset - t0 };
}

async function runSize(size: number, offset: number) {
  const { board } = await post<{ board: { id: string } }>('/api/boards', {
    title: `Fan-out bench ${size}`,
    settings: { releaseThreshold: 1, releaseDelayMs: [0, 0] },
  });
  // One seat may post only so often (a per-seat limit); the bench posts as a new participant every few batches.
  const newSeat = async () => (await post<{ seat: string }>(`/api/boards/${board.id}/seats`, undefined)).seat;
  let seat = await newSeat();
  const subscribe = JSON.stringify({ type: 'subscribe', version: PROTOCOL_VERSION });
  const connectInfo: string[] = [];
  for (const [set, url] of [
    ['takhojd', `${base.replace('http', 'ws')}/api/boards/${board.id}/live`],
    ['plain', plainUrl],
  ] as [SetName, string][]) {
    const c = await ask({ cmd: 'connect', set, url, count: size, hello: subscribe }, 'connected');
    connectInfo.push(
      `${set} ${c.open} open in ${(c.ms / 1000).toFixed(1)} s${c.failed ? `, ${c.failed} FAILED` : ''}`,
    );
    if (c.failed) problems.push(`${size} ${set}: ${c.failed} sockets failed to connect`);
  }
  console.log(`  ${size} sockets: ${connectInfo.join('; ')}`);

  const takhojd: Sample[] = [];
  const baseline: Sample[] = [];
  let bytes = '';
  // Interleave the two servers batch by batch, and swap who goes first, so machine noise hits both alike.
  // Batch 0 is Takhöjd's first: it captures the bytes the baseline sends.
  for (let batch = 0; batch < WARMUP + BATCHES; batch++) {
    const runTakhojd = async () => {
      if (batch > 0 && batch % 10 === 0) seat = await newSeat();
      const result = await takhojdBatch(board.id, seat, batch, batch === 0);
      if (result.result.sample) bytes = result.result.sample;
      await sleep(PAUSE_MS);
      return result;
    };
    const runPlain = async () => {
      const result = await plainBatch(bytes, batch);
      await sleep(PAUSE_MS);
      return result;
    };
    let t, p;
    if (batch % 2 === 0) {
      t = await runTakhojd();
      p = await runPlain();
    } else {
      p = await runPlain();
      t = await runTakhojd();
    }
    if (batch < WARMUP) continue;
    takhojd.push({ ...toSample(t.result, t.t0, offset, `${size} takhojd`), postToRelease: t.postToRelease });
    baseline.push(toSample(p.result, p.t0, offset, `${size} plain ws`));
  }
  await ask({ cmd: 'close', set: 'takhojd' }, 'closed');
  await ask({ cmd: 'close', set: 'plain' }, 'closed');
  return { size, takhojd, baseline, messageBytes: Buffer.byteLength(bytes) };
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const f = (n: number, width = 8) => n.toFixed(1).padStart(width);

try {
  const clock = await clockOffset();
  console.log(
    `Fan-out bench: Node ${process.version}, ${process.platform}/${process.arch}, loopback (127.0.0.1) only`,
  );
  console.log(
    `  client clock offset ${clock.offset.toFixed(3)} ms (IPC round trip ${clock.rtt.toFixed(3)} ms), corrected`,
  );
  const results = [];
  for (const size of SIZES) results.push(await runSize(size, clock.offset));

  console.log(
    `\nFan-out: release → last client receives the batch (ms), ${BATCHES} batches each after ${WARMUP} warm-up`,
  );
  console.log(`(p99 of ${BATCHES} batches is close to the slowest one; compare ratios within one run)`);
  console.log('sockets  server        p50     p99    mean  med-client p50  deliveries/s (p50)');
  for (const { size, takhojd, baseline } of results) {
    for (const [name, samples] of [
      ['takhojd', takhojd],
      ['plain ws', baseline],
    ] as const) {
      const last = samples.map((s) => s.last);
      const mean = last.reduce((a, b) => a + b, 0) / last.length;
      const rate = Math.round((size / percentile(last, 50)) * 1000);
      console.log(
        `${String(size).padEnd(8)} ${name.padEnd(9)}${f(percentile(last, 50))}${f(percentile(last, 99))}${f(mean)}` +
          `${f(
            percentile(
              samples.map((s) => s.median),
              50,
            ),
            16,
          )}${String(rate).padStart(20)}`,
      );
    }
    const ratio = (p: number) =>
      (
        percentile(
          takhojd.map((s) => s.last),
          p,
        ) /
        percentile(
          baseline.map((s) => s.last),
          p,
        )
      ).toFixed(2);
    console.log(
      `${String(size).padEnd(8)} ratio     p50 ${ratio(50)}  p99 ${ratio(99)}  (Takhöjd / plain ws)`,
    );
  }
  const postToRelease = results.flatMap((r) => r.takhojd.map((s) => s.postToRelease ?? NaN));
  console.log(
    `\nTakhöjd HTTP post → release published (not in the figures above): p50 ${percentile(postToRelease, 50).toFixed(1)} ms, ` +
      `p99 ${percentile(postToRelease, 99).toFixed(1)} ms`,
  );
  console.log(
    `Message: ${results[0]?.messageBytes ?? 0} bytes (a one-post 'released' batch), the same string for both servers`,
  );
  console.log(
    problems.length
      ? `Problems:\n  ${problems.join('\n  ')}`
      : 'No dropped sockets, lost or unexpected messages.',
  );
} finally {
  finished = true;
  send({ cmd: 'exit' });
  await new Promise<void>((resolve) =>
    child.exitCode === null ? child.once('exit', () => resolve()) : resolve(),
  );
  await new Promise<void>((resolve) => plain.close(() => resolve()));
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(problems.length ? 1 : 0);
