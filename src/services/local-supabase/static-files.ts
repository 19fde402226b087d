import { createReadStream, existsSync, realpathSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

// Astro fingerprints what it writes to /_astro/, so those files never change under the same name.
const IMMUTABLE_PREFIX = '/_astro/';

/**
 * Serves a built static site (Astro's dist/): `/a/` and `/a` find a/index.html (`/a` is redirected to `/a/`
 * so relative links resolve), `/a` also finds a.html; 404s get 404.html when the site has one. Paths that
 * try to leave the directory are refused with 400.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL, staticDir: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Alleen GET en HEAD. / Only GET and HEAD.', { Allow: 'GET, HEAD' });
  }
  const root = resolve(staticDir);
  if (!existsSync(root)) {
    return sendText(res, 503, 'De site wordt nog gebouwd; probeer het zo opnieuw. / The site is still being built; try again shortly.', {
      'Retry-After': '5',
    });
  }
  let pathname: string;
  try {
    // The raw request path, not url.pathname: the URL parser quietly resolves `..`, `%2e%2e` and `\`,
    // and a request that tries them deserves a clear refusal rather than some other file.
    pathname = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  } catch {
    return sendText(res, 400, 'Ongeldig adres. / Malformed URL.');
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) {
    return sendText(res, 400, 'Ongeldig pad. / Invalid path.');
  }
  const relative = posix.normalize(pathname);
  const found = findFile(root, relative);
  if (found === 'redirect') {
    res.writeHead(301, { Location: `${encodeURI(relative)}/${url.search}` });
    return void res.end();
  }
  if (found) return sendFile(req, res, found.path, found.stats, relative.startsWith(IMMUTABLE_PREFIX) ? 'immutable' : 'revalidate', 200);

  const notFound = findFile(root, '/404.html');
  if (notFound && notFound !== 'redirect') return sendFile(req, res, notFound.path, notFound.stats, 'revalidate', 404);
  sendText(res, 404, 'Pagina niet gevonden. / Page not found.');
}

function findFile(root: string, relative: string): { path: string; stats: Stats } | 'redirect' | undefined {
  const candidate = join(root, relative);
  const direct = fileWithin(root, candidate);
  if (direct?.stats.isFile()) return direct;
  if (direct?.stats.isDirectory()) {
    if (!relative.endsWith('/')) return fileWithin(root, join(candidate, 'index.html')) ? 'redirect' : undefined;
    const index = fileWithin(root, join(candidate, 'index.html'));
    return index?.stats.isFile() ? index : undefined;
  }
  if (!relative.endsWith('/')) {
    const html = fileWithin(root, `${candidate}.html`);
    if (html?.stats.isFile()) return html;
  }
  return undefined;
}

/** The file, only when its real path (symbolic links followed) is inside the root. */
function fileWithin(root: string, path: string): { path: string; stats: Stats } | undefined {
  try {
    const real = realpathSync(path);
    const realRoot = realpathSync(root);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return undefined;
    return { path: real, stats: statSync(real) };
  } catch {
    return undefined;
  }
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  stats: Stats,
  caching: 'immutable' | 'revalidate',
  status: number,
): void {
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': caching === 'immutable' ? 'public, max-age=31536000, immutable' : 'no-cache',
    'Last-Modified': stats.mtime.toUTCString(),
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  res.writeHead(status, { ...headers, 'Content-Length': String(stats.size) });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(`${text}\n`, 'utf8');
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
