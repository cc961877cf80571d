import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually } from './wait.ts';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));

export interface ServerProcess {
  baseUrl: string;
  port: number;
  pid: number;
  dataFile: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resident memory of the process, in bytes (Linux). */
  rss(): number;
  /** Stops the process (SIGTERM, graceful) and waits for it; keeps the data folder unless told otherwise. */
  stop(options?: { removeData?: boolean }): Promise<void>;
}

/**
 * The real server as its own process (`node --import tsx server/main.ts`), as an operator runs it: its memory,
 * file descriptors and logs are its own, so tests can measure them. `shellPrefix` runs first in a shell, e.g.
 * to lower its file-descriptor limit with `ulimit -n`.
 */
export async function startServerProcess(
  env: Record<string, string> = {},
  options: { dir?: string; port?: number; shellPrefix?: string; nodeArgs?: string[] } = {},
): Promise<ServerProcess> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'takhojd-process-'));
  // Extra flags (say --cpu-prof) come before the entry point, after the TypeScript loader.
  const nodeArgs = ['--import', 'tsx', ...(options.nodeArgs ?? [])];
  const dataFile = join(dir, 'takhojd.db');
  const port = options.port ?? (await freePort());
  const fullEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_FILE: dataFile,
    LOG_LEVEL: 'info',
    ...env,
  };
  const child: ChildProcess = options.shellPrefix
    ? spawn(
        'bash',
        ['-c', `${options.shellPrefix}; exec "${process.execPath}" ${nodeArgs.join(' ')} "${MAIN}"`],
        {
          env: fullEnv,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
    : spawn(process.execPath, [...nodeArgs, MAIN], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // A test run that ends abruptly must not leave the server behind.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Asked, not read from the log: the log level is the test's to choose. Generous: start-up includes tsx compiling.
  await eventually(
    'the server to answer',
    async () => {
      if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
      const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
        (response) => response.ok,
        () => false,
      );
      return healthy ? true : undefined;
    },
    60_000,
  );
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? 0,
    dataFile,
    output: () => output,
    rss: () =>
      Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) * 1024,
    async stop({ removeData = !options.dir } = {}) {
      process.off('exit', orphanGuard);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      if (removeData) rmSync(dir, { recursive: true, force: true });
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
