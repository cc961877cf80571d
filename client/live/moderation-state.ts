/**
 * The pure part of the moderator console: how moderation messages and action replies change what the console
 * knows. No DOM and no socket. Every source carries absolute state per post, so applying the same news twice (the
 * HTTP reply and then the socket message about the same action) is harmless.
 */
import type { AuditEntry, ModeratedPost } from '../../shared/moderation.ts';
import type { PostStatus } from '../../shared/post.ts';
import type { ModerationMessage } from '../../shared/protocol.ts';

export interface ModerationState {
  /** Every released post, keyed by id. */
  readonly posts: ReadonlyMap<string, ModeratedPost>;
  /** Oldest first, each entry once. */
  readonly audit: readonly AuditEntry[];
}

export const initialModerationState: ModerationState = { posts: new Map(), audit: [] };

/** The statuses a console shows; `queued` posts are never released to moderators. */
export type ModeratedStatus = Exclude<PostStatus, 'queued'>;
export const MODERATED_STATUSES: readonly ModeratedStatus[] = ['visible', 'held', 'hidden'];

export function applyModerationMessage(state: ModerationState, message: ModerationMessage): ModerationState {
  if (message.snapshot) {
    return withPosts({ posts: new Map(), audit: [] }, message.posts, message.removedPostIds, message.audit);
  }
  return withPosts(state, message.posts, message.removedPostIds, message.audit);
}

/** Posts as an action's reply gave them. */
export function applyModeratedPosts(
  state: ModerationState,
  posts: readonly ModeratedPost[],
): ModerationState {
  return withPosts(state, posts, [], []);
}

export function removeModeratedPosts(state: ModerationState, postIds: readonly string[]): ModerationState {
  return withPosts(state, [], postIds, []);
}

function withPosts(
  state: ModerationState,
  posts: readonly ModeratedPost[],
  removedIds: readonly string[],
  audit: readonly AuditEntry[],
): ModerationState {
  const next = new Map(state.posts);
  // Replacing in place keeps a post's position among its batch when it changes status.
  for (const post of posts) next.set(post.id, post);
  for (const id of removedIds) next.delete(id);
  const seen = new Set(state.audit.map((entry) => entry.id));
  const added = audit.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
  return { posts: next, audit: added.length > 0 ? [...state.audit, ...added] : state.audit };
}

/** Newest batch first, keeping the server's order within a batch, as on the participants' board. */
export function moderatedPostsForDisplay(posts: ReadonlyMap<string, ModeratedPost>): ModeratedPost[] {
  return [...posts.values()].sort((a, b) => b.batch - a.batch);
}

export function isModeratedStatus(value: string): value is ModeratedStatus {
  return (MODERATED_STATUSES as readonly string[]).includes(value);
}
