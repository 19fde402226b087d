// Ledger benchmark: what the public record costs. In one run, on the embedded database (PGlite with every
// migration and the demo seed), it prints
//   1. the publishing transaction with the ledger (portal.publish_row: the row published, its version, its
//      hash-chained ledger entry and the notices) next to the same publish without it (the row flipped to
//      published, as a publish was before the public record), A/B interleaved so both see the same machine;
//   2. the time to verify a chain of N entries (default 100,000), appended by the database itself
//      (portal.ledger_append), read back and recomputed by verify-ledger's own code (verifyChain).
// Performance is measured here, never asserted in timed tests. See bench/README.md.
//
//   npx tsx bench/ledger.ts                        # 300 publishes of each, a chain of 100,000 entries
//   npx tsx bench/ledger.ts --publishes 1000 --entries 20000 --json /tmp/ledger.json
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { ledgerEntrySchema, type LedgerEntry } from '../src/lib/ledger/ledger-document.ts';
import { verifyChain } from '../src/lib/ledger/verify-site.ts';
import { openDatabase } from '../src/services/local-supabase/index.ts';

const approver = 'de000000-0000-4000-8000-000000000002';
const projectSlug = 'schoolzone-de-regenboog';
const log = (line: string) => console.log(line);

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
    options: { publishes: { type: 'string', default: '300' }, entries: { type: 'string', default: '100000' }, json: { type: 'string' } },
    strict: true,
  });
  return {
    publishes: wholeNumber('publishes', values.publishes, 10, 100_000),
    entries: wholeNumber('entries', values.entries, 100, 2_000_000),
    json: values.json,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summary(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  return { mean: ms.reduce((sum, value) => sum + value, 0) / ms.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** A draft update of the benchmark project, written as the owner (not timed). */
async function draftUpdate(db: PGlite, n: number): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into portal.updates (project_id, title, body_md, author_id)
     select p.id, $2, 'De aannemer begint **maandag** met de eerste straat.', 'de000000-0000-4000-8000-000000000001'
     from portal.projects p where p.slug = $1 returning id`,
    [projectSlug, `Benchmark-bericht ${n}`],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error(`No project ${projectSlug} in the demo seed`);
  return id;
}

async function timed(db: PGlite, statement: string, id: string): Promise<number> {
  const started = performance.now();
  await db.transaction(async (tx) => {
    await tx.query(statement, [id]);
  });
  return performance.now() - started;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  log(
    `Ledger benchmark: ${options.publishes} publishes with and ${options.publishes} without the ledger, then a chain of ${options.entries.toLocaleString('en')} entries.`,
  );
  log('Opening an in-memory PGlite with every migration and the demo seed (not counted)...');
  const db = await openDatabase({ seedFiles: ['supabase/seed.sql'] });
  try {
    // 1. Publish, with the ledger and without, interleaved.
    const withLedger: number[] = [];
    const without: number[] = [];
    for (let n = 0; n < options.publishes; n++) {
      const a = await draftUpdate(db, 2 * n);
      const b = await draftUpdate(db, 2 * n + 1);
      const order = n % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
      for (const which of order) {
        if (which === 'with') withLedger.push(await timed(db, `select portal.publish_row('update', $1, '${approver}', 'four_eyes')`, a));
        else
          without.push(
            await timed(
              db,
              `update portal.updates set publication = 'published', published_at = now(), version = version + 1 where id = $1`,
              b,
            ),
          );
      }
      if ((n + 1) % 100 === 0) log(`  ${n + 1} of ${options.publishes} pairs published`);
    }
    const publish = { with: summary(withLedger), without: summary(without) };

    // 2. A long chain, appended by the database, verified by verify-ledger's code.
    const { rows: orgs } = await db.query<{ id: string; seq: number }>(
      `select o.id, coalesce(h.seq, 0)::int as seq from portal.organisations o left join portal.ledger_heads h on h.organisation_id = o.id where o.slug = 'demodam'`,
    );
    const organisation = orgs[0];
    if (!organisation) throw new Error('No demodam in the demo seed');
    const toAppend = Math.max(0, options.entries - organisation.seq);
    log(`Appending ${toAppend.toLocaleString('en')} entries through portal.ledger_append...`);
    const appendStarted = performance.now();
    const chunk = 5000;
    for (let done = 0; done < toAppend; done += chunk) {
      const size = Math.min(chunk, toAppend - done);
      await db.query(
        `select portal.ledger_append($1, jsonb_build_object('type', 'publish', 'kind', 'update', 'record_id', gen_random_uuid(),
           'project', null, 'version', 1, 'content_hash', encode(sha256(convert_to(n::text, 'UTF8')), 'hex'), 'reason', null,
           'approval', 'four_eyes', 'approved_by_role', 'approver'))
         from generate_series(1, $2) as n`,
        [organisation.id, size],
      );
      log(`  ${(done + size).toLocaleString('en')} of ${toAppend.toLocaleString('en')}`);
    }
    const appendMs = performance.now() - appendStarted;
    const readStarted = performance.now();
    const { rows } = await db.query<LedgerEntry>(
      `select seq::int as seq, event, prev_hash, hash from portal.ledger where organisation_id = $1 order by seq`,
      [organisation.id],
    );
    const entries = rows.map((row) => ledgerEntrySchema.parse(row));
    const readMs = performance.now() - readStarted;
    const last = entries.at(-1);
    const verifyStarted = performance.now();
    const problem = verifyChain({ organisation: 'demodam', head: last ? { seq: last.seq, hash: last.hash } : null, entries });
    const verifyMs = performance.now() - verifyStarted;
    if (problem) throw new Error(`The chain does not verify: ${problem}`);

    const ms = (value: number) => value.toFixed(2);
    log('');
    log('| Publish (one transaction) | mean (ms) | p50 (ms) | p95 (ms) |');
    log('|---|---:|---:|---:|');
    log(
      `| with version and ledger entry (portal.publish_row) | ${ms(publish.with.mean)} | ${ms(publish.with.p50)} | ${ms(publish.with.p95)} |`,
    );
    log(
      `| without (the row flipped to published) | ${ms(publish.without.mean)} | ${ms(publish.without.p50)} | ${ms(publish.without.p95)} |`,
    );
    log(
      `| cost of the public record per publish | ${ms(publish.with.mean - publish.without.mean)} | ${ms(publish.with.p50 - publish.without.p50)} | ${ms(publish.with.p95 - publish.without.p95)} |`,
    );
    log('');
    log(`| Chain | entries | append (s) | read (s) | verify (s) | verified entries/s |`);
    log('|---|---:|---:|---:|---:|---:|');
    log(
      `| demodam | ${entries.length.toLocaleString('en')} | ${(appendMs / 1000).toFixed(1)} | ${(readMs / 1000).toFixed(1)} | ${(verifyMs / 1000).toFixed(2)} | ${Math.round(entries.length / (verifyMs / 1000)).toLocaleString('en')} |`,
    );
    if (options.json) {
      await writeFile(
        options.json,
        `${JSON.stringify({ publishes: options.publishes, publish, chain: { entries: entries.length, appendMs, readMs, verifyMs } }, null, 2)}\n`,
      );
      log(`Wrote ${options.json}`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = error instanceof UsageError ? 64 : 1;
});
