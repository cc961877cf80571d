/** Large events and moderation states are cut into parts that each fit one message, and lose nothing. */
import { describe, expect, it } from 'vitest';
import { randomId } from '../../server/domain/random.ts';
import { splitEvent, splitModeration } from '../../server/live/split-message.ts';
import { Limits } from '../../shared/limits.ts';
import type { ModeratedPost } from '../../shared/moderation.ts';
import type { Post } from '../../shared/post.ts';
import type { LiveEventMessage, ModerationMessage } from '../../shared/protocol.ts';

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

function post(body: string): Post {
  return { id: randomId(), category: 'idea', body, reactions: { agree: 12 }, batch: 7, day: '2026-11-30' };
}

/** Larger than any post can be (a post arrives in a request of at most Limits.requestBodyBytes). */
const heaviestBody = '中'.repeat(Limits.requestBodyBytes / 2);

describe('splitEvent', () => {
  it('leaves an event that fits alone, without a partial flag', () => {
    const message: LiveEventMessage = { type: 'released', seq: 4, posts: [post('a'), post('b')] };
    expect(splitEvent(message)).toEqual([message]);
  });

  it('cuts a large release into bounded parts with the same seq, in order, all but the last partial', () => {
    const posts = Array.from({ length: 40 }, (_, i) => post(`${i} ${heaviestBody}`.slice(0, 9000)));
    const message: LiveEventMessage = { type: 'released', seq: 9, posts };
    const parts = splitEvent(message);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(bytes(part)).toBeLessThanOrEqual(Limits.serverMessageBytes);
      expect(part.seq).toBe(9);
    }
    expect(parts.slice(0, -1).every((part) => 'partial' in part && part.partial === true)).toBe(true);
    expect('partial' in parts.at(-1)!).toBe(false);
    expect(parts.flatMap((part) => (part.type === 'released' ? part.posts : []))).toEqual(posts);
  });

  it('fits even the largest possible post, and splits removals and reaction ticks the same way', () => {
    const huge = [post(heaviestBody), post(heaviestBody), post(heaviestBody)];
    for (const part of splitEvent({ type: 'released', seq: 1, posts: huge })) {
      expect(bytes(part)).toBeLessThanOrEqual(Limits.serverMessageBytes);
    }
    const postIds = Array.from({ length: 8000 }, () => randomId());
    const removed = splitEvent({ type: 'removed', seq: 2, postIds });
    expect(removed.length).toBeGreaterThan(1);
    expect(removed.flatMap((part) => (part.type === 'removed' ? part.postIds : []))).toEqual(postIds);
    const counts = postIds.map((id) => ({ id, reactions: { agree: 100, heart: 20, insight: 3 } }));
    const reactions = splitEvent({ type: 'reactions', seq: 3, posts: counts });
    expect(reactions.length).toBeGreaterThan(1);
    for (const part of [...removed, ...reactions]) {
      expect(bytes(part)).toBeLessThanOrEqual(Limits.serverMessageBytes);
    }
  });
});

describe('splitModeration', () => {
  const moderated = (body: string): ModeratedPost => ({
    ...post(body),
    status: 'visible',
    reportCount: 0,
    reportReasons: {},
    reviewed: false,
  });

  it('starts a split snapshot afresh once and adds the rest, keeping every post, removal and entry', () => {
    const posts = Array.from({ length: 30 }, () => moderated(heaviestBody.slice(0, 12_000)));
    const audit = Array.from({ length: 500 }, () => ({
      id: randomId(),
      action: 'hide' as const,
      postId: randomId(),
      role: 'moderator' as const,
      reason: 'Personuppgifter',
      at: '2026-11-30T10:00:00.000Z',
    }));
    const removedPostIds = [randomId()];
    const message: ModerationMessage = { type: 'moderation', snapshot: true, posts, removedPostIds, audit };
    const parts = splitModeration(message);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.map((part) => part.snapshot)).toEqual([true, ...parts.slice(1).map(() => false)]);
    for (const part of parts) expect(bytes(part)).toBeLessThanOrEqual(Limits.serverMessageBytes);
    expect(parts.flatMap((part) => part.posts)).toEqual(posts);
    expect(parts.flatMap((part) => part.removedPostIds)).toEqual(removedPostIds);
    expect(parts.flatMap((part) => part.audit)).toEqual(audit);
  });

  it('leaves a message that fits as it is', () => {
    const message: ModerationMessage = {
      type: 'moderation',
      snapshot: false,
      posts: [moderated('kort')],
      removedPostIds: [],
      audit: [],
    };
    expect(splitModeration(message)).toEqual([message]);
  });
});
