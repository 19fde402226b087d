import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PageCssCache, type ReadAsset } from '../page-css/inline-page-css.ts';
import { finishPage } from './finish-page.ts';

// After a static build: every page finished (finish-page.ts), file by file, a few at a time. The server build of
// the incremental renderer does the same per page as it renders (src/renderer/server-entry.mjs).

/** Reads a file of a built site by its address, or null when there is none. */
export function assetReader(dir: string): ReadAsset {
  return (path) => readFile(join(dir, decodeURIComponent(path)), 'utf8').catch(() => null);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** Finishes every page of a built site; answers how many pages changed. */
export async function finishSite(dir: string): Promise<number> {
  const cache = new PageCssCache(assetReader(dir));
  const files = await htmlFiles(dir);
  let changed = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      const html = await readFile(file, 'utf8');
      const finished = await finishPage(html, cache);
      if (finished !== html) {
        await writeFile(file, finished);
        changed++;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return changed;
}

export default function finishPages(): AstroIntegration {
  return {
    name: 'portal-finish-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const changed = await finishSite(fileURLToPath(dir));
        logger.info(
          `${changed} pages finished (CSS inline, blank space between blocks out) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
