/**
 * What a participant does that needs more than one request: getting and renewing a seat, and sending a post so
 * that a lost answer never turns into a second post.
 */
import type { CreatePostReply, ReportReason } from '../shared/api.ts';
import type { ReactionKind } from '../shared/board.ts';
import { ErrorCode } from '../shared/errors.ts';
import { ApiError, createPost, reportPost, requestSeat, setReaction } from './api.ts';
import { WorkPurpose, workSubject } from '../shared/work.ts';
import { forgetSeat, loadSeat, saveSeat } from './storage/seat.ts';
import { withWork } from './work/with-work.ts';

/** Seats being taken right now, so two taps in quick succession pay for one seat, not two. */
const seatsUnderway = new Map<string, Promise<string>>();

/**
 * This browser's seat on the board, taken (and paid for with proof of work) if it has none. The participant page
 * calls it as soon as it opens, so the work is usually done before the first tap.
 */
export function seatFor(boardId: string): Promise<string> {
  const stored = loadSeat(boardId);
  if (stored) return Promise.resolve(stored);
  let underway = seatsUnderway.get(boardId);
  if (!underway) {
    underway = withWork(workSubject(WorkPurpose.seat, boardId), (proof) => requestSeat(boardId, proof))
      .then(({ seat }) => {
        saveSeat(boardId, seat);
        return seat;
      })
      .finally(() => seatsUnderway.delete(boardId));
    seatsUnderway.set(boardId, underway);
  }
  return underway;
}

function isSeatRejected(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 401 || error.status === 403) &&
    error.code === ErrorCode.seatInvalid
  );
}

/** Runs `action` with this browser's seat; a seat the server no longer accepts is replaced once. */
export async function withSeat<T>(boardId: string, action: (seat: string) => Promise<T>): Promise<T> {
  const seat = await seatFor(boardId);
  try {
    return await action(seat);
  } catch (error) {
    if (!isSeatRejected(error)) throw error;
    forgetSeat(boardId);
    return action(await seatFor(boardId));
  }
}

const NETWORK_RETRY_DELAYS_MS = [700, 2000];

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a post. A network failure is retried with the same delete key: the server treats a resend with the same
 * key as the same post, so a reply lost on a flaky connection never creates a duplicate.
 */
export async function sendPost(
  boardId: string,
  post: { category: string; body: string; deleteKey: string },
): Promise<CreatePostReply> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await withSeat(boardId, (seat) => createPost(boardId, seat, post));
    } catch (error) {
      const delay = NETWORK_RETRY_DELAYS_MS[attempt];
      if (!(error instanceof ApiError && error.isNetworkFailure) || delay === undefined) throw error;
      await sleep(delay);
    }
  }
}

export function toggleReaction(
  boardId: string,
  postId: string,
  kind: ReactionKind,
  active: boolean,
): Promise<void> {
  return withSeat(boardId, (seat) => setReaction(boardId, seat, postId, kind, active));
}

/** One report per seat: the server counts a repeat from the same seat once, so resending is harmless. */
export function sendReport(boardId: string, postId: string, reason: ReportReason | undefined): Promise<void> {
  return withSeat(boardId, (seat) => reportPost(boardId, seat, postId, reason));
}
