import { Limits } from '../../shared/limits.ts';

/**
 * A heavy character the bounds of shared/text.ts allow: a three-byte base with seven three-byte combining marks
 * (within Limits.graphemeMarksMax), 24 UTF-8 bytes.
 */
export const HEAVY_CHARACTER =
  '中' + String.fromCodePoint(0x20d0, 0x20d1, 0x20d2, 0x20d3, 0x20d4, 0x20d5, 0x20d6);

/** What a post's request needs besides the body ({"category":"idea","body":"","deleteKey":"…"}), with slack. */
const REQUEST_OVERHEAD_BYTES = 100;

/**
 * The heaviest post the server accepts, labelled `#n`: `length` characters (the board's maximum), as many of them
 * heavy as one request (Limits.requestBodyBytes) can carry.
 */
export function heavyPost(n: number, length: number = Limits.postLengthMax): string {
  const label = `#${n} `;
  const room = Limits.requestBodyBytes - REQUEST_OVERHEAD_BYTES - label.length;
  const plain = length - label.length;
  const heavy = Math.min(plain, Math.floor((room - plain) / (Buffer.byteLength(HEAVY_CHARACTER) - 1)));
  return label + HEAVY_CHARACTER.repeat(heavy) + 'x'.repeat(plain - heavy);
}
