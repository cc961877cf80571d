/**
 * One curated entry of a built-in word list: the dictionary form and every inflected form that should match.
 * Forms are listed out rather than matched by prefix, so a harmless word that merely starts with a bad one
 * ("horisont", "negera", "Fittja") can never match.
 */
export interface WordListEntry {
  /** The dictionary form, reported as the match so a reviewer sees which entry held the post. */
  readonly word: string;
  /** Whole words that match, the dictionary form included. */
  readonly forms: readonly string[];
  /**
   * Also match a form as the last part of a longer word, for Swedish compound insults ("gathora", "fyllesubba").
   * Only set where ordinary words do not end in a form: "slampa" is not, because of "blåslampa" (a blowtorch).
   */
  readonly compoundTail: boolean;
  /** Ordinary words that end in a form all the same, never matched as compounds ("plethora" ends in "hora"). */
  readonly notCompounds: readonly string[];
}

/** An entry whose forms are `stem + ending`; the first ending gives the dictionary form. */
export function inflect(
  stem: string,
  endings: readonly [string, ...string[]],
  {
    compoundTail = false,
    notCompounds = [],
  }: { compoundTail?: boolean; notCompounds?: readonly string[] } = {},
): WordListEntry {
  return {
    word: stem + endings[0],
    forms: endings.map((ending) => stem + ending),
    compoundTail,
    notCompounds,
  };
}
