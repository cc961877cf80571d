/**
 * Reconnect delay with exponential backoff and "full jitter": a random wait between 0 and the exponential cap, so
 * a room full of phones that lost the server at the same moment does not come back at the same moment.
 */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, capMs: 15_000 };

/** `attempt` counts from 0 for the first retry. `random` returns a number in [0, 1). */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(attempt, 0), 30);
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

/**
 * After the server said it was going away (close 1001: a restart or a deploy), it is usually back within seconds.
 * Retry often then — still spread over two seconds, so a thousand phones do not return in one instant — and fall
 * back to the usual schedule only if it stays away.
 */
export const RESTART_BACKOFF: BackoffOptions = { baseMs: 250, capMs: 2_000 };
/** Quick attempts after a restart before the usual schedule takes over: about twenty seconds of them. */
export const RESTART_ATTEMPTS = 20;

/** The wait before reconnect attempt `attempt`, quicker while the server is presumably restarting. */
export function reconnectDelay(
  attempt: number,
  afterRestart: boolean,
  random: () => number = Math.random,
): number {
  const quick = afterRestart && attempt < RESTART_ATTEMPTS;
  return backoffDelay(attempt, quick ? RESTART_BACKOFF : DEFAULT_BACKOFF, random);
}
