// `npm run publisher`: incremental publishing in production, next to hosted Supabase. A small always-on worker that
// builds the site once, then keeps it current: the database's deploy hook (portal.deploy_hooks, pg_net) wakes it
// after every commit that changes the public site, it reads from the public ledger which projects changed, re-renders
// only their pages and the pages across projects (a full build when the change is not one project's), and runs
// PUBLISHER_SYNC to copy the site to the static host. It also reads the ledger every PUBLISHER_POLL_SECONDS, so
// that a lost hook (pg_net posts once, without retries) delays a change, never loses it.
//
// It needs only the anon key: what it reads, residents can read. README "Publish within seconds" has the recipe.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createPortalApi } from '../src/lib/api/client.ts';
import { BuildSiteError, projectRoot } from './lib/build-site.ts';
import { startHookServer, HOOK_PATH, type HookServer } from './lib/publisher/hook-server.ts';
import { createLedgerFollower } from './lib/publisher/ledger-changes.ts';
import { createSitePublishing, type SitePublishing } from './lib/site-publishing.ts';

const log = (line: string) => console.log(line);

class ConfigError extends Error {}

interface PublisherConfig {
  supabaseUrl: string;
  anonKey: string;
  organisation: string;
  outDir: string;
  secret: string;
  host: string;
  port: number;
  pollSeconds: number;
  sync: string | undefined;
}

function required(name: string, hint: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new ConfigError(`${name} is not set: ${hint}`);
  return value;
}

function wholeNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  return value;
}

function configFromEnv(): PublisherConfig {
  const secret = required('PUBLISHER_HOOK_SECRET', 'the secret the deploy hook sends (the secret column of portal.deploy_hooks).');
  if (secret.length < 24)
    throw new ConfigError('PUBLISHER_HOOK_SECRET must be at least 24 characters: make one with `openssl rand -hex 32`.');
  required('PUBLIC_SITE_URL', 'the public address of the site (feeds, calendars and the sitemap link to it).');
  return {
    supabaseUrl: required('PUBLIC_SUPABASE_URL', 'the API URL of the Supabase project.'),
    anonKey: required('PUBLIC_SUPABASE_ANON_KEY', "the project's anon (publishable) key."),
    organisation: required('PUBLIC_ORGANISATION', 'the slug of the organisation whose site this publisher builds.'),
    outDir: resolve(projectRoot, process.env['PUBLISHER_OUT_DIR']?.trim() || 'dist'),
    secret,
    host: process.env['PUBLISHER_HOST']?.trim() || '127.0.0.1',
    port: wholeNumber('PUBLISHER_PORT', 8788, 0, 65535),
    pollSeconds: wholeNumber('PUBLISHER_POLL_SECONDS', 60, 5, 86_400),
    sync: process.env['PUBLISHER_SYNC']?.trim() || undefined,
  };
}

/** Runs the sync command with the site's directory in PORTAL_SITE_DIR; resolves false (said in the log) when it fails. */
function runSync(command: string, outDir: string): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn('sh', ['-c', command], { env: { ...process.env, PORTAL_SITE_DIR: outDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split(/\r?\n/)) if (line.trim()) log(`[sync] ${line}`);
      });
    }
    child.on('error', (error) => {
      log(`The sync command could not start: ${error.message}`);
      done(false);
    });
    child.on('close', (code) => {
      log(
        code === 0
          ? 'Synced the site to the static host.'
          : `The sync command failed (exit ${code}); the static host keeps the previous site until the next try.`,
      );
      done(code === 0);
    });
  });
}

let publishing: SitePublishing | undefined;
let hookServer: HookServer | undefined;
let pollTimer: NodeJS.Timeout | undefined;
let stopping = false;

async function main(): Promise<void> {
  const config = configFromEnv();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));
  const { organisation, outDir } = config;
  const api = createPortalApi({ url: config.supabaseUrl, anonKey: config.anonKey });

  // A failed sync is tried again at the next poll, so the static host catches up without a new change.
  let syncOwed = false;
  const sync = async () => {
    if (!config.sync) return;
    syncOwed = !(await runSync(config.sync, outDir));
  };
  const sitePublishing = createSitePublishing({
    connection: () => ({ supabaseUrl: config.supabaseUrl, anonKey: config.anonKey }),
    organisation,
    outDir,
    log,
    afterChange: sync,
  });
  publishing = sitePublishing;
  const follower = createLedgerFollower({ api, organisation, projectSlugs: () => sitePublishing.projectSlugs() });

  // One look at a time: a hook and the poll never read the same entries twice over.
  let looking: Promise<void> = Promise.resolve();
  let hookOwed = false;
  let lastChange: string | null = null;
  const look = (afterHook: boolean) => {
    looking = looking.then(async () => {
      const asHook = afterHook || hookOwed;
      try {
        const changes = asHook ? await follower.changesAfterHook() : await follower.changesInLedger();
        hookOwed = false;
        for (const change of changes) sitePublishing.rebuilder.notify(change);
        if (changes.length > 0) lastChange = new Date().toISOString();
        if (changes.length === 0 && syncOwed) await sync();
      } catch (error) {
        // The API did not answer: nothing was taken from the ledger, so the next poll finds the same entries.
        hookOwed ||= asHook;
        log(`Could not read what changed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };

  log(`Publishing the site of ${organisation} from ${config.supabaseUrl} into ${outDir}`);
  // Before the first build reads anything: every change after this point is looked at after it.
  await follower.mark();
  hookServer = await startHookServer({
    organisation,
    secret: config.secret,
    host: config.host,
    port: config.port,
    onHook: () => look(true),
    status: () => ({ organisation, last_change: lastChange }),
  });
  log(`Deploy hook listening on ${hookServer.url}${HOOK_PATH}`);
  // The build syncs the site when it is done (afterChange).
  await sitePublishing.rebuilder.buildNow();
  log('The site is built.');
  pollTimer = setInterval(() => look(false), config.pollSeconds * 1000);
  await sitePublishing.startIncremental();
}

async function stop(signal: string): Promise<void> {
  if (stopping) process.exit(1);
  stopping = true;
  log(`\n${signal}: stopping the publisher...`);
  clearInterval(pollTimer);
  await hookServer?.close();
  await publishing?.stop();
  log('Stopped.');
  process.exit(0);
}

main().catch(async (error: unknown) => {
  if (stopping) return;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nThe publisher could not start: ${message}`);
  if (!(error instanceof ConfigError) && !(error instanceof BuildSiteError) && error instanceof Error && process.env['PORTAL_DEBUG'])
    console.error(error.stack);
  clearInterval(pollTimer);
  await hookServer?.close().catch(() => {});
  await publishing?.stop().catch(() => {});
  process.exit(1);
});
