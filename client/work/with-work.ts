import { ErrorCode } from '../../shared/errors.ts';
import { workProof } from '../../shared/work.ts';
import { ApiError, requestChallenge } from '../api.ts';
import { solveChallenge } from './solve-work.ts';

function isWorkRefused(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === ErrorCode.workInvalid || error.code === ErrorCode.workRequired)
  );
}

/**
 * Runs a request that costs proof of work (a seat, a join-code lookup): asks for a challenge, solves it off the main
 * thread and sends the proof. A proof the server no longer takes (it restarted, or the challenge expired while the
 * phone slept) is done again once.
 */
export async function withWork<T>(subject: string, request: (proof: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const { challenge, bits } = await requestChallenge();
    const counter = await solveChallenge({ challenge, subject, bits });
    try {
      return await request(workProof(challenge, counter));
    } catch (error) {
      if (attempt > 0 || !isWorkRefused(error)) throw error;
    }
  }
}
