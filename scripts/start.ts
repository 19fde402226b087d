// `npm start`: the embedded default on one origin. Opens (on the first run: creates, migrates and seeds)
// the PGlite database in .data/db, serves the local Supabase stand-in and the site from dist/ on PORT
// (default 4321), builds the site against that API, then prints what `supabase status` would. After that it
// rebuilds the site whenever staff change what residents see (scripts/lib/site-rebuilder.ts).
// Ctrl-C closes the database cleanly; PGlite only flushes to disk on close.
import { join, resolve } from 'node:path';
import { displayPath, startLocalSupabase, type LocalSupabase } from '../src/local-supabase/index.ts';
import { buildSite, BuildSiteError, projectRoot } from './lib/build-site.ts';
import { createSiteRebuilder, type SiteRebuilder } from './lib/site-rebuilder.ts';

// PORTAL_DATA_DIR lets a second checkout or a test run keep its own database.
const DATA_DIR = resolve(projectRoot, process.env['PORTAL_DATA_DIR']?.trim() || join('.data', 'db'));
// PORTAL_DIST_DIR lets the browser tests build and serve their own site without touching the developer's dist/.
const DIST_DIR = resolve(projectRoot, process.env['PORTAL_DIST_DIR']?.trim() || 'dist');
// The organisation whose portal is built, as scripts/build.ts and the site itself read it.
const ORGANISATION = process.env['PUBLIC_ORGANISATION']?.trim() || 'demodam';
const log = (line: string) => console.log(line);

function portFromEnv(): number {
  const raw = process.env['PORT'] ?? '4321';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a port number (1-65535), not "${raw}".`);
  }
  return port;
}

let local: LocalSupabase | undefined;
let rebuilder: SiteRebuilder | undefined;
let stopping = false;

async function stop(signal: string): Promise<void> {
  if (stopping) {
    console.error('Stopping without waiting: the database may not have been flushed.');
    process.exit(1);
  }
  stopping = true;
  log(`\n${signal}: closing the database...`);
  rebuilder?.stop();
  await local?.close();
  log('Stopped.');
  process.exit(0);
}

async function main(): Promise<void> {
  const port = portFromEnv();
  // 'localhost' listens on 127.0.0.1 and ::1, so http://localhost works whichever the browser picks.
  const host = process.env['HOST']?.trim() || 'localhost';
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));

  // Every build, the first and each rebuild, reads the site's data through this server's own API.
  const build = (signal: AbortSignal): Promise<void> => {
    if (!local) return Promise.reject(new Error('The API is not running.'));
    return buildSite({ supabaseUrl: local.url, anonKey: local.anonKey, organisation: ORGANISATION, outDir: DIST_DIR, log, signal });
  };
  const siteRebuilder = createSiteRebuilder({ organisation: ORGANISATION, build, log });
  rebuilder = siteRebuilder;
  local = await startLocalSupabase({
    dataDir: DATA_DIR,
    seedFiles: ['supabase/seed.sql'],
    port,
    host,
    staticDir: DIST_DIR,
    log,
    // A change during the first build is not lost: the rebuilder builds once more after it.
    onSiteChanged: (organisation) => siteRebuilder.notify(organisation),
  });
  // Feeds, calendars and the sitemap need the site's absolute address; here that is this server's own.
  process.env['PUBLIC_SITE_URL'] ||= local.url;
  log(`API listening on ${local.url}; building the site against it...`);
  await siteRebuilder.buildNow();
  printStatus(local);
}

function printStatus({ url, anonKey, serviceRoleKey, jwtSecret }: LocalSupabase): void {
  const rows: [string, string][] = [
    ['Site URL', `${url}/`],
    ['API URL', url],
    ['anon key', anonKey],
    ['service_role key', serviceRoleKey],
    ['JWT secret', jwtSecret],
    ['Database', `${displayPath(DATA_DIR)} (PGlite; start afresh with npm run db:reset)`],
    ['Demo staff logins', 'see README.md, and the header of supabase/seed.sql'],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  log('\nThe participation portal is running (local Supabase stand-in, not for production).\n');
  for (const [label, value] of rows) log(`${label.padStart(width)}: ${value}`);
  log(`\nThe site is rebuilt a few seconds after staff publish a change for ${ORGANISATION}.`);
  log('\nPress Ctrl-C to stop.');
}

main().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nCould not start: ${message}`);
  if (!(error instanceof BuildSiteError) && process.env['PORTAL_DEBUG'] && error instanceof Error) {
    console.error(error.stack);
  }
  rebuilder?.stop();
  await local?.close().catch(() => {});
  process.exit(1);
});
