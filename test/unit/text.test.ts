import { describe, expect, it } from 'vitest';
import { Limits } from '../../shared/limits.ts';
import { countCharacters, findTooComplexCharacter, normaliseText } from '../../shared/text.ts';

describe('countCharacters', () => {
  it('counts user-perceived characters, not UTF-16 units', () => {
    expect(countCharacters('å'.repeat(280))).toBe(280);
    expect(countCharacters('a\u030A')).toBe(1); // decomposed å
    expect(countCharacters('👩‍👩‍👧')).toBe(1); // family: 8 UTF-16 units
    expect(countCharacters('🇸🇪')).toBe(1);
    expect(countCharacters('')).toBe(0);
  });
});

describe('normaliseText', () => {
  it('composes to NFC so the same text is stored the same way', () => {
    expect(normaliseText('a\u030A')).toBe('å');
    expect(normaliseText('a\u030A')).toHaveLength(1);
  });

  it('trims, keeps single blank lines and folds longer runs', () => {
    expect(normaliseText('  hej\r\n\r\n\r\n\r\nhopp  ')).toBe('hej\n\nhopp');
  });

  it('removes bidi overrides, zero-width spaces and control characters but keeps emoji joiners', () => {
    expect(normaliseText('abc\u202Eevil\u202C\u200Bx\u0007')).toBe('abcevilx');
    expect(normaliseText('👩‍👩‍👧')).toBe('👩‍👩‍👧');
  });
});

describe('findTooComplexCharacter', () => {
  const fine = (text: string) => expect(findTooComplexCharacter(normaliseText(text)), text).toBeUndefined();

  it('accepts real text in many scripts', () => {
    fine('Hej på er! Vi borde ändra mötestiden, åtminstone på fredagar.');
    fine('Tiếng Việt có dấu: Người ta nói rằng học tiếng Việt không khó lắm.');
    // Decomposed Vietnamese: NFC composes it before the marks are counted.
    fine('Vie\u0323\u0302t Nam');
    fine('क्षत्रिय स्त्र्य राष्ट्रपति हिन्दी में लिखा हुआ वाक्य।');
    fine('العَرَبِيَّة لُغَةٌ جَمِيلَةٌ، وَالشَّدَّةُ وَالتَّنْوِينُ عَلَامَاتٌ.');
    fine('שָׁלוֹם עֲלֵיכֶם');
    fine('བསྒྲུབས་པ། 中文 日本語のテキスト 한국어 텍스트');
  });

  it('accepts every kind of emoji a keyboard makes', () => {
    fine('👩🏻‍❤️‍💋‍👨🏼 👨🏻‍👩🏻‍👧🏻‍👦🏻 👩‍👩‍👧 🧑🏽‍🤝‍🧑🏿 🏳️‍🌈 🏳️‍⚧️ 1️⃣ #️⃣');
    fine('🇸🇪 🇫🇮 🇻🇳 🇮🇳 🏴󠁧󠁢󠁳󠁣󠁴󠁿 🏴󠁧󠁢󠁷󠁬󠁳󠁿');
    // The longest of these is the limit's reason: ten code points, and one combining mark (the variation selector).
    expect([...'👩🏻‍❤️‍💋‍👨🏼']).toHaveLength(10);
  });

  it('refuses Zalgo text and says which character', () => {
    const zalgo = 'Z̷̢̛̛̗̳͓̹̖̠a̶̡̛͉̬͎̥͍͎l̴̨̧̛̗̦̝͚͑g̵̢̛̙̗͙̗̮o̶̧̧̜̦̟';
    expect(findTooComplexCharacter(normaliseText(zalgo))).toBe(normaliseText(zalgo).slice(0, 11));
    const stacked = 'a' + '\u0301'.repeat(Limits.graphemeMarksMax + 1);
    expect(findTooComplexCharacter(stacked)).toBe(stacked);
  });

  it('draws the line at the limits, marks and code points alike', () => {
    // Marks that NFC does not compose or reorder away (combining marks for symbols, U+20D0…).
    const marks = (n: number) => String.fromCodePoint(...Array.from({ length: n }, (_, i) => 0x20d0 + i));
    expect(findTooComplexCharacter(normaliseText('x' + marks(Limits.graphemeMarksMax)))).toBeUndefined();
    expect(findTooComplexCharacter(normaliseText('x' + marks(Limits.graphemeMarksMax + 1)))).toBeDefined();
    // Emoji modifiers extend a character without being marks: only the code point bound stops them.
    const tone = '\u{1F3FB}';
    expect(findTooComplexCharacter('👍' + tone.repeat(Limits.graphemeCodePointsMax - 1))).toBeUndefined();
    expect(findTooComplexCharacter('👍' + tone.repeat(Limits.graphemeCodePointsMax))).toBeDefined();
  });

  it('keeps a maximum-length 280-character post within a few kB', () => {
    // The heaviest character the bounds allow: twelve four-byte code points.
    const heaviest = '👍' + '\u{1F3FB}'.repeat(Limits.graphemeCodePointsMax - 1);
    const post = heaviest.repeat(280);
    expect(findTooComplexCharacter(post)).toBeUndefined();
    expect(countCharacters(post)).toBe(280);
    expect(Buffer.byteLength(post)).toBeLessThanOrEqual(280 * 48);
    expect(findTooComplexCharacter(post + 'a' + '\u0301'.repeat(20))).toBeDefined();
  });
});
