/**
 * Spots personal data in a post before it is sent, so the composer can warn the author (DESIGN.md §2.10). It runs
 * in the browser only; nothing about a draft ever leaves it. It is a helper for honest writers, not a filter: it
 * aims to catch the usual ways people write e-mail addresses, phone numbers and Swedish personnummer while staying
 * quiet for years, sums, dates and times, because a warning that cries wolf is soon ignored.
 */

/** The kinds of personal data the composer warns about. */
export const PersonalDataKind = {
  email: 'email',
  phone: 'phone',
  personalIdentityNumber: 'personalIdentityNumber',
} as const;
export type PersonalDataKind = (typeof PersonalDataKind)[keyof typeof PersonalDataKind];

/** Results are always in this order, whatever order the text has them in, so a warning's wording is stable. */
const KIND_ORDER: readonly PersonalDataKind[] = [
  PersonalDataKind.email,
  PersonalDataKind.phone,
  PersonalDataKind.personalIdentityNumber,
];

/** The kinds of personal data `text` seems to contain, each at most once, in a fixed order. */
export function findPersonalData(text: string): PersonalDataKind[] {
  // NFKC turns full-width digits and "＠" into ASCII ones, which the patterns below expect.
  const normalised = text.normalize('NFKC');
  const found = new Set<PersonalDataKind>();
  if (containsEmail(normalised)) found.add(PersonalDataKind.email);
  if (containsPhoneNumber(normalised)) found.add(PersonalDataKind.phone);
  if (containsPersonalIdentityNumber(normalised)) found.add(PersonalDataKind.personalIdentityNumber);
  return KIND_ORDER.filter((kind) => found.has(kind));
}

// --- e-mail -----------------------------------------------------------------------------------------------------

/** Real addresses are at most 254 characters; longer words are skipped so a pasted blob cannot make this slow. */
const EMAIL_TOKEN_MAX = 320;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const EMAIL = new RegExp(`[\\p{L}\\p{N}._%+-]+@${LABEL}(?:\\.${LABEL})*\\.\\p{L}{2,}`, 'u');

function containsEmail(text: string): boolean {
  if (!text.includes('@')) return false;
  return text
    .split(/[\s,;:<>()[\]"']+/u)
    .some((token) => token.length <= EMAIL_TOKEN_MAX && token.includes('@') && EMAIL.test(token));
}

// --- personnummer and samordningsnummer ---------------------------------------------------------------------------

/**
 * YYMMDD or YYYYMMDD, then an optional "-" or "+" (or a space), then the four last digits. Digits on either side
 * mean it is part of a longer number, which is something else.
 */
const IDENTITY_NUMBER = /(?<!\d)(\d{6}|\d{8})(?: ?[-+] ?| )?(\d{4})(?!\d)/gu;

/** Samordningsnummer add 60 to the day of birth. */
const COORDINATION_DAY_OFFSET = 60;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The Luhn check over the ten digits YYMMDDNNNC: the last digit must make the weighted sum a multiple of 10. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Weights 2, 1, 2, 1 … from the left over ten digits, i.e. every second digit from the right doubled.
    const fromRight = digits.length - 1 - i;
    let value = Number(digits[i]) * (fromRight % 2 === 1 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}

/** A real calendar date; with a two-digit year it is enough that the date exists in 19YY or 20YY. */
function plausibleBirthDate(years: readonly number[], month: number, rawDay: number): boolean {
  if (month < 1 || month > 12) return false;
  const day = rawDay > COORDINATION_DAY_OFFSET ? rawDay - COORDINATION_DAY_OFFSET : rawDay;
  if (day < 1) return false;
  return years.some((year) => day <= daysInMonth(year, month));
}

/** Whether `date` (YYMMDD or YYYYMMDD) and `last4` form a personnummer or samordningsnummer with a valid check digit. */
function validIdentityNumber(date: string, last4: string): boolean {
  const short = date.slice(-6);
  const yy = Number(short.slice(0, 2));
  const month = Number(short.slice(2, 4));
  const day = Number(short.slice(4, 6));
  let years: number[];
  if (date.length === 8) {
    const century = Number(date.slice(0, 2));
    if (century < 18 || century > 20) return false;
    years = [century * 100 + yy];
  } else {
    years = [1900 + yy, 2000 + yy];
  }
  return plausibleBirthDate(years, month, day) && luhnValid(short + last4);
}

function identityNumberSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(IDENTITY_NUMBER)) {
    const [whole, date, last4] = match;
    if (date && last4 && validIdentityNumber(date, last4)) {
      spans.push({ start: match.index, end: match.index + whole.length });
    }
  }
  return spans;
}

function containsPersonalIdentityNumber(text: string): boolean {
  return identityNumberSpans(text).length > 0;
}

// --- phone numbers ----------------------------------------------------------------------------------------------

/**
 * A run of digit groups joined the way phone numbers are written: by one space, or by a dash with optional spaces
 * around it, with an optional "+" in front and brackets around a group ("+46 (0)8 …"). Dots, colons, commas and
 * slashes end a run, which keeps times (08.30, 10:15), decimals and dates written with slashes out.
 */
const SPACE = '[ \\u00A0\\u202F]';
const GROUP = '\\(?\\d+\\)?';
// A bracketed group needs no separator: "(0)8".
const SEPARATOR = `(?:${SPACE}?[-–]${SPACE}?|${SPACE}|(?<=\\))|(?=\\())`;
const PHONE_RUN = new RegExp(`(?<![\\d\\p{L}])\\+?${GROUP}(?:${SEPARATOR}${GROUP})*`, 'gu');

/** Digits in a Swedish number written with its leading 0: 08-12 34 56 has 8, 070-123 45 67 has 10. */
const SWEDISH_DIGITS = { min: 8, max: 10 } as const;
/** E.164 numbers have at most 15 digits; from abroad people write at least 8. */
const INTERNATIONAL_DIGITS = { min: 8, max: 15 } as const;

/** 30-11-2026 or 05-10-26: day-month-year, which starts with 0 often enough to look like a phone number. */
const DAY_MONTH_YEAR = /^\d{1,2}[-–]\d{1,2}[-–](?:\d{2}|\d{4})$/u;
/** 0830-0915: a span of clock times. */
const TIME_SPAN = /^([01]\d|2[0-3])[0-5]\d[-–]([01]\d|2[0-3])[0-5]\d$/u;

function looksLikePhoneNumber(candidate: string): boolean {
  const digits = candidate.replace(/\D/gu, '');
  if (candidate.startsWith('+')) {
    return digits.length >= INTERNATIONAL_DIGITS.min && digits.length <= INTERNATIONAL_DIGITS.max;
  }
  if (digits.startsWith('00')) {
    // 0046 70 …: the international prefix, then country code and number.
    return digits.length >= INTERNATIONAL_DIGITS.min + 2 && digits.length <= INTERNATIONAL_DIGITS.max + 2;
  }
  if (!digits.startsWith('0') && !candidate.startsWith('(0')) return false;
  if (DAY_MONTH_YEAR.test(candidate) || TIME_SPAN.test(candidate)) return false;
  return digits.length >= SWEDISH_DIGITS.min && digits.length <= SWEDISH_DIGITS.max;
}

/**
 * Every run is split into its groups and each stretch of consecutive groups that starts like a phone number is
 * tried, so two numbers written next to each other ("070-123 45 67 08-123 456 78") are still found.
 */
function containsPhoneNumber(text: string): boolean {
  const identitySpans = identityNumberSpans(text);
  for (const match of text.matchAll(PHONE_RUN)) {
    const run = match[0];
    const groups = [...run.matchAll(/\+?\(?\d+\)?/gu)].map((group) => ({
      start: group.index,
      end: group.index + group[0].length,
    }));
    for (let first = 0; first < groups.length; first++) {
      for (let last = first; last < groups.length; last++) {
        const start = groups[first]!.start;
        const end = groups[last]!.end;
        const candidate = run.slice(start, end);
        if (candidate.replace(/\D/gu, '').length > INTERNATIONAL_DIGITS.max + 2) break;
        if (!looksLikePhoneNumber(candidate)) continue;
        // A valid personnummer written as one (050101-2384) is reported as that, not also as a phone number.
        const absoluteStart = match.index + start;
        const absoluteEnd = match.index + end;
        const isIdentityNumber = identitySpans.some(
          (span) => span.start === absoluteStart && span.end === absoluteEnd,
        );
        if (!isIdentityNumber) return true;
      }
    }
  }
  return false;
}
