import { ErrorCode } from '../../shared/errors.ts';
import type { BoardRecord } from '../store/board-store.ts';
import { DomainError } from './domain-error.ts';
import { issueSeat, isValidSeat } from './hashing.ts';

/** Seats: one per browser and board, so each counts once in votes, without the server knowing whose it is. */
export class SeatService {
  issue(board: BoardRecord): string {
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
