// Notification benchmark, this tree against a baseline ("main's way": by default 5b8cac7, the last commit
// that wrote one outbox row per follower inside the publishing transaction and reported each mail on its own).
// Both sides get the same data: the demo seed and N confirmed followers of one project, on a fresh database each,
// in the same run, interleaved (the order of the sides flips each round). Each side runs its own migrations, its own
// local Supabase stand-in and its own `npm run notify` worker processes, which send to an SMTP sink in its own
// process. Printed per engine (the embedded PGlite default, and a Postgres 15 server when --postgres is given):
//   publish      the publishing transaction of one update, with no followers and with N (the difference is what
//                the followers cost the approver)
//   fan-out      the worker's fan-out of the notice into N mails (this tree; the baseline does it in the publish)
//   send rate    mails a second the SMTP sink accepted with --workers workers: over the whole sample (from its first
//                to its last mail), and steady (from the mail at 10% of the sample on, once every worker process
//                has started: four processes compiling at once on two cores slow the first seconds)
// and the ratios of the two sides. Performance is measured here, never asserted in timed tests. See bench/README.md.
//
//   npx tsx bench/notify-fanout.ts                                            # embedded, 100,000 followers
//   npx tsx bench/notify-fanout.ts --postgres postgresql://postgres:pw@127.0.0.1:55432/postgres
//   npx tsx bench/notify-fanout.ts --followers 10000 --send 2000 --rounds 2 --baseline main --json /tmp/fanout.json
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { createClient } from '@supabase/supabase-js';
import { projectRoot } from '../src/services/local-supabase/project-root.ts';
import { startSinkProcess } from '../tests/notify/sink-process.ts';
import { checkOutBaseline } from './baseline-tree.ts';
import { createServerDatabase } from './postgres-server.ts';

const ORGANISATION = 'demodam';
const PROJECT = 'schoolzone-de-regenboog';
const APPROVER = 'de000000-0000-4000-8000-000000000002';

class UsageError extends Error {}

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min || value > max)
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max}; got "${raw}".`);
  return value;
}

function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      followers: { type: 'string', default: '100000' },
      send: { type: 'string', default: '20000' },
      workers: { type: 'string', default: '4' },
      batch: { type: 'string', default: '200' },
      rounds: { type: 'string', default: '1' },
      baseline: { type: 'string', default: '5b8cac7' },
      postgres: { type: 'string' },
      'no-embedded': { type: 'boolean', default: false },
      json: { type: 'string' },
    },
    strict: true,
  });
  const followers = wholeNumber('followers', values.followers, 1, 1_000_000);
  return {
    followers,
    send: wholeNumber('send', values.send, 1, followers),
    workers: wholeNumber('workers', values.workers, 1, 16),
    batch: wholeNumber('batch', values.batch, 1, 1000),
    rounds: wholeNumber('rounds', values.rounds, 1, 10),
    baseline: values.baseline,
    postgres: values.postgres,
    embedded: !values['no-embedded'],
    json: values.json,
  };
}
type Options = ReturnType<typeof readOptions>;

interface Side {
  name: 'baseline' | 'this tree';
  label: string;
  dir: string;
}

interface Measurement {
  side: Side['name'];
  engine: 'embedded' | 'postgres';
  round: number;
  publishEmptyMs: number;
  publishMs: number;
  /** Outbox rows the publishing transaction wrote. */
  rowsInPublish: number;
  /** null for the baseline, which fans out inside the publish. */
  fanOutMs: number | null;
  sent: number;
  mailsPerSecond: number;
  /** From the mail at 10% of the sample to the last. */
  steadyMailsPerSecond: number;
}

const log = (line: string) => console.log(line);
const ms = (value: number) => `${value.toFixed(0)} ms`;

interface Database {
  db: PGlite;
  exec(sql: string): Promise<void>;
  count(sql: string): Promise<number>;
  close(): Promise<void>;
}

/** A side's own stand-in module (its openDatabase reads that side's migrations). */
function standInOf(side: Side): Promise<typeof import('../src/services/local-supabase/index.ts')> {
  return import(pathToFileURL(join(side.dir, 'src', 'local-supabase', 'index.ts')).href);
}

async function openSideDatabase(side: Side, engine: Measurement['engine'], options: Options, round: number): Promise<Database> {
  if (engine === 'postgres') {
    const server = await createServerDatabase(
      options.postgres!,
      `bench_${side.name === 'baseline' ? 'base' : 'tree'}_${round}_${process.pid}`,
      side.dir,
      ['supabase/seed.sql'],
    );
    return {
      db: server.db,
      exec: server.exec,
      count: async (sql) => Number((await server.query<{ n: number }>(sql))[0]?.n ?? 0),
      close: () => server.drop(),
    };
  }
  const module = await standInOf(side);
  const db = await module.openDatabase({ seedFiles: ['supabase/seed.sql'] });
  return {
    db,
    exec: async (sql) => void (await db.exec(sql)),
    count: async (sql) => Number((await db.query<{ n: number }>(sql)).rows[0]?.n ?? 0),
    close: () => db.close(),
  };
}

/** One update published as staff_approve does once its checks passed (portal.publish_row); timed begin to commit. */
async function publish(database: Database, title: string): Promise<number> {
  const started = performance.now();
  await database.db.transaction(async (tx) => {
    const draft = await tx.query<{ id: string }>(
      `insert into portal.updates (project_id, title, body_md)
       select p.id, $2, 'De aannemer begint **maandag** met de eerste straat.' from portal.projects p where p.slug = $1 returning id`,
      [PROJECT, title],
    );
    await tx.query(`select portal.publish_row('update', $1, $2, 'four_eyes')`, [draft.rows[0]!.id, APPROVER]);
  });
  return performance.now() - started;
}

function startWorkers(side: Side, count: number, env: NodeJS.ProcessEnv, batch: number, journalDir: string): ChildProcess[] {
  return Array.from({ length: count }, (_, index) => {
    // The baseline's worker has no journal and claims 25 at a time by default; this tree's gets one each.
    const args = side.name === 'this tree' ? ['--batch-size', String(batch), '--journal', join(journalDir, `worker-${index}.jsonl`)] : [];
    const child = spawn(process.execPath, ['--import', 'tsx', join(side.dir, 'scripts', 'notify.ts'), '--interval', '1', ...args], {
      cwd: side.dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
    return child;
  });
}

async function measure(side: Side, engine: Measurement['engine'], options: Options, round: number): Promise<Measurement> {
  log(`\n[${engine}, round ${round}] ${side.name} (${side.label})`);
  const database = await openSideDatabase(side, engine, options, round);
  const journalDir = mkdtempSync(join(tmpdir(), 'bench-journal-'));
  const workers: ChildProcess[] = [];
  let standIn: { url: string; serviceRoleKey: string; close: () => Promise<void> } | undefined;
  const sink = await startSinkProcess();
  try {
    // The first publish of a fresh database plans every statement of the path; not counted.
    await publish(database, 'Benchmark: opwarmen');
    const publishEmptyMs = await publish(database, 'Benchmark: nieuws zonder volgers');
    let started = performance.now();
    await database.exec(`
      insert into portal.subscribers (organisation_id, email, language)
      select o.id, format('volger-%s@bench.example', n), case when n % 5 = 0 then 'en' else 'nl' end
      from portal.organisations o, generate_series(1, ${options.followers}) as n where o.slug = '${ORGANISATION}';
      insert into portal.subscriptions (subscriber_id, project_id, frequency, confirmed_at)
      select s.id, p.id, 'immediate', now()
      from portal.subscribers s join portal.projects p on p.organisation_id = s.organisation_id and p.slug = '${PROJECT}'
      where s.email like '%@bench.example';
      analyze;`);
    log(`  ${options.followers.toLocaleString('en')} followers added in ${ms(performance.now() - started)} (not counted)`);
    const publishMs = await publish(database, 'Benchmark: de werkzaamheden starten');
    const rowsInPublish = await database.count(`select count(*)::int as n from portal.outbox where kind = 'update'`);
    log(
      `  publish: ${ms(publishEmptyMs)} without followers, ${ms(publishMs)} with them (${rowsInPublish.toLocaleString('en')} outbox rows in the transaction)`,
    );

    const module = await standInOf(side);
    standIn = await module.startLocalSupabase({ db: database.db, port: 0, log: () => undefined });

    let fanOutMs: number | null = null;
    if (side.name === 'this tree') {
      // The fan-out as a worker does it before its first claim: fan_out_notices over the API until no notice waits.
      const service = createClient(standIn.url, standIn.serviceRoleKey, { auth: { persistSession: false, autoRefreshToken: false } });
      started = performance.now();
      for (;;) {
        const { data, error } = await service.rpc('fan_out_notices', { input: { limit: 10_000 } });
        if (error) throw new Error(`fan_out_notices: ${error.message}`);
        if ((data as { notice_id: number | null }).notice_id === null) break;
      }
      fanOutMs = performance.now() - started;
      const rows = await database.count(`select count(*)::int as n from portal.outbox where kind = 'update'`);
      log(`  fan-out: ${ms(fanOutMs)} for ${rows.toLocaleString('en')} outbox rows`);
      if (rows !== options.followers) throw new Error(`Expected ${options.followers} rows after the fan-out, found ${rows}`);
    } else if (rowsInPublish !== options.followers) {
      throw new Error(`Expected ${options.followers} rows from the baseline's publish, found ${rowsInPublish}`);
    }

    const env = {
      ...process.env,
      SUPABASE_URL: standIn.url,
      SUPABASE_SERVICE_ROLE_KEY: standIn.serviceRoleKey,
      SMTP_URL: sink.url,
      PUBLIC_SITE_URL: 'https://meedoen.demodam.example',
      MAIL_FROM: 'Gemeente Demodam <noreply@demodam.example>',
    };
    workers.push(...startWorkers(side, options.workers, env, options.batch, journalDir));
    const deadline = Date.now() + 60_000 + options.send * 100;
    let lastReport = Date.now();
    for (;;) {
      const stats = await sink.stats();
      if (stats.received >= options.send) break;
      if (Date.now() > deadline) throw new Error(`Timed out after ${stats.received} of ${options.send} mails`);
      if (Date.now() - lastReport > 5_000) {
        log(`  ${stats.received.toLocaleString('en')} mails sent...`);
        lastReport = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const stats = await sink.stats();
    const seconds = ((stats.lastAt ?? 0) - (stats.firstAt ?? 0)) / 1000;
    const mailsPerSecond = seconds > 0 ? (stats.received - 1) / seconds : 0;
    const from = Math.max(1, Math.floor(options.send / 10));
    const steadySeconds = ((stats.lastAt ?? 0) - ((await sink.timeOf(from)) ?? 0)) / 1000;
    const steadyMailsPerSecond = steadySeconds > 0 ? (stats.received - from) / steadySeconds : 0;
    log(
      `  send: ${stats.received.toLocaleString('en')} mails at ${mailsPerSecond.toFixed(0)} mails/s (steady, from mail ${from.toLocaleString('en')}: ${steadyMailsPerSecond.toFixed(0)} mails/s) with ${options.workers} workers`,
    );
    return {
      side: side.name,
      engine,
      round,
      publishEmptyMs,
      publishMs,
      rowsInPublish,
      fanOutMs,
      sent: stats.received,
      mailsPerSecond,
      steadyMailsPerSecond,
    };
  } finally {
    for (const worker of workers) worker.kill('SIGKILL');
    await Promise.all(
      workers.map((worker) =>
        worker.exitCode === null && worker.signalCode === null ? new Promise((resolve) => worker.once('exit', resolve)) : undefined,
      ),
    );
    await sink.close();
    await standIn?.close();
    await database.close();
    rmSync(journalDir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function report(results: Measurement[], engine: Measurement['engine'], options: Options, sides: Side[]): void {
  const of = (name: Side['name']) => results.filter((result) => result.engine === engine && result.side === name);
  const base = of('baseline');
  const tree = of('this tree');
  if (base.length === 0 || tree.length === 0) return;
  const row = (side: Side, list: Measurement[]) => {
    const extra = median(list.map((m) => m.publishMs - m.publishEmptyMs));
    const fanOut = list[0]!.fanOutMs === null ? 'in the publish' : ms(median(list.map((m) => m.fanOutMs!)));
    return `| ${side.name} (${side.label}) | ${ms(median(list.map((m) => m.publishEmptyMs)))} | ${ms(median(list.map((m) => m.publishMs)))} | ${ms(extra)} | ${fanOut} | ${median(list.map((m) => m.mailsPerSecond)).toFixed(0)} mails/s | ${median(list.map((m) => m.steadyMailsPerSecond)).toFixed(0)} mails/s |`;
  };
  log(
    `\n${engine === 'embedded' ? 'Embedded default (PGlite)' : 'Postgres 15 server'}: ${options.followers.toLocaleString('en')} followers, ${options.workers} worker processes, ${options.send.toLocaleString('en')} mails timed, median of ${base.length} round(s)\n`,
  );
  log('| Side | Publish, no followers | Publish, with followers | Extra for the followers | Fan-out | Send rate | Steady send rate |');
  log('|---|---:|---:|---:|---:|---:|---:|');
  log(row(sides[0]!, base));
  log(row(sides[1]!, tree));
  const publishRatio = median(base.map((m) => m.publishMs)) / median(tree.map((m) => m.publishMs));
  const rateRatio = median(tree.map((m) => m.mailsPerSecond)) / median(base.map((m) => m.mailsPerSecond));
  const steadyRatio = median(tree.map((m) => m.steadyMailsPerSecond)) / median(base.map((m) => m.steadyMailsPerSecond));
  log(
    `\nRatios (this tree against the baseline): publish with followers ${publishRatio.toFixed(1)}× faster; send rate ${rateRatio.toFixed(1)}× higher (steady ${steadyRatio.toFixed(1)}×).`,
  );
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const engines: Measurement['engine'][] = [
    ...(options.embedded ? ['embedded' as const] : []),
    ...(options.postgres ? ['postgres' as const] : []),
  ];
  if (engines.length === 0) throw new UsageError('Nothing to measure: --no-embedded needs --postgres <url>.');
  const baseline = await checkOutBaseline(projectRoot, options.baseline, log);
  const sides: Side[] = [
    { name: 'baseline', label: baseline.label, dir: baseline.dir },
    { name: 'this tree', label: 'working tree', dir: projectRoot },
  ];
  const results: Measurement[] = [];
  try {
    for (let round = 1; round <= options.rounds; round += 1) {
      for (const engine of engines) {
        const order = round % 2 ? sides : [...sides].reverse();
        for (const side of order) results.push(await measure(side, engine, options, round));
      }
    }
  } finally {
    baseline.remove();
  }
  for (const engine of engines) report(results, engine, options, sides);
  if (options.json) writeFileSync(options.json, JSON.stringify({ options, results }, null, 2));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      error instanceof UsageError ? error.message : `Benchmark failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
