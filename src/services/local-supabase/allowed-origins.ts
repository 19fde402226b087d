import { isLoopbackHost } from './exposure.ts';

/**
 * Which web pages may call the stand-in's API from a browser: the site it serves itself (same origin) and the
 * origins listed in PORTAL_ALLOWED_ORIGINS. Every other page is refused, also where the browser would not ask
 * first: a cross-origin "simple" POST with ?apikey= needs no preflight, so the gateway checks the Origin header
 * of every API request (gateway.ts), not only the preflight's.
 */
export const ALLOWED_ORIGINS_VARIABLE = 'PORTAL_ALLOWED_ORIGINS';

/** The origins of PORTAL_ALLOWED_ORIGINS: comma-separated, e.g. `https://meedoen.example.nl,http://localhost:3000`. */
export function allowedOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return normaliseOrigins((env[ALLOWED_ORIGINS_VARIABLE] ?? '').split(','));
}

/**
 * Each entry as the Origin header a browser sends for it (scheme, host and port only), or a plain error naming
 * the variable. `*` is refused on purpose: it would let every page in the browser use a staff member's session.
 */
export function normaliseOrigins(entries: readonly string[]): string[] {
  const origins: string[] = [];
  for (const entry of entries.map((raw) => raw.trim()).filter((raw) => raw !== '')) {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    const isOrigin =
      url !== undefined &&
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.username === '' &&
      url.password === '' &&
      url.pathname === '/' &&
      url.search === '' &&
      url.hash === '';
    if (!url || !isOrigin) {
      throw new Error(
        `${ALLOWED_ORIGINS_VARIABLE} must list origins such as https://meedoen.example.nl, separated by commas; ` +
          `${JSON.stringify(entry.slice(0, 200))} is not one (no path, no wildcard).`,
      );
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

/**
 * The origins of the site the stand-in serves itself: its own URL, and on a loopback or wildcard address the
 * same port under every loopback name (a browser may open http://localhost:4321 or http://127.0.0.1:4321).
 */
export function siteOrigins(url: string, host: string, port: number): string[] {
  const own = new URL(url).origin;
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  const listensOnLoopback = isLoopbackHost(bare) || bare === '0.0.0.0' || bare === '::';
  if (!listensOnLoopback) return [own];
  const loopback = [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
  return [own, ...loopback.filter((origin) => origin !== own)];
}
