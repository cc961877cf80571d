import { ErrorCode } from '../../shared/errors.ts';
import type { BoardRecord, BoardStore } from '../store/board-store.ts';
import { DomainError } from './domain-error.ts';
import { issueSeat, isValidSeat } from './hashing.ts';
import { seatCap } from './seat-cap.ts';

/** Seats: one per browser and board, so each counts once in votes, without the server knowing whose it is. */
export class SeatService {
  constructor(private readonly store: BoardStore) {}

  /** A new seat, unless the board's cap (a little above the expected headcount) is reached. */
  async issue(board: BoardRecord): Promise<string> {
    const cap = seatCap(board.settings.expectedHeadcount);
    if (!(await this.store.claimSeat(board.id, cap))) {
      throw new DomainError(ErrorCode.boardFull, 409, 'Every place on this board is taken.');
    }
    return issueSeat(board.seatKey, board.id);
  }

  requireValid(board: BoardRecord, seat: string): void {
    if (!isValidSeat(board.seatKey, board.id, seat)) {
      throw new DomainError(
        ErrorCode.seatInvalid,
        403,
        'This seat does not belong to the board; join it again.',
      );
    }
  }
}
