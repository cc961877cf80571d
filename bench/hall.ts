/**
 * Hall bench (`npm run bench:hall`, part of `npm run bench`): 1,000 people behind one address join a board within
 * a minute — page, assets, board, seat with its proof of work, live socket — post and react, with a flooding script
 * among them (test/helpers/hall.ts); then the server restarts gracefully under their 1,000 sockets. The same hall
 * (without the flooder) and the same restart run against a bare Fastify + `ws` server with canned replies
 * (bench/hall-reference.ts) in the same run, and the ratios are printed.
 *
 * Everything runs on this one machine: the simulated phones' proof of work (on worker threads) competes with the
 * server for the same cores, which real phones would not. Join times are therefore shown without each phone's own
 * work, and the work is shown on its own.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { CreateBoardReply } from '../shared/api.ts';
import { runHall, type HallReport } from '../test/helpers/hall.ts';
import { freePort, startServerProcess } from '../test/helpers/server-process.ts';

const PEOPLE = Number(process.env.HALL_PEOPLE ?? 1000);
const ARRIVAL_MS = 60_000;
const REFERENCE = fileURLToPath(new URL('./hall-reference.ts', import.meta.url));

if (!existsSync(fileURLToPath(new URL('../dist/client/index.html', import.meta.url)))) {
  console.error('Build the client first: npm run build');
  process.exit(1);
}

type Hall = Awaited<ReturnType<typeof runHall>>;

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const ms = (value: number): string => `${Math.round(value).toLocaleString('en')} ms`;

function joinFigures(report: HallReport) {
  // The work was done before arriving (test/helpers/hall.ts says why), so a join is the server's part alone.
  const withoutWork = report.people.map((person) => person.joinMs);
  const work = report.people.map((person) => person.workMs);
  return {
    p50: percentile(withoutWork, 50),
    p99: percentile(withoutWork, 99),
    workP50: percentile(work, 50),
    workP99: percentile(work, 99),
    refused: report.people.reduce((sum, person) => sum + person.refused.length, 0),
    requests: report.people.reduce((sum, person) => sum + person.requests, 0),
    joinedWithinMs: report.durationMs,
  };
}

/**
 * Restarts a server under the hall's sockets; returns ms from the new process answering its health check to the
 * last socket back (a socket that came back sooner counts as 0).
 */
async function restartUnder(hall: Hall, restart: () => Promise<void>): Promise<number> {
  const clients = hall.people.flatMap((person) => (person.client ? [person.client] : []));
  const before = clients.map((client) => client.reconnects);
  await restart();
  const answering = performance.now();
  const back = () => clients.filter((client, i) => client.live && client.reconnects > before[i]!).length;
  const deadline = answering + 120_000;
  while (back() < clients.length && performance.now() < deadline) await sleep(20);
  if (back() < clients.length) {
    console.error(`Only ${back()} of ${clients.length} sockets came back within two minutes.`);
    return Number.NaN;
  }
  return Math.max(0, ...clients.map((client) => client.lastSubscribedAt - answering));
}

async function waitForHealth(baseUrl: string): Promise<void> {
  while (
    !(await fetch(`${baseUrl}/health`).then(
      (response) => response.ok,
      () => false,
    ))
  )
    await sleep(50);
}

/** How late this process's own event loop ran: when it is late, the room's figures are this machine's, not the server's. */
const loopDelay = monitorEventLoopDelay({ resolution: 20 });
loopDelay.enable();

const progress = (what: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${what}`);
/** A hall, and how late this process's own event loop ran during it (p99 and max, ms). */
async function hall(baseUrl: string, boardId: string, flooder: boolean) {
  loopDelay.reset();
  const report = await runHall({
    baseUrl,
    boardId,
    people: PEOPLE,
    arrivalMs: ARRIVAL_MS,
    reactionsEach: 10,
    flooder,
  });
  return Object.assign(report, { lag: { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 } });
}

/** Takhöjd with its default configuration, as its own process: a hall, then a restart under its sockets. */
async function takhojdRun(flooder: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'takhojd-hall-bench-'));
  let server = await startServerProcess({ LOG_LEVEL: 'warn' }, { dir });
  const created = (await (
    await fetch(`${server.baseUrl}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Stämman' }),
    })
  ).json()) as CreateBoardReply;
  const report = await hall(server.baseUrl, created.board.id, flooder);
  progress('joined, posted and reacted; scrolling back and waiting for the last batches');
  await Promise.all(report.participants.map((participant) => participant.readAll()));
  await sleep(20_000);
  const released = report.people
    .flatMap((person) => person.sent)
    .filter((post) => report.people[0]?.client?.state.posts.has(post.id));
  const everywhere = released.filter((post) =>
    report.people.every((person) => person.client?.state.posts.has(post.id)),
  );
  progress('restarting under the sockets');
  const restartMs = await restartUnder(report, async () => {
    const { port } = server;
    await server.stop();
    server = await startServerProcess({ LOG_LEVEL: 'warn' }, { dir, port });
  });
  for (const participant of report.participants) participant.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  return { report, restartMs, released: released.length, everywhere: everywhere.length };
}

/** The reference: the same hall against canned replies, without a flooder (it has no limits to meet one). */
async function referenceRun() {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const start = () =>
    spawn(process.execPath, ['--import', 'tsx', REFERENCE, String(port)], { stdio: 'inherit' });
  let reference = start();
  await waitForHealth(baseUrl);
  const report = await hall(baseUrl, 'A'.repeat(22), false);
  progress('restarting the reference under the sockets');
  const restartMs = await restartUnder(report, async () => {
    const exited = new Promise((resolve) => reference.once('exit', resolve));
    reference.kill('SIGTERM');
    await exited;
    reference = start();
    await waitForHealth(baseUrl);
  });
  for (const participant of report.participants) participant.close();
  reference.kill('SIGTERM');
  return { report, restartMs };
}

console.log(
  `Hall of ${PEOPLE.toLocaleString('en')} behind one address, arriving over ${ARRIVAL_MS / 1000} s.`,
);
progress('Takhöjd, no flooder');
const calm = await takhojdRun(false);
progress('the reference');
const bare = await referenceRun();
progress('Takhöjd with a flooder in the room');
const flooded = await takhojdRun(true);

const ours = joinFigures(calm.report);
const theirs = joinFigures(bare.report);
const underFlood = joinFigures(flooded.report);
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? (a / b).toFixed(2) : '—');
const pair = (a: number, b: number) => `${ms(a)} / ${ms(b)}`;
const rows: string[][] = [
  [
    'what',
    'Takhöjd, default configuration',
    'bare Fastify + ws, canned replies',
    'ratio',
    'Takhöjd, a flooder in the room',
  ],
  [
    "join: page → live socket, p50 / p99, without the phone's own work",
    pair(ours.p50, ours.p99),
    pair(theirs.p50, theirs.p99),
    `${ratio(ours.p50, theirs.p50)} / ${ratio(ours.p99, theirs.p99)}`,
    pair(underFlood.p50, underFlood.p99),
  ],
  [
    "a seat's proof of work, p50 / p99, one core of this machine (done before arriving)",
    pair(ours.workP50, ours.workP99),
    '—',
    '—',
    pair(underFlood.workP50, underFlood.workP99),
  ],
  [
    'everyone joined, posted and reacted within',
    ms(ours.joinedWithinMs),
    ms(theirs.joinedWithinMs),
    ratio(ours.joinedWithinMs, theirs.joinedWithinMs),
    ms(underFlood.joinedWithinMs),
  ],
  [
    "the room's requests / refused",
    `${ours.requests.toLocaleString('en')} / ${ours.refused}`,
    `${theirs.requests.toLocaleString('en')} / ${theirs.refused}`,
    '—',
    `${underFlood.requests.toLocaleString('en')} / ${underFlood.refused}`,
  ],
  [
    "the flooder's requests / refused",
    '—',
    '—',
    '—',
    `${flooded.report.flooder?.requests.toLocaleString('en')} / ${flooded.report.flooder?.refused.toLocaleString('en')}`,
  ],
  [
    `released posts on every one of the ${PEOPLE.toLocaleString('en')} sockets`,
    `${calm.everywhere} of ${calm.released}`,
    '—',
    '—',
    `${flooded.everywhere} of ${flooded.released}`,
  ],
  [
    "the simulated room's own event loop: late by p99 / max",
    pair(calm.report.lag.p99, calm.report.lag.max),
    pair(bare.report.lag.p99, bare.report.lag.max),
    '—',
    pair(flooded.report.lag.p99, flooded.report.lag.max),
  ],
  [
    'graceful restart: new process answering → last socket back',
    ms(calm.restartMs),
    ms(bare.restartMs),
    ratio(calm.restartMs, bare.restartMs),
    ms(flooded.restartMs),
  ],
];
const refusals = (report: HallReport) => {
  const counts = new Map<string, number>();
  for (const person of report.people) {
    for (const outcome of person.refused) {
      const key = `${outcome.what} ${outcome.status} ${outcome.code ?? ''}`.trim();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const drop of person.client?.drops ?? [])
      counts.set(`socket ${drop}`, (counts.get(`socket ${drop}`) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} × ${key}`).join(', ') || 'none';
};
console.log('');
console.log(
  `Refused in the room — Takhöjd: ${refusals(calm.report)}; with a flooder: ${refusals(flooded.report)}`,
);
console.log('');
for (const [i, row] of rows.entries()) {
  console.log(`| ${row.join(' | ')} |`);
  if (i === 0) console.log(`|${row.map(() => '---').join('|')}|`);
}
process.exit(0);
