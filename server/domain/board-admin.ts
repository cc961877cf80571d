import type { PatchBoardBody } from '../../shared/api.ts';
import { BoardPhase, type PublicBoard } from '../../shared/board.ts';
import type { EventBus } from '../bus/event-bus.ts';
import type { BoardStore, Role } from '../store/board-store.ts';
import { toPublicBoard, type BoardService } from './boards.ts';
import { dayOf, type Clock } from './clock.ts';
import { sha256Hex } from './hashing.ts';
import { randomId } from './random.ts';
import { FACILITATING_ROLES, requireRole } from './roles.ts';

/** What only the facilitator may do to a board as a whole. */
export class BoardAdminService {
  constructor(
    private readonly store: BoardStore,
    private readonly bus: EventBus,
    private readonly boards: BoardService,
    private readonly clock: Clock,
  ) {}

  async update(boardId: string, token: string | undefined, changes: PatchBoardBody): Promise<PublicBoard> {
    const board = await this.boards.require(boardId);
    requireRole(board, token, FACILITATING_ROLES);
    if (changes.phase && changes.phase !== board.phase) {
      // Retention counts from the day the board closed; reopening stops the count.
      const closedDay = changes.phase === BoardPhase.closed ? dayOf(this.clock.now()) : undefined;
      const event = await this.store.setPhase(boardId, changes.phase, closedDay);
      if (event) this.bus.publish(event);
    }
    return toPublicBoard(await this.boards.require(boardId));
  }

  /** A new token for one secret link; the old one stops working at once. */
  async rotateToken(boardId: string, token: string | undefined, role: Role): Promise<string> {
    requireRole(await this.boards.require(boardId), token, FACILITATING_ROLES);
    const fresh = randomId();
    await this.store.replaceTokenHash(boardId, role, sha256Hex(fresh));
    return fresh;
  }

  async delete(boardId: string, token: string | undefined): Promise<void> {
    requireRole(await this.boards.require(boardId), token, FACILITATING_ROLES);
    await this.deleteNow(boardId);
  }

  /** Also used by the retention job, which needs no token. */
  async deleteNow(boardId: string): Promise<void> {
    if (await this.store.deleteBoard(boardId)) this.bus.publish({ type: 'board-deleted', boardId });
  }
}
