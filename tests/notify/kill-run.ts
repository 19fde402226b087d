// The mail workers' crash test, shared by tests/notify/kill.test.ts (CI size) and bench/notify-kills.ts (full size):
// one published update to N confirmed followers, `npm run notify` worker processes sending it to an SMTP sink in its
// own process, and each worker killed with SIGKILL at random moments (keyed on the sink's progress) and started
// again with its own journal. Mails are counted at the sink by Message-ID: none may be lost, and a kill may cost at
// most one repeat (the mail in flight), which carries the same Message-ID.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalSupabase, type LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { startNotifyProcess, type NotifyProcess } from './notify-process.ts';
import { startSinkProcess, type SinkProcess } from './sink-process.ts';

export interface KillRunOptions {
  followers: number;
  kills: number;
  /** Worker processes side by side (default 1); each kill hits one of them at random. */
  workers?: number;
  /** The workers' lease (default 15 s): longer than a restart, so a restarted worker reports its own claim. */
  leaseSeconds?: number;
  batchSize?: number;
  /** For the random moments; the same seed gives the same moments. */
  seed?: number;
  log?: (line: string) => void;
}

export interface KillRunResult {
  followers: number;
  kills: number;
  /** Distinct Message-IDs the sink received: every follower's mail, if nothing was lost. */
  unique: number;
  lost: number;
  /** Mails received more than once, counted per extra copy. */
  repeated: number;
  /** The Message-IDs that came more than once, with how often. */
  repeats: Record<string, number>;
  /** Outbox rows by status at the end. */
  statuses: Record<string, number>;
  seconds: number;
}

const TESTDAM_PROJECT = '20000000-0000-4000-8000-000000000001';
const APPROVER = '00000000-0000-4000-8000-000000000003';

/** A small deterministic generator (mulberry32), so a failing run can be repeated with its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function runKillTest(options: KillRunOptions): Promise<KillRunResult> {
  const { followers, kills, workers: workerCount = 1, leaseSeconds = 15, batchSize = 100, seed = 1, log = () => undefined } = options;
  const next = random(seed);
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'mail-kills-'));
  let portal: LocalSupabase | undefined;
  let sink: SinkProcess | undefined;
  const running: NotifyProcess[] = [];
  try {
    portal = await startLocalSupabase({ seedFiles: ['tests/fixtures/hostile-seed.sql'], port: 0, log: () => undefined });
    const { db } = portal;
    await db.exec(`
      insert into portal.subscribers (organisation_id, email, language)
      select p.organisation_id, format('kill-%s@voorbeeld.nl', n), case when n % 5 = 0 then 'en' else 'nl' end
      from portal.projects p, generate_series(1, ${followers}) n where p.id = '${TESTDAM_PROJECT}';
      insert into portal.subscriptions (subscriber_id, project_id, frequency, confirmed_at)
      select s.id, '${TESTDAM_PROJECT}', 'immediate', now() from portal.subscribers s where s.email like 'kill-%@voorbeeld.nl';`);
    // Published as staff_approve does once its checks passed; the notice is written in this transaction.
    await db.transaction(async (tx) => {
      const draft = await tx.query<{ id: string }>(
        `insert into portal.updates (project_id, title, body_md) values ($1, 'Nieuws voor de crashtest', 'De aannemer begint **maandag**.') returning id`,
        [TESTDAM_PROJECT],
      );
      await tx.query(`select portal.publish_row('update', $1, $2, 'four_eyes')`, [draft.rows[0]!.id, APPROVER]);
    });
    sink = await startSinkProcess();

    const startWorker = (index: number) =>
      startNotifyProcess(
        [
          '--interval',
          '1',
          '--lease-seconds',
          String(leaseSeconds),
          '--batch-size',
          String(batchSize),
          '--journal',
          join(dir, `worker-${index}.jsonl`),
        ],
        { apiUrl: portal!.url, serviceRoleKey: portal!.serviceRoleKey, smtpUrl: sink!.url },
      );
    for (let index = 0; index < workerCount; index += 1) running.push(startWorker(index));

    // The moments: after a random number of accepted mails each, plus a random few milliseconds, so that kills land
    // while sending, between mails, while reporting a claim and while claiming.
    const moments = Array.from({ length: kills }, () => Math.floor(next() * followers)).sort((a, b) => a - b);
    const deadline = Date.now() + 120_000 + followers * 50;
    for (const [done, moment] of moments.entries()) {
      while ((await sink.stats()).received < moment) {
        if (Date.now() > deadline)
          throw new Error(`Timed out before kill ${done + 1} (at ${moment} mails):\n${running.map((w) => w.output()).join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 40)));
      const index = Math.floor(next() * workerCount);
      const victim = running[index]!;
      victim.child.kill('SIGKILL');
      await victim.exited;
      running[index] = startWorker(index);
      log(`  kill ${done + 1}/${kills} after ${moment} mails (worker ${index + 1}); restarted`);
    }

    // Then the workers finish: every row sent.
    for (;;) {
      const { rows } = await db.query<{ open: number }>(`select count(*)::int as open from portal.outbox where status <> 'sent'`);
      const fanned = await db.query<{ waiting: number }>(`select count(*)::int as waiting from portal.notices where fanned_out_at is null`);
      if (rows[0]!.open === 0 && fanned.rows[0]!.waiting === 0) break;
      if (Date.now() > deadline)
        throw new Error(`Timed out with ${rows[0]!.open} mails not sent:\n${running.map((w) => w.output()).join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const stats = await sink.stats();
    const { rows } = await db.query<{ status: string; n: number }>(
      `select status::text as status, count(*)::int as n from portal.outbox group by status`,
    );
    const repeated = Object.values(stats.repeats).reduce((sum, count) => sum + count - 1, 0);
    return {
      followers,
      kills,
      unique: stats.unique,
      lost: followers - stats.unique,
      repeated,
      repeats: stats.repeats,
      statuses: Object.fromEntries(rows.map((row) => [row.status, row.n])),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    for (const worker of running) if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    await Promise.all(running.map((worker) => worker.exited));
    await sink?.close();
    await portal?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
