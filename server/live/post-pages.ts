/**
 * Which posts go in one message: the newest that fit a byte budget, and where older ones continue. Snapshots
 * (snapshot.ts) and pages of older posts (routes/post-pages.ts) both use it, so however many posts a board holds,
 * no phone is sent more than Limits.serverMessageBytes at once.
 */
import { Limits } from '../../shared/limits.ts';
import type { Post, PostsCursor } from '../../shared/post.ts';
import type { BoardStore, PostExtent, PostPosition } from '../store/board-store.ts';

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

/**
 * The JSON of a post with an empty body, one-letter category and no reactions: what every post costs besides its
 * text. A lower bound, so that posts chosen by estimate are never fewer than fit; the exact size is checked after.
 */
const POST_SKELETON_BYTES = jsonBytes({
  id: 'x'.repeat(22),
  category: 'x',
  body: '',
  reactions: {},
  batch: 1,
  day: '2026-01-01',
} satisfies Post);

/** Positions read per query while choosing; a budget rarely needs more than one such read. */
const EXTENTS_PER_READ = 500;

/** The longest cursor the schema allows: budgets are worked out with it, whatever cursor a message ends up with. */
export const LONGEST_CURSOR: PostsCursor = `${'9'.repeat(10)}.${'x'.repeat(22)}`;

/** What one message leaves for its posts array: `envelope` is the message with no posts and LONGEST_CURSOR. */
export function postsBudget<E extends { posts: readonly never[]; older: PostsCursor }>(envelope: E): number {
  return Limits.serverMessageBytes - jsonBytes(envelope) + 2;
}

export function cursorOf(post: PostPosition): PostsCursor {
  return `${post.batch}.${post.id}`;
}

/** The schema (PostsCursorSchema) has already checked the shape. */
export function positionOf(cursor: PostsCursor): PostPosition {
  const dot = cursor.indexOf('.');
  return { batch: Number(cursor.slice(0, dot)), id: cursor.slice(dot + 1) };
}

export interface PostSlice {
  /** Oldest first, as on the wire. */
  posts: Post[];
  /** Present when older posts than these exist. */
  older: PostsCursor | undefined;
}

export interface SliceOptions {
  /** Only posts older than this; the newest when absent. */
  before?: PostPosition | undefined;
  /** Bytes the posts may take as the elements of a JSON array, brackets and commas included. */
  budget: number;
  /** Posts the message carries anyway (the spotlighted one): they take none of the budget here. */
  exclude?: ReadonlySet<string>;
}

/** The newest visible posts (older than `before`) whose JSON fits `budget`; always at least one, if any exist. */
export async function newestPosts(
  store: BoardStore,
  boardId: string,
  options: SliceOptions,
): Promise<PostSlice> {
  const { before, budget, exclude } = options;
  const chosen: PostExtent[] = [];
  let estimate = 2;
  let more = false;
  let position = before;
  choose: for (;;) {
    const extents = await store.visiblePostExtents(boardId, position, EXTENTS_PER_READ);
    for (const extent of extents) {
      if (exclude?.has(extent.id)) continue;
      const size = POST_SKELETON_BYTES + extent.bodyBytes + 1;
      if (chosen.length > 0 && estimate + size > budget) {
        more = true;
        break choose;
      }
      chosen.push(extent);
      estimate += size;
    }
    const last = extents.at(-1);
    if (extents.length < EXTENTS_PER_READ || !last) break;
    position = last;
  }

  // Exact sizes now: escapes in the text and reaction counts add to the estimate. A post retracted since the
  // positions were read is simply left out.
  const posts = await store.visiblePosts(
    boardId,
    chosen.map((extent) => extent.id),
  );
  let size = 2 + posts.reduce((sum, post) => sum + jsonBytes(post) + 1, 0);
  while (posts.length > 1 && size > budget) {
    const dropped = posts.pop();
    if (dropped) size -= jsonBytes(dropped) + 1;
    more = true;
  }
  const oldest = posts.at(-1) ?? before;
  return { posts: posts.reverse(), older: more && oldest ? cursorOf(oldest) : undefined };
}
