import { ModerationAction } from '../../shared/moderation.ts';
import { PostStatus } from '../../shared/post.ts';

/**
 * Which status each moderation action moves a post from and to. `to: undefined` removes the post for good.
 * Anything else is refused, so two moderators acting at once cannot, say, approve a post the other just hid.
 */
export const MODERATION_TRANSITIONS: Record<
  ModerationAction,
  { from: readonly PostStatus[]; to: PostStatus | undefined }
> = {
  [ModerationAction.hide]: { from: [PostStatus.visible, PostStatus.held], to: PostStatus.hidden },
  [ModerationAction.restore]: { from: [PostStatus.hidden], to: PostStatus.visible },
  [ModerationAction.approve]: { from: [PostStatus.held], to: PostStatus.visible },
  [ModerationAction.remove]: {
    from: [PostStatus.visible, PostStatus.held, PostStatus.hidden],
    to: undefined,
  },
};
