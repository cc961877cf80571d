import { describe, expect, it } from 'vitest';
import { countCharacters, normaliseText } from '../../shared/text.ts';

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
