// `npm start`: the embedded portal on one origin. Opens (on the first run: creates and migrates) the PGlite
// database in .data/db, serves the local Supabase stand-in and the site from dist/ on PORT (default 4321), starts
// the mail worker, builds the site against that API, then prints what `supabase status` would. After that it
// rebuilds the site whenever staff change what residents see (scripts/lib/site-rebuilder.ts).
// Demo data only when asked: `npm run demo` (or `npm start -- --demo`, or PORTAL_DEMO=1) creates the database with
// the Demodam demo; without it a new database is empty (create the organisation with `npm run setup`), and a
// database that holds the demo is refused (scripts/lib/demo-data.ts).
// Mail: SMTP_URL sends through that server (MAIL_FROM is the sender). Without it a local SMTP catcher keeps every
// mail under .data/mail (the sibling `mail` of the data directory) and prints a summary; nothing is delivered.
// The mail worker runs in this process every 2 seconds.
// Every committed write is on disk when the API answers: after a crash or kill -9 the next start opens the
// database (Postgres recovers it) with every acknowledged write; Ctrl-C closes it cleanly.
// Keys are signed with the data directory's own random secret (<data dir>.jwt-secret) unless JWT_SECRET is set. HOST
// beyond loopback is refused while a demo login works or the secret is Supabase's public one (the stand-in checks).
import { dirname, join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Transporter } from 'nodemailer';
import { createPortalApi } from '../src/lib/api/client.ts';
import { dailyHousekeeping } from '../src/services/notify/housekeeping.ts';
import { openMailJournal, type MailJournal } from '../src/services/notify/mail-journal.ts';
import { createMailWorker, errorText, type MailWorker } from '../src/services/notify/mail-worker.ts';
import { smtpTransport } from '../src/services/notify/smtp-transport.ts';
import { startMailCatcher, type MailCatcher } from '../src/services/local-mail/index.ts';
import { displayPath, openDatabase, startLocalSupabase, type LocalSupabase } from '../src/services/local-supabase/index.ts';
import { allowedOriginsFromEnv } from '../src/services/local-supabase/allowed-origins.ts';
import { chooseJwtSecret } from '../src/services/local-supabase/jwt-secret-file.ts';
import { BuildSiteError, projectRoot } from './lib/build-site.ts';
import { dataDirFromEnv } from './lib/data-dir.ts';
import { DEMO_REFUSAL, demoRequested, holdsDemoData } from './lib/demo-data.ts';
import { chooseOrganisation } from './lib/organisation-choice.ts';
import { createSitePublishing, type SitePublishing } from './lib/site-publishing.ts';

// PORTAL_DATA_DIR lets a second checkout or a test run keep its own database.
const DATA_DIR = dataDirFromEnv();
const DEMO = demoRequested();
// PORTAL_DIST_DIR lets the browser tests build and serve their own site without touching the developer's dist/.
const DIST_DIR = resolve(projectRoot, process.env['PORTAL_DIST_DIR']?.trim() || 'dist');
// Caught mail lives next to the database: .data/mail by default, .data/e2e-<port>/mail for the browser tests.
const MAIL_DIR = join(dirname(DATA_DIR), 'mail');
// The in-process mail worker's journal of accepted mails (src/services/notify/mail-journal.ts), next to the database.
const MAIL_JOURNAL = join(dirname(DATA_DIR), 'mail-journal', 'start.jsonl');
const MAIL_INTERVAL_MS = 2000;
const log = (line: string) => console.log(line);

function portFromEnv(): number {
  const raw = process.env['PORT'] ?? '4321';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a port number (1-65535), not "${raw}".`);
  }
  return port;
}

let database: PGlite | undefined;
let local: LocalSupabase | undefined;
let publishing: SitePublishing | undefined;
let catcher: MailCatcher | undefined;
let mailLoop: MailLoop | undefined;
let stopping = false;

interface MailLoop {
  /** Finishes the mail being sent, then stops. */
  stop(): Promise<void>;
}

/**
 * The mail worker every 2 s, one run at a time, each run followed by the housekeeping (dailyHousekeeping: at
 * most once a day); an error is printed once until it changes, then retried.
 */
function startMailLoop(worker: MailWorker, transport: Transporter, housekeeping: () => Promise<void>, journal: MailJournal): MailLoop {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastError = '';
  let stopped = false;
  const run = () => {
    running = worker
      .drain()
      .then(housekeeping)
      .then(
        () => {
          lastError = '';
        },
        (error: unknown) => {
          const message = `Mail worker: ${errorText(error)}`;
          if (message !== lastError) console.error(message);
          lastError = message;
        },
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(run, MAIL_INTERVAL_MS);
      });
  };
  run();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      worker.stop();
      await running;
      transport.close();
      journal.close();
    },
  };
}

async function stop(signal: string): Promise<void> {
  if (stopping) {
    console.error('Stopping without waiting: the database may not have been flushed.');
    process.exit(1);
  }
  stopping = true;
  log(`\n${signal}: closing the database...`);
  try {
    await publishing?.stop();
    await mailLoop?.stop();
    await catcher?.close();
    await local?.close();
    await database?.close();
  } catch (error) {
    // Said plainly rather than as an unhandled rejection: the next start recovers from the write-ahead log.
    console.error(`Stopping failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  log('Stopped.');
  process.exit(0);
}

async function main(): Promise<void> {
  const port = portFromEnv();
  // 'localhost' listens on 127.0.0.1 and ::1, so http://localhost works whichever the browser picks.
  const host = process.env['HOST']?.trim() || 'localhost';
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));

  // A new database gets the demo only when it was asked for; an existing one is never seeded again.
  const db = await openDatabase({ dataDir: DATA_DIR, seedFiles: DEMO ? ['supabase/seed.sql'] : [], log });
  database = db;
  if (!DEMO && (await holdsDemoData(db))) throw new StartRefusal(DEMO_REFUSAL);
  const organisation = await chooseOrganisation(db, process.env['PUBLIC_ORGANISATION']?.trim() || undefined, DEMO);

  // Every build, the first and each rebuild, reads the site's data through this server's own API.
  const sitePublishing = createSitePublishing({
    connection: () => {
      if (!local) throw new Error('The API is not running.');
      return { supabaseUrl: local.url, anonKey: local.anonKey };
    },
    organisation,
    outDir: DIST_DIR,
    log,
  });
  publishing = sitePublishing;
  const siteRebuilder = sitePublishing.rebuilder;
  const { secret: jwtSecret, file: jwtSecretFile } = chooseJwtSecret({ dataDir: DATA_DIR, log });
  // Behind a reverse proxy the site's pages come from PUBLIC_SITE_URL, so that origin calls the API too.
  const siteUrl = process.env['PUBLIC_SITE_URL']?.trim();
  local = await startLocalSupabase({
    db,
    jwtSecret,
    allowedOrigins: [...allowedOriginsFromEnv(), ...(siteUrl ? [new URL(siteUrl).origin] : [])],
    port,
    host,
    staticDir: DIST_DIR,
    log,
    // A change during the first build is not lost: the rebuilder builds once more after it.
    onSiteChanged: (changed) => siteRebuilder.notify(changed),
  });
  // Feeds, calendars and the sitemap need the site's absolute address; here that is this server's own.
  process.env['PUBLIC_SITE_URL'] ||= local.url;
  log(`API listening on ${local.url}`);

  // Mail before the site: what residents and staff do while the site builds is mailed already.
  const smtpUrl = process.env['SMTP_URL']?.trim();
  let mailTarget: string;
  let transport: Transporter;
  if (smtpUrl) {
    transport = smtpTransport(smtpUrl);
    mailTarget = `${new URL(smtpUrl).host} (SMTP_URL)`;
  } else {
    const mailCatcher = await startMailCatcher({ dir: MAIL_DIR, log });
    catcher = mailCatcher;
    transport = smtpTransport(mailCatcher.url);
    mailTarget = `${mailCatcher.url} (a mail catcher: every mail is kept in ${displayPath(MAIL_DIR)}; none is delivered)`;
  }
  const mailApi = createPortalApi({ url: local.url, anonKey: local.serviceRoleKey });
  const journal = openMailJournal(MAIL_JOURNAL);
  const worker = createMailWorker({
    api: mailApi,
    transport,
    journal,
    siteUrl: process.env['PUBLIC_SITE_URL'] || local.url,
    apiUrl: local.url,
    from: process.env['MAIL_FROM'],
    // Short: a mail claimed when `npm start` was stopped goes out soon after the next start.
    leaseSeconds: 30,
    log,
  });
  mailLoop = startMailLoop(worker, transport, dailyHousekeeping(mailApi, log), journal);
  log('Mail worker running; building the site...');

  await siteRebuilder.buildNow();
  printStatus(local, organisation, mailTarget, jwtSecretFile);

  // After the site is up: the renderer's bundle takes about as long as a build of a small site, once per start.
  await sitePublishing.startIncremental();
}

/** A reason not to start that needs no stack trace: the message says what to do. */
class StartRefusal extends Error {}

function printStatus(
  { url, anonKey, serviceRoleKey, jwtSecret }: LocalSupabase,
  organisation: string,
  mailTarget: string,
  jwtSecretFile: string | undefined,
): void {
  const rows: [string, string][] = [
    ['Site URL', `${url}/`],
    ['API URL', url],
    ['anon key', anonKey],
    ['service_role key', serviceRoleKey],
    ['JWT secret', `${jwtSecret} (${jwtSecretFile ? `kept in ${displayPath(jwtSecretFile)}` : 'from JWT_SECRET'})`],
    ['Organisation', organisation],
    ['Database', `${displayPath(DATA_DIR)} (PGlite; back up with npm run db:backup)`],
    ['Mail', mailTarget],
    ...(DEMO ? [['Demo staff logins', 'see README.md, and the header of supabase/seed.sql'] as [string, string]] : []),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  log(`\nThe participation portal is running${DEMO ? ' with the demo data' : ''} (local Supabase stand-in).\n`);
  for (const [label, value] of rows) log(`${label.padStart(width)}: ${value}`);
  log(`\nThe site is rebuilt a few seconds after staff publish a change for ${organisation}.`);
  log(
    catcher
      ? 'Mail is sent every 2 seconds to the mail catcher; each caught mail is printed here with its links.'
      : 'Mail is sent every 2 seconds.',
  );
  log('\nPress Ctrl-C to stop.');
}

main().catch(async (error: unknown) => {
  // A stop signal during startup (systemd signals the whole group, so the first site build dies with it) makes
  // main() fail too; stop() is already closing everything and ends with exit 0, as a requested stop should.
  if (stopping) return;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nCould not start: ${message}`);
  if (!(error instanceof BuildSiteError) && !(error instanceof StartRefusal) && process.env['PORTAL_DEBUG'] && error instanceof Error) {
    console.error(error.stack);
  }
  await publishing?.stop().catch(() => {});
  await mailLoop?.stop().catch(() => {});
  await catcher?.close().catch(() => {});
  await local?.close().catch(() => {});
  await database?.close().catch(() => {});
  process.exit(1);
});
