/** Which cap a refused socket met. */
export const SocketCap = { address: 'address', instance: 'instance' } as const;
export type SocketCap = (typeof SocketCap)[keyof typeof SocketCap];

export type SocketPlace = { granted: true; release: () => void } | { granted: false; cap: SocketCap };

/**
 * Open live sockets, counted per network address and for the whole instance, so no one address (or everyone
 * together) can hold more sockets than the server can serve. Addresses arrive as keys from an AddressKeyer: this
 * never sees one in the clear, and forgets a key once its count is back to zero.
 */
export class SocketCaps {
  private readonly byAddress = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly maxPerAddress: number,
    private readonly maxTotal: number,
  ) {}

  /** Sockets open now (the sum over all addresses). */
  get open(): number {
    return this.total;
  }

  /** A place for one more socket from `addressKey`, or the cap it met. Releasing twice releases once. */
  take(addressKey: string): SocketPlace {
    const forAddress = this.byAddress.get(addressKey) ?? 0;
    if (forAddress >= this.maxPerAddress) return { granted: false, cap: SocketCap.address };
    if (this.total >= this.maxTotal) return { granted: false, cap: SocketCap.instance };
    this.byAddress.set(addressKey, forAddress + 1);
    this.total++;
    let released = false;
    return {
      granted: true,
      release: () => {
        if (released) return;
        released = true;
        this.total--;
        const left = (this.byAddress.get(addressKey) ?? 1) - 1;
        if (left > 0) this.byAddress.set(addressKey, left);
        else this.byAddress.delete(addressKey);
      },
    };
  }
}
