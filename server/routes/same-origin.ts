/**
 * Whether a request's Origin is this site: the public URL's origin when one is configured, else the Host the
 * request was sent to. A missing Origin (a non-browser client) cannot be a cross-site page, so it passes.
 */
export function isSameOrigin(
  origin: string | undefined,
  host: string | undefined,
  publicUrl: string | undefined,
): boolean {
  if (origin === undefined) return true;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl) return originUrl.origin === new URL(publicUrl).origin;
  return host !== undefined && originUrl.host === host;
}
