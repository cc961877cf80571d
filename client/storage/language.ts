import { Language } from '../../shared/board.ts';
import { readString, writeString } from './web-storage.ts';

const KEY = 'takhojd.language';

export function isLanguage(value: unknown): value is Language {
  return value === Language.sv || value === Language.en;
}

/** Only an explicit choice is stored, so that a board's own language applies until the person picks one. */
export function loadLanguageChoice(): Language | undefined {
  const value = readString('local', KEY);
  return isLanguage(value) ? value : undefined;
}

export function saveLanguageChoice(language: Language): void {
  writeString('local', KEY, language);
}
