import { Type } from 'typebox';

/** 128 random bits, base64url without padding: 22 characters. Posts, boards, secrets and seats all use it. */
export const RandomId = Type.String({ pattern: '^[A-Za-z0-9_-]{22}$', minLength: 22, maxLength: 22 });

/**
 * Seats carry a MAC after their random part, so they are longer: 32 bytes in 43 characters. The last character
 * holds two bits that encode nothing, so only the canonical spelling is accepted — otherwise one seat would have
 * four spellings and count as four seats in every per-seat count.
 */
export const SeatToken = Type.String({
  pattern: '^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$',
  minLength: 43,
  maxLength: 43,
});

/** A short code people type on a phone: no 0/O, 1/I/L. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;
export const JoinCode = Type.String({ pattern: `^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$` });

/** People read codes aloud and type them on phones: any case, spaces and dashes are accepted. */
export function normaliseJoinCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** Whether a (normalised) code is one the server could have handed out. */
export function isJoinCode(code: string): boolean {
  return JOIN_CODE_PATTERN.test(code);
}
