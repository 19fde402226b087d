import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlinePageCss, PageCssCache, type ReadAsset } from './inline-page-css.ts';

// After a static build: every page's CSS inlined (inline-page-css.ts), file by file, a few at a time. The server
// build of the incremental renderer does the same per page as it renders (src/renderer/server-entry.mjs).

/** Reads a file of a built site by its address, or null when there is none. */
export function assetReader(dir: string): ReadAsset {
  return (path) => readFile(join(dir, decodeURIComponent(path)), 'utf8').catch(() => null);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** Inlines the CSS of every page in a built site; answers how many pages changed. */
export async function inlineSiteCss(dir: string): Promise<number> {
  const cache = new PageCssCache(assetReader(dir));
  const files = await htmlFiles(dir);
  let changed = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      const html = await readFile(file, 'utf8');
      const inlined = await inlinePageCss(html, cache);
      if (inlined !== html) {
        await writeFile(file, inlined);
        changed++;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return changed;
}

export default function pageCss(): AstroIntegration {
  return {
    name: 'portal-page-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const changed = await inlineSiteCss(fileURLToPath(dir));
        logger.info(`CSS inlined in ${changed} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
