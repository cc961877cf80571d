import type { ReportReason } from '../../shared/api.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { effectiveReportThreshold } from '../../shared/report-threshold.ts';
import type { EventBus } from '../bus/event-bus.ts';
import type { BoardStore } from '../store/board-store.ts';
import type { BoardAdminService } from './board-admin.ts';
import type { BoardService } from './boards.ts';
import { DomainError } from './domain-error.ts';
import { nullifier } from './hashing.ts';
import type { SeatService } from './seats.ts';

/** The nullifier kind of a report: a seat can report a post once, and reports are unlinkable like reactions. */
const REPORT_KIND = 'report';

export class ReportService {
  constructor(
    private readonly store: BoardStore,
    private readonly bus: EventBus,
    private readonly boards: BoardService,
    private readonly seats: SeatService,
    private readonly admin: BoardAdminService,
  ) {}

  async report(
    boardId: string,
    postId: string,
    seat: string,
    reason: ReportReason | undefined,
  ): Promise<void> {
    const board = await this.boards.require(boardId);
    this.seats.requireValid(board, seat);
    const result = await this.store.addReport(
      boardId,
      postId,
      nullifier(seat, postId, REPORT_KIND),
      reason,
      effectiveReportThreshold(board.settings.reportThreshold, {
        seatsIssued: board.seatsIssued,
        expectedHeadcount: board.settings.expectedHeadcount,
      }),
    );
    if (result.outcome === 'not-found')
      throw new DomainError(ErrorCode.postNotFound, 404, 'There is no such post.');
    if (result.outcome === 'unchanged') return;
    // Enough reports take the post off every public screen at once; moderators see the new count either way.
    if (result.heldEvent) {
      this.bus.publish(result.heldEvent);
      await this.admin.clearSpotlightIfAmong(boardId, [postId]);
    }
    this.bus.publish({ type: 'moderation', boardId, postIds: [postId], removedPostIds: [], auditIds: [] });
  }
}
