import { ErrorCode } from '../../shared/errors.ts';
import { BoardPhase, type ReactionKind } from '../../shared/board.ts';
import type { BoardStore } from '../store/board-store.ts';
import type { BoardService } from './boards.ts';
import { DomainError } from './domain-error.ts';
import { nullifier } from './hashing.ts';
import type { ReactionTicker } from './reaction-ticker.ts';
import type { SeatService } from './seats.ts';

export class ReactionService {
  constructor(
    private readonly store: BoardStore,
    private readonly boards: BoardService,
    private readonly seats: SeatService,
    private readonly ticker: ReactionTicker,
  ) {}

  /** Idempotent: reacting twice, or removing a reaction that is not there, changes nothing. */
  async set(
    boardId: string,
    postId: string,
    kind: ReactionKind,
    seat: string,
    present: boolean,
  ): Promise<void> {
    const board = await this.boards.require(boardId);
    this.seats.requireValid(board, seat);
    requireReactionsOpen(board.phase);
    if (!board.settings.reactionKinds.includes(kind)) {
      throw new DomainError(ErrorCode.reactionKindUnknown, 400, 'This board does not offer that reaction.');
    }
    const result = await this.store.setReaction(
      boardId,
      postId,
      kind,
      nullifier(seat, postId, kind),
      present,
    );
    if (result.outcome === 'not-found')
      throw new DomainError(ErrorCode.postNotFound, 404, 'There is no such post.');
    if (result.outcome === 'changed') this.ticker.markChanged(boardId, postId);
  }
}

/** Reactions are taken while the board is open or in "reactions only"; paused and closed boards stand still. */
function requireReactionsOpen(phase: BoardPhase): void {
  switch (phase) {
    case BoardPhase.open:
    case BoardPhase.reactionsOnly:
      return;
    case BoardPhase.paused:
      throw new DomainError(ErrorCode.boardPaused, 409, 'The board is paused.');
    case BoardPhase.closed:
      throw new DomainError(ErrorCode.boardClosed, 409, 'The board is closed.');
  }
}
