import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { SiteReader } from './verify-site.ts';

// Where verify-ledger reads a site from: a built folder (dist/) or a live address. Paths are the site's own
// (/open-data/ledger.json, /projecten/x/); a path ending in / is its index.html, as a static host serves it.

/** Reads files of a built site from a folder. */
export function folderReader(folder: string): SiteReader {
  const root = resolve(folder);
  return async (path) => {
    const file = resolve(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + sep)) throw new Error(`${path} is outside ${folder}`);
    return readFile(file, 'utf8');
  };
}

/** Reads files of a site over HTTP(S). */
export function urlReader(base: string, timeoutMs = 30_000): SiteReader {
  const origin = new URL(base);
  return async (path) => {
    const url = new URL(path, origin);
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
    return response.text();
  };
}
