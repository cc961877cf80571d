import { ErrorCode } from '../../shared/errors.ts';
import type { EventBus } from '../bus/event-bus.ts';
import type { BoardStore } from '../store/board-store.ts';
import type { BoardService } from './boards.ts';
import { DomainError } from './domain-error.ts';
import { MODERATING_ROLES, requireRole } from './roles.ts';

/** What moderators and facilitators may do to posts. They act on released posts and learn nothing of authors. */
export class ModerationService {
  constructor(
    private readonly store: BoardStore,
    private readonly bus: EventBus,
    private readonly boards: BoardService,
  ) {}

  /** Removes a post for good (its text is overwritten on disk, not just hidden). */
  async remove(boardId: string, postId: string, token: string | undefined): Promise<void> {
    requireRole(await this.boards.require(boardId), token, MODERATING_ROLES);
    const result = await this.store.removePost(boardId, postId);
    if (result.outcome === 'not-found')
      throw new DomainError(ErrorCode.postNotFound, 404, 'There is no such post.');
    if (result.event) this.bus.publish(result.event);
  }
}
