/**
 * Secret links carry a role token in the fragment, which browsers never send to the server. On load the token is
 * moved into sessionStorage and the fragment is removed from the address bar, so it does not linger in history,
 * screenshots or a screen share (DESIGN.md §2.9).
 */
import { loadRoleToken, saveRoleToken, type SecretRole } from './storage/tokens.ts';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

/** Reads and clears the fragment, then returns the token for this board and role (from this tab's storage). */
export function claimSecretToken(boardId: string, role: SecretRole): string | undefined {
  const fragment = location.hash.replace(/^#/, '');
  if (fragment) {
    if (TOKEN_PATTERN.test(fragment)) saveRoleToken(boardId, role, fragment);
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  return loadRoleToken(boardId, role);
}
