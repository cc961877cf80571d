import { hash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { CreateBoardBody, CreateBoardReply } from '../../shared/api.ts';
import { normaliseJoinCode } from '../../shared/ids.ts';
import {
  solveWork,
  WORK_HEADER,
  WorkPurpose,
  workProof,
  workSubject,
  type ChallengeReply,
} from '../../shared/work.ts';

export interface TestApp {
  app: FastifyInstance;
  dataFile: string;
  dir: string;
  /** Closes the app and deletes its database folder. */
  close(): Promise<void>;
}

/** Settings for tests: release every post at once (k = 1, no delay), unless a test says otherwise. */
export const INSTANT_RELEASE = { releaseThreshold: 1, releaseDelayMs: [0, 0] as [number, number] };

/** The real app on a fresh SQLite file in its own temporary folder. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: AppOptions & { dir?: string } = {},
): Promise<TestApp> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'takhojd-test-'));
  const dataFile = join(dir, 'test.db');
  // A little proof of work (2^8 hashes) keeps the real protocol in every test without slowing them down.
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    REACTION_TICK_MS: '20',
    SEAT_WORK_BITS: '8',
    ...env,
    DATA_FILE: dataFile,
  });
  const app = await buildApp(config, options);
  await app.ready();
  return {
    app,
    dataFile,
    dir,
    async close() {
      await app.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createBoard(
  app: FastifyInstance,
  body: Partial<CreateBoardBody> = {},
): Promise<CreateBoardReply> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/boards',
    payload: { title: 'Workshop', settings: INSTANT_RELEASE, ...body },
  });
  if (response.statusCode !== 201) throw new Error(`create board: ${response.statusCode} ${response.body}`);
  return response.json<CreateBoardReply>();
}

/** Asks the app for a challenge and solves it for `subject`, as a browser does (shared/work.ts). */
export async function payWork(app: FastifyInstance, subject: string): Promise<Record<string, string>> {
  const { challenge, bits } = (
    await app.inject({ method: 'POST', url: '/api/challenges' })
  ).json<ChallengeReply>();
  const counter = solveWork(challenge, subject, bits, nodeSha256);
  if (counter === undefined) throw new Error('no solution');
  return { [WORK_HEADER]: workProof(challenge, counter) };
}

export const nodeSha256 = (data: Uint8Array): Uint8Array => hash('sha256', data, 'buffer');

export async function takeSeat(app: FastifyInstance, boardId: string): Promise<string> {
  const response = await requestSeat(app, boardId);
  if (response.statusCode !== 201) throw new Error(`seat: ${response.statusCode} ${response.body}`);
  return response.json<{ seat: string }>().seat;
}

/** Asks for a seat, paying its proof of work. */
export async function requestSeat(app: FastifyInstance, boardId: string) {
  const headers = await payWork(app, workSubject(WorkPurpose.seat, boardId));
  return app.inject({ method: 'POST', url: `/api/boards/${boardId}/seats`, headers });
}

/** Looks up a join code, paying its proof of work. */
export async function lookUpJoinCode(app: FastifyInstance, code: string) {
  const headers = await payWork(app, workSubject(WorkPurpose.join, normaliseJoinCode(code)));
  return app.inject({ url: `/api/join/${encodeURIComponent(code)}`, headers });
}

/** A fresh delete key, as a browser would make one. */
export function newDeleteKey(): string {
  return randomBytes(16).toString('base64url');
}

export function postAs(
  app: FastifyInstance,
  boardId: string,
  seat: string,
  body: string,
  extra: { category?: string; deleteKey?: string } = {},
) {
  return app.inject({
    method: 'POST',
    url: `/api/boards/${boardId}/posts`,
    headers: { 'x-seat': seat },
    payload: { category: extra.category ?? 'idea', body, deleteKey: extra.deleteKey ?? newDeleteKey() },
  });
}

/** The header a secret link's holder sends. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}
