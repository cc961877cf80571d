import { ErrorCode } from '../../shared/errors.ts';
import type {
  ModerationAction,
  ModerationActionBody,
  ModerationResult,
  ModerationView,
} from '../../shared/moderation.ts';
import { PostStatus } from '../../shared/post.ts';
import type { EventBus } from '../bus/event-bus.ts';
import type { BoardAdminService } from './board-admin.ts';
import type { BoardStore } from '../store/board-store.ts';
import type { BoardService } from './boards.ts';
import type { Clock } from './clock.ts';
import { DomainError } from './domain-error.ts';
import { MODERATION_TRANSITIONS } from './moderation-rules.ts';
import { randomId } from './random.ts';
import { MODERATING_ROLES, requireRole } from './roles.ts';

/**
 * What moderators and facilitators may see and do. They act on released posts only and learn nothing of authors;
 * every action is recorded with the moderator's role (and name, if they give one).
 */
export class ModerationService {
  constructor(
    private readonly store: BoardStore,
    private readonly bus: EventBus,
    private readonly boards: BoardService,
    private readonly clock: Clock,
    private readonly admin: BoardAdminService,
  ) {}

  async view(boardId: string, token: string | undefined): Promise<ModerationView> {
    requireRole(await this.boards.require(boardId), token, MODERATING_ROLES);
    return { posts: await this.store.moderatedPosts(boardId), audit: await this.store.auditLog(boardId) };
  }

  /** One post: refuses with INVALID_TRANSITION when the post is not in a state the action applies to. */
  async act(
    boardId: string,
    postId: string,
    action: ModerationAction,
    token: string | undefined,
    details: ModerationActionBody,
  ): Promise<ModerationResult> {
    const result = await this.apply(boardId, [postId], action, token, details);
    if (result.changed === 0) {
      const exists = (await this.store.moderatedPosts(boardId, [postId])).length > 0;
      if (!exists) throw new DomainError(ErrorCode.postNotFound, 404, 'There is no such post.');
      throw new DomainError(
        ErrorCode.invalidTransition,
        409,
        `A post in this state cannot be given "${action}".`,
      );
    }
    return { posts: result.posts };
  }

  /** Many posts: those the action does not apply to are left as they are. */
  async bulk(
    boardId: string,
    postIds: string[],
    action: ModerationAction,
    token: string | undefined,
    details: ModerationActionBody,
  ): Promise<ModerationResult> {
    return { posts: (await this.apply(boardId, postIds, action, token, details)).posts };
  }

  private async apply(
    boardId: string,
    postIds: string[],
    action: ModerationAction,
    token: string | undefined,
    details: ModerationActionBody,
  ) {
    const role = requireRole(await this.boards.require(boardId), token, MODERATING_ROLES);
    const { from, to } = MODERATION_TRANSITIONS[action];
    const outcome = await this.store.moderate({
      boardId,
      postIds,
      action,
      from,
      to,
      entry: {
        role,
        at: new Date(this.clock.now()).toISOString(),
        ...(details.reason?.trim() ? { reason: details.reason.trim() } : {}),
        ...(details.moderatorName?.trim() ? { moderatorName: details.moderatorName.trim() } : {}),
      },
      newId: randomId,
    });
    for (const event of outcome.events) this.bus.publish(event);
    if (to !== PostStatus.visible)
      await this.admin.clearSpotlightIfAmong(boardId, [...outcome.changed, ...outcome.removed]);
    this.bus.publish({
      type: 'moderation',
      boardId,
      postIds: outcome.changed,
      removedPostIds: outcome.removed,
      auditIds: outcome.audit.map((entry) => entry.id),
    });
    return {
      changed: outcome.changed.length + outcome.removed.length,
      posts: await this.store.moderatedPosts(boardId, outcome.changed),
    };
  }
}
