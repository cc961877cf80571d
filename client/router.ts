/** The client's routes. The server answers every one of these paths with index.html. */
import { SecretRole } from './storage/tokens.ts';

export type Route =
  | { name: 'landing' }
  | { name: 'board'; boardId: string }
  | { name: 'secret'; boardId: string; role: SecretRole }
  | { name: 'what-is-stored' }
  | { name: 'accessibility' }
  | { name: 'not-found' };

/** Swedish paths in both languages: a link someone shares works whichever language the reader has chosen. */
export const WHAT_IS_STORED_PATH = '/vad-sparas';
export const ACCESSIBILITY_PATH = '/tillganglighet';

const BOARD_ID = '[A-Za-z0-9_-]{22}';
const BOARD_PATH = new RegExp(`^/b/(${BOARD_ID})/?$`);
const SECRET_PATH = new RegExp(`^/b/(${BOARD_ID})/(host|moderate|present)/?$`);

function isSecretRole(value: string): value is SecretRole {
  return value === SecretRole.host || value === SecretRole.moderate || value === SecretRole.present;
}

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { name: 'landing' };
  const page = pathname.replace(/\/$/, '');
  if (page === WHAT_IS_STORED_PATH) return { name: 'what-is-stored' };
  if (page === ACCESSIBILITY_PATH) return { name: 'accessibility' };
  const board = BOARD_PATH.exec(pathname);
  if (board?.[1]) return { name: 'board', boardId: board[1] };
  const secret = SECRET_PATH.exec(pathname);
  if (secret?.[1] && secret[2] && isSecretRole(secret[2])) {
    return { name: 'secret', boardId: secret[1], role: secret[2] };
  }
  return { name: 'not-found' };
}

export const boardPath = (boardId: string): string => `/b/${boardId}`;
export const secretPath = (boardId: string, role: SecretRole): string => `/b/${boardId}/${role}`;

/** Fired on window after `navigate`; history.pushState itself fires nothing. */
export const LOCATION_CHANGE = 'takhojd-location-change';

export function navigate(path: string): void {
  if (path === location.pathname + location.search + location.hash) return;
  history.pushState(null, '', path);
  window.dispatchEvent(new Event(LOCATION_CHANGE));
}

/** Whether a click on a link should be handled by the router instead of a full page load. */
export function routableLink(event: MouseEvent): URL | undefined {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return undefined;
  }
  const anchor = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!anchor || !anchor.href || anchor.target || anchor.hasAttribute('download')) return undefined;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin) return undefined;
  // Links with a fragment (secret links, in-page targets) are left to the browser.
  if (url.hash) return undefined;
  return parseRoute(url.pathname).name === 'not-found' ? undefined : url;
}
