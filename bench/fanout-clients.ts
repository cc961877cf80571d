/**
 * The client side of the fan-out bench, run as a separate process (forked by bench/fanout.ts) so that receiving
 * does not share an event loop with sending. It keeps message handling to a timestamp: no JSON parsing, so both
 * servers are measured with the same, minimal client cost.
 */
import { WebSocket } from 'ws';
import { epochNow, type Command, type Reply, type SetName } from './ipc.ts';

/** Sockets opened at once: more would overflow the listen backlog (SYN drops cost a 1 s retransmit). */
const CHUNK = 200;
const CONNECT_TIMEOUT_MS = 30_000;
/** A batch not complete by then is reported with what arrived, so a lost message cannot hang the bench. */
const BATCH_TIMEOUT_MS = 10_000;

interface ArmedBatch {
  batch: number;
  times: Float64Array;
  count: number;
  wantSample: boolean;
  sample?: string;
  timer: NodeJS.Timeout;
}

interface ClientSet {
  sockets: WebSocket[];
  dropped: number;
  unexpected: number;
  armed?: ArmedBatch;
}

const sets = new Map<SetName, ClientSet>();

function reply(message: Reply): void {
  process.send?.(message);
}

/** Opens one socket and resolves once its first message (the snapshot, or the baseline's hello) arrived. */
function openOne(set: ClientSet, name: SetName, url: string, hello: string): Promise<WebSocket | undefined> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    let ready = false;
    const timer = setTimeout(() => {
      socket.terminate();
      resolve(undefined);
    }, CONNECT_TIMEOUT_MS);
    socket.on('open', () => socket.send(hello));
    socket.on('message', (data) => {
      if (!ready) {
        ready = true;
        clearTimeout(timer);
        resolve(socket);
        return;
      }
      onMessage(set, name, data.toString());
    });
    const drop = (): void => {
      if (ready) set.dropped++;
      else {
        clearTimeout(timer);
        resolve(undefined);
      }
    };
    socket.on('error', () => {}); // 'close' follows and counts it
    socket.on('close', drop);
  });
}

function onMessage(set: ClientSet, name: SetName, text: string): void {
  const now = epochNow();
  const armed = set.armed;
  if (!armed) {
    set.unexpected++;
    return;
  }
  armed.times[armed.count++] = now;
  if (armed.wantSample && armed.sample === undefined) armed.sample = text;
  if (armed.count === armed.times.length) finishBatch(set, name);
}

function finishBatch(set: ClientSet, name: SetName): void {
  const armed = set.armed;
  if (!armed) return;
  clearTimeout(armed.timer);
  set.armed = undefined;
  const times = armed.times.subarray(0, armed.count).sort();
  reply({
    ev: 'batch',
    set: name,
    batch: armed.batch,
    received: armed.count,
    expected: armed.times.length,
    first: times[0] ?? NaN,
    median: times[Math.floor(times.length / 2)] ?? NaN,
    last: times[times.length - 1] ?? NaN,
    dropped: set.dropped,
    unexpected: set.unexpected,
    ...(armed.sample === undefined ? {} : { sample: armed.sample }),
  });
}

async function handle(command: Command): Promise<void> {
  switch (command.cmd) {
    case 'connect': {
      const started = performance.now();
      const set: ClientSet = { sockets: [], dropped: 0, unexpected: 0 };
      sets.set(command.set, set);
      let failed = 0;
      for (let opened = 0; opened < command.count; opened += CHUNK) {
        const size = Math.min(CHUNK, command.count - opened);
        const chunk = await Promise.all(
          Array.from({ length: size }, () => openOne(set, command.set, command.url, command.hello)),
        );
        for (const socket of chunk) {
          if (socket) set.sockets.push(socket);
          else failed++;
        }
      }
      reply({
        ev: 'connected',
        set: command.set,
        open: set.sockets.length,
        failed,
        ms: performance.now() - started,
      });
      return;
    }
    case 'arm': {
      const set = sets.get(command.set);
      if (!set) throw new Error(`No such set: ${command.set}`);
      // Only the sockets still open can receive; a dropped one shows up as received < expected.
      set.armed = {
        batch: command.batch,
        times: new Float64Array(set.sockets.length),
        count: 0,
        wantSample: command.wantSample,
        timer: setTimeout(() => finishBatch(set, command.set), BATCH_TIMEOUT_MS),
      };
      reply({ ev: 'armed' });
      return;
    }
    case 'close': {
      const set = sets.get(command.set);
      sets.delete(command.set);
      if (set) {
        await Promise.all(
          set.sockets.map(
            (socket) =>
              new Promise<void>((resolve) => {
                if (socket.readyState === socket.CLOSED) return resolve();
                socket.removeAllListeners('close');
                socket.once('close', () => resolve());
                socket.terminate();
              }),
          ),
        );
      }
      reply({ ev: 'closed', set: command.set });
      return;
    }
    case 'clock':
      reply({ ev: 'clock', t: epochNow() });
      return;
    case 'exit':
      process.exit(0);
  }
}

process.on('message', (command: Command) => {
  handle(command).catch((error: unknown) => {
    console.error('fanout-clients:', error);
    process.exit(1);
  });
});
// If the orchestrator dies, do not linger.
process.on('disconnect', () => process.exit(0));
