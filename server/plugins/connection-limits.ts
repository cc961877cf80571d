import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import fp from 'fastify-plugin';
import proxyAddr from 'proxy-addr';
import type { ErrorBody } from '../../shared/api.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { AddressConnections } from '../security/address-connections.ts';

/**
 * How long a connection may take, and how many one address and the whole instance may hold open. Node's defaults
 * let a request's headers trickle in for a minute and never close an idle connection that was not kept alive, so
 * 20,000 connections that never finish their headers could use up the file descriptors.
 */
export const ConnectionTimeouts = {
  /** The whole header block must arrive within this; a phone sends it in one packet. */
  headersMs: 10_000,
  /** The whole request, body included (at most 32 KiB). */
  requestMs: 30_000,
  /** An idle kept-alive connection is closed after this. */
  keepAliveMs: 10_000,
  /** A connection with no traffic either way is closed after this (live sockets answer pings every 30 s). */
  idleMs: 60_000,
  /** How often Node checks the header and request timeouts (its default, 30 s, would let them run late). */
  checkEveryMs: 1_000,
} as const;

/** File descriptors kept free for the database, the log and the client files. */
const RESERVED_DESCRIPTORS = 256;

/** Fastify's server options that apply ConnectionTimeouts. */
export function connectionServerOptions() {
  return {
    connectionTimeout: ConnectionTimeouts.idleMs,
    keepAliveTimeout: ConnectionTimeouts.keepAliveMs,
    requestTimeout: ConnectionTimeouts.requestMs,
    http: {
      headersTimeout: ConnectionTimeouts.headersMs,
      connectionsCheckingInterval: ConnectionTimeouts.checkEveryMs,
    },
  };
}

/**
 * Caps open connections per network address (MAX_CONNECTIONS_PER_ADDRESS) and per instance (MAX_CONNECTIONS,
 * lowered to what the process's file-descriptor limit allows). At the per-address cap the address's oldest idle
 * kept-alive connection is closed to make room (server/security/address-connections.ts); only when all its
 * connections are busy is a new one answered with 429 and closed before any request on it is handled. Connections from a trusted reverse proxy are not capped
 * per address: the proxy carries everyone, and limiting its clients is its job.
 */
export const connectionLimitsPlugin = fp(
  async (app) => {
    const { MAX_CONNECTIONS, MAX_CONNECTIONS_PER_ADDRESS, TRUST_PROXY } = app.config;
    const descriptors = openFileLimit();
    const instanceCap =
      descriptors === undefined
        ? MAX_CONNECTIONS
        : Math.min(MAX_CONNECTIONS, descriptors - RESERVED_DESCRIPTORS);
    if (instanceCap < MAX_CONNECTIONS) {
      app.log.warn(
        `MAX_CONNECTIONS is ${MAX_CONNECTIONS} but the process may open ${descriptors} files: ` +
          `accepting at most ${instanceCap} connections (raise the limit with ulimit -n or LimitNOFILE=).`,
      );
    }
    app.server.maxConnections = Math.max(1, instanceCap);
    let lastDropWarning = 0;
    app.server.on('drop', () => {
      // Once a minute at most: the log must not grow with a flood.
      if (Date.now() - lastDropWarning < 60_000) return;
      lastDropWarning = Date.now();
      app.log.warn(`Refusing connections: ${app.server.maxConnections} are open (MAX_CONNECTIONS).`);
    });

    const isTrustedProxy = TRUST_PROXY
      ? proxyAddr.compile(TRUST_PROXY.split(',').map((part) => part.trim()))
      : undefined;
    const connections = new AddressConnections(MAX_CONNECTIONS_PER_ADDRESS);
    const refused = new WeakSet<Socket>();
    app.server.on('connection', (socket: Socket) => {
      const address = socket.remoteAddress;
      if (address === undefined || isTrustedProxy?.(address, 0)) return;
      if (connections.admit(app.addressKey(address), socket)) return;
      refused.add(socket);
      // Said, then closed at once: a refused connection must not hold a descriptor while the client dawdles.
      socket.write(TOO_MANY_CONNECTIONS_RESPONSE, () => socket.destroy());
    });
    app.server.on('upgrade', (_request, socket: Socket) => connections.upgradedTo(socket));
    app.addHook('onRequest', async (request, reply) => {
      // Node may already have parsed a request on a refused connection; it must not reach a route.
      if (refused.has(request.raw.socket)) return reply.hijack();
      connections.requestStarted(request.raw.socket, (listener) => reply.raw.once('close', listener));
    });
  },
  { name: 'connection-limits', dependencies: ['rate-limit'] },
);

const TOO_MANY_CONNECTIONS_BODY = JSON.stringify({
  code: ErrorCode.tooManyConnections,
  message: 'Too many open connections from your network; try again shortly.',
} satisfies ErrorBody);
const TOO_MANY_CONNECTIONS_RESPONSE =
  'HTTP/1.1 429 Too Many Requests\r\n' +
  'content-type: application/json; charset=utf-8\r\n' +
  'retry-after: 5\r\n' +
  'connection: close\r\n' +
  `content-length: ${Buffer.byteLength(TOO_MANY_CONNECTIONS_BODY)}\r\n\r\n` +
  TOO_MANY_CONNECTIONS_BODY;

/** The soft limit on open files of this process (Linux), or undefined where it cannot be read. */
function openFileLimit(): number | undefined {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((row) => row.startsWith('Max open files'));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    return Number.isFinite(soft) ? soft : undefined;
  } catch {
    return undefined;
  }
}
