/** Names for things the server identifies only by id: built-in categories and reaction kinds. */
import { DEFAULT_CATEGORY_IDS, ReactionKind, type Category } from '../shared/board.ts';
import type { Messages } from './i18n/sv.ts';

type DefaultCategoryId = (typeof DEFAULT_CATEGORY_IDS)[number];

function isDefaultCategoryId(id: string): id is DefaultCategoryId {
  return (DEFAULT_CATEGORY_IDS as readonly string[]).includes(id);
}

/** A board's own label wins; built-in ids are named in the reader's language; anything else shows its id. */
export function categoryLabel(t: Messages, categoryId: string, categories: readonly Category[]): string {
  const label = categories.find((category) => category.id === categoryId)?.label;
  if (label) return label;
  return isDefaultCategoryId(categoryId) ? t.categoryNames[categoryId] : categoryId;
}

/** Decorative only: each button also shows the kind's name, which is what assistive technology reads. */
export const REACTION_EMOJI: Record<ReactionKind, string> = {
  [ReactionKind.agree]: '👍',
  [ReactionKind.heart]: '❤️',
  [ReactionKind.insight]: '💡',
};

const EXCERPT_WORDS = 8;

/** The first words of a post: enough to recognise it (in the audit log, after "Anmäl") without repeating it whole. */
export function excerpt(body: string): string {
  const words = body.trim().split(/\s+/);
  return words.length > EXCERPT_WORDS ? `${words.slice(0, EXCERPT_WORDS).join(' ')} …` : words.join(' ');
}
