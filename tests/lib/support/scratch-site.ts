import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, projectRoot } from '../../../scripts/lib/build-site.ts';
import type { LocalSupabase } from '../../../src/services/local-supabase/index.ts';

export interface ScratchSite {
  /** The built site. */
  outDir: string;
  /** The file a path is written to in a directory-format build. */
  fileFor(path: string): string;
  read(path: string): Promise<string>;
  /** Removes the folder and puts PUBLIC_SITE_URL back as it was. */
  remove(): Promise<void>;
}

/**
 * Builds an organisation's site from a running stand-in into a scratch folder under .data/ (inside the project,
 * as buildSite needs), with PUBLIC_SITE_URL set to `site`: buildSite hands its own environment to astro build,
 * and astro.config.mjs reads the site's origin from it.
 */
export async function buildScratchSite(options: {
  local: LocalSupabase;
  organisation: string;
  site: string;
  /** Starts the scratch folder's name, to tell which test left it behind. */
  name: string;
  log?: (line: string) => void;
}): Promise<ScratchSite> {
  await mkdir(join(projectRoot, '.data'), { recursive: true });
  const scratch = await mkdtemp(join(projectRoot, '.data', `${options.name}-`));
  const outDir = join(scratch, 'site');
  const previousSite = process.env['PUBLIC_SITE_URL'];
  const remove = async () => {
    if (previousSite === undefined) delete process.env['PUBLIC_SITE_URL'];
    else process.env['PUBLIC_SITE_URL'] = previousSite;
    await rm(scratch, { recursive: true, force: true });
  };
  process.env['PUBLIC_SITE_URL'] = options.site;
  try {
    const { local, organisation, log } = options;
    await buildSite({ supabaseUrl: local.url, anonKey: local.anonKey, organisation, outDir, ...(log ? { log } : {}) });
  } catch (error) {
    await remove();
    throw error;
  }
  const fileFor = (path: string) => join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  return { outDir, fileFor, read: (path) => readFile(fileFor(path), 'utf8'), remove };
}
