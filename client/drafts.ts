/**
 * Unsent post text per board, held in memory only: it survives moving to another page of the app (say, to read
 * "Vad sparas?") and back, but never touches storage, so a draft leaves no trace on a shared device after the tab
 * closes.
 */
const drafts = new Map<string, string>();

export function loadDraft(boardId: string): string {
  return drafts.get(boardId) ?? '';
}

export function saveDraft(boardId: string, text: string): void {
  if (text) drafts.set(boardId, text);
  else drafts.delete(boardId);
}
