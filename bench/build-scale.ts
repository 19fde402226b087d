// Build-scale benchmark: synthetic organisations of N published projects (about 30 timeline items each),
// built end to end by the real build (buildSite: astro build, the content loader calling the API through
// supabase-js, over the local Supabase stand-in on PGlite). Prints projects, pages, seconds, pages per second,
// memory, and whether the cost grows linearly. See bench/README.md.
//
//   npx tsx bench/build-scale.ts --sizes 1000,3000
//   npx tsx bench/build-scale.ts --sizes 300 --what-if /tmp/proposed-change.sql --json /tmp/bench.json
//   npx tsx bench/build-scale.ts --sizes 200,2000 --baseline main --rounds 2     # A/B against main's build
//
// Performance is measured here, never asserted in timed tests. Ctrl-C stops the build and removes every
// temporary directory; a second Ctrl-C forces the exit.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase, startLocalSupabase } from '../src/services/local-supabase/index.ts';
import { buildSite, projectRoot, type BuildSiteOptions } from '../scripts/lib/build-site.ts';
import { checkOutBaseline, type BaselineTree } from './baseline-tree.ts';
import { cpuTimes, descendantsOf, sampleDescendants } from './process-usage.ts';
import { abRatios, linearityVerdict, markdownTable, type BuildStages, type SizeResult } from './report.ts';
import { countSiteFiles, describeOtherFiles } from './site-files.ts';
import { countGenerated, perProject, syntheticOrganisationSql } from './synthetic-organisation.ts';

const organisationSlug = 'benchdam';
const progressEveryMs = 15_000;

interface Options {
  sizes: number[];
  whatIf: string[];
  timeoutMinutes: number;
  maxOldSpaceMb?: number;
  json?: string;
  verbose: boolean;
  /** A git ref whose build runs against the same data, interleaved with the current one (A/B). */
  baseline?: string;
  /** Builds per side and size (A/B alternating in order: B A, A B, ...). */
  rounds: number;
}

class UsageError extends Error {}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      'what-if': { type: 'string', multiple: true, default: [] },
      'timeout-minutes': { type: 'string', default: '240' },
      'max-old-space-mb': { type: 'string' },
      json: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      baseline: { type: 'string' },
      rounds: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(readFileSync(new URL('./README.md', import.meta.url), 'utf8'));
    process.exit(0);
  }
  const sizes = values.sizes.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 100_000)) {
    throw new UsageError(`--sizes takes whole numbers from 1 to 100000, separated by commas; got "${values.sizes}".`);
  }
  const timeoutMinutes = Number(values['timeout-minutes']);
  if (!Number.isFinite(timeoutMinutes) || timeoutMinutes <= 0) {
    throw new UsageError(`--timeout-minutes takes a positive number; got "${values['timeout-minutes']}".`);
  }
  const heap = values['max-old-space-mb'];
  const maxOldSpaceMb = heap === undefined ? undefined : Number(heap);
  if (maxOldSpaceMb !== undefined && (!Number.isInteger(maxOldSpaceMb) || maxOldSpaceMb < 256)) {
    throw new UsageError(`--max-old-space-mb takes a whole number of megabytes (at least 256); got "${heap}".`);
  }
  const whatIf = values['what-if'].map((file) => resolve(file));
  for (const file of whatIf) {
    if (!existsSync(file)) throw new UsageError(`--what-if file not found: ${file}`);
  }
  const rounds = Number(values.rounds ?? (values.baseline ? 2 : 1));
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20) {
    throw new UsageError(`--rounds takes a whole number from 1 to 20; got "${values.rounds}".`);
  }
  return { sizes, whatIf, timeoutMinutes, maxOldSpaceMb, json: values.json, verbose: values.verbose, baseline: values.baseline, rounds };
}

// Interruption ------------------------------------------------------------------------------------------------

let interrupted = false;
/** Directories to remove if the process has to exit before the normal cleanup ran. */
const leftovers = new Set<string>();

function removeLeftoversNow(): void {
  for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });
  leftovers.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  if (interrupted) {
    console.error('\nSecond interrupt: removing temporary directories and exiting now.');
    for (const pid of descendantsOf(process.pid)) killQuietly(pid, 'SIGKILL');
    removeLeftoversNow();
    process.exit(130);
  }
  interrupted = true;
  console.error(`\n${signal}: stopping the build and cleaning up (press Ctrl-C again to force).`);
  // buildSite notices its child's exit, removes its own staging and scratch directories and rejects; the
  // run below then closes the server and the database and removes the output directory.
  for (const pid of descendantsOf(process.pid)) killQuietly(pid, 'SIGTERM');
  setTimeout(() => {
    removeLeftoversNow();
    process.exit(130);
  }, 30_000).unref();
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

class Interrupted extends Error {}

function checkInterrupted(): void {
  if (interrupted) throw new Interrupted('Interrupted.');
}

// One size -----------------------------------------------------------------------------------------------------

const seconds = (since: number) => (performance.now() - since) / 1000;

/** One side of an A/B run: whose build, and where its output goes (inside its own tree: a rename, not a copy). */
interface Side {
  variant: string;
  buildSite: (options: BuildSiteOptions) => Promise<void>;
  dataDir: string;
}

/** Generates the organisation once, then builds it `rounds` times per side, alternating which side goes first. */
async function measure(projects: number, options: Options, sides: readonly Side[]): Promise<SizeResult[]> {
  console.log(`\n=== ${projects.toLocaleString('en-US')} projects ===`);
  const started = performance.now();
  const db: PGlite = await openDatabase({ seedFiles: [] });
  let server: Awaited<ReturnType<typeof startLocalSupabase>> | undefined;
  try {
    console.log(`Database with all migrations ready in ${seconds(started).toFixed(1)} s (in memory, not counted).`);
    for (const file of options.whatIf) {
      console.log(`What-if: applying ${file}`);
      await db.exec(readFileSync(file, 'utf8'));
    }
    checkInterrupted();

    const generating = performance.now();
    await db.transaction(async (tx) => {
      await tx.exec(syntheticOrganisationSql({ slug: organisationSlug, projects }));
    });
    // Fresh tables have no statistics; a real database would have them.
    await db.exec('analyze');
    const generateSeconds = seconds(generating);
    const counts = await countGenerated(db, organisationSlug);
    console.log(
      `Generated ${counts.projects.toLocaleString('en-US')} projects with ${counts.timelineItems.toLocaleString('en-US')} ` +
        `timeline items (${(counts.timelineItems / counts.projects).toFixed(1)} per project) in ${generateSeconds.toFixed(1)} s.`,
    );
    checkInterrupted();

    server = await startLocalSupabase({ db, port: 0, log: (line) => console.log(`  [stand-in] ${line}`) });
    const results: SizeResult[] = [];
    for (let round = 1; round <= options.rounds; round += 1) {
      const order = round % 2 === 1 ? [...sides].reverse() : [...sides];
      for (const side of order) {
        checkInterrupted();
        console.log(`--- ${side.variant}, round ${round} of ${options.rounds}`);
        const built = await buildOnce(side, server, options);
        results.push({
          projects: counts.projects,
          timelineItems: counts.timelineItems,
          generateSeconds,
          variant: side.variant,
          round,
          ...built,
        });
      }
    }
    return results;
  } finally {
    await server?.close();
    await db.close();
  }
}

type BuildFigures = Omit<SizeResult, 'projects' | 'timelineItems' | 'generateSeconds' | 'variant' | 'round'>;

async function buildOnce(side: Side, server: { url: string; anonKey: string }, options: Options): Promise<BuildFigures> {
  await mkdir(side.dataDir, { recursive: true });
  const workDir = await mkdtemp(join(side.dataDir, 'bench-'));
  leftovers.add(workDir);
  try {
    const outDir = join(workDir, 'site');
    const stages: BuildStages = {};
    let pagesSoFar = 0;
    let lastLine = '';
    let stage = 'starting astro build';
    const cpuBefore = cpuTimes();
    const buildStarted = performance.now();
    const onLine = (line: string) => {
      const at = seconds(buildStarted);
      lastLine = line;
      if (options.verbose) console.log(`  ${line}`);
      if (/Loaded [\d,]+ published projects/.test(line)) {
        stages.dataLoaded ??= at;
        stage = 'data loaded, building';
        if (!options.verbose) console.log(`  ${at.toFixed(1)} s: ${line.trim()}`);
      } else if (/generating static routes/i.test(line)) {
        stages.renderStarted ??= at;
        stage = 'rendering pages';
      } else if (/\d+ page\(s\) built in/.test(line)) {
        stages.renderDone ??= at;
        stage = 'pages done, finishing';
        if (!options.verbose) console.log(`  ${at.toFixed(1)} s: ${line.trim()}`);
      } else if (/\(\+[\d.]+m?s\)\s*$/.test(line)) {
        pagesSoFar += 1;
      }
    };
    const progress = setInterval(() => {
      console.log(
        `  ${seconds(buildStarted).toFixed(0)} s: ${stage}, ${pagesSoFar.toLocaleString('en-US')} files rendered; last: ${lastLine.trim().slice(0, 100)}`,
      );
    }, progressEveryMs);
    // The astro child builds into a staging directory next to the project root; note it so that a forced
    // exit can still remove it.
    const sampler = sampleDescendants(500, (_pid, argv) => {
      const index = argv.indexOf('--outDir');
      const staging = index >= 0 ? argv[index + 1] : undefined;
      if (staging) leftovers.add(staging);
    });
    try {
      await side.buildSite({
        supabaseUrl: server.url,
        anonKey: server.anonKey,
        organisation: organisationSlug,
        outDir,
        log: onLine,
        timeoutMs: options.timeoutMinutes * 60_000,
      });
    } finally {
      clearInterval(progress);
      sampler.stop();
    }
    const buildSeconds = seconds(buildStarted);
    const cpuAfter = cpuTimes();
    checkInterrupted();
    const files = await countSiteFiles(outDir);
    const result: BuildFigures = {
      buildSeconds,
      buildCpuSeconds: cpuAfter.children - cpuBefore.children,
      apiCpuSeconds: cpuAfter.self - cpuBefore.self,
      stages,
      files,
      buildPeakBytes: sampler.peakBytes(),
      databasePeakBytes: process.resourceUsage().maxRSS * 1024,
    };
    console.log(
      `Built ${files.pages.toLocaleString('en-US')} HTML pages and ${files.otherTotal.toLocaleString('en-US')} other files ` +
        `(${describeOtherFiles(files)}; ${(files.bytes / 1024 / 1024).toFixed(1)} MB) in ${buildSeconds.toFixed(1)} s: ` +
        `${(files.pages / buildSeconds).toFixed(1)} pages/s; CPU: astro build ${result.buildCpuSeconds.toFixed(1)} s, ` +
        `database and API ${result.apiCpuSeconds.toFixed(1)} s; peak memory of the build ${(result.buildPeakBytes / 1024 / 1024).toFixed(0)} MB.`,
    );
    console.log(`Largest files: ${files.largest.map((file) => `${file.path} ${(file.bytes / 1024).toFixed(0)} kB`).join(', ')}.`);
    return result;
  } finally {
    await rm(workDir, { recursive: true, force: true });
    leftovers.delete(workDir);
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  if (options.maxOldSpaceMb !== undefined) {
    // buildSite hands this process's environment to the astro child; this process has started already, so
    // the flag only changes the child's heap limit.
    process.env['NODE_OPTIONS'] = `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${options.maxOldSpaceMb}`.trim();
    console.log(`astro build runs with NODE_OPTIONS=${process.env['NODE_OPTIONS']}`);
  }
  await mkdir(join(projectRoot, '.data'), { recursive: true });
  console.log(
    `Build-scale benchmark: sizes ${options.sizes.join(', ')}; each project has ` +
      `${Object.entries(perProject)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ')}.`,
  );
  if (options.whatIf.length > 0) {
    console.log(`What-if SQL applied after the migrations: ${options.whatIf.join(', ')} (these figures are not the project as is).`);
  }
  const sides: Side[] = [{ variant: 'current', buildSite, dataDir: join(projectRoot, '.data') }];
  let baseline: BaselineTree | undefined;
  if (options.baseline) {
    baseline = await checkOutBaseline(projectRoot, options.baseline, (line) => console.log(line));
    leftovers.add(baseline.dir);
    sides.push({ variant: `baseline ${baseline.label}`, buildSite: baseline.buildSite, dataDir: join(baseline.dir, '.data') });
  }
  const results: SizeResult[] = [];
  const report = async () => {
    if (results.length === 0) return;
    console.log('\n## Results\n');
    console.log(markdownTable(results));
    const verdicts = linearityVerdict(results.filter((result) => result.variant === 'current'));
    if (verdicts.length > 0) console.log(`\n${verdicts.join('\n')}`);
    if (baseline) console.log(`\n${abRatios(results, 'current').join('\n')}`);
    console.log(
      `\nNode ${process.version}, ${(await import('node:os')).cpus().length} cores; builds run one after another` +
        `${baseline ? `, sides alternating (${options.rounds} rounds per side and size)` : ''}.`,
    );
    if (options.json) {
      await writeFile(options.json, `${JSON.stringify({ whatIf: options.whatIf, baseline: baseline?.label, results }, null, 2)}\n`);
      console.log(`Results written to ${options.json}`);
    }
  };
  try {
    for (const size of options.sizes) {
      results.push(...(await measure(size, options, sides)));
      // Partial results are worth having when a later, larger size is stopped or times out.
      if (options.sizes.length > 1) await report();
    }
    if (options.sizes.length === 1) await report();
  } catch (error) {
    await report();
    throw error;
  } finally {
    baseline?.remove();
    if (baseline) leftovers.delete(baseline.dir);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    removeLeftoversNow();
    if (error instanceof Interrupted || interrupted) {
      console.error('Stopped; temporary directories removed.');
      process.exit(130);
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nBenchmark failed: ${message}`);
    if (!(error instanceof UsageError) && process.env['PORTAL_DEBUG'] && error instanceof Error) console.error(error.stack);
    process.exit(1);
  },
);
