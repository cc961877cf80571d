/**
 * The current language for the whole page. A person's explicit choice wins; otherwise the board's own language
 * (once a board page knows it); otherwise Swedish. Elements follow changes through `LocaleController`.
 */
import { Language } from '../../shared/board.ts';
import { loadLanguageChoice, saveLanguageChoice } from '../storage/language.ts';
import { en } from './en.ts';
import { sv, type Messages } from './sv.ts';

const catalogues: Record<Language, Messages> = { sv, en };

export const LOCALE_CHANGE = 'change';

export class LocaleStore extends EventTarget {
  private chosen: Language | undefined = loadLanguageChoice();
  private boardDefault: Language | undefined;

  get language(): Language {
    return this.chosen ?? this.boardDefault ?? Language.sv;
  }

  get messages(): Messages {
    return catalogues[this.language];
  }

  choose(language: Language): void {
    this.chosen = language;
    saveLanguageChoice(language);
    this.changed();
  }

  /** Called by pages that know a board; `undefined` when leaving it. */
  setBoardDefault(language: Language | undefined): void {
    if (this.boardDefault === language) return;
    const before = this.language;
    this.boardDefault = language;
    if (this.language !== before) this.changed();
  }

  /** Keeps `<html lang>` right for screen readers and hyphenation; call once at start-up. */
  syncDocument(): void {
    document.documentElement.lang = this.language;
  }

  private changed(): void {
    this.syncDocument();
    this.dispatchEvent(new Event(LOCALE_CHANGE));
  }
}

export const locale = new LocaleStore();
