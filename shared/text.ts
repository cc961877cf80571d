/**
 * Post text rules shared by the composer and the server, so the counter a person sees is the limit the server
 * enforces: NFC-normalised, trimmed, invisible control characters removed, counted in user-perceived characters,
 * and no character heavier than any script needs.
 */
import { Limits } from './limits.ts';

// C0/C1 controls except tab and newline; bidi embeddings, overrides and isolates (used to disguise text);
// zero-width space and friends; the byte-order mark. U+200C/U+200D are kept: emoji and some scripts need them.
const INVISIBLE_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const TOO_MANY_BLANK_LINES = /\n{3,}/g;

/** The canonical form of user text: what is counted, stored and shown. */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE_CONTROLS, '')
    .replace(TOO_MANY_BLANK_LINES, '\n\n')
    .trim();
}

const graphemes = new Intl.Segmenter('sv', { granularity: 'grapheme' });

/** User-perceived characters (grapheme clusters): "å" and "å" (a + ring) and "👩‍👩‍👧" each count as one. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

const MARK = /\p{M}/u;

/**
 * The first user-perceived character that carries more code points or combining marks than Limits allows (Zalgo
 * text, or marks stacked to make a short post large), or `undefined` when every character is within bounds. Run it
 * on normalised text: NFC composes what it can first, so "e" + acute counts as one code point, as "é" does.
 */
export function findTooComplexCharacter(text: string): string | undefined {
  for (const { segment } of graphemes.segment(text)) {
    // Most characters are one code point; the loop below only runs for those that are not.
    if (segment.length === 1) continue;
    let codePoints = 0;
    let marks = 0;
    for (const codePoint of segment) {
      codePoints++;
      if (MARK.test(codePoint)) marks++;
    }
    if (codePoints > Limits.graphemeCodePointsMax || marks > Limits.graphemeMarksMax) return segment;
  }
  return undefined;
}
