/**
 * Events that elements send up to their parents. Data flows down as properties; changes come back as these.
 * Each is a CustomEvent with a typed `detail`, registered in HTMLElementEventMap so listeners are typed too.
 */
import type { CreateBoardReply, ExportFormat, PatchBoardBody, ReportReason } from '../shared/api.ts';
import type { BoardPhase, ReactionKind } from '../shared/board.ts';
import type { LinkRole } from './api.ts';
import type { CategoryDraft, SettingsDraft } from './board-draft.ts';
import type { ModerationAction } from '../shared/moderation.ts';
import type { ModeratedStatus } from './live/moderation-state.ts';
import type { OwnPost } from './storage/own-posts.ts';

export interface EventDetails {
  /** Go to another page of the app without reloading. */
  'takhojd-navigate': { path: string };
  /** A new board exists; its secret links are in the reply and will not be shown again. */
  'board-created': { reply: CreateBoardReply };
  /** The server accepted a post from this browser. */
  'post-created': { post: OwnPost };
  /** The author wants their post back. */
  'retract-request': { postId: string };
  'reaction-toggle': { postId: string; kind: ReactionKind; active: boolean };
  /** A participant reports a post; the reason is optional, as on the wire. */
  'report-request': { postId: string; reason: ReportReason | undefined };
  /** A moderator acts on one post; `reason` is what they typed, possibly empty. */
  'moderation-action': { postId: string; action: ModerationAction; reason: string };
  'moderation-select': { postId: string; selected: boolean };
  /** `all` lifts the filter. */
  'moderation-filter-change': { status: ModeratedStatus | 'all' } | { category: string };
  /** The dialog closed: by its confirm button, or by cancel or Escape. */
  'confirm-dialog-close': { confirmed: boolean };
  // Facilitator console and board form.
  /** The category rows after an edit (rename, add or remove); new rows already carry their derived ids. */
  'categories-change': { categories: CategoryDraft[] };
  'settings-draft-change': { draft: SettingsDraft };
  /** Asked for only after any confirmation the phase needs (closing). */
  'phase-request': { phase: BoardPhase };
  /** `null` clears the spotlight. */
  'spotlight-request': { postId: string | null };
  /** Only what changed; never empty. */
  'board-settings-submit': { patch: PatchBoardBody };
  'export-request': { format: ExportFormat };
  /** Asked for after the facilitator confirmed that the old link stops working. */
  'rotate-request': { role: LinkRole };
  /** Confirmed: delete the board now. */
  'delete-board-request': Record<string, never>;
  /** The author has read that their post was deleted unseen when the board closed. */
  'discarded-dismiss': { postId: string };
  /** Show the next page of posts older than those on screen. */
  'older-posts-request': Record<string, never>;
}

export type AppEventName = keyof EventDetails;
export type AppEvent<K extends AppEventName> = CustomEvent<EventDetails[K]>;

export function appEvent<K extends AppEventName>(name: K, detail: EventDetails[K]): AppEvent<K> {
  // composed: elements sit in each other's shadow roots, and the listener may be several roots up.
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'takhojd-navigate': AppEvent<'takhojd-navigate'>;
    'board-created': AppEvent<'board-created'>;
    'post-created': AppEvent<'post-created'>;
    'retract-request': AppEvent<'retract-request'>;
    'reaction-toggle': AppEvent<'reaction-toggle'>;
    'report-request': AppEvent<'report-request'>;
    'moderation-action': AppEvent<'moderation-action'>;
    'moderation-select': AppEvent<'moderation-select'>;
    'moderation-filter-change': AppEvent<'moderation-filter-change'>;
    'confirm-dialog-close': AppEvent<'confirm-dialog-close'>;
    'categories-change': AppEvent<'categories-change'>;
    'settings-draft-change': AppEvent<'settings-draft-change'>;
    'phase-request': AppEvent<'phase-request'>;
    'spotlight-request': AppEvent<'spotlight-request'>;
    'board-settings-submit': AppEvent<'board-settings-submit'>;
    'export-request': AppEvent<'export-request'>;
    'rotate-request': AppEvent<'rotate-request'>;
    'delete-board-request': AppEvent<'delete-board-request'>;
    'discarded-dismiss': AppEvent<'discarded-dismiss'>;
    'older-posts-request': AppEvent<'older-posts-request'>;
  }
}
