import { createWordFilter, type WordFilter } from './word-filter.ts';

/** Boards to keep a compiled filter for; a board's filter is rebuilt only when its custom words change. */
const MAX_FILTERS = 256;

/** Compiled word filters by custom-word list, so a post does not recompile the built-in lists. */
export class WordFilterCache {
  private readonly filters = new Map<string, WordFilter>();

  forWords(customWords: readonly string[]): WordFilter {
    const key = JSON.stringify(customWords);
    let filter = this.filters.get(key);
    if (!filter) {
      filter = createWordFilter(customWords);
      if (this.filters.size >= MAX_FILTERS) this.filters.delete(this.filters.keys().next().value ?? '');
      this.filters.set(key, filter);
    }
    return filter;
  }
}
