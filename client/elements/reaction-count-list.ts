import { html, type TemplateResult } from 'lit';
import type { Language, ReactionKind } from '../../shared/board.ts';
import type { Post } from '../../shared/post.ts';
import { formatNumber } from '../i18n/plural.ts';
import type { Messages } from '../i18n/sv.ts';
import { REACTION_EMOJI } from '../labels.ts';

/**
 * The big screen's read-only reaction counts (a projected post and the spotlight): only the kinds someone used, each
 * named for screen readers, since the emoji alone is hidden from them. The caller styles `ul.reactions`.
 */
export function reactionCountList(
  t: Messages,
  language: Language,
  post: Post,
  kinds: readonly ReactionKind[],
): TemplateResult {
  return html`<ul class="reactions" aria-label=${t.reactionsLabel}>
    ${usedReactionKinds(post, kinds).map(
      (kind) =>
        html`<li>
          <span class="visually-hidden">${t.reactionNames[kind]}:</span>
          <span aria-hidden="true">${REACTION_EMOJI[kind]}</span>
          <span>${formatNumber(language, post.reactions[kind] ?? 0)}</span>
        </li>`,
    )}
  </ul>`;
}

/** The kinds among `kinds` that the post has at least one of. */
export function usedReactionKinds(post: Post, kinds: readonly ReactionKind[]): ReactionKind[] {
  return kinds.filter((kind) => (post.reactions[kind] ?? 0) > 0);
}
