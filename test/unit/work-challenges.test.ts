import { describe, expect, it } from 'vitest';
import { CHALLENGE_LIFETIME_MS, WorkChallenges } from '../../server/security/work-challenges.ts';
import { workProof } from '../../shared/work.ts';
import { FakeClock } from '../helpers/fake-clock.ts';

describe('WorkChallenges (server/security/work-challenges.ts)', () => {
  // Price 0: any counter solves, so these tests are about spending and forgetting, not hashing.
  const proof = (challenges: WorkChallenges) => workProof(challenges.issue(), 0);

  it('spends each challenge once, and refuses when the list of spent ones is full', async () => {
    const clock = new FakeClock();
    const challenges = new WorkChallenges(0, clock, 2);
    const first = proof(challenges);
    expect(challenges.redeem(first, 'seat:a')).toBe('ok');
    expect(challenges.redeem(first, 'seat:a')).toBe('spent');
    expect(challenges.redeem(proof(challenges), 'seat:a')).toBe('ok');
    expect(challenges.redeem(proof(challenges), 'seat:a')).toBe('busy');
  });

  it('forgets spent challenges as they expire, whatever order they were spent in', async () => {
    const clock = new FakeClock();
    const challenges = new WorkChallenges(0, clock, 2);
    const early = proof(challenges);
    await clock.advance(60_000);
    const late = proof(challenges);
    // Spent in the other order than they expire.
    expect(challenges.redeem(late, 'seat:a')).toBe('ok');
    expect(challenges.redeem(early, 'seat:a')).toBe('ok');
    // The early one has expired, the late one not: the list has room again.
    await clock.advance(CHALLENGE_LIFETIME_MS - 30_000);
    expect(challenges.redeem(proof(challenges), 'seat:a')).toBe('ok');
    expect(challenges.redeem(late, 'seat:a')).toBe('spent');
  });

  it('takes only the canonical spelling of a challenge', () => {
    const challenges = new WorkChallenges(0, new FakeClock());
    const challenge = challenges.issue();
    // The payload's last character carries four bits that encode nothing; another spelling is not a challenge.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const cut = challenge.indexOf('.');
    const last = alphabet.indexOf(challenge[cut - 1]!);
    const respelled = `${challenge.slice(0, cut - 1)}${alphabet[last ^ 1]}${challenge.slice(cut)}`;
    expect(challenges.redeem(workProof(respelled, 0), 'seat:a')).toBe('invalid');
    expect(challenges.redeem(workProof(challenge, 0), 'seat:a')).toBe('ok');
  });
});
