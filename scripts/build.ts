// `npm run build`: builds the static site into dist/.
//  - With PUBLIC_SUPABASE_URL set, from that Supabase API (PUBLIC_SUPABASE_ANON_KEY required).
//  - Without it, from the embedded database in .data/db, served for the duration of the build by the local
//    Supabase stand-in, so the build reads through the same HTTP API and client as against hosted Supabase.
// Exits non-zero with a plain message when the build fails; the previous dist/ (if any) is left untouched.
import { join } from 'node:path';
import { startLocalSupabase } from '../src/services/local-supabase/index.ts';
import { buildSite, BuildSiteError, projectRoot } from './lib/build-site.ts';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const supabaseUrl = process.env['PUBLIC_SUPABASE_URL']?.trim();
  const organisation = process.env['PUBLIC_ORGANISATION']?.trim() || undefined;
  if (supabaseUrl) {
    const anonKey = process.env['PUBLIC_SUPABASE_ANON_KEY']?.trim();
    if (!anonKey) {
      throw new BuildSiteError('PUBLIC_SUPABASE_URL is set but PUBLIC_SUPABASE_ANON_KEY is not: the build needs the anon key of that API.');
    }
    await buildSite({ supabaseUrl, anonKey, organisation, log });
    return;
  }
  log('PUBLIC_SUPABASE_URL is not set: building from the embedded database in .data/db.');
  const local = await startLocalSupabase({ dataDir: join(projectRoot, '.data', 'db'), port: 0, log });
  try {
    await buildSite({ supabaseUrl: local.url, anonKey: local.anonKey, organisation, log });
  } finally {
    await local.close();
  }
}

main().then(
  () => log('Build complete: the site is in dist/.'),
  (error: unknown) => {
    // Expected failures explain themselves; a stack trace only helps with the unexpected ones, on request.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nBuild failed: ${message}`);
    if (!(error instanceof BuildSiteError) && process.env['PORTAL_DEBUG'] && error instanceof Error) {
      console.error(error.stack);
    }
    process.exitCode = 1;
  },
);
