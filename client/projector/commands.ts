/**
 * What the operator can ask of the projector, from a key or a button: both go through the same command, so the
 * keyboard and the mouse can never do different things (accessibility-and-ux.md C.16, WCAG 2.1.1).
 */
export const ProjectorCommand = {
  pause: 'pause',
  next: 'next',
  previous: 'previous',
  blank: 'blank',
  layout: 'layout',
  sort: 'sort',
} as const;
export type ProjectorCommand = (typeof ProjectorCommand)[keyof typeof ProjectorCommand];

export const ProjectorLayout = { columns: 'columns', grid: 'grid' } as const;
export type ProjectorLayout = (typeof ProjectorLayout)[keyof typeof ProjectorLayout];

/**
 * Keys by `KeyboardEvent.key`. Presentation clickers send PageDown/PageUp and "." (PowerPoint's black screen), so
 * those work too.
 */
const KEYS: Readonly<Record<string, ProjectorCommand>> = {
  ' ': ProjectorCommand.pause,
  ArrowRight: ProjectorCommand.next,
  PageDown: ProjectorCommand.next,
  ArrowLeft: ProjectorCommand.previous,
  PageUp: ProjectorCommand.previous,
  b: ProjectorCommand.blank,
  B: ProjectorCommand.blank,
  '.': ProjectorCommand.blank,
  g: ProjectorCommand.layout,
  G: ProjectorCommand.layout,
  s: ProjectorCommand.sort,
  S: ProjectorCommand.sort,
};

export interface KeyInput {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The focused element's tag (lower case), which may want the key for itself. */
  targetTag?: string;
}

/**
 * The command a key press asks for, or `undefined` to leave the key to the browser: shortcuts with modifiers
 * (Ctrl+S, browser zoom) stay the browser's, and Space or Enter on a focused button or link press that control.
 */
export function commandForKey(input: KeyInput): ProjectorCommand | undefined {
  if (input.altKey || input.ctrlKey || input.metaKey) return undefined;
  const tag = input.targetTag ?? '';
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return undefined;
  if (input.key === ' ' && (tag === 'button' || tag === 'a')) return undefined;
  return KEYS[input.key];
}

export interface ProjectorCommandDetail {
  command: ProjectorCommand;
}

export function projectorCommand(command: ProjectorCommand): CustomEvent<ProjectorCommandDetail> {
  return new CustomEvent('projector-command', { detail: { command }, bubbles: true, composed: true });
}

/** Sent by the columns element when the number of pages changes (after measuring what fits). */
export interface ProjectorPagesDetail {
  count: number;
}

declare global {
  interface HTMLElementEventMap {
    'projector-command': CustomEvent<ProjectorCommandDetail>;
    'projector-pages': CustomEvent<ProjectorPagesDetail>;
  }
}
