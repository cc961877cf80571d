/**
 * A workshop hall behind one network address, simulated against a running server: people arrive over a minute or
 * so, each loading the page and its assets, the board, a seat (paying its proof of work), the live socket, then
 * posting and reacting the way a person does. Optionally one person in the room runs a flooding script. Used by
 * test/integration/hall.test.ts (300 people) and bench/hall.ts (1,000).
 *
 * Every person has their own keep-alive connections, as a phone does. Everything comes from 127.0.0.1: one address.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { PublicBoard } from '../../shared/board.ts';
import { parseServerMessage, PROTOCOL_VERSION, ServerMessageType } from '../../shared/protocol.ts';
import { WORK_HEADER, WorkPurpose, workProof, workSubject, type ChallengeReply } from '../../shared/work.ts';
import { ReconnectingClient } from './reconnecting-client.ts';
import { WorkPool } from './work-pool.ts';

export interface HallOptions {
  baseUrl: string;
  boardId: string;
  people: number;
  /** People arrive spread over this time. */
  arrivalMs: number;
  /** Reactions each person gives, once that many posts are on the board. */
  reactionsEach: number;
  /** Adds one person who, besides behaving normally, runs a flooding script from the same address. */
  flooder: boolean;
}

export interface Outcome {
  what: string;
  status: number;
  code?: string;
}

export interface Person {
  index: number;
  /** Every request that was refused or failed (status 0: no answer). */
  refused: Outcome[];
  requests: number;
  /** From arrival to the socket's first snapshot; and the seat's proof of work, done beforehand (its own time). */
  joinMs: number;
  workMs: number;
  /** Posts this person sent and the server acknowledged. */
  sent: { id: string; deleteKey: string }[];
  /** The person's live socket, reconnecting as the page does; undefined until they got that far. */
  client: ReconnectingClient | undefined;
}

export interface FlooderReport {
  requests: number;
  refused: number;
  socketsOpened: number;
}

export interface HallReport {
  people: Person[];
  flooder: FlooderReport | undefined;
  /** From the first arrival until everyone had posted and reacted. */
  durationMs: number;
}

interface Reply {
  status: number;
  body: string;
}

/**
 * One HTTP request over the person's own keep-alive connections; never throws (status 0 when nothing came back).
 * A request on a kept-alive connection that the server closed as it was sent is sent again once, as browsers do
 * (and as Node's documentation recommends for its agent): that is the race of any keep-alive timeout.
 */
async function call(
  agent: Agent,
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<Reply> {
  const first = await callOnce(agent, baseUrl, method, path, headers, body);
  return first.staleConnection ? callOnce(agent, baseUrl, method, path, headers, body) : first;
}

function callOnce(
  agent: Agent,
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<Reply & { staleConnection?: boolean }> {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      `${baseUrl}${path}`,
      {
        method,
        agent,
        headers: { ...headers, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', () => resolve({ status: 0, body: text }));
      },
    );
    req.setTimeout(60_000, () => req.destroy());
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status: 0, body: '', staleConnection: req.reusedSocket && error.code === 'ECONNRESET' }),
    );
    req.end(payload);
  });
}

function codeOf(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { code?: string }).code;
  } catch {
    return undefined;
  }
}

/** Each phone's proof of work runs on a worker thread, as it would run on the phone's own processor. */
let pool: WorkPool | undefined;

function solve(challenge: ChallengeReply, subject: string): Promise<{ counter: number; ms: number }> {
  pool ??= new WorkPool();
  return pool.solve({ challenge: challenge.challenge, subject, bits: challenge.bits });
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)] as T;
}

class Participant {
  readonly person: Person;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 6 });
  private board: PublicBoard | undefined;
  private seat = '';
  private seatWork: string | undefined;

  constructor(
    private readonly options: HallOptions,
    index: number,
  ) {
    this.person = {
      index,
      refused: [],
      requests: 0,
      joinMs: 0,
      workMs: 0,
      sent: [],
      client: undefined,
    };
  }

  private async http(what: string, method: string, path: string, headers = {}, body?: unknown) {
    this.person.requests++;
    const reply = await call(this.agent, this.options.baseUrl, method, path, headers, body);
    if (reply.status === 0 || reply.status >= 300) {
      this.person.refused.push({ what, status: reply.status, code: codeOf(reply.body) });
    }
    return reply;
  }

  /** Page, assets, board, seat and socket, as the participant page does them. */
  async join(): Promise<void> {
    const started = performance.now();
    const { boardId } = this.options;
    const page = await this.http('page', 'GET', `/b/${boardId}`);
    const assets = [...page.body.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((match) => match[1] ?? '');
    await Promise.all(assets.map((asset) => this.http('asset', 'GET', asset)));
    const board = await this.http('board', 'GET', `/api/boards/${boardId}`);
    if (board.status === 200) this.board = JSON.parse(board.body) as PublicBoard;
    await this.takeSeat();
    await this.connect();
    this.person.joinMs = performance.now() - started;
  }

  /**
   * Asks for a challenge and does the seat's proof of work ahead of arriving. A real phone does its work on its own
   * processor while the page loads; here a whole room's work would share the server's two cores, so it is done
   * before the room arrives (challenges live five minutes) and its cost is measured on its own.
   */
  async prepareSeatWork(): Promise<void> {
    const challengeReply = await this.http('challenge', 'POST', '/api/challenges');
    if (challengeReply.status !== 201) return;
    const challenge = JSON.parse(challengeReply.body) as ChallengeReply;
    const solved = await solve(challenge, workSubject(WorkPurpose.seat, this.options.boardId));
    this.person.workMs = solved.ms;
    this.seatWork = workProof(challenge.challenge, solved.counter);
  }

  private async takeSeat(): Promise<void> {
    if (!this.seatWork) await this.prepareSeatWork();
    const seat = await this.http('seat', 'POST', `/api/boards/${this.options.boardId}/seats`, {
      [WORK_HEADER]: this.seatWork ?? '',
    });
    if (seat.status === 201) this.seat = (JSON.parse(seat.body) as { seat: string }).seat;
  }

  private async connect(): Promise<void> {
    this.person.requests++;
    const client = new ReconnectingClient(this.options.baseUrl, this.options.boardId, this.seat || undefined);
    this.person.client = client;
    await client.start();
  }

  /** Everything on the board, older pages included: a person scrolling to the start. */
  async readAll(): Promise<void> {
    await this.person.client?.loadOlder();
  }

  async post(text: string): Promise<void> {
    const categories = this.board?.categories ?? [{ id: 'idea' }];
    const deleteKey = randomBytes(16).toString('base64url');
    const reply = await this.http(
      'post',
      'POST',
      `/api/boards/${this.options.boardId}/posts`,
      { 'x-seat': this.seat },
      { category: pick(categories).id, body: text, deleteKey },
    );
    if (reply.status === 202) {
      this.person.sent.push({ id: (JSON.parse(reply.body) as { post: { id: string } }).post.id, deleteKey });
    }
  }

  /** Waits (a while) for enough posts on the board, then reacts to some of them, each once. */
  async react(count: number, patienceMs: number): Promise<void> {
    const kinds = this.board?.settings.reactionKinds ?? ['agree'];
    const deadline = performance.now() + patienceMs;
    const posts = () => this.person.client?.state.posts ?? new Map();
    while (posts().size < count && performance.now() < deadline) await sleep(250);
    const ids = [...posts().keys()].sort(() => Math.random() - 0.5).slice(0, count);
    for (const id of ids) {
      await this.http(
        'reaction',
        'PUT',
        `/api/boards/${this.options.boardId}/posts/${id}/reactions/${pick(kinds)}`,
        { 'x-seat': this.seat },
      );
    }
  }

  /** Where one of this person's posts is now (the author's own status call). */
  async statusOf(post: { id: string; deleteKey: string }): Promise<string> {
    const reply = await this.http('status', 'GET', `/api/boards/${this.options.boardId}/posts/${post.id}`, {
      'x-delete-key': post.deleteKey,
    });
    return reply.status === 200 ? (JSON.parse(reply.body) as { post: { status: string } }).post.status : '';
  }

  close(): void {
    this.person.client?.close();
    this.agent.destroy();
  }
}

/**
 * The script one annoyed or curious person might run from their laptop in the room: it floods everything it can
 * reach, as fast as it can, from the room's address, until `stop` resolves. None of it may cost anyone else.
 */
export async function flood(
  options: Pick<HallOptions, 'baseUrl' | 'boardId'>,
  stop: Promise<void>,
): Promise<FlooderReport> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const report: FlooderReport = { requests: 0, refused: 0, socketsOpened: 0 };
  let stopped = false;
  void stop.then(() => (stopped = true));
  const { baseUrl, boardId } = options;
  const hit = async (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) => {
    report.requests++;
    const reply = await call(agent, baseUrl, method, path, headers, body);
    if (reply.status === 0 || reply.status >= 300) report.refused++;
    return reply;
  };
  // Its own seat, honestly paid, to flood with.
  const challenge = JSON.parse((await hit('POST', '/api/challenges')).body) as ChallengeReply;
  const { counter } = await solve(challenge, workSubject(WorkPurpose.seat, boardId));
  const seatReply = await hit('POST', `/api/boards/${boardId}/seats`, {
    [WORK_HEADER]: workProof(challenge.challenge, counter),
  });
  const seat = (JSON.parse(seatReply.body) as { seat: string }).seat;
  const sockets: WebSocket[] = [];
  let postId = '';
  const loops: (() => Promise<unknown>)[] = [
    () => hit('GET', `/api/boards/${boardId}`),
    () =>
      hit(
        'POST',
        `/api/boards/${boardId}/posts`,
        { 'x-seat': seat },
        {
          category: 'idea',
          body: `Flod ${randomBytes(4).toString('hex')} flod flod flod`,
          deleteKey: randomBytes(16).toString('base64url'),
        },
      ),
    async () => {
      const reply = await hit('GET', `/api/boards/${boardId}/posts/${postId || 'AAAAAAAAAAAAAAAAAAAAAA'}`, {
        'x-delete-key': randomBytes(16).toString('base64url'),
      });
      return reply;
    },
    () => hit('POST', `/api/boards/${boardId}/seats`),
    () =>
      hit('POST', `/api/boards/${boardId}/seats`, { [WORK_HEADER]: `${'A'.repeat(22)}.${'B'.repeat(22)}.1` }),
    () => hit('GET', `/api/join/${randomBytes(3).toString('hex').toUpperCase()}`),
    () => hit('POST', '/api/challenges'),
    () => hit('POST', '/api/boards', {}, { title: 'Skräp' }),
    () =>
      hit('PUT', `/api/boards/${boardId}/posts/${postId || 'AAAAAAAAAAAAAAAAAAAAAA'}/reactions/agree`, {
        'x-seat': seat,
      }),
    () =>
      hit(
        'POST',
        `/api/boards/${boardId}/posts/${postId || 'AAAAAAAAAAAAAAAAAAAAAA'}/reports`,
        { 'x-seat': seat },
        {},
      ),
    async () => {
      // Sockets that subscribe and never read, and some that send garbage.
      if (sockets.length >= 60) return sleep(100);
      const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/boards/${boardId}/live`, {
        headers: { origin: baseUrl },
      });
      sockets.push(socket);
      socket.on('error', () => report.refused++);
      socket.on('message', (data) => {
        const message = parseServerMessage(data.toString());
        if (message?.type === ServerMessageType.snapshot) postId = message.posts[0]?.id ?? postId;
      });
      await new Promise((resolve) => socket.once('open', resolve).once('error', resolve));
      report.socketsOpened++;
      if (sockets.length % 3 === 0) {
        socket.send(Buffer.from([0xff, 0xfe, 0x00]), { binary: true });
        return;
      }
      socket.send(JSON.stringify({ type: 'subscribe', version: PROTOCOL_VERSION }));
      if (sockets.length % 3 === 1) (socket as unknown as { _socket: { pause(): void } })._socket.pause();
      else socket.send('{"type":"subscribe","version":1,"since":-5}');
    },
  ];
  await Promise.all(
    loops.map(async (loop) => {
      while (!stopped) {
        await Promise.all(Array.from({ length: 2 }, () => loop()));
        // Never a loop of resolved promises that starves the event loop of its own sockets.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }),
  );
  for (const socket of sockets) socket.terminate();
  agent.destroy();
  return report;
}

/** Runs the hall: everyone arrives, posts once (some twice) and reacts; the flooder runs throughout. */
export async function runHall(options: HallOptions): Promise<HallReport & { participants: Participant[] }> {
  const participants = Array.from({ length: options.people }, (_, index) => new Participant(options, index));
  // The flooder is its own process, as it would be its own laptop: it cannot slow the room's event loop here.
  const flooder = options.flooder ? startFlooder(options) : undefined;
  await Promise.all(participants.map((participant) => participant.prepareSeatWork()));
  const started = performance.now();
  await Promise.all(
    participants.map(async (participant, index) => {
      await sleep((index / options.people) * options.arrivalMs + Math.random() * 500);
      await participant.join();
      await participant.post(`Person ${index} tycker att vi borde prova något nytt`);
      if (index % 3 === 0) await participant.post(`Person ${index} har en fråga till`);
      await participant.react(options.reactionsEach, options.arrivalMs + 30_000);
    }),
  );
  const durationMs = performance.now() - started;
  return {
    people: participants.map((participant) => participant.person),
    flooder: await flooder?.stop(),
    durationMs,
    participants,
  };
}

export type { Participant };

const FLOODER = fileURLToPath(new URL('./flooder.ts', import.meta.url));

function startFlooder(options: HallOptions): { stop(): Promise<FlooderReport> } {
  const child = spawn(process.execPath, ['--import', 'tsx', FLOODER, options.baseUrl, options.boardId], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    async stop() {
      child.stdin.end('stop\n');
      await exited;
      return JSON.parse(output) as FlooderReport;
    },
  };
}
