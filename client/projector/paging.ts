/**
 * Pure paging for the projector: which posts go on which page, given how tall each card is and how tall a lane
 * is. No DOM here (the element measures, this decides), so the rules can be unit-tested: a page never holds more
 * than fits, so the projector never needs a scrollbar (accessibility-and-ux.md C.16).
 *
 * Filling is greedy and nearly in order, so adding posts at the end of the order never moves a post that is
 * already placed: a new batch lands in free space or on a later page, and nothing on screen jumps.
 */

/** One column of cards on one page. `key` is a category id in the columns layout, a lane number in the grid. */
export interface PageLane {
  readonly key: string;
  readonly ids: readonly string[];
}

export interface ProjectorPage {
  readonly lanes: readonly PageLane[];
}

export interface LaneMetrics {
  /** Height available for cards in one lane, in CSS pixels. */
  readonly capacity: number;
  /** Space between two cards. */
  readonly gap: number;
  /** Height of each card; an unknown id counts as 0 until it has been measured. */
  readonly heightOf: (id: string) => number;
}

/**
 * How many posts that do not fit may be passed over to fill the rest of a lane with later ones that do. Batches
 * are shuffled anyway (DESIGN.md §2.6), so a post moving a few places is no loss, and without it one long post
 * after a short one leaves most of a lane empty.
 */
export const LOOKAHEAD = 8;

/**
 * Splits one lane's posts into chunks that each fit `capacity`, in order, except that a chunk with room left takes
 * later posts (up to `lookahead` skipped ones) that fit it. A card taller than a whole lane still gets a chunk of
 * its own (it cannot be split), so every post is on exactly one page.
 *
 * Posts added at the end only ever join the last chunks or fill a gap: earlier chunks keep what they had.
 */
export function splitLane(ids: readonly string[], metrics: LaneMetrics, lookahead = LOOKAHEAD): string[][] {
  const remaining = [...ids];
  const chunks: string[][] = [];
  while (remaining.length > 0) {
    const first = remaining.shift()!;
    const chunk = [first];
    let used = metrics.heightOf(first);
    let index = 0;
    let skipped = 0;
    while (index < remaining.length && skipped <= lookahead) {
      const id = remaining[index]!;
      const needed = used + metrics.gap + metrics.heightOf(id);
      if (needed <= metrics.capacity) {
        chunk.push(id);
        remaining.splice(index, 1);
        used = needed;
      } else {
        index++;
        skipped++;
      }
    }
    chunks.push(chunk);
  }
  return chunks;
}

/** Lanes side by side on one screen; more categories than this are shown in groups, one group after another. */
export const MAX_LANES = 3;

/**
 * Columns by category: each category keeps its own column, and the page count of a group of columns is that of
 * its fullest column (shorter columns are simply empty on later pages). Categories beyond `lanesPerPage` form
 * further groups, whose pages follow.
 */
export function pagesByCategory(
  lanes: readonly PageLane[],
  metrics: LaneMetrics,
  lanesPerPage = MAX_LANES,
): ProjectorPage[] {
  const pages: ProjectorPage[] = [];
  for (let start = 0; start < lanes.length; start += lanesPerPage) {
    const group = lanes.slice(start, start + lanesPerPage);
    const chunked = group.map((lane) => splitLane(lane.ids, metrics));
    const count = Math.max(1, ...chunked.map((chunks) => chunks.length));
    for (let index = 0; index < count; index++) {
      pages.push({
        lanes: group.map((lane, laneIndex) => ({ key: lane.key, ids: chunked[laneIndex]?.[index] ?? [] })),
      });
    }
  }
  return pages.length > 0 ? pages : [{ lanes: [] }];
}

/**
 * The grid: each post goes to the lane with the most room left (like a masonry wall), so a page fills evenly and
 * reads across from the top left. When no lane can take the next post, later ones that fit are tried (up to
 * `lookahead` skipped), then a new page starts. An empty lane takes any post, so even one taller than a lane
 * gets a page.
 */
export function pagesInGrid(
  ids: readonly string[],
  metrics: LaneMetrics,
  lanesPerPage = MAX_LANES,
  lookahead = LOOKAHEAD,
): ProjectorPage[] {
  const remaining = [...ids];
  const pages: ProjectorPage[] = [];
  do {
    const lanes: string[][] = Array.from({ length: lanesPerPage }, () => []);
    const used: number[] = lanes.map(() => 0);
    let index = 0;
    let skipped = 0;
    while (index < remaining.length && skipped <= lookahead) {
      const id = remaining[index]!;
      const height = metrics.heightOf(id);
      let best = -1;
      for (let lane = 0; lane < lanesPerPage; lane++) {
        const fits = lanes[lane]!.length === 0 || used[lane]! + metrics.gap + height <= metrics.capacity;
        if (fits && (best === -1 || used[lane]! < used[best]!)) best = lane;
      }
      if (best === -1) {
        index++;
        skipped++;
        continue;
      }
      used[best] = lanes[best]!.length === 0 ? height : used[best]! + metrics.gap + height;
      lanes[best]!.push(id);
      remaining.splice(index, 1);
    }
    pages.push({ lanes: lanes.map((laneIds, lane) => ({ key: `lane-${lane}`, ids: laneIds })) });
  } while (remaining.length > 0);
  return pages;
}

/** The page after `page`, wrapping round to the first. */
export function nextPage(page: number, count: number): number {
  return count <= 1 ? 0 : (clampPage(page, count) + 1) % count;
}

/** The page before `page`, wrapping round to the last. */
export function previousPage(page: number, count: number): number {
  return count <= 1 ? 0 : (clampPage(page, count) - 1 + count) % count;
}

/** A page index that exists: after posts leave, the last page may have gone. */
export function clampPage(page: number, count: number): number {
  return Math.min(Math.max(0, page), Math.max(0, count - 1));
}

/** Whether two page lists show the same posts in the same places (to skip a pointless re-render). */
export function samePages(a: readonly ProjectorPage[], b: readonly ProjectorPage[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((page, p) => {
    const other = b[p]!;
    if (page.lanes.length !== other.lanes.length) return false;
    return page.lanes.every((lane, l) => {
      const otherLane = other.lanes[l]!;
      return (
        lane.key === otherLane.key &&
        lane.ids.length === otherLane.ids.length &&
        lane.ids.every((id, i) => id === otherLane.ids[i])
      );
    });
  });
}
