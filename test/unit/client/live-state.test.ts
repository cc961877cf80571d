import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  applyOlderPage,
  initialLiveState,
  postsForDisplay,
  type LiveState,
} from '../../../client/live/live-state.ts';
import { DEFAULT_SETTINGS, type PublicBoard } from '../../../shared/board.ts';
import type { Post, ReactionCounts } from '../../../shared/post.ts';
import { parseServerMessage, type ServerMessage } from '../../../shared/protocol.ts';

type Snapshot = Extract<ServerMessage, { type: 'snapshot' }>;
type Released = Extract<ServerMessage, { type: 'released' }>;
type Removed = Extract<ServerMessage, { type: 'removed' }>;
type Reactions = Extract<ServerMessage, { type: 'reactions' }>;
type BoardMsg = Extract<ServerMessage, { type: 'board' }>;

/** A deterministic 22-character base64url id (128 bits), the shape of every id in the protocol. */
function id(n: number): string {
  const bytes = Buffer.alloc(16);
  bytes.writeUInt32BE(n, 12);
  bytes.writeUInt32BE(0xdecafbad, 0);
  return bytes.toString('base64url');
}

const BOARD_ID = id(9999);

function board(title = 'Arbetsplatsträff'): PublicBoard {
  return {
    id: BOARD_ID,
    title,
    prompt: 'Vad kan vi göra bättre?',
    categories: [{ id: 'idea' }, { id: 'concern' }, { id: 'question' }],
    phase: 'open',
    joinCode: 'ABC234',
    settings: { ...DEFAULT_SETTINGS, releaseDelayMs: [...DEFAULT_SETTINGS.releaseDelayMs] },
  };
}

function post(n: number, batch: number, reactions: ReactionCounts = {}): Post {
  return { id: id(n), category: 'idea', body: `Inlägg ${n}`, reactions, batch, day: '2025-03-14' };
}

const snapshot = (seq: number, posts: Post[], b: PublicBoard = board()): Snapshot => ({
  type: 'snapshot',
  seq,
  board: b,
  posts,
});
const released = (seq: number, posts: Post[]): Released => ({ type: 'released', seq, posts });
const removed = (seq: number, postIds: string[]): Removed => ({ type: 'removed', seq, postIds });
const reactions = (seq: number, posts: { id: string; reactions: ReactionCounts }[]): Reactions => ({
  type: 'reactions',
  seq,
  posts,
});
const boardMsg = (seq: number, b: PublicBoard): BoardMsg => ({ type: 'board', seq, board: b });

/** Applies a message that must apply, and returns the new state. */
function apply(state: LiveState, message: Parameters<typeof applyEvent>[1]): LiveState {
  const outcome = applyEvent(state, message);
  if (outcome.kind !== 'applied') throw new Error(`expected applied, got ${outcome.kind}`);
  return outcome.state;
}

const ids = (state: LiveState): string[] => postsForDisplay(state.posts).map((p) => p.id);

describe('fixtures', () => {
  it('are valid server messages by the shared schema (ids are 22-char base64url)', () => {
    expect(id(1)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(id(1)).not.toBe(id(2));
    const messages: ServerMessage[] = [
      snapshot(3, [post(1, 1, { agree: 2 })]),
      released(4, [post(2, 2)]),
      removed(5, [id(1)]),
      reactions(6, [{ id: id(2), reactions: { heart: 1 } }]),
      boardMsg(7, board('Ny rubrik')),
      { ...snapshot(8, [post(3, 2)]), older: `2.${id(3)}` },
      { ...released(9, [post(4, 3)]), partial: true },
    ];
    for (const message of messages) {
      expect(parseServerMessage(JSON.stringify(message))).toEqual(message);
    }
  });
});

describe('applyEvent: snapshot', () => {
  it('starts from an empty state with no seq', () => {
    expect(initialLiveState.seq).toBeUndefined();
    expect(initialLiveState.board).toBeUndefined();
    expect(initialLiveState.posts.size).toBe(0);
  });

  it('applies the first snapshot and reports every post as added', () => {
    const outcome = applyEvent(initialLiveState, snapshot(5, [post(1, 1), post(2, 1)]));
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.state.seq).toBe(5);
    expect(outcome.state.board).toEqual(board());
    expect([...outcome.state.posts.keys()]).toEqual([id(1), id(2)]);
    expect(outcome.added).toEqual([id(1), id(2)]);
    expect(outcome.removed).toEqual([]);
  });

  it('replaces everything: seq, board and posts, and reports what came and went', () => {
    let state = apply(initialLiveState, snapshot(5, [post(1, 1), post(2, 1)]));
    state = apply(state, released(6, [post(3, 2)]));

    const outcome = applyEvent(state, snapshot(40, [post(2, 1), post(4, 3)], board('Annan rubrik')));
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.state.seq).toBe(40);
    expect(outcome.state.board?.title).toBe('Annan rubrik');
    expect([...outcome.state.posts.keys()]).toEqual([id(2), id(4)]);
    expect(outcome.added).toEqual([id(4)]);
    expect([...outcome.removed].sort()).toEqual([id(1), id(3)].sort());
  });

  it('a later event after a snapshot continues from the snapshot seq', () => {
    let state = apply(initialLiveState, snapshot(10, [post(1, 1)]));
    state = apply(state, snapshot(20, [post(1, 1)]));
    expect(applyEvent(state, released(11, [post(2, 2)])).kind).toBe('duplicate');
    expect(applyEvent(state, released(21, [post(2, 2)])).kind).toBe('applied');
  });
});

describe('applyEvent: sequence rules', () => {
  const start = (): LiveState => apply(initialLiveState, snapshot(7, [post(1, 1)]));

  it('applies an event whose seq is exactly last + 1', () => {
    const outcome = applyEvent(start(), released(8, [post(2, 2)]));
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.state.seq).toBe(8);
    expect(outcome.added).toEqual([id(2)]);
    expect(outcome.removed).toEqual([]);
    expect(ids(outcome.state)).toEqual([id(2), id(1)]);
  });

  it('ignores a duplicate (seq equal to or below the last applied)', () => {
    const state = start();
    const before = [...state.posts.entries()];
    expect(applyEvent(state, released(7, [post(2, 2)]))).toEqual({ kind: 'duplicate' });
    expect(applyEvent(state, released(3, [post(2, 2)]))).toEqual({ kind: 'duplicate' });
    expect(applyEvent(state, removed(7, [id(1)]))).toEqual({ kind: 'duplicate' });
    expect(applyEvent(state, reactions(6, [{ id: id(1), reactions: { agree: 9 } }]))).toEqual({
      kind: 'duplicate',
    });
    expect(state.seq).toBe(7);
    expect([...state.posts.entries()]).toEqual(before);
  });

  it('a released event replayed twice leaves exactly one copy of each post', () => {
    let state = start();
    const message = released(8, [post(2, 2), post(3, 2)]);
    state = apply(state, message);
    const replay = applyEvent(state, message);
    expect(replay.kind).toBe('duplicate');
    const shown = ids(state);
    expect(shown).toEqual([id(2), id(3), id(1)]);
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('reports a gap (seq > last + 1) as needing a resubscribe and does not apply it', () => {
    const state = start();
    const before = [...state.posts.keys()];
    const outcome = applyEvent(state, released(9, [post(2, 2)]));
    expect(outcome).toEqual({ kind: 'gap' });
    // The caller resubscribes with `since: state.seq`; the state it holds is untouched.
    expect(state.seq).toBe(7);
    expect([...state.posts.keys()]).toEqual(before);
    expect(state.posts.has(id(2))).toBe(false);
    // After the gap the next in-order event still applies.
    expect(applyEvent(state, released(8, [post(3, 2)])).kind).toBe('applied');
  });

  it('treats events before the first snapshot as nothing to do', () => {
    expect(applyEvent(initialLiveState, released(1, [post(1, 1)]))).toEqual({ kind: 'duplicate' });
    expect(applyEvent(initialLiveState, removed(1, [id(1)]))).toEqual({ kind: 'duplicate' });
    expect(initialLiveState.posts.size).toBe(0);
    expect(initialLiveState.seq).toBeUndefined();
  });

  it('never mutates the state it was given', () => {
    const state = start();
    const postsBefore = new Map(state.posts);
    apply(state, released(8, [post(2, 2)]));
    apply(state, removed(8, [id(1)]));
    apply(state, reactions(8, [{ id: id(1), reactions: { agree: 5 } }]));
    apply(state, boardMsg(8, board('Ändrad')));
    expect(state.seq).toBe(7);
    expect(state.board?.title).toBe('Arbetsplatsträff');
    expect(state.posts).toEqual(postsBefore);
    expect(state.posts.get(id(1))?.reactions).toEqual({});
  });
});

describe('applyEvent: released', () => {
  it('a post from the snapshot that arrives again in a released event is shown once, not reported as added', () => {
    let state = apply(initialLiveState, snapshot(1, [post(1, 1), post(2, 1)]));
    const outcome = applyEvent(state, released(2, [post(2, 1), post(3, 2)]));
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    state = outcome.state;
    expect(outcome.added).toEqual([id(3)]);
    const shown = ids(state);
    expect(shown.filter((x) => x === id(2))).toHaveLength(1);
    expect(shown).toHaveLength(3);
    expect(new Set(shown)).toEqual(new Set([id(1), id(2), id(3)]));
  });

  it('a post listed twice in one batch is shown and reported once', () => {
    const state = apply(initialLiveState, snapshot(1, []));
    const outcome = applyEvent(state, released(2, [post(5, 1), post(5, 1)]));
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.added).toEqual([id(5)]);
    expect(ids(outcome.state)).toEqual([id(5)]);
  });
});

describe('applyEvent: removed', () => {
  it('removes the listed posts and reports only those that were there', () => {
    let state = apply(initialLiveState, snapshot(1, [post(1, 1), post(2, 1), post(3, 1)]));
    const outcome = applyEvent(state, removed(2, [id(2), id(77)]));
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    state = outcome.state;
    expect(outcome.removed).toEqual([id(2)]);
    expect(outcome.added).toEqual([]);
    expect(state.seq).toBe(2);
    expect(ids(state)).toEqual([id(1), id(3)]);
    expect(state.posts.has(id(2))).toBe(false);
  });

  it('a removed post does not come back when its removal is replayed', () => {
    let state = apply(initialLiveState, snapshot(1, [post(1, 1)]));
    state = apply(state, removed(2, [id(1)]));
    expect(applyEvent(state, removed(2, [id(1)])).kind).toBe('duplicate');
    state = apply(state, removed(3, [id(1)]));
    expect(state.posts.size).toBe(0);
  });
});

describe('applyEvent: reactions', () => {
  it('replaces counts with the absolute values given', () => {
    let state = apply(initialLiveState, snapshot(1, [post(1, 1, { agree: 3, heart: 1 }), post(2, 1)]));
    state = apply(state, reactions(2, [{ id: id(1), reactions: { agree: 4 } }]));
    // Absolute, not added: agree is 4 (not 7) and heart is gone because it was not in the new counts.
    expect(state.posts.get(id(1))?.reactions).toEqual({ agree: 4 });
    expect(state.posts.get(id(2))?.reactions).toEqual({});
    expect(state.seq).toBe(2);
  });

  it('applying the same counts twice gives the same counts', () => {
    let state = apply(initialLiveState, snapshot(1, [post(1, 1, { agree: 1 })]));
    const counts = [{ id: id(1), reactions: { agree: 2, insight: 5 } }];
    state = apply(state, reactions(2, counts));
    const once = state.posts.get(id(1))?.reactions;
    // The same tick replayed (duplicate seq) and the same counts repeated in a new tick.
    expect(applyEvent(state, reactions(2, counts)).kind).toBe('duplicate');
    state = apply(state, reactions(3, counts));
    expect(state.posts.get(id(1))?.reactions).toEqual(once);
    expect(state.posts.get(id(1))?.reactions).toEqual({ agree: 2, insight: 5 });
  });

  it('keeps the rest of the post and its position, and ignores unknown posts', () => {
    let state = apply(initialLiveState, snapshot(1, [post(1, 1), post(2, 1), post(3, 1)]));
    state = apply(
      state,
      reactions(2, [
        { id: id(2), reactions: { heart: 1 } },
        { id: id(50), reactions: {} },
      ]),
    );
    expect(ids(state)).toEqual([id(1), id(2), id(3)]);
    expect(state.posts.has(id(50))).toBe(false);
    expect(state.posts.get(id(2))).toEqual({ ...post(2, 1), reactions: { heart: 1 } });
  });
});

describe('applyEvent: board', () => {
  it('replaces the board and keeps the posts', () => {
    let state = apply(initialLiveState, snapshot(1, [post(1, 1)]));
    state = apply(state, boardMsg(2, { ...board(), phase: 'paused' }));
    expect(state.board?.phase).toBe('paused');
    expect(state.seq).toBe(2);
    expect(ids(state)).toEqual([id(1)]);
  });
});

describe('postsForDisplay', () => {
  it('shows newer batches first and keeps the server order within a batch', () => {
    let state = apply(initialLiveState, snapshot(1, [post(10, 1), post(11, 1), post(12, 1)]));
    state = apply(state, released(2, [post(22, 2), post(20, 2), post(21, 2)]));
    state = apply(state, released(3, [post(31, 3), post(30, 3)]));
    expect(ids(state)).toEqual([id(31), id(30), id(22), id(20), id(21), id(10), id(11), id(12)]);
  });

  it('orders by batch, not by arrival', () => {
    // A snapshot may list older batches after newer ones.
    const state = apply(initialLiveState, snapshot(1, [post(1, 1), post(3, 3), post(2, 2), post(4, 1)]));
    expect(postsForDisplay(state.posts).map((p) => p.batch)).toEqual([3, 2, 1, 1]);
    expect(ids(state)).toEqual([id(3), id(2), id(1), id(4)]);
  });

  it('returns a new array and does not change the map', () => {
    const state = apply(initialLiveState, snapshot(1, [post(1, 1), post(2, 2)]));
    const first = postsForDisplay(state.posts);
    first.pop();
    expect(postsForDisplay(state.posts)).toHaveLength(2);
    expect([...state.posts.keys()]).toEqual([id(1), id(2)]);
  });

  it('is empty for the initial state', () => {
    expect(postsForDisplay(initialLiveState.posts)).toEqual([]);
  });
});

describe('applyEvent: an event split over several messages', () => {
  const part = (seq: number, posts: Post[]): Released => ({ ...released(seq, posts), partial: true });

  it('applies every part but moves the seq on only with the last', () => {
    let state = apply(initialLiveState, snapshot(4, [post(1, 1)]));
    state = apply(state, part(5, [post(2, 2), post(3, 2)]));
    expect(state.seq).toBe(4);
    expect(ids(state)).toEqual([id(2), id(3), id(1)]);
    state = apply(state, part(5, [post(4, 2)]));
    expect(state.seq).toBe(4);
    state = apply(state, released(5, [post(5, 2)]));
    expect(state.seq).toBe(5);
    expect(ids(state)).toEqual([id(2), id(3), id(4), id(5), id(1)]);
    // The whole event again (a replay) is a duplicate, parts and all.
    expect(applyEvent(state, part(5, [post(2, 2)])).kind).toBe('duplicate');
  });

  it('sees a lost last part as a gap, and takes the whole event again after resubscribing', () => {
    let state = apply(initialLiveState, snapshot(4, []));
    state = apply(state, part(5, [post(2, 2)]));
    // The connection dropped before the last part; the next event shows the gap.
    expect(applyEvent(state, removed(6, [id(2)]))).toEqual({ kind: 'gap' });
    // Resubscribed with since 4: the replay brings every part of 5 again, which is harmless.
    state = apply(state, part(5, [post(2, 2)]));
    state = apply(state, released(5, [post(3, 2)]));
    state = apply(state, removed(6, [id(2)]));
    expect(state.seq).toBe(6);
    expect(ids(state)).toEqual([id(3)]);
  });

  it('splits removals and reaction ticks the same way', () => {
    let state = apply(initialLiveState, snapshot(1, [post(1, 1), post(2, 1), post(3, 1)]));
    state = apply(state, { ...removed(2, [id(1)]), partial: true });
    state = apply(state, removed(2, [id(2)]));
    state = apply(state, { ...reactions(3, [{ id: id(3), reactions: { agree: 1 } }]), partial: true });
    expect(state.seq).toBe(2);
    state = apply(state, reactions(3, []));
    expect(state.seq).toBe(3);
    expect(ids(state)).toEqual([id(3)]);
    expect(state.posts.get(id(3))?.reactions).toEqual({ agree: 1 });
  });
});

describe('applyOlderPage', () => {
  const cursor = (batch: number, n: number) => `${batch}.${id(n)}`;
  const withOlder = (seq: number, posts: Post[], older: string | undefined): Snapshot => ({
    ...snapshot(seq, posts),
    ...(older === undefined ? {} : { older }),
  });

  it('a snapshot says where older posts continue, and a page adds them below without announcing them as new', () => {
    let state = apply(initialLiveState, withOlder(10, [post(5, 5), post(6, 6)], cursor(5, 5)));
    expect(state.older).toBe(cursor(5, 5));
    const outcome = applyOlderPage(state, cursor(5, 5), {
      seq: 10,
      posts: [post(3, 3), post(4, 4)],
      older: cursor(3, 3),
    });
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    state = outcome.state;
    expect(outcome.added).toEqual([id(3), id(4)]);
    expect(state.seq).toBe(10);
    expect(state.older).toBe(cursor(3, 3));
    expect(ids(state)).toEqual([id(6), id(5), id(4), id(3)]);

    const last = applyOlderPage(state, cursor(3, 3), { seq: 12, posts: [post(1, 1)] });
    expect(last.kind).toBe('applied');
    if (last.kind !== 'applied') return;
    expect(last.state.older).toBeUndefined();
    // A newer page is fine: the events in between arrive over the socket and apply on top.
    expect(last.state.seq).toBe(10);
    expect(ids(last.state)).toEqual([id(6), id(5), id(4), id(3), id(1)]);
  });

  it('refuses a page read before events already applied: it might show a post that has left the board', () => {
    let state = apply(initialLiveState, withOlder(10, [post(5, 5)], cursor(5, 5)));
    // Post 3 was removed at seq 11 (the client had not loaded it, so the removal changed nothing here) …
    state = apply(state, removed(11, [id(3)]));
    // … and a page read at seq 10 still has it.
    expect(applyOlderPage(state, cursor(5, 5), { seq: 10, posts: [post(3, 3)] })).toEqual({ kind: 'stale' });
    expect(applyOlderPage(state, cursor(5, 5), { seq: 11, posts: [post(4, 4)] }).kind).toBe('applied');
  });

  it('refuses a page for a cursor the state no longer has, e.g. after a new snapshot', () => {
    const state = apply(initialLiveState, withOlder(20, [post(7, 7)], cursor(7, 7)));
    expect(applyOlderPage(state, cursor(5, 5), { seq: 20, posts: [post(4, 4)] })).toEqual({ kind: 'stale' });
    expect(applyOlderPage(initialLiveState, cursor(5, 5), { seq: 20, posts: [] })).toEqual({ kind: 'stale' });
  });

  it('keeps what the socket brought over a page’s older copy, and never mutates the state it was given', () => {
    const fresh = post(4, 4, { agree: 9 });
    let state = apply(initialLiveState, withOlder(10, [post(5, 5)], cursor(5, 5)));
    // A restored post comes back over the socket with its old batch, before the page that also lists it.
    state = apply(state, released(11, [fresh]));
    const before = new Map(state.posts);
    const outcome = applyOlderPage(state, cursor(5, 5), { seq: 11, posts: [post(4, 4), post(3, 3)] });
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(outcome.added).toEqual([id(3)]);
    expect(outcome.state.posts.get(id(4))).toEqual(fresh);
    expect(state.posts).toEqual(before);
    expect(state.older).toBe(cursor(5, 5));
  });

  it('a snapshot replaces loaded pages and their cursor', () => {
    let state = apply(initialLiveState, withOlder(10, [post(5, 5)], cursor(5, 5)));
    const outcome = applyOlderPage(state, cursor(5, 5), { seq: 10, posts: [post(4, 4)] });
    if (outcome.kind !== 'applied') throw new Error('expected applied');
    state = apply(outcome.state, withOlder(30, [post(9, 9)], cursor(9, 9)));
    expect(ids(state)).toEqual([id(9)]);
    expect(state.older).toBe(cursor(9, 9));
  });
});
