import type { ExportFormat, FacilitatorBoard, PatchBoardBody } from '../../shared/api.ts';
import { BoardPhase, type PublicBoard } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { normaliseText } from '../../shared/text.ts';
import type { EventBus } from '../bus/event-bus.ts';
import type { BoardChanges, BoardRecord, BoardStore, Role } from '../store/board-store.ts';
import { checkCategories, toPublicBoard, type BoardService } from './boards.ts';
import { DomainError } from './domain-error.ts';
import { exportBoard, type ExportFile } from './export.ts';
import type { ReleaseScheduler } from './release-scheduler.ts';
import { dayOf, type Clock } from './clock.ts';
import { sha256Hex } from './hashing.ts';
import { randomId } from './random.ts';
import { FACILITATING_ROLES, requireRole } from './roles.ts';
import { seatCap } from './seat-cap.ts';

/** What only the facilitator may do to a board as a whole. */
export class BoardAdminService {
  constructor(
    private readonly store: BoardStore,
    private readonly bus: EventBus,
    private readonly boards: BoardService,
    private readonly clock: Clock,
    private readonly scheduler: ReleaseScheduler,
  ) {}

  /** The board with all its settings and its seat count, which only the facilitator sees. */
  async view(boardId: string, token: string | undefined): Promise<FacilitatorBoard> {
    const board = await this.boards.require(boardId);
    requireRole(board, token, FACILITATING_ROLES);
    return facilitatorView(board);
  }

  async update(boardId: string, token: string | undefined, patch: PatchBoardBody): Promise<FacilitatorBoard> {
    const board = await this.boards.require(boardId);
    requireRole(board, token, FACILITATING_ROLES);
    const changes: BoardChanges = {};
    if (patch.title !== undefined) {
      changes.title = normaliseText(patch.title);
      if (changes.title === '') throw new DomainError(ErrorCode.validationFailed, 400, 'The title is empty.');
    }
    if (patch.prompt !== undefined) changes.prompt = normaliseText(patch.prompt);
    if (patch.categories !== undefined) {
      const categories = checkCategories(patch.categories);
      const kept = new Set(categories.map((category) => category.id));
      const orphaned = (await this.store.categoriesInUse(boardId)).filter((id) => !kept.has(id));
      if (orphaned.length > 0) {
        throw new DomainError(
          ErrorCode.categoryInUse,
          409,
          `Categories with posts cannot be removed: ${orphaned.join(', ')}.`,
        );
      }
      changes.categories = categories;
    }
    if (patch.settings !== undefined)
      changes.settings = this.boards.checkSettings({ ...board.settings, ...patch.settings });
    if (patch.phase !== undefined && patch.phase !== board.phase) {
      changes.phase = patch.phase;
      // Retention counts from the day the board closed; reopening stops the count.
      changes.closedDay = patch.phase === BoardPhase.closed ? dayOf(this.clock.now()) : null;
    }
    if (Object.keys(changes).length > 0) await this.apply(boardId, changes);
    const updated = await this.boards.require(boardId);
    if (changes.phase === BoardPhase.closed) await this.settleQueueOnClose(updated);
    // Reopening, or a lower threshold, may make a batch due now.
    await this.scheduler.considerRelease(boardId);
    return facilitatorView(updated);
  }

  async export(boardId: string, token: string | undefined, format: ExportFormat): Promise<ExportFile> {
    const board = await this.boards.require(boardId);
    requireRole(board, token, FACILITATING_ROLES);
    return exportBoard(board, await this.store.visiblePosts(boardId), format, board.settings.reactionKinds);
  }

  /** Puts one visible post in the spotlight (large on the projector), or clears it. */
  async spotlight(boardId: string, token: string | undefined, postId: string | null): Promise<PublicBoard> {
    const board = await this.boards.require(boardId);
    requireRole(board, token, FACILITATING_ROLES);
    if (postId !== null && (await this.store.visiblePosts(boardId, [postId])).length === 0) {
      throw new DomainError(ErrorCode.postNotFound, 404, 'Only a post on the board can be in the spotlight.');
    }
    if (board.spotlightPostId !== (postId ?? undefined))
      await this.apply(boardId, { spotlightPostId: postId });
    return toPublicBoard(await this.boards.require(boardId));
  }

  /** Called when posts leave the board: a spotlight on one of them goes out too. */
  async clearSpotlightIfAmong(boardId: string, postIds: readonly string[]): Promise<void> {
    const board = await this.store.getBoard(boardId);
    if (board?.spotlightPostId && postIds.includes(board.spotlightPostId)) {
      await this.apply(boardId, { spotlightPostId: null });
    }
  }

  /**
   * When posting closes for good, queued posts that can no longer make a batch of the threshold's size are
   * deleted rather than published alone; their authors are told so by their own browsers.
   */
  private async settleQueueOnClose(board: BoardRecord): Promise<void> {
    const { queued, due } = await this.scheduler.queue(board);
    if (queued > 0 && !due) await this.store.discardQueued(board.id);
  }

  private async apply(boardId: string, changes: BoardChanges): Promise<void> {
    const event = await this.store.updateBoard(boardId, changes);
    if (event) this.bus.publish(event);
  }

  /** A new token for one secret link; the old one stops working at once. */
  async rotateToken(boardId: string, token: string | undefined, role: Role): Promise<string> {
    requireRole(await this.boards.require(boardId), token, FACILITATING_ROLES);
    const fresh = randomId();
    await this.store.replaceTokenHash(boardId, role, sha256Hex(fresh));
    this.bus.publish({ type: 'token-rotated', boardId, role });
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

/** What the facilitator's console is given: everything public, the custom filter words and the seat count. */
function facilitatorView(board: BoardRecord): FacilitatorBoard {
  return {
    board: toPublicBoard(board),
    settings: board.settings,
    seats: { issued: board.seatsIssued, cap: seatCap(board.settings.expectedHeadcount) },
  };
}
