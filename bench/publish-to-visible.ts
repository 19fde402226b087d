// Publish-to-visible benchmark: how long from the commit of a publish until every public file that
// shows it has it, on a synthetic organisation of N projects, with the way `npm start` publishes now (the renderer
// re-renders the project's pages and the pages across projects) and, in the same run, main's way (a full build
// after every change). Prints every publish and p50 / p95 per side; never asserts.
//
//   npx tsx bench/publish-to-visible.ts --sizes 200,2000                  # 20 publishes (bursts included) per size
//   npx tsx bench/publish-to-visible.ts --sizes 200 --full-publishes 3    # the full-build side is slow: fewer of those
//
// After the publishes, one more round changes --changed projects (default 10) in one go: "a build after 10
// projects changed" through the renderer, against a full build (the full-build side's p50: a full build does
// not depend on how many projects changed).
//
// A publish here is one transaction as the database owner: a project's summary and the title of its newest update
// change, the update becomes the newest of the site (published_at = now()), and the ledger gets the entry an
// approved revision adds. Visible means: the project page in both languages, the home page, the project's feed and
// open-data JSON, the portal's JSON and the site feed all show the new words, and the ledger (its index and its
// last page) holds the new entry.
// The quiet period of the rebuilder (how long it waits for more changes of one publish) is part of the figure.
import { readFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, startLocalSupabase, type LocalSupabase } from '../src/services/local-supabase/index.ts';
import { buildSite, projectRoot } from '../scripts/lib/build-site.ts';
import { startRenderer, type Renderer } from '../scripts/lib/renderer.ts';
import { createSiteRebuilder, type SiteRebuilder } from '../scripts/lib/site-rebuilder.ts';
import { ledgerPageOf } from '../src/lib/ledger/ledger-document.ts';
import { syntheticOrganisationSql } from './synthetic-organisation.ts';

const organisation = 'benchdam';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200,2000' },
    publishes: { type: 'string', default: '20' },
    'full-publishes': { type: 'string', default: '3' },
    changed: { type: 'string', default: '10' },
  },
});
const changedAtOnce = Number(values.changed);
const sizes = values.sizes.split(',').map(Number);
const publishes = Number(values.publishes);
const fullPublishes = Number(values['full-publishes']);
if (sizes.some((size) => !Number.isInteger(size) || size < 2) || !(publishes >= 5) || !(fullPublishes >= 1) || !(changedAtOnce >= 1)) {
  console.error(
    'Usage: --sizes 200,2000 (whole numbers from 2) --publishes 20 (at least 5) --full-publishes 3 (at least 1) --changed 10 (at least 1)',
  );
  process.exit(2);
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** What a publish wrote to the ledger: the entry's seq and hash. */
interface Published {
  at: number;
  seq: number;
  hash: string;
}

/** A file that must show a publish, and how to tell that it does. */
type Check = [file: string, shows: (text: string) => boolean];

const contains = (words: string) => (text: string) => text.includes(words);

/** The files that must show a publish of `slug` with `marker`. */
function expectations(dist: string, slug: string, marker: string, published: Published): Check[] {
  return [
    [join(dist, 'projecten', slug, 'index.html'), contains(`Titel ${marker}`)],
    [join(dist, 'en', 'projects', slug, 'index.html'), contains(`Titel ${marker}`)],
    [join(dist, 'index.html'), contains(`Samenvatting ${marker}`)],
    [join(dist, 'projecten', slug, 'feed.xml'), contains(`Titel ${marker}`)],
    [join(dist, 'open-data', 'projects', `${slug}.json`), contains(`Samenvatting ${marker}`)],
    [join(dist, 'open-data', 'portal.json'), contains(`Samenvatting ${marker}`)],
    [join(dist, 'feed.xml'), contains(`Titel ${marker}`)],
    // The ledger's index has reached the entry (in a burst, a later one may be its head), and a page holds it.
    [join(dist, 'open-data', 'ledger.json'), (text) => headSeq(text) >= published.seq],
    [join(dist, 'open-data', 'ledger', `${ledgerPageOf(published.seq)}.json`), contains(published.hash)],
  ];
}

function headSeq(text: string): number {
  try {
    return (JSON.parse(text) as { head: { seq: number } | null }).head?.seq ?? 0;
  } catch {
    return 0; // not there yet
  }
}

/** Polls the files (a benchmark may: it measures, it asserts nothing) until each shows the publish. */
async function visible(checks: Check[], since: number, giveUpMs: number): Promise<number> {
  const pending = new Set(checks);
  while (pending.size > 0) {
    for (const check of [...pending]) {
      const text = await readFile(check[0], 'utf8').catch(() => '');
      if (check[1](text)) pending.delete(check);
    }
    if (pending.size === 0) break;
    if (performance.now() - since > giveUpMs)
      throw new Error(`Not visible after ${giveUpMs / 1000} s: ${[...pending].map((c) => c[0]).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - since;
}

async function publishOne(local: LocalSupabase, slug: string, marker: string): Promise<Published> {
  const entry = await local.db.transaction(async (tx) => {
    await tx.query(
      `update portal.projects set summary = $1 where slug = $2 and organisation_id = (select id from portal.organisations where slug = $3)`,
      [`Samenvatting ${marker}`, slug, organisation],
    );
    await tx.query(
      `update portal.updates set title = $1, published_at = now()
       where id = (select u.id from portal.updates u join portal.projects p on p.id = u.project_id
                   where p.slug = $2 and u.publication = 'published' order by u.published_at desc limit 1)`,
      [`Titel ${marker}`, slug],
    );
    // The ledger entry an approved revision adds (portal.publish_row appends it in the same transaction).
    const { rows } = await tx.query<{ seq: number; hash: string }>(
      `select (a).seq::int as seq, (a).hash from (
         select portal.ledger_append(p.organisation_id, jsonb_build_object('type', 'revision', 'kind', 'project', 'record_id', p.id,
           'project', p.id, 'version', 2, 'content_hash', encode(sha256(convert_to($1, 'UTF8')), 'hex'), 'reason', null,
           'approval', 'four_eyes', 'approved_by_role', 'approver')) as a
         from portal.projects p join portal.organisations o on o.id = p.organisation_id where p.slug = $2 and o.slug = $3) appended`,
      [marker, slug, organisation],
    );
    return rows[0] as { seq: number; hash: string };
  });
  return { at: performance.now(), ...entry };
}

interface Side {
  name: string;
  publishes: number;
}

async function measure(size: number): Promise<void> {
  console.log(`\n=== ${size.toLocaleString('en-US')} projects ===`);
  const db = await openDatabase({ seedFiles: [] });
  await db.transaction((tx) => tx.exec(syntheticOrganisationSql({ slug: organisation, projects: size })).then(() => undefined));
  await db.exec('analyze');
  const { rows } = await db.query<{ slug: string }>(
    `select p.slug from portal.projects p join portal.organisations o on o.id = p.organisation_id where o.slug = $1 order by p.slug`,
    [organisation],
  );
  const slugs = rows.map((row) => row.slug);
  await mkdir(join(projectRoot, '.data'), { recursive: true });
  const work = await mkdtemp(join(projectRoot, '.data', 'bench-publish-'));
  const dist = join(work, 'dist');
  let rebuilder: SiteRebuilder | undefined;
  let renderer: Renderer | undefined;
  let local: LocalSupabase | undefined;
  try {
    local = await startLocalSupabase({ db, port: 0, log: () => undefined, onSiteChanged: (change) => rebuilder?.notify(change) });
    const api = { supabaseUrl: local.url, anonKey: local.anonKey, organisation };
    const fullBuild = (signal: AbortSignal) => buildSite({ ...api, outDir: dist, log: () => undefined, signal });
    let started = performance.now();
    await fullBuild(new AbortController().signal);
    console.log(`First full build: ${seconds(performance.now() - started)} s`);
    started = performance.now();
    renderer = await startRenderer({ ...api, log: () => undefined });
    console.log(`Renderer ready (bundle built, data read): ${seconds(performance.now() - started)} s`);

    const sides: Side[] = [
      { name: 'incremental (renderer)', publishes },
      { name: "full build per change (main's way)", publishes: fullPublishes },
    ];
    const results = new Map<string, number[]>();
    let changedVisible: number | null = null;
    let n = 0;
    let lastSlowest: Array<[string, number]> = [];
    for (const side of sides) {
      rebuilder?.stop();
      const ready = renderer;
      rebuilder = createSiteRebuilder({
        organisation,
        build: async (signal) => {
          await fullBuild(signal);
          await ready.reload();
        },
        publish: side.name.startsWith('incremental')
          ? async (projects) => {
              const result = await ready.publish(projects, dist);
              lastSlowest = result.slowest;
              return !result.full;
            }
          : undefined,
        log: () => undefined,
      });
      const times: number[] = [];
      // Singles, then bursts of five publishes to different projects fired together (about a quarter of them).
      const burst = side.publishes >= 10 ? 5 : 1;
      const bursts = side.publishes >= 10 ? Math.floor(side.publishes / 4 / burst) : 0;
      const singles = side.publishes - bursts * burst;
      const rounds: number[] = [...Array(singles).fill(1), ...Array(bursts).fill(burst)];
      // The incremental side ends with the many-projects round, counted apart.
      const isIncremental = side.name.startsWith('incremental');
      if (isIncremental) rounds.push(changedAtOnce);
      for (const [round, count] of rounds.entries()) {
        const isChangedRound = isIncremental && round === rounds.length - 1;
        const batch = Array.from({ length: count }, () => {
          n += 1;
          return { slug: slugs[(n * 7919) % slugs.length] as string, marker: `bench-${Date.now().toString(36)}-${n}` };
        });
        const commits = await Promise.all(batch.map((item) => publishOne(local as LocalSupabase, item.slug, item.marker)));
        const waits = await Promise.all(
          batch.map((item, index) => {
            const published = commits[index] as Published;
            return visible(expectations(dist, item.slug, item.marker, published), published.at, 900_000);
          }),
        );
        if (isChangedRound) changedVisible = Math.max(...waits);
        else for (const wait of waits) times.push(wait);
        const where =
          lastSlowest.length > 0 ? `; slowest files: ${lastSlowest.map(([path, s]) => `${path} ${s.toFixed(2)} s`).join(', ')}` : '';
        lastSlowest = [];
        const what = isChangedRound ? `${count} projects changed at once, all` : count === 1 ? 'publish' : `burst of ${count}`;
        console.log(
          `  ${side.name}: ${what} visible after ${isChangedRound ? seconds(changedVisible as number) : waits.map(seconds).join(', ')} s${where}`,
        );
        await rebuilder.idle();
      }
      results.set(side.name, times);
    }
    console.log(`\n| ${size.toLocaleString('en-US')} projects | publishes | p50 (s) | p95 (s) | max (s) |\n|---|---:|---:|---:|---:|`);
    for (const [name, times] of results) {
      console.log(
        `| ${name} | ${times.length} | ${seconds(percentile(times, 50))} | ${seconds(percentile(times, 95))} | ${seconds(Math.max(...times))} |`,
      );
    }
    const incremental = results.get(sides[0]!.name) ?? [];
    const full = results.get(sides[1]!.name) ?? [];
    console.log(`Ratio incremental / full build, p50: ${(percentile(incremental, 50) / percentile(full, 50)).toFixed(3)}`);
    if (changedVisible !== null) {
      console.log(
        `${changedAtOnce} projects changed at once: all visible after ${seconds(changedVisible)} s through the renderer; ` +
          `a full build: ${seconds(percentile(full, 50))} s (ratio ${(changedVisible / percentile(full, 50)).toFixed(3)})`,
      );
    }
  } finally {
    rebuilder?.stop();
    await renderer?.close();
    await local?.close();
    await db.close();
    await rm(work, { recursive: true, force: true });
  }
}

for (const size of sizes) await measure(size);
console.log(`\nNode ${process.version}, ${(await import('node:os')).cpus().length} cores, ${new Date().toISOString().slice(0, 10)}.`);
process.exit(0);
