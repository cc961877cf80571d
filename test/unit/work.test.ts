import { createHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { leadingZeroBits, parseWorkProof, solveWork, workMessage, workProof } from '../../shared/work.ts';

const nodeSha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

describe('proof of work (shared/work.ts)', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Uint8Array.of(0x80, 0))).toBe(0);
    expect(leadingZeroBits(Uint8Array.of(0x01, 0xff))).toBe(7);
    expect(leadingZeroBits(Uint8Array.of(0, 0x10))).toBe(11);
    expect(leadingZeroBits(Uint8Array.of(0, 0, 0))).toBe(24);
  });

  it('finds a counter whose hash, computed as the server computes it, has the bits asked for', () => {
    for (const subject of ['seat:AAAAAAAAAAAAAAAAAAAAAA', 'join:ABC234']) {
      const challenge = `${'x'.repeat(22)}.${'y'.repeat(22)}`;
      // The browser's pure-JS hash and Node's must agree byte for byte.
      const counter = solveWork(challenge, subject, 12, sha256);
      expect(counter).toBeDefined();
      const digest = createHash('sha256')
        .update(workMessage(challenge, subject, counter!))
        .digest();
      expect(leadingZeroBits(digest)).toBeGreaterThanOrEqual(12);
      expect(solveWork(challenge, subject, 12, nodeSha256)).toBe(counter);
      expect(parseWorkProof(workProof(challenge, counter!))).toEqual({ challenge, counter });
    }
  });

  it('costs about 2^bits tries on average', () => {
    const bits = 8;
    let tries = 0;
    const rounds = 200;
    for (let i = 0; i < rounds; i++) {
      const challenge = `${String(i).padStart(22, 'c')}.${'m'.repeat(22)}`;
      tries += (solveWork(challenge, 'seat:x', bits, nodeSha256) ?? 0) + 1;
    }
    // A geometric search with p = 2^-8 has mean 256 and standard error 256 / sqrt(200) ≈ 18 over 200 rounds.
    expect(tries / rounds).toBeGreaterThan(180);
    expect(tries / rounds).toBeLessThan(340);
  });

  it('gives up within a range and resumes where it stopped', () => {
    const challenge = `${'r'.repeat(22)}.${'s'.repeat(22)}`;
    const found = solveWork(challenge, 'join:XYZ234', 10, nodeSha256)!;
    expect(solveWork(challenge, 'join:XYZ234', 10, nodeSha256, 0, found)).toBeUndefined();
    expect(solveWork(challenge, 'join:XYZ234', 10, nodeSha256, found, found + 1)).toBe(found);
  });
});
