import type { Socket } from 'node:net';

/**
 * Open TCP connections per network address (as keys from the app's AddressKeyer, never the address), oldest first,
 * with whether each is busy. At the cap, an address's oldest idle kept-alive connection gives way to the newcomer:
 * a browser reopens such a connection without anyone noticing, so one device that hoards idle connections cannot
 * keep the rest of its address out. Only when every connection of the address is busy is the newcomer refused.
 */
export class AddressConnections {
  private readonly byAddress = new Map<string, Set<Socket>>();
  private readonly requestsInFlight = new WeakMap<Socket, number>();
  /** Live sockets are counted (they hold a descriptor) but never closed to make room: they have their own caps. */
  private readonly upgraded = new WeakSet<Socket>();

  constructor(private readonly maxPerAddress: number) {}

  /** Counts a new connection, making room if need be; false when the address is full of busy connections. */
  admit(addressKey: string, socket: Socket): boolean {
    let sockets = this.byAddress.get(addressKey);
    if (sockets && sockets.size >= this.maxPerAddress && !this.closeOldestIdle(sockets)) return false;
    if (!sockets) {
      sockets = new Set();
      this.byAddress.set(addressKey, sockets);
    }
    const own = sockets;
    own.add(socket);
    socket.once('close', () => {
      own.delete(socket);
      if (own.size === 0 && this.byAddress.get(addressKey) === own) this.byAddress.delete(addressKey);
    });
    return true;
  }

  /** A request arrived on the connection; `done` fires when its response has finished or been abandoned. */
  requestStarted(socket: Socket, done: (listener: () => void) => void): void {
    this.requestsInFlight.set(socket, (this.requestsInFlight.get(socket) ?? 0) + 1);
    done(() => this.requestsInFlight.set(socket, (this.requestsInFlight.get(socket) ?? 1) - 1));
  }

  upgradedTo(socket: Socket): void {
    this.upgraded.add(socket);
  }

  private closeOldestIdle(sockets: Set<Socket>): boolean {
    for (const socket of sockets) {
      if (this.upgraded.has(socket) || (this.requestsInFlight.get(socket) ?? 0) > 0) continue;
      sockets.delete(socket);
      socket.destroy();
      return true;
    }
    return false;
  }
}
