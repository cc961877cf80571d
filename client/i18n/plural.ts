import type { Language } from '../../shared/board.ts';

/** Plural forms a catalogue gives; Swedish and English only need these two (CLDR `one` and `other`). */
export interface PluralForms {
  one: string;
  other: string;
}

const rules = new Map<Language, Intl.PluralRules>();

export function plural(language: Language, count: number, forms: PluralForms): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return rule.select(count) === 'one' ? forms.one : forms.other;
}

export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB').format(value);
}

/**
 * A counted message kept in the catalogue as plain strings, `#` standing for the number (as in ICU MessageFormat):
 * the catalogue stays data, and both languages are checked key for key like every other message.
 */
export function countText(language: Language, count: number, forms: PluralForms): string {
  return plural(language, count, forms).replace('#', formatNumber(language, count));
}
