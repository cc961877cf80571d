import { Defaults } from '../../shared/limits.ts';

/** The most seats a board hands out: a little above the expected headcount, since some people use two devices. */
export function seatCap(expectedHeadcount: number): number {
  return expectedHeadcount > 0 ? Math.ceil(expectedHeadcount * Defaults.seatsPerHeadcount) : 0;
}
