import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FacilitatorBoard } from '../../shared/api.ts';
import { getFacilitatorBoard } from '../api.ts';

/**
 * How often the facilitator's seat count is asked for again. People join in a rush at the start of a session, and
 * the facilitator should see a full board within seconds; one small request every few seconds from one console is
 * nothing to the server. The count is asked for rather than pushed: a hall taking 1,000 seats in a minute would
 * otherwise send 1,000 messages to the console.
 */
export const SEAT_REFRESH_MS = 5_000;

/** What the seat panel shows: seats handed out, the cap (0: none) and the headcount the cap comes from. */
export interface SeatView {
  issued: number;
  cap: number;
  expected: number;
}

export interface SeatCountSource {
  boardId: () => string;
  /** The facilitator's token as the page knows it now (it changes when the link is replaced). */
  token: () => string | undefined;
}

/**
 * Keeps the facilitator's seat count fresh: it asks the server when its element comes on the page and again every
 * `SEAT_REFRESH_MS` while the tab is visible, and takes the answer to a save at once. It owns its timer and its
 * request, and stops both when the element leaves the page.
 */
export class SeatCountController implements ReactiveController {
  private current: SeatView | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: AbortController | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: SeatCountSource,
    private readonly intervalMs = SEAT_REFRESH_MS,
  ) {
    host.addController(this);
  }

  get view(): SeatView | undefined {
    return this.current;
  }

  hostConnected(): void {
    this.connected = true;
    this.schedule(0);
  }

  hostDisconnected(): void {
    this.connected = false;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.request?.abort();
    this.request = undefined;
  }

  /**
   * The reply to a save: shown at once, and the next refresh counts from now. A refresh still on its way was asked
   * before it, so its answer would be older: it is dropped.
   */
  accept(admin: FacilitatorBoard): void {
    this.request?.abort();
    this.request = undefined;
    this.show(admin);
  }

  private show(admin: FacilitatorBoard): void {
    this.current = {
      issued: admin.seats.issued,
      cap: admin.seats.cap,
      expected: admin.settings.expectedHeadcount,
    };
    this.host.requestUpdate();
    if (this.connected) this.schedule(this.intervalMs);
  }

  /** Asks at once instead of at the next tick: something changed that changes the count or the cap. */
  refreshNow(): void {
    if (this.connected) this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  private async refresh(): Promise<void> {
    this.timer = undefined;
    const token = this.source.token();
    // A hidden tab has nobody to show the count to; the next visible tick catches up.
    if (!token || document.visibilityState === 'hidden' || this.request) {
      if (this.connected) this.schedule(this.intervalMs);
      return;
    }
    const request = new AbortController();
    this.request = request;
    try {
      this.show(await getFacilitatorBoard(this.source.boardId(), token, request.signal));
    } catch {
      // Left the page, or a failed request: the last count stays, and the next tick tries again. A replaced or
      // wrong link shows in the console's connection status, which watches the socket.
      if (this.connected && this.timer === undefined) this.schedule(this.intervalMs);
    } finally {
      if (this.request === request) this.request = undefined;
    }
  }
}
