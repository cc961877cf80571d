import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issueSeat, isValidSeat, matchesHash, nullifier, sha256Hex } from '../../server/domain/hashing.ts';
import { randomId } from '../../server/domain/random.ts';

describe('hashing', () => {
  it('sha256Hex matches the standard test vector', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('a seat is valid for its board only', () => {
    const key = randomBytes(32).toString('base64url');
    const otherKey = randomBytes(32).toString('base64url');
    const seat = issueSeat(key, 'board-a');
    expect(seat).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(isValidSeat(key, 'board-a', seat)).toBe(true);
    expect(isValidSeat(key, 'board-b', seat)).toBe(false);
    expect(isValidSeat(otherKey, 'board-a', seat)).toBe(false);
    const tampered = (seat[0] === 'A' ? 'B' : 'A') + seat.slice(1);
    expect(isValidSeat(key, 'board-a', tampered)).toBe(false);
  });

  it('a seat has one spelling: the same bytes written another way are not a seat', () => {
    const key = randomBytes(32).toString('base64url');
    const seat = issueSeat(key, 'board-a');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(seat.at(-1)!);
    // The last character's two low bits encode nothing: three other characters decode to the same 32 bytes.
    const respellings = [1, 2, 3].map((low) => seat.slice(0, 42) + alphabet[(last & ~3) | low]);
    for (const other of respellings) {
      expect(Buffer.from(other, 'base64url').equals(Buffer.from(seat, 'base64url'))).toBe(true);
      expect(isValidSeat(key, 'board-a', other)).toBe(false);
    }
    expect(isValidSeat(key, 'board-a', seat)).toBe(true);
  });

  it('nullifiers differ per post and per kind, so one seat’s votes share no value', () => {
    const seat = issueSeat(randomBytes(32).toString('base64url'), 'b');
    const values = new Set([
      nullifier(seat, 'p1', 'agree'),
      nullifier(seat, 'p2', 'agree'),
      nullifier(seat, 'p1', 'heart'),
      nullifier(issueSeat(randomBytes(32).toString('base64url'), 'b'), 'p1', 'agree'),
    ]);
    expect(values.size).toBe(4);
    expect(nullifier(seat, 'p1', 'agree')).toBe(nullifier(seat, 'p1', 'agree'));
  });

  it('matchesHash accepts only the original secret', () => {
    const token = randomId();
    expect(matchesHash(token, sha256Hex(token))).toBe(true);
    expect(matchesHash(randomId(), sha256Hex(token))).toBe(false);
  });

  it('random ids are 128-bit base64url', () => {
    const ids = new Set(Array.from({ length: 1000 }, randomId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(Buffer.from(id, 'base64url')).toHaveLength(16);
  });
});
