import type { CreatePostBody, CreatePostReply, OwnPostStatusReply } from '../../shared/api.ts';
import { HeldReason } from '../../shared/post.ts';
import { BoardPhase } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { Limits } from '../../shared/limits.ts';
import { countCharacters, findTooComplexCharacter, normaliseText } from '../../shared/text.ts';
import type { EventBus } from '../bus/event-bus.ts';
import type { BoardStore } from '../store/board-store.ts';
import type { BoardAdminService } from './board-admin.ts';
import type { BoardService } from './boards.ts';
import { DomainError } from './domain-error.ts';
import { sha256Hex } from './hashing.ts';
import { randomId } from './random.ts';
import type { ReleaseScheduler } from './release-scheduler.ts';
import type { SeatService } from './seats.ts';
import { WordFilterCache } from './word-filter-cache.ts';

/** Where a post is validated, stored as queued and handed to the release scheduler; and retracted. */
export class PostService {
  private readonly filters = new WordFilterCache();

  constructor(
    private readonly store: BoardStore,
    private readonly bus: EventBus,
    private readonly boards: BoardService,
    private readonly seats: SeatService,
    private readonly scheduler: ReleaseScheduler,
    private readonly admin: BoardAdminService,
    /** Posts one board stores at once (MAX_POSTS_PER_BOARD). */
    private readonly maxPostsPerBoard: number,
  ) {}

  async submit(boardId: string, seat: string, input: CreatePostBody): Promise<CreatePostReply> {
    const board = await this.boards.require(boardId);
    this.seats.requireValid(board, seat);
    if (board.phase !== BoardPhase.open) {
      throw new DomainError(ErrorCode.postingClosed, 409, 'This board does not take new posts right now.');
    }
    if (!board.categories.some((category) => category.id === input.category)) {
      throw new DomainError(ErrorCode.categoryUnknown, 400, 'This board has no such category.');
    }
    const body = normaliseText(input.body);
    if (body === '') throw new DomainError(ErrorCode.bodyEmpty, 400, 'The post is empty.');
    const length = countCharacters(body);
    if (length > board.settings.maxPostLength) {
      throw new DomainError(
        ErrorCode.bodyTooLong,
        400,
        `The post has ${length} characters; this board allows ${board.settings.maxPostLength}.`,
      );
    }
    // Bounds what a post of the allowed length can weigh, on every screen it is sent to.
    if (findTooComplexCharacter(body) !== undefined) {
      throw new DomainError(
        ErrorCode.characterTooComplex,
        400,
        `A character of the post carries more than ${Limits.graphemeCodePointsMax} code points or ${Limits.graphemeMarksMax} combining marks.`,
      );
    }
    // The filter only holds a post for a moderator to read; it never rejects or rewrites what someone wrote.
    const flagged = this.filters.forWords(board.settings.customWords).matches(body);
    const result = await this.store.enqueuePost(
      {
        id: randomId(),
        boardId,
        category: input.category,
        body,
        deleteKeyHash: sha256Hex(input.deleteKey),
        releaseThreshold: board.settings.releaseThreshold,
        ...(flagged ? { heldReason: HeldReason.filter } : {}),
      },
      this.maxPostsPerBoard,
    );
    if (result.outcome === 'limit-reached') {
      throw new DomainError(ErrorCode.postLimitReached, 409, 'This board cannot store more posts.');
    }
    // Also for a resend: if the first attempt committed but failed before arming the timer, this arms it.
    await this.scheduler.considerRelease(boardId);
    return {
      // Not whether the filter matched: that would let anyone test words against the board's hidden list. The
      // author learns of a hold from the post's status once its batch is out.
      post: { id: result.id, status: result.status, review: board.settings.preModeration },
    };
  }

  /** Where an author's own post is; the delete key proves it is theirs. */
  async ownStatus(boardId: string, postId: string, deleteKey: string): Promise<OwnPostStatusReply> {
    const result = await this.store.ownPostStatus(boardId, postId, sha256Hex(deleteKey));
    switch (result.outcome) {
      case 'found':
        return { post: { id: postId, status: result.status } };
      // A wrong key gets the same answer as a missing post, so nobody can probe which posts still exist.
      case 'not-found':
      case 'forbidden':
        throw notFound();
    }
  }

  async retract(boardId: string, postId: string, deleteKey: string): Promise<void> {
    const result = await this.store.retractPost(boardId, postId, sha256Hex(deleteKey));
    switch (result.outcome) {
      case 'retracted':
        if (result.event) this.bus.publish(result.event);
        // Consoles drop it too, whatever its status was; a spotlight on it goes out.
        this.bus.publish({
          type: 'moderation',
          boardId,
          postIds: [],
          removedPostIds: [postId],
          auditIds: [],
        });
        await this.admin.clearSpotlightIfAmong(boardId, [postId]);
        return;
      case 'not-found':
      case 'forbidden':
        throw notFound();
    }
  }
}

function notFound(): DomainError {
  return new DomainError(ErrorCode.postNotFound, 404, 'There is no such post.');
}
