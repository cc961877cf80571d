/**
 * The composer's personal-data warning. Check digits below were computed with the Luhn algorithm over YYMMDDNNN;
 * `luhnCheckDigit` recomputes them so a typo in a fixture cannot make a test pass for the wrong reason.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData, luhnValid, PersonalDataKind } from '../../shared/personal-data.ts';

const { email, phone, personalIdentityNumber: pin } = PersonalDataKind;

/** An independent Luhn implementation (weights 2,1,2,… from the left over nine digits). */
function luhnCheckDigit(nineDigits: string): string {
  let sum = 0;
  [...nineDigits].forEach((digit, index) => {
    const product = Number(digit) * (index % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  });
  return String((10 - (sum % 10)) % 10);
}

const kinds = (text: string) => findPersonalData(text);

describe('PersonalDataKind', () => {
  it('is a closed set of three kinds', () => {
    expect(Object.values(PersonalDataKind).sort()).toEqual(['email', 'personalIdentityNumber', 'phone']);
  });
});

describe('luhnValid', () => {
  it('agrees with an independent implementation on the fixtures used below', () => {
    for (const number of [
      '8112189876',
      '1212121212',
      '7010632391',
      '0501012389',
      '0002291235',
      '8112781235',
      '8112911238',
      '9912311231',
    ]) {
      expect(luhnCheckDigit(number.slice(0, 9)), number).toBe(number[9]);
      expect(luhnValid(number), number).toBe(true);
    }
  });

  it('rejects every other check digit', () => {
    for (let digit = 0; digit <= 9; digit++) {
      expect(luhnValid(`811218987${digit}`)).toBe(digit === 6);
    }
  });

  it('rejects non-digits', () => {
    expect(luhnValid('81121898a6')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
});

describe('findPersonalData: personnummer and samordningsnummer', () => {
  it.each([
    ['811218-9876', 'YYMMDD-NNNC'],
    ['8112189876', 'YYMMDDNNNC'],
    ['19811218-9876', 'YYYYMMDD-NNNC'],
    ['198112189876', 'YYYYMMDDNNNC'],
    ['811218+9876', 'a "+" for someone over 100'],
    ['811218 9876', 'a space instead of a dash'],
    ['121212-1212', "Skatteverket's well-known example"],
    ['701063-2391', 'a samordningsnummer (day 03 + 60)'],
    ['811278-1235', 'a samordningsnummer on the 18th'],
    ['811291-1238', 'a samordningsnummer on 31 December'],
    ['050101-2389', 'born in 2005'],
    ['000229-1235', '29 February 2000, a leap year'],
    ['20000229-1235', '29 February 2000 with its century'],
    ['991231-1231', 'the last day of a year'],
  ])('finds %s (%s)', (number) => {
    expect(kinds(number)).toEqual([pin]);
    expect(kinds(`Mitt personnummer är ${number}, ring inte.`)).toEqual([pin]);
  });

  it.each([
    ['811218-9875', 'wrong check digit'],
    ['811218-9877', 'wrong check digit'],
    ['8112189870', 'wrong check digit, no dash'],
    ['19811218-9870', 'wrong check digit, with century'],
    ['811318-9876', 'month 13'],
    ['810018-1234', 'month 00'],
    ['811232-1230', 'day 32'],
    ['811200-1234', 'day 00'],
    ['811292-1237', 'day 92 (samordningsnummer past the 31st)'],
    ['810231-1234', '31 February'],
    ['900229-1236', '29 February 1990 and 2090, not leap years'],
    ['19000229-1235', '29 February 1900, not a leap year'],
    ['010229-1234', '29 February 1901 and 2001, not leap years'],
    ['21811218-9876', 'a century that is not 18, 19 or 20'],
    ['1234567890', 'a random ten-digit number'],
    ['0000000000', 'all zeros'],
  ])('ignores %s (%s)', (number) => {
    expect(kinds(number)).not.toContain(pin);
  });

  it('ignores a valid number inside a longer run of digits', () => {
    expect(kinds('98112189876')).not.toContain(pin);
    expect(kinds('81121898761')).not.toContain(pin);
  });

  it('does not trigger on most random ten-digit numbers', () => {
    // A seeded generator, so the test is repeatable. With month, day and check digit required, well under 2 % pass.
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    let hits = 0;
    const tries = 2000;
    for (let i = 0; i < tries; i++) {
      const number = String(next() % 10_000_000_000).padStart(10, '1');
      if (kinds(`Ordernummer ${number}`).includes(pin)) hits++;
    }
    expect(hits / tries).toBeLessThan(0.02);
  });
});

describe('findPersonalData: phone numbers', () => {
  it.each([
    '070-123 45 67',
    '070-1234567',
    '070 123 45 67',
    '0701234567', // without spaces (its check digit would be 9 if it were a personnummer)
    '073-987 65 43',
    '08-123 456 78',
    '08-12 34 56',
    '08 123 456 78',
    '031-12 34 56',
    '0470-123 45',
    '+46 70 123 45 67',
    '+46701234567',
    '+46 (0)8 123 456 78',
    '+46 8 123 456 78',
    '0046 70 123 45 67',
    '+1 415 555 0100',
    '+44 20 7946 0958',
    '+49 30 12345678',
    '070 - 123 45 67',
  ])('finds %s', (number) => {
    expect(kinds(number)).toEqual([phone]);
    expect(kinds(`Ring mig på ${number} efter lunch.`)).toEqual([phone]);
  });

  it('finds two numbers written next to each other', () => {
    expect(kinds('070-1234567 08-1234567')).toEqual([phone]);
  });

  it('finds full-width digits as well', () => {
    expect(kinds('０７０-１２３ ４５ ６７')).toEqual([phone]);
  });

  it.each([
    ['2024', 'a year'],
    ['100 000 kr', 'a sum'],
    ['1 000 000 kronor', 'a large sum'],
    ['Budgeten är 12 500 000 kr för 2025', 'a budget'],
    ['kl. 08.30', 'a time with a dot'],
    ['10:15', 'a time with a colon'],
    ['08.30–09.15', 'a span of times'],
    ['0830-0915', 'a span of times without dots'],
    ['2026-11-30', 'an ISO date'],
    ['30-11-2026', 'a day-month-year date'],
    ['05-10-2026', 'a day-month-year date with a leading zero'],
    ['05/10/2026', 'a date with slashes'],
    ['0,5 procent', 'a decimal'],
    ['12345678', 'eight digits without a leading 0 or +'],
    ['070-123', 'too few digits'],
    ['+46 70', 'too few digits after +'],
    ['2019-2024', 'a span of years'],
    ['Vi var 25 personer, 3 grupper och 12 frågor', 'small numbers in a sentence'],
    ['§ 14 kap. 3', 'a reference'],
  ])('ignores %s (%s)', (text) => {
    expect(kinds(text)).not.toContain(phone);
  });

  it('reports a personnummer written as one as a personnummer, not as a phone number too', () => {
    expect(kinds('050101-2389')).toEqual([pin]);
    // Ten digits with no separators that pass both tests: the more sensitive reading wins.
    expect(kinds('0701234569')).toEqual([pin]);
    // The same digits grouped like a phone number are a phone number.
    expect(kinds('070-123 45 69')).toEqual([phone]);
  });
});

describe('findPersonalData: e-mail addresses', () => {
  it.each([
    'anna@example.se',
    'anna.andersson@myndigheten.se',
    'Anna.Andersson+kontakt@sub.myndigheten.gov.se',
    'åsa.öberg@kommun.se',
    'a_b-c@x-y.org',
    'anna＠example.se',
  ])('finds %s', (address) => {
    expect(kinds(address)).toEqual([email]);
    expect(kinds(`Mejla mig (${address}) om du vill.`)).toEqual([email]);
    expect(kinds(`Mejla ${address}.`)).toEqual([email]);
  });

  it.each([
    ['@anna', 'a mention'],
    ['anna@', 'no domain'],
    ['anna@myndigheten', 'no top-level domain'],
    ['anna @ example', 'loose words'],
    ['a@b.c', 'a one-letter top-level domain'],
    ['mejla HR', 'no @ at all'],
  ])('ignores %s (%s)', (text) => {
    expect(kinds(text)).not.toContain(email);
  });
});

describe('findPersonalData: whole posts', () => {
  it('finds nothing in an ordinary post', () => {
    expect(
      kinds(
        'Vi borde ha kortare möten. Förra året (2025) hade vi 48 möten à 90 minuter, och budgeten ' +
          'för fika var 100 000 kr. Mötet den 2026-11-30 kl. 08.30 krockar med APT. Se § 3 i policyn.',
      ),
    ).toEqual([]);
    expect(kinds('')).toEqual([]);
  });

  it('finds every kind once, in a fixed order, whatever order they come in', () => {
    const text =
      'Mitt pnr är 811218-9876, ring 070-123 45 67 eller mejla anna@example.se. Igen: 811218-9876.';
    expect(kinds(text)).toEqual([email, phone, pin]);
  });

  it('stays fast on long and hostile input', () => {
    const inputs = [
      'a'.repeat(16_000),
      `${'a.'.repeat(8_000)}@`,
      `${'a-'.repeat(150)}@${'b-'.repeat(150)}`,
      '0 '.repeat(8_000),
      '0-'.repeat(8_000),
      '1'.repeat(16_000),
      '(0)'.repeat(5_000),
      '@'.repeat(16_000),
    ];
    const started = performance.now();
    for (const input of inputs) kinds(input);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
