/** Which cap a refused socket met. */
export const SocketCap = { address: 'address', instance: 'instance', seat: 'seat' } as const;
export type SocketCap = (typeof SocketCap)[keyof typeof SocketCap];

/** A granted place: given back when the socket ends, and claimed by the seat or secret link it subscribes with. */
export interface HeldPlace {
  release(): void;
  /** False when the seat (a key from its hash) already holds as many sockets as one seat may. */
  claimForSeat(seatKey: string): boolean;
  claimForLink(): void;
}

export type SocketPlace = ({ granted: true } & HeldPlace) | { granted: false; cap: SocketCap };

interface Entry {
  addressKey: string;
  seatKey: string | undefined;
  claimed: boolean;
  evict: () => void;
  release: () => void;
}

/**
 * Open live sockets, counted per network address, per seat and for the whole instance. Addresses arrive as keys
 * from the app's AddressKeyer and seats as hashes: nothing here can be turned back into either.
 *
 * A room shares one address, so a full address must not lock it out: at the address cap (or the instance cap) the
 * oldest socket that no seat or secret link has claimed gives way to the newcomer. A socket a seat has claimed
 * stays, and one seat may claim only a few (a person's tabs and devices), so holding many places costs one seat
 * — and its proof of work — for every few of them.
 */
export class SocketCaps {
  private readonly byAddress = new Map<string, Set<Entry>>();
  private readonly bySeat = new Map<string, number>();
  /** Unclaimed sockets of every address, oldest first. */
  private readonly unclaimed = new Set<Entry>();
  private total = 0;

  constructor(
    private readonly maxPerAddress: number,
    private readonly maxTotal: number,
    private readonly maxPerSeat: number,
  ) {}

  /** Sockets open now. */
  get open(): number {
    return this.total;
  }

  /** A place for one more socket from `addressKey`; `evict` closes it if it must give way later. */
  take(addressKey: string, evict: () => void): SocketPlace {
    const atAddress = this.byAddress.get(addressKey);
    if (atAddress && atAddress.size >= this.maxPerAddress) {
      const oldest = first(atAddress, (entry) => !entry.claimed);
      if (!oldest) return { granted: false, cap: SocketCap.address };
      this.giveWay(oldest);
    }
    if (this.total >= this.maxTotal) {
      const oldest = first(this.unclaimed, () => true);
      if (!oldest) return { granted: false, cap: SocketCap.instance };
      this.giveWay(oldest);
    }
    return this.grant(addressKey, evict);
  }

  private grant(addressKey: string, evict: () => void): SocketPlace {
    let atAddress = this.byAddress.get(addressKey);
    if (!atAddress) {
      atAddress = new Set();
      this.byAddress.set(addressKey, atAddress);
    }
    const own = atAddress;
    let released = false;
    const entry: Entry = {
      addressKey,
      seatKey: undefined,
      claimed: false,
      evict,
      release: () => {
        if (released) return;
        released = true;
        this.total--;
        own.delete(entry);
        this.unclaimed.delete(entry);
        if (own.size === 0 && this.byAddress.get(addressKey) === own) this.byAddress.delete(addressKey);
        if (entry.seatKey !== undefined) this.unseat(entry.seatKey);
      },
    };
    own.add(entry);
    this.unclaimed.add(entry);
    this.total++;
    return {
      granted: true,
      release: entry.release,
      claimForSeat: (seatKey) => {
        if (released) return false;
        if (entry.seatKey === seatKey) return true;
        if ((this.bySeat.get(seatKey) ?? 0) >= this.maxPerSeat) return false;
        if (entry.seatKey !== undefined) this.unseat(entry.seatKey);
        this.bySeat.set(seatKey, (this.bySeat.get(seatKey) ?? 0) + 1);
        entry.seatKey = seatKey;
        this.claim(entry);
        return true;
      },
      claimForLink: () => {
        if (!released) this.claim(entry);
      },
    };
  }

  private claim(entry: Entry): void {
    entry.claimed = true;
    this.unclaimed.delete(entry);
  }

  private unseat(seatKey: string): void {
    const left = (this.bySeat.get(seatKey) ?? 1) - 1;
    if (left > 0) this.bySeat.set(seatKey, left);
    else this.bySeat.delete(seatKey);
  }

  private giveWay(entry: Entry): void {
    entry.release();
    entry.evict();
  }
}

function first<T>(items: Iterable<T>, test: (item: T) => boolean): T | undefined {
  for (const item of items) if (test(item)) return item;
  return undefined;
}
