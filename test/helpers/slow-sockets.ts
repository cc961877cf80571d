import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./slow-sockets.py', import.meta.url));
/** /proc/net/tcp's state for an established connection. */
const ESTABLISHED = '01';

export interface SlowSocketsOptions {
  port: number;
  boardId: string;
  count: number;
  /** Connect from this local address (127.0.0.x) to count as another network address. */
  bind?: string;
}

/**
 * Sockets that subscribe and then never read, with a 2 kB receive buffer (test/helpers/slow-sockets.py): what a
 * phone that stopped reading, or someone holding sockets on purpose, looks like to the server.
 */
export class SlowSockets {
  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly serverPort: number,
    /** Sockets the server accepted, their local ports, and refusals by HTTP status. */
    readonly opened: number,
    readonly ports: readonly number[],
    readonly refused: Record<string, number>,
  ) {}

  static async open(options: SlowSocketsOptions): Promise<SlowSockets> {
    const args = [
      SCRIPT,
      '--port',
      String(options.port),
      '--path',
      `/api/boards/${options.boardId}/live`,
      '--count',
      String(options.count),
      ...(options.bind ? ['--bind', options.bind] : []),
    ];
    const child = spawn('python3', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    // The helper ends when its standard input does, which includes this process dying.
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const first = await lines.next();
    if (first.done) throw new Error(`slow-sockets.py ended: ${errors}`);
    const ready = JSON.parse(first.value) as {
      opened: number;
      ports: number[];
      refused: Record<string, number>;
    };
    return new SlowSockets(child, options.port, ready.opened, ready.ports, ready.refused);
  }

  /**
   * How many of these connections the server has let go of, seen from its side in the kernel's table: a socket
   * whose unread data fills the buffers never sees the server's FIN, but the server's end leaves ESTABLISHED at once.
   */
  closedByServer(): number {
    const established = new Set<number>();
    for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
      const [, local, remote, state] = line.trim().split(/\s+/);
      if (!local || !remote || state !== ESTABLISHED) continue;
      if (parseInt(local.split(':')[1] ?? '', 16) !== this.serverPort) continue;
      established.add(parseInt(remote.split(':')[1] ?? '', 16));
    }
    return this.ports.filter((port) => !established.has(port)).length;
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.end();
    await exited;
  }
}
