import { englishWords } from './word-lists/en.ts';
import { swedishWords } from './word-lists/sv.ts';
import type { WordListEntry } from './word-lists/word-list.ts';

/**
 * The word filter (tracker issue "Moderation"): a post that matches is held for a moderator instead of being
 * published. It checks the built-in Swedish and English lists plus the board's own words, on whole words only,
 * after undoing the usual disguises: "F U C K", "h.o.r.a", "n1gg3r", "fuuuuck", "f*ck", invisible characters,
 * look-alike letters. Everything here is pure; every step is linear in the text, so a hostile 16,000-character
 * post costs about as much as an ordinary one.
 */
export interface WordFilter {
  /** True when the post should be held for review. */
  matches(text: string): boolean;
  /** The list word (or the facilitator's word, as they wrote it) that matched first, for the reviewer. */
  firstMatch(text: string): string | undefined;
}

/** A filter for one board: the built-in lists plus `customWords`, the facilitator's words for that board. */
export function createWordFilter(customWords: readonly string[]): WordFilter {
  const lexicon = buildLexicon(customWords);
  const firstMatch = (text: string): string | undefined => findFirstMatch(lexicon, text);
  return { matches: (text) => firstMatch(text) !== undefined, firstMatch };
}

// --- Normalisation ---------------------------------------------------------------------------------------------

/**
 * Characters a reader does not see, slipped inside a word to split it for a filter ("ho\u200bra"). Invisible
 * combining marks (U+034F) need no entry: all marks but those of å, ä and ö are dropped below.
 */
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff]/gu;

/** Cyrillic and Greek letters that look like Latin ones, so "nіgger" with a Cyrillic і is still caught. */
const LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['а', 'a'],
  ['е', 'e'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['у', 'y'],
  ['х', 'x'],
  ['і', 'i'],
  ['ј', 'j'],
  ['ѕ', 's'],
  ['к', 'k'],
  ['α', 'a'],
  ['ι', 'i'],
  ['κ', 'k'],
  ['ο', 'o'],
  ['ı', 'i'],
]);
const LOOKALIKE = new RegExp(`[${[...LOOKALIKES.keys()].join('')}]`, 'gu');

const DIAERESIS = '\u0308';
const RING_ABOVE = '\u030a';

/**
 * Lower case, compatibility forms folded (NFKC turns "ｆｕｃｋ" and "𝐟𝐮𝐜𝐤" into "fuck"), accents dropped
 * ("fück", "hóra") — except that å, ä and ö stay letters of their own. They are separate letters in Swedish, and
 * folding them would make ordinary words collide with listed ones: "bog" (a ship's bow) is not "bög".
 */
function normalise(text: string): string {
  const folded = text.replace(INVISIBLE, '').normalize('NFKC').toLowerCase().normalize('NFD');
  const unaccented = folded.replace(/\p{M}+/gu, (marks: string, offset: number) => {
    const base = folded[offset - 1];
    const swedish =
      (marks === DIAERESIS && (base === 'a' || base === 'o')) || (marks === RING_ABOVE && base === 'a');
    return swedish ? marks : '';
  });
  return unaccented.normalize('NFC').replace(LOOKALIKE, (letter) => LOOKALIKES.get(letter) ?? letter);
}

/** Digits and symbols written for letters. "1" reads as both i and l ("n1gger", "s1yna"), so both are tried. */
const STAND_INS: ReadonlyMap<string, string> = new Map([
  ['0', 'o'],
  ['3', 'e'],
  ['4', 'a'],
  ['5', 's'],
  ['7', 't'],
  ['@', 'a'],
  ['$', 's'],
  ['€', 'e'],
  ['!', 'i'],
]);
const STAND_IN = /[013457@$€!]/gu;
const HAS_STAND_IN = /[013457@$€!]/u;
const HAS_LETTER = /\p{L}/u;

/** The ways a word may be meant: as written, and with stand-ins read as letters if it has letters at all. */
function spellings(word: string): string[] {
  if (!HAS_LETTER.test(word) || !HAS_STAND_IN.test(word)) return [word];
  const read = (one: string) =>
    word.replace(STAND_IN, (symbol) => (symbol === '1' ? one : STAND_INS.get(symbol)!));
  const withI = read('i');
  const withL = read('l');
  return withI === withL ? [word, withI] : [word, withI, withL];
}

/** A letter written three or more times in a row: "fuuuuck", "idiooot". */
const LONG_RUN = /(\p{L})\1{2,}/gu;
/** Beyond this many long runs in one word, only "all to one" and "all to two" are tried, to keep it linear. */
const MAX_RUNS_COMBINED = 4;

/** Each long run read as one letter or two ("fuuuuck" is "fuck", "niggggger" is "nigger"), and as written. */
function withRunsShortened(word: string): string[] {
  const runs = [...word.matchAll(LONG_RUN)];
  if (runs.length === 0) return [word];
  if (runs.length > MAX_RUNS_COMBINED)
    return [word, word.replace(LONG_RUN, '$1'), word.replace(LONG_RUN, '$1$1')];
  let readings = [''];
  let end = 0;
  for (const run of runs) {
    const before = word.slice(end, run.index);
    const letter = run[1]!;
    readings = readings.flatMap((reading) => [reading + before + letter, reading + before + letter + letter]);
    end = run.index + run[0].length;
  }
  return [word, ...readings.map((reading) => reading + word.slice(end))];
}

const HAS_LONG_RUN = /(\p{L})\1{2}/u;

function readingsOf(word: string): readonly string[] {
  if (!HAS_STAND_IN.test(word) && !HAS_LONG_RUN.test(word)) return [word];
  return [...new Set(spellings(word).flatMap(withRunsShortened))];
}

// --- Splitting text into words ------------------------------------------------------------------------------------

/** Letters, digits and the symbols that stand in for letters; anything else separates words. */
const PIECE = /[\p{L}\p{N}@$€!]+/gu;

interface Piece {
  readonly text: string;
  readonly start: number;
  /** What separates this piece from the one before it. */
  readonly gapBefore: string;
}

/** "!" at either end of a word ends a sentence ("hora!") rather than standing for an i; trimmed without a regex. */
function trimExclamations(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && word[start] === '!') start++;
  while (end > start && word[end - 1] === '!') end--;
  return word.slice(start, end);
}

function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(PIECE)) {
    const word = trimExclamations(match[0]);
    if (word === '') continue;
    pieces.push({ text: word, start: match.index, gapBefore: text.slice(previousEnd, match.index) });
    previousEnd = match.index + match[0].length;
  }
  return pieces;
}

/** "f u c k", "h.o.r.a", "f-u-c-k", "f_u_c_k", "f*u*c*k": short gaps of these between single letters. */
const SPELLING_GAP = /^[\s.\p{Pd}_*·]+$/u;
const MAX_GAP = 3;
/** Spelled-out words shorter than this are too often initials or abbreviations. */
const MIN_SPELLED_OUT = 3;
/** "f*ck", "c**t", "n*gg*r": asterisks inside a word each hide one letter. */
const HIDDEN_LETTERS = /^\*+$/u;

const isShortGap = (gap: string, pattern: RegExp) => gap.length <= MAX_GAP && pattern.test(gap);

/**
 * The pieces from `index` on joined by asterisks, each asterisk a "?" for one unknown letter. Only at the first
 * piece of such a run, so a long run is read once. Kept to words of at least four characters with at least two
 * letters and no more unknown than known characters, so "f*g" (a product in mathematics) or "a*b" are not words.
 */
function starredWordAt(pieces: readonly Piece[], index: number): string | undefined {
  if (index > 0 && isShortGap(pieces[index]!.gapBefore, HIDDEN_LETTERS)) return undefined;
  let word = pieces[index]!.text;
  let hidden = 0;
  let next = index + 1;
  for (; next < pieces.length && isShortGap(pieces[next]!.gapBefore, HIDDEN_LETTERS); next++) {
    const gap = pieces[next]!.gapBefore;
    word += '?'.repeat(gap.length) + pieces[next]!.text;
    hidden += gap.length;
  }
  if (next === index + 1) return undefined;
  const letters = word.match(/\p{L}/gu)?.length ?? 0;
  return word.length >= 4 && letters >= 2 && hidden <= word.length - hidden ? word : undefined;
}

/**
 * The characters of a run of single-character pieces from `index` on ("h", "o", "r", "a"), joined; only at the
 * run's first piece, so a long run is read once. Undefined when no run starts there.
 */
function spelledOutRunAt(pieces: readonly Piece[], index: number): string | undefined {
  const continues = (at: number) =>
    pieces[at]!.text.length === 1 && isShortGap(pieces[at]!.gapBefore, SPELLING_GAP);
  if (
    pieces[index]!.text.length !== 1 ||
    (index > 0 && pieces[index - 1]!.text.length === 1 && continues(index))
  ) {
    return undefined;
  }
  let run = pieces[index]!.text;
  for (let next = index + 1; next < pieces.length && continues(next); next++) run += pieces[next]!.text;
  return run.length >= MIN_SPELLED_OUT ? run : undefined;
}

// --- The lexicon: built-in lists plus a board's words ---------------------------------------------------------

/**
 * The facilitator's phrases of several words as a tree, one word a step, so a text is walked once per word
 * however many phrases share a beginning.
 */
interface PhraseNode {
  readonly next: Map<string, PhraseNode>;
  /** The phrase, as written, that ends with this node's word. */
  reported: string | undefined;
  /** Phrases whose last word may take any ending ("ny löneförhandling*"): its beginning, mapped to the phrase. */
  readonly anyEnding: Map<string, string>;
}

const newPhraseNode = (): PhraseNode => ({ next: new Map(), reported: undefined, anyEnding: new Map() });

function addPhrase(root: PhraseNode, words: readonly string[], anyEnding: boolean, reported: string): void {
  const last = words[words.length - 1]!;
  let node = root;
  for (const word of words.slice(0, -1)) {
    const child = node.next.get(word) ?? newPhraseNode();
    node.next.set(word, child);
    node = child;
  }
  if (anyEnding) {
    if (!node.anyEnding.has(last)) node.anyEnding.set(last, reported);
    return;
  }
  const end = node.next.get(last) ?? newPhraseNode();
  end.reported ??= reported;
  node.next.set(last, end);
}

/** A facilitator's entry with characters other than letters ("c++", "a.b"), matched literally as a whole word. */
interface Literal {
  readonly pattern: RegExp;
  readonly reported: string;
}

interface Lexicon {
  /** Whole-word forms, each mapped to the word reported when it matches. */
  readonly words: ReadonlyMap<string, string>;
  readonly wordsByLength: ReadonlyMap<number, readonly string[]>;
  /** Forms that also match as the last part of a compound. */
  readonly compoundTails: ReadonlyMap<string, string>;
  readonly compoundTailLengths: readonly number[];
  readonly notCompounds: ReadonlySet<string>;
  /** The facilitator's "word*" entries: the part before the "*", mapped to the entry as written. */
  readonly anyEnding: ReadonlyMap<string, string>;
  /** Every beginning of a word or an any-ending entry, to cut a search through spelled-out letters short. */
  readonly beginnings: ReadonlySet<string>;
  readonly phrases: PhraseNode;
  readonly literals: readonly Literal[];
}

/** A compound must have a real first part: "gathora" matches "hora", a three-letter word ending in it does not. */
const MIN_COMPOUND_HEAD = 3;

interface BuiltIn {
  readonly words: ReadonlyMap<string, string>;
  readonly compoundTails: ReadonlyMap<string, string>;
  readonly notCompounds: ReadonlySet<string>;
}

function compileBuiltIn(entries: readonly WordListEntry[]): BuiltIn {
  const words = new Map<string, string>();
  const compoundTails = new Map<string, string>();
  const notCompounds = new Set<string>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      if (!words.has(form)) words.set(form, entry.word);
      if (entry.compoundTail && !compoundTails.has(form)) compoundTails.set(form, entry.word);
    }
    for (const word of entry.notCompounds) notCompounds.add(word);
  }
  return { words, compoundTails, notCompounds };
}

/** Compiled once; each board's filter copies it and adds its own words. */
const BUILT_IN = compileBuiltIn([...swedishWords, ...englishWords]);

/** Entries made of letters, digits, spaces and hyphens get the full disguise-aware match; others are literal. */
const PLAIN_ENTRY = /^[\p{L}\p{N}\s\p{Pd}]+$/u;
const WORD_BREAK = /[\s\p{Pd}]+/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function buildLexicon(customWords: readonly string[]): Lexicon {
  const words = new Map(BUILT_IN.words);
  const anyEnding = new Map<string, string>();
  const phrases = newPhraseNode();
  const literals: Literal[] = [];
  for (const raw of customWords) {
    const reported = raw.trim();
    const entry = normalise(reported);
    const body = trimTrailing(entry, '*').trim();
    if (!HAS_LETTER_OR_DIGIT.test(body)) continue;
    const wildcard = body.length < entry.length;
    if (!PLAIN_ENTRY.test(body)) {
      literals.push({ pattern: literalPattern(body, wildcard), reported });
      continue;
    }
    const parts = body.split(WORD_BREAK).filter((part) => part !== '');
    if (parts.length > 1) addPhrase(phrases, parts, wildcard, reported);
    else if (wildcard) anyEnding.set(parts[0]!, reported);
    else if (!words.has(parts[0]!)) words.set(parts[0]!, reported);
  }
  const wordsByLength = new Map<number, string[]>();
  for (const form of words.keys()) {
    const sameLength = wordsByLength.get(form.length);
    if (sameLength === undefined) wordsByLength.set(form.length, [form]);
    else sameLength.push(form);
  }
  const beginnings = new Set<string>();
  for (const form of [...words.keys(), ...anyEnding.keys()]) {
    for (let length = 1; length <= form.length; length++) beginnings.add(form.slice(0, length));
  }
  return {
    words,
    wordsByLength,
    compoundTails: BUILT_IN.compoundTails,
    compoundTailLengths: [...new Set([...BUILT_IN.compoundTails.keys()].map((form) => form.length))],
    notCompounds: BUILT_IN.notCompounds,
    anyEnding,
    beginnings,
    phrases,
    literals,
  };
}

function trimTrailing(text: string, character: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === character) end--;
  return text.slice(0, end);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Escaped, so "c++" and "a.b" mean just that; bounded by non-letters at each end that is a letter itself. */
function literalPattern(body: string, anyEnding: boolean): RegExp {
  const escaped = body
    .split(/\s+/u)
    .map((part) => part.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&'))
    .join('\\s+');
  const before = WORD_CHARACTER.test(body[0]!) ? '(?<![\\p{L}\\p{N}])' : '';
  const lastIsLetter = WORD_CHARACTER.test(body[body.length - 1]!);
  const after = anyEnding ? '[\\p{L}\\p{N}]*' : lastIsLetter ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(before + escaped + after, 'u');
}

// --- Matching ---------------------------------------------------------------------------------------------------

interface Match {
  readonly reported: string;
  readonly start: number;
}

function findFirstMatch(lexicon: Lexicon, text: string): string | undefined {
  const normalised = normalise(text);
  const inWords = firstMatchInWords(lexicon, splitPieces(normalised));
  const inLiterals = firstLiteralMatch(lexicon, normalised);
  if (inWords === undefined || inLiterals === undefined) return (inWords ?? inLiterals)?.reported;
  return (inLiterals.start < inWords.start ? inLiterals : inWords).reported;
}

function firstMatchInWords(lexicon: Lexicon, pieces: readonly Piece[]): Match | undefined {
  const phraseAt = phraseMatcher(lexicon.phrases, pieces);
  for (let index = 0; index < pieces.length; index++) {
    const start = pieces[index]!.start;
    const reported =
      phraseAt(index) ??
      lookUpWord(lexicon, pieces[index]!.text) ??
      lookUpWord(lexicon, starredWordAt(pieces, index)) ??
      lookUpSpelledOut(lexicon, spelledOutRunAt(pieces, index));
    if (reported !== undefined) return { reported, start };
  }
  return undefined;
}

function lookUpWord(lexicon: Lexicon, word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  for (const reading of readingsOf(word)) {
    const reported = lookUp(lexicon, reading);
    if (reported !== undefined) return reported;
  }
  return undefined;
}

/**
 * A listed word anywhere in a run of spelled-out letters: the boundaries between words are lost when every
 * letter stands alone, so "a f u c k i n g joke" must find "fucking" after the article "a". Each start is
 * followed only while it is the beginning of some listed word, which keeps this linear in the run's length.
 * Compound tails are not looked for here.
 */
function lookUpSpelledOut(lexicon: Lexicon, run: string | undefined): string | undefined {
  if (run === undefined) return undefined;
  for (const reading of readingsOf(run)) {
    for (let start = 0; start < reading.length; start++) {
      for (let end = start + 1; end <= reading.length; end++) {
        const word = reading.slice(start, end);
        if (!lexicon.beginnings.has(word)) break;
        if (word.length < MIN_SPELLED_OUT) continue;
        const reported = lexicon.words.get(word) ?? lexicon.anyEnding.get(word);
        if (reported !== undefined) return reported;
      }
    }
  }
  return undefined;
}

function lookUp(lexicon: Lexicon, reading: string): string | undefined {
  if (reading.includes('?')) return lookUpWithHiddenLetters(lexicon, reading);
  const whole = lexicon.words.get(reading);
  if (whole !== undefined) return whole;
  for (const [beginning, reported] of lexicon.anyEnding) if (reading.startsWith(beginning)) return reported;
  if (lexicon.notCompounds.has(reading)) return undefined;
  for (const length of lexicon.compoundTailLengths) {
    if (reading.length < length + MIN_COMPOUND_HEAD) continue;
    const tail = lexicon.compoundTails.get(reading.slice(-length));
    if (tail !== undefined) return tail;
  }
  return undefined;
}

function lookUpWithHiddenLetters(lexicon: Lexicon, reading: string): string | undefined {
  const fits = (form: string) => {
    for (let at = 0; at < reading.length; at++)
      if (reading[at] !== '?' && reading[at] !== form[at]) return false;
    return true;
  };
  const form = lexicon.wordsByLength.get(reading.length)?.find(fits);
  return form === undefined ? undefined : lexicon.words.get(form);
}

/** Whether a facilitator's phrase starts at a piece; each piece's readings are worked out once, when first asked. */
function phraseMatcher(root: PhraseNode, pieces: readonly Piece[]): (index: number) => string | undefined {
  if (root.next.size === 0) return () => undefined;
  const readings: (readonly string[] | undefined)[] = [];
  const readingsAt = (index: number) => (readings[index] ??= readingsOf(pieces[index]!.text));
  return (index) => {
    let reached = [root];
    for (let at = index; at < pieces.length && reached.length > 0; at++) {
      const following: PhraseNode[] = [];
      for (const node of reached) {
        for (const reading of readingsAt(at)) {
          for (const [beginning, reported] of node.anyEnding) {
            if (reading.startsWith(beginning)) return reported;
          }
          const child = node.next.get(reading);
          if (child?.reported !== undefined) return child.reported;
          if (child !== undefined) following.push(child);
        }
      }
      reached = following;
    }
    return undefined;
  };
}

function firstLiteralMatch(lexicon: Lexicon, normalised: string): Match | undefined {
  let first: Match | undefined;
  for (const { pattern, reported } of lexicon.literals) {
    const found = pattern.exec(normalised);
    if (found !== null && (first === undefined || found.index < first.start)) {
      first = { reported, start: found.index };
    }
  }
  return first;
}
