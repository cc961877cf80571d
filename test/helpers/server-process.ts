import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually } from './wait.ts';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));

export interface ServerProcess {
  port: number;
  baseUrl: string;
  pid: number;
  /** The process's resident memory now, in bytes (Linux). */
  rss(): number;
  /** What it wrote to standard output and error so far. */
  output(): string;
  /** SIGTERM, wait for the exit, delete the data folder. */
  stop(): Promise<void>;
}

/** The real server (`node --import tsx server/main.ts`) as its own process, on a free port and a fresh database. */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'takhojd-process-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_FILE: join(dir, 'server.db'),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // A test run that ends abruptly must not leave the server behind.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await eventually(
    'the server to answer',
    async () => {
      if (child.exitCode !== null) throw new Error(`the server exited: ${output}`);
      return (await fetch(`${baseUrl}/health`).catch(() => undefined))?.ok ? true : undefined;
    },
    30_000,
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('no pid');
  return {
    port,
    baseUrl,
    pid,
    rss: () => {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (!match?.[1]) throw new Error('no VmRSS');
      return Number(match[1]) * 1024;
    },
    output: () => output,
    async stop() {
      process.off('exit', orphanGuard);
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}
