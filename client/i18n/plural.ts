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
