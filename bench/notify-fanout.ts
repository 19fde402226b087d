// Notification fan-out benchmark (issue 5): one published update for a project with N confirmed followers
// (default 100,000). Prints how long the publishing transaction takes with the publication event that writes
// one outbox row per follower, and the rate at which the real mail worker (src/lib/notify, over the local
// Supabase stand-in, with nodemailer) hands those mails to a local SMTP sink. See bench/README.md.
//
//   npx tsx bench/notify-fanout.ts                          # 100,000 followers, send 5,000 of their mails
//   npx tsx bench/notify-fanout.ts --followers 10000 --send all
//   npx tsx bench/notify-fanout.ts --workers 4 --json /tmp/fanout.json   # four workers side by side
//
// Performance is measured here, never asserted in timed tests.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createPortalApi } from '../src/lib/api/client.ts';
import { createMailWorker } from '../src/lib/notify/mail-worker.ts';
import { smtpTransport } from '../src/lib/notify/smtp-transport.ts';
import { openDatabase, startLocalSupabase } from '../src/local-supabase/index.ts';

const organisation = 'demodam';
const projectSlug = 'schoolzone-de-regenboog';

interface Options {
  followers: number;
  send: number | 'all';
  batch: number;
  workers: number;
  json?: string | undefined;
}

class UsageError extends Error {}

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max}; got "${raw}".`);
  }
  return value;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      followers: { type: 'string', default: '100000' },
      send: { type: 'string', default: '5000' },
      batch: { type: 'string', default: '100' },
      workers: { type: 'string', default: '1' },
      json: { type: 'string' },
    },
    strict: true,
  });
  const followers = wholeNumber('followers', values.followers, 1, 1_000_000);
  const send = values.send === 'all' ? 'all' : wholeNumber('send', values.send, 1, followers);
  return { followers, send, batch: wholeNumber('batch', values.batch, 1, 500), workers: wholeNumber('workers', values.workers, 1, 16), json: values.json };
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const log = (line: string) => console.log(line);

/** N confirmed followers of the project, set-based; immediate mail, so every one is due at once. */
async function addFollowers(db: PGlite, followers: number): Promise<void> {
  await db.exec(`
    insert into portal.subscribers (organisation_id, email, language)
    select o.id, format('volger-%s@bench.example', n), case when n % 5 = 0 then 'en' else 'nl' end
    from portal.organisations o, generate_series(1, ${followers}) as n
    where o.slug = '${organisation}';
    insert into portal.subscriptions (subscriber_id, project_id, frequency, confirmed_at)
    select s.id, p.id, 'immediate', now()
    from portal.subscribers s
    join portal.projects p on p.organisation_id = s.organisation_id and p.slug = '${projectSlug}'
    where s.email like '%@bench.example';
  `);
}

/**
 * Publishes a new update the way staff_approve does once its checks passed: portal.publish_row, which turns the
 * row 'published' and records the publication event (its version, its ledger entry and the outbox rows of its
 * notice) in that same transaction. The approver is the demo's (supabase/seed.sql). Timed from begin to commit.
 */
async function publishUpdate(db: PGlite): Promise<{ ms: number; enqueued: number }> {
  const draft = await db.query<{ id: string }>(
    `insert into portal.updates (project_id, title, body_md)
     select p.id, 'Benchmark: de werkzaamheden starten', 'De aannemer begint **maandag** met de eerste straat.'
     from portal.projects p where p.slug = $1 returning id`,
    [projectSlug],
  );
  const id = draft.rows[0]?.id;
  if (!id) throw new Error(`No project ${projectSlug} in the demo seed`);
  const started = performance.now();
  await db.transaction(async (tx) => {
    await tx.query(`select portal.publish_row('update', $1, 'de000000-0000-4000-8000-000000000002', 'four_eyes')`, [id]);
  });
  const ms = performance.now() - started;
  const counted = await db.query<{ n: number }>(`select count(*)::int as n from portal.outbox where kind = 'update' and record_id = $1`, [id]);
  return { ms, enqueued: counted.rows[0]?.n ?? 0 };
}

/** A local SMTP sink: accepts and counts every mail, keeps nothing. */
async function startSink(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  log(`Notification fan-out: ${options.followers.toLocaleString('en')} confirmed followers, sending ${options.send === 'all' ? 'all' : options.send.toLocaleString('en')} mails in batches of ${options.batch} with ${options.workers} worker(s).`);
  log('Opening an in-memory PGlite with every migration and the demo seed (not counted)...');
  const db = await openDatabase({ seedFiles: ['supabase/seed.sql'] });
  let local: Awaited<ReturnType<typeof startLocalSupabase>> | undefined;
  let sink: Awaited<ReturnType<typeof startSink>> | undefined;
  try {
    let started = performance.now();
    await addFollowers(db, options.followers);
    log(`Followers added in ${seconds(performance.now() - started)} s (not counted).`);

    const publish = await publishUpdate(db);
    log(`Publish with enqueue: ${seconds(publish.ms)} s for ${publish.enqueued.toLocaleString('en')} outbox rows.`);
    if (publish.enqueued !== options.followers) throw new Error(`Expected ${options.followers} outbox rows, found ${publish.enqueued}.`);

    local = await startLocalSupabase({ db, port: 0, log: () => {} });
    sink = await startSink();
    const target = options.send === 'all' ? publish.enqueued : options.send;
    // Each worker has its own SMTP connection and claims its own batches: claim_mail_batch's SKIP LOCKED keeps
    // them apart, as with several `npm run notify` processes.
    const api = createPortalApi({ url: local.url, anonKey: local.serviceRoleKey });
    const transports = Array.from({ length: options.workers }, () => smtpTransport(sink!.url));
    const workers = transports.map((transport) =>
      createMailWorker({ api, transport, siteUrl: local!.url, apiUrl: local!.url, batchSize: options.batch, log: () => {} }),
    );
    // Progress every 5 s; the workers stop once the sample is sent (each finishes the mail in hand first).
    const received = () => sink?.received() ?? 0;
    const progress = setInterval(() => log(`  ${received().toLocaleString('en')} mails sent after ${seconds(performance.now() - started)} s`), 5_000);
    const watch = setInterval(() => {
      if (received() >= target) for (const worker of workers) worker.stop();
    }, 50);
    started = performance.now();
    await Promise.all(workers.map((worker) => worker.drain()));
    const sendMs = performance.now() - started;
    clearInterval(progress);
    clearInterval(watch);
    for (const transport of transports) transport.close();
    const sent = sink.received();
    const rate = sent / (sendMs / 1000);

    log('');
    log('| Followers | Publish + enqueue | Outbox rows | Workers | Mails sent | Send time | Send rate |');
    log('|---:|---:|---:|---:|---:|---:|---:|');
    log(`| ${options.followers.toLocaleString('en')} | ${seconds(publish.ms)} s | ${publish.enqueued.toLocaleString('en')} | ${options.workers} | ${sent.toLocaleString('en')} | ${seconds(sendMs)} s | ${rate.toFixed(0)} mails/s |`);
    const remaining = publish.enqueued - sent;
    if (remaining > 0) log(`\nAt this rate the remaining ${remaining.toLocaleString('en')} mails take about ${(remaining / rate / 60).toFixed(1)} minutes.`);
    if (options.json) {
      await writeFile(options.json, JSON.stringify({ followers: options.followers, workers: options.workers, publishMs: publish.ms, enqueued: publish.enqueued, sent, sendMs, mailsPerSecond: rate }, null, 2));
    }
  } finally {
    await sink?.close();
    await local?.close();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error instanceof Error ? `Benchmark failed: ${error.message}` : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
