/**
 * Cuts messages that would exceed Limits.serverMessageBytes into parts that do not: a batch release of many posts,
 * a bulk removal, a busy reaction tick, a console's moderation state. Each part is a complete message of its kind,
 * so the client needs no reassembly; see shared/protocol.ts for how parts of one event share its seq.
 */
import { Limits } from '../../shared/limits.ts';
import {
  assertNever,
  ServerMessageType,
  type LiveEventMessage,
  type ModerationMessage,
} from '../../shared/protocol.ts';
import { jsonBytes } from './post-pages.ts';

/** One event in parts of at most `budget` bytes; every part but the last says `partial: true`. */
export function splitEvent(
  message: LiveEventMessage,
  budget = Limits.serverMessageBytes,
): LiveEventMessage[] {
  switch (message.type) {
    case ServerMessageType.released: {
      const parts = chunk(message.posts, budget - jsonBytes({ ...message, posts: [], partial: true }));
      return markPartial(parts.map((posts) => ({ ...message, posts })));
    }
    case ServerMessageType.removed: {
      const parts = chunk(message.postIds, budget - jsonBytes({ ...message, postIds: [], partial: true }));
      return markPartial(parts.map((postIds) => ({ ...message, postIds })));
    }
    case ServerMessageType.reactions: {
      const parts = chunk(message.posts, budget - jsonBytes({ ...message, posts: [], partial: true }));
      return markPartial(parts.map((posts) => ({ ...message, posts })));
    }
    // The board is small: its strings are bounded by the schema.
    case ServerMessageType.board:
      return [message];
    default:
      return assertNever(message);
  }
}

function markPartial<M extends LiveEventMessage>(parts: M[]): M[] {
  return parts.map((part, index) => (index < parts.length - 1 ? { ...part, partial: true } : part));
}

/**
 * A moderation message in parts of at most `budget` bytes. A snapshot's first part keeps `snapshot: true` (the
 * console starts afresh) and the rest add to it; parts keep the order posts, removals, audit entries, so applying
 * them one by one ends where applying the whole would.
 */
export function splitModeration(
  message: ModerationMessage,
  budget = Limits.serverMessageBytes,
): ModerationMessage[] {
  if (jsonBytes(message) <= budget) return [message];
  const fresh = (snapshot: boolean): ModerationMessage => ({
    type: message.type,
    snapshot,
    posts: [],
    removedPostIds: [],
    audit: [],
  });
  const room = budget - jsonBytes(fresh(false));
  const parts: ModerationMessage[] = [];
  let part = fresh(message.snapshot);
  let used = 0;
  const makeRoom = (size: number): void => {
    if (used > 0 && used + size > room) {
      parts.push(part);
      part = fresh(false);
      used = 0;
    }
    used += size;
  };
  for (const post of message.posts) {
    makeRoom(jsonBytes(post) + 1);
    part.posts.push(post);
  }
  for (const id of message.removedPostIds) {
    makeRoom(jsonBytes(id) + 1);
    part.removedPostIds.push(id);
  }
  for (const entry of message.audit) {
    makeRoom(jsonBytes(entry) + 1);
    part.audit.push(entry);
  }
  parts.push(part);
  return parts;
}

/** Consecutive runs of `items` whose JSON (with commas) fits `room` bytes; at least one item per run. */
function chunk<T>(items: readonly T[], room: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = jsonBytes(item) + 1;
    if (run.length > 0 && used + size > room) {
      runs.push(run);
      run = [];
      used = 0;
    }
    run.push(item);
    used += size;
  }
  runs.push(run);
  return runs;
}
