/**
 * The order posts are shown in on the projector. Sorting happens only when the whole screen changes anyway
 * (first load, a new sort, a turn back to the first page); in between, new posts are added at the end and
 * reaction counts change no places, so nothing already on screen jumps (accessibility-and-ux.md A.3).
 */
import type { Post } from '../../shared/post.ts';
import { postsForDisplay } from '../live/live-state.ts';

export const SortOrder = { newest: 'newest', reactions: 'reactions' } as const;
export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder];

export function totalReactions(post: Post): number {
  return Object.values(post.reactions).reduce((sum, count) => sum + count, 0);
}

/** Every post in the chosen order; ties keep newest first (and the server's shuffle within a batch). */
export function sortedIds(posts: ReadonlyMap<string, Post>, sort: SortOrder): string[] {
  const newest = postsForDisplay(posts);
  if (sort === SortOrder.reactions) {
    // Array.prototype.sort is stable, so equal totals stay newest first.
    newest.sort((a, b) => totalReactions(b) - totalReactions(a));
  }
  return newest.map((post) => post.id);
}

/**
 * Keeps `order` for posts still on the board and adds the ones it lacks at the end, those named in `added`
 * first (in the order the server sent them), so a new batch never pushes earlier posts along.
 */
export function mergeOrder(
  order: readonly string[],
  posts: ReadonlyMap<string, Post>,
  added: readonly string[] = [],
): string[] {
  const kept = order.filter((id) => posts.has(id));
  const seen = new Set(kept);
  for (const id of [...added, ...posts.keys()]) {
    if (posts.has(id) && !seen.has(id)) {
      kept.push(id);
      seen.add(id);
    }
  }
  return kept;
}
