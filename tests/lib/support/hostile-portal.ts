import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, projectRoot } from '../../../scripts/lib/build-site.ts';
import { createPortalApi, type PortalApi } from '../../../src/lib/api/index.ts';
import { startLocalSupabase, type LocalSupabase } from '../../../src/services/local-supabase/index.ts';

/** The organisation of tests/fixtures/hostile-seed.sql whose every text field is hostile. */
export const HOSTILE_ORG = 'testdam';

export interface HostilePortal {
  local: LocalSupabase;
  api: PortalApi;
  /** The built site. */
  outDir: string;
  close(): Promise<void>;
}

/**
 * The whole path with real parts: PGlite with the migrations and the hostile fixture, the stand-in's HTTP API,
 * supabase-js in the content loader, astro build into a scratch folder under .data/ (inside the project, as
 * buildSite needs). `close()` stops the API and removes the folder.
 */
export async function buildHostilePortal(name: string): Promise<HostilePortal> {
  const local = await startLocalSupabase({ seedFiles: ['tests/fixtures/hostile-seed.sql'], port: 0, log: () => undefined });
  await mkdir(join(projectRoot, '.data'), { recursive: true });
  const scratch = await mkdtemp(join(projectRoot, '.data', `${name}-`));
  const close = async () => {
    await local.close();
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    const outDir = join(scratch, 'site');
    await buildSite({ supabaseUrl: local.url, anonKey: local.anonKey, organisation: HOSTILE_ORG, outDir });
    return { local, api: createPortalApi({ url: local.url, anonKey: local.anonKey }), outDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
