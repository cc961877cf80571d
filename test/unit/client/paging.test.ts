/**
 * The projector's pure parts: paging (what fits on a page), the display order, the key map and message filling.
 * Paging is checked on examples and, with fast-check, on random boards: every post on exactly one page, no lane
 * over its height, and posts added at the end never move a post that was already placed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill } from '../../../client/i18n/fill.ts';
import { commandForKey, ProjectorCommand } from '../../../client/projector/commands.ts';
import { mergeOrder, SortOrder, sortedIds, totalReactions } from '../../../client/projector/order.ts';
import {
  clampPage,
  nextPage,
  pagesByCategory,
  pagesInGrid,
  previousPage,
  samePages,
  splitLane,
  type LaneMetrics,
  type ProjectorPage,
} from '../../../client/projector/paging.ts';
import type { Post } from '../../../shared/post.ts';

function metrics(heights: Record<string, number>, capacity: number, gap = 10): LaneMetrics {
  return { capacity, gap, heightOf: (id) => heights[id] ?? 0 };
}

/** Where each post is: page and lane, for comparing page lists. */
function placements(pages: readonly ProjectorPage[]): Map<string, string> {
  const where = new Map<string, string>();
  pages.forEach((page, p) =>
    page.lanes.forEach((lane) => {
      for (const id of lane.ids) {
        expect(where.has(id), `${id} twice`).toBe(false);
        where.set(id, `${p}/${lane.key}`);
      }
    }),
  );
  return where;
}

function laneHeight(ids: readonly string[], m: LaneMetrics): number {
  return ids.reduce((sum, id, i) => sum + m.heightOf(id) + (i > 0 ? m.gap : 0), 0);
}

describe('splitLane', () => {
  it('fills a lane in order and starts a new chunk when the next card does not fit', () => {
    const m = metrics({ a: 40, b: 40, c: 40, d: 40 }, 100);
    // 40 + 10 + 40 = 90 fits; a third would need 140.
    expect(splitLane(['a', 'b', 'c', 'd'], m)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('fills the room a long card leaves with a later short one, but no further than the lookahead', () => {
    const m = metrics({ short: 20, long: 90, s2: 20, s3: 20 }, 100);
    expect(splitLane(['short', 'long', 's2', 's3'], m)).toEqual([['short', 's2', 's3'], ['long']]);
    // With no lookahead, order is kept strictly.
    expect(splitLane(['short', 'long', 's2', 's3'], m, 0)).toEqual([['short'], ['long'], ['s2', 's3']]);
  });

  it('gives a card taller than the lane a chunk of its own rather than losing it', () => {
    const m = metrics({ a: 30, huge: 500, b: 30 }, 100);
    expect(splitLane(['a', 'huge', 'b'], m, 0)).toEqual([['a'], ['huge'], ['b']]);
  });

  it('gives nothing for no posts', () => {
    expect(splitLane([], metrics({}, 100))).toEqual([]);
  });
});

describe('pagesByCategory', () => {
  const m = metrics({ i1: 60, i2: 60, i3: 60, c1: 60, q1: 60 }, 130);

  it('keeps each category in its own column; the fullest column sets the page count', () => {
    const pages = pagesByCategory(
      [
        { key: 'idea', ids: ['i1', 'i2', 'i3'] },
        { key: 'concern', ids: ['c1'] },
        { key: 'question', ids: ['q1'] },
      ],
      m,
    );
    expect(pages).toEqual([
      {
        lanes: [
          { key: 'idea', ids: ['i1', 'i2'] },
          { key: 'concern', ids: ['c1'] },
          { key: 'question', ids: ['q1'] },
        ],
      },
      {
        lanes: [
          { key: 'idea', ids: ['i3'] },
          { key: 'concern', ids: [] },
          { key: 'question', ids: [] },
        ],
      },
    ]);
  });

  it('shows more categories than fit side by side in groups, one after another', () => {
    const lanes = ['a', 'b', 'c', 'd'].map((key) => ({ key, ids: [] as string[] }));
    const pages = pagesByCategory(lanes, m, 3);
    expect(pages.map((page) => page.lanes.map((lane) => lane.key))).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('has one (empty) page for an empty board', () => {
    expect(pagesByCategory([], m)).toEqual([{ lanes: [] }]);
    expect(pagesByCategory([{ key: 'idea', ids: [] }], m)).toEqual([{ lanes: [{ key: 'idea', ids: [] }] }]);
  });
});

describe('pagesInGrid', () => {
  it('spreads posts across the lanes from the top left, then starts a new page', () => {
    const m = metrics({ a: 50, b: 50, c: 50, d: 50, e: 50, f: 50, g: 50 }, 110);
    const pages = pagesInGrid(['a', 'b', 'c', 'd', 'e', 'f', 'g'], m, 3);
    expect(pages.map((page) => page.lanes.map((lane) => lane.ids))).toEqual([
      [
        ['a', 'd'],
        ['b', 'e'],
        ['c', 'f'],
      ],
      [['g'], [], []],
    ]);
  });

  it('has one page of empty lanes for no posts', () => {
    expect(pagesInGrid([], metrics({}, 100), 3)).toEqual([
      {
        lanes: [
          { key: 'lane-0', ids: [] },
          { key: 'lane-1', ids: [] },
          { key: 'lane-2', ids: [] },
        ],
      },
    ]);
  });
});

describe('paging on random boards', () => {
  const board = fc.record({
    heights: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 0, maxLength: 80 }),
    added: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 10 }),
    capacity: fc.integer({ min: 100, max: 900 }),
    gap: fc.integer({ min: 0, max: 30 }),
    lanes: fc.integer({ min: 1, max: 4 }),
  });

  function setUp(heights: number[], added: number[], capacity: number, gap: number) {
    const all: Record<string, number> = {};
    const before = heights.map((height, i) => {
      all[`p${i}`] = height;
      return `p${i}`;
    });
    const after = [
      ...before,
      ...added.map((height, i) => {
        all[`n${i}`] = height;
        return `n${i}`;
      }),
    ];
    return { before, after, m: metrics(all, capacity, gap) };
  }

  it('grid: every post on exactly one page, no lane overfull, and new posts never move old ones', () => {
    fc.assert(
      fc.property(board, ({ heights, added, capacity, gap, lanes }) => {
        const { before, after, m } = setUp(heights, added, capacity, gap);
        const pagesBefore = pagesInGrid(before, m, lanes);
        const pagesAfter = pagesInGrid(after, m, lanes);
        for (const page of pagesAfter) {
          for (const lane of page.lanes) {
            // Only a lane holding a single oversized card may exceed the capacity.
            if (lane.ids.length > 1) expect(laneHeight(lane.ids, m)).toBeLessThanOrEqual(capacity);
          }
        }
        const whereBefore = placements(pagesBefore);
        const whereAfter = placements(pagesAfter);
        expect(whereAfter.size).toBe(after.length);
        for (const [id, place] of whereBefore) expect(whereAfter.get(id)).toBe(place);
      }),
    );
  });

  it('columns: the same guarantees, lane by lane', () => {
    fc.assert(
      fc.property(board, ({ heights, added, capacity, gap }) => {
        const { before, after, m } = setUp(heights, added, capacity, gap);
        const laneOf = (id: string) => (Number(id.slice(1)) + (id.startsWith('n') ? 1 : 0)) % 3;
        const lanes = (ids: string[]) =>
          ['idea', 'concern', 'question'].map((key, k) => ({
            key,
            ids: ids.filter((id) => laneOf(id) === k),
          }));
        const pagesBefore = pagesByCategory(lanes(before), m);
        const pagesAfter = pagesByCategory(lanes(after), m);
        for (const page of pagesAfter) {
          for (const lane of page.lanes) {
            if (lane.ids.length > 1) expect(laneHeight(lane.ids, m)).toBeLessThanOrEqual(capacity);
            for (const id of lane.ids) expect(['idea', 'concern', 'question'][laneOf(id)]).toBe(lane.key);
          }
        }
        const whereAfter = placements(pagesAfter);
        expect(whereAfter.size).toBe(after.length);
        for (const [id, place] of placements(pagesBefore)) expect(whereAfter.get(id)).toBe(place);
      }),
    );
  });
});

describe('page turning', () => {
  it('wraps round both ways and clamps to the pages there are', () => {
    expect(nextPage(0, 3)).toBe(1);
    expect(nextPage(2, 3)).toBe(0);
    expect(previousPage(0, 3)).toBe(2);
    expect(previousPage(1, 3)).toBe(0);
    expect(nextPage(0, 1)).toBe(0);
    expect(previousPage(0, 0)).toBe(0);
    expect(clampPage(7, 3)).toBe(2);
    expect(clampPage(-1, 3)).toBe(0);
    expect(clampPage(4, 0)).toBe(0);
    expect(nextPage(9, 3)).toBe(0);
  });

  it('tells equal page lists from different ones', () => {
    const a = [{ lanes: [{ key: 'idea', ids: ['x', 'y'] }] }];
    expect(samePages(a, [{ lanes: [{ key: 'idea', ids: ['x', 'y'] }] }])).toBe(true);
    expect(samePages(a, [{ lanes: [{ key: 'idea', ids: ['y', 'x'] }] }])).toBe(false);
    expect(samePages(a, [{ lanes: [{ key: 'concern', ids: ['x', 'y'] }] }])).toBe(false);
    expect(samePages(a, [])).toBe(false);
  });
});

describe('display order', () => {
  function post(id: string, batch: number, reactions: Record<string, number> = {}): Post {
    return { id, category: 'idea', body: id, reactions, batch, day: '2025-03-05' };
  }
  const posts = new Map(
    [post('old', 1, { agree: 5 }), post('mid', 2, { agree: 1, heart: 1 }), post('new', 3)].map((p) => [
      p.id,
      p,
    ]),
  );

  it('sorts newest batch first, or by total reactions with newest first among equals', () => {
    expect(sortedIds(posts, SortOrder.newest)).toEqual(['new', 'mid', 'old']);
    expect(sortedIds(posts, SortOrder.reactions)).toEqual(['old', 'mid', 'new']);
    expect(totalReactions(posts.get('mid')!)).toBe(2);
  });

  it('keeps the order it has, drops posts that left, and adds new ones at the end', () => {
    const next = new Map(posts);
    next.delete('mid');
    next.set('newer', post('newer', 4));
    expect(mergeOrder(['new', 'mid', 'old'], next, ['newer'])).toEqual(['new', 'old', 'newer']);
    // A post the order somehow missed is added too, never lost.
    expect(mergeOrder([], posts)).toEqual(['old', 'mid', 'new']);
  });
});

describe('keys', () => {
  const key = (k: string, extra: Partial<Parameters<typeof commandForKey>[0]> = {}) =>
    commandForKey({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...extra });

  it('maps the documented keys and the clicker keys to commands', () => {
    expect(key(' ')).toBe(ProjectorCommand.pause);
    expect(key('ArrowRight')).toBe(ProjectorCommand.next);
    expect(key('PageDown')).toBe(ProjectorCommand.next);
    expect(key('ArrowLeft')).toBe(ProjectorCommand.previous);
    expect(key('PageUp')).toBe(ProjectorCommand.previous);
    expect(key('b')).toBe(ProjectorCommand.blank);
    expect(key('B')).toBe(ProjectorCommand.blank);
    expect(key('.')).toBe(ProjectorCommand.blank);
    expect(key('g')).toBe(ProjectorCommand.layout);
    expect(key('S')).toBe(ProjectorCommand.sort);
    expect(key('x')).toBeUndefined();
  });

  it('leaves browser shortcuts alone, and Space on a focused button to the button', () => {
    expect(key('s', { ctrlKey: true })).toBeUndefined();
    expect(key('b', { metaKey: true })).toBeUndefined();
    expect(key('ArrowRight', { altKey: true })).toBeUndefined();
    expect(key(' ', { targetTag: 'button' })).toBeUndefined();
    expect(key(' ', { targetTag: 'a' })).toBeUndefined();
    expect(key('ArrowRight', { targetTag: 'button' })).toBe(ProjectorCommand.next);
    expect(key('b', { targetTag: 'input' })).toBeUndefined();
  });
});

describe('fill', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fill('Sida {page} av {pages}', { page: 2, pages: 5 })).toBe('Sida 2 av 5');
    expect(fill('Page {page} of {pages}', { page: 1 })).toBe('Page 1 of {pages}');
  });
});
