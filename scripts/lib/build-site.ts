import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicKeyRefusal } from '../../src/lib/api/build-config.ts';

/** The repository root, found from this file so that a build works from any working directory. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildSiteOptions {
  /** The Supabase API to read from (hosted, or the local stand-in). */
  supabaseUrl: string;
  /** Its anon (or publishable) key, which the site publishes; any other key is refused (publicKeyRefusal). */
  anonKey: string;
  /** The organisation whose portal to build (PUBLIC_ORGANISATION); default 'demodam'. */
  organisation?: string;
  /** Where the finished site goes, relative to the project root or absolute; default 'dist'. */
  outDir?: string;
  /** Progress lines: the build's own output, line by line. */
  log?: (line: string) => void;
  /** Give up on a build that runs longer than this (default ten minutes). */
  timeoutMs?: number;
  /** Stops the build (the child process) and rejects with BuildCancelledError; the previous site stays. */
  signal?: AbortSignal;
}

/** A build that failed for a reason it can explain: the message is meant for people, no stack trace needed. */
export class BuildSiteError extends Error {
  override readonly name: string = 'BuildSiteError';
}

/** A build stopped through its signal, because a newer one will replace it. Not a failure. */
export class BuildCancelledError extends BuildSiteError {
  override readonly name = 'BuildCancelledError';
}

// Builds run one at a time per process: the stand-in may ask for a rebuild while one is running, and two
// swaps of the same output directory must never interleave.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Builds the static site with `astro build` in a child process (fresh modules and environment every time) into
 * a new directory next to outDir, and only when that succeeded swaps it into place. A failed build leaves the
 * previous site, or nothing, never a partial one, and rejects with a BuildSiteError carrying the loader's message.
 *
 * @example
 * await buildSite({ supabaseUrl: 'http://127.0.0.1:54321', anonKey, log: console.log });
 */
export function buildSite(options: BuildSiteOptions): Promise<void> {
  const run = queue.then(() => buildOnce(options));
  queue = run.catch(() => undefined);
  return run;
}

async function buildOnce(options: BuildSiteOptions): Promise<void> {
  if (options.signal?.aborted) throw new BuildCancelledError('The build was cancelled before it started.');
  // Before anything is read: the key goes into dist/, so a key that is not made to be public stops the build.
  const keyRefusal = publicKeyRefusal(options.anonKey);
  if (keyRefusal) throw new BuildSiteError(keyRefusal);
  const log = options.log ?? (() => undefined);
  const outDir = resolve(projectRoot, options.outDir ?? 'dist');
  if (outDir === resolve(projectRoot) || isInside(outDir, projectRoot) || !basename(outDir)) {
    throw new BuildSiteError(`Refusing to build into ${outDir}: replacing it would delete the project itself.`);
  }
  const suffix = randomBytes(6).toString('hex');
  // The site must be built inside the project: Astro imports its prerender chunks from the output directory and
  // they need the project's node_modules. An outDir elsewhere gets a copy once the build has succeeded.
  // Named <outDir>-building-<random> so that the .gitignore pattern dist-* covers it if a build is killed.
  const nextToOutDir = `${outDir}-building-${suffix}`;
  const staging = isInside(projectRoot, outDir) ? nextToOutDir : join(projectRoot, `dist-building-${suffix}`);
  const scratch = await mkdtemp(join(tmpdir(), 'portal-build-'));
  const errorFile = join(scratch, 'error.txt');
  try {
    log(`Building the site from ${options.supabaseUrl} into ${outDir}`);
    await runAstroBuild({
      staging,
      log,
      timeoutMs: options.timeoutMs ?? 600_000,
      env: {
        PUBLIC_SUPABASE_URL: options.supabaseUrl,
        PUBLIC_SUPABASE_ANON_KEY: options.anonKey,
        PUBLIC_ORGANISATION: options.organisation ?? 'demodam',
        PORTAL_BUILD_ERROR_FILE: errorFile,
        PORTAL_ASTRO_CACHE_DIR: join(scratch, 'astro-cache'),
      },
      errorFile,
      signal: options.signal,
    });
    for (const page of ['index.html', join('en', 'index.html')]) {
      if (!existsSync(join(staging, page))) {
        throw new BuildSiteError(`The build finished without ${page}: refusing to publish an incomplete site.`);
      }
    }
    if (staging !== nextToOutDir) {
      await cp(staging, nextToOutDir, { recursive: true });
    }
    await swapInto(nextToOutDir, outDir);
    // playwright.config.ts waits for this line to know the site it tests is in place.
    log(`Site ready in ${outDir}`);
  } finally {
    await Promise.all([
      rm(staging, { recursive: true, force: true }),
      rm(nextToOutDir, { recursive: true, force: true }),
      rm(scratch, { recursive: true, force: true }),
    ]);
  }
}

/** Renames the old site away, the new one in, then deletes the old: readers see the old or the new site. */
async function swapInto(fresh: string, outDir: string): Promise<void> {
  const old = `${outDir}-old-${randomBytes(6).toString('hex')}`;
  const hadOld = existsSync(outDir);
  if (hadOld) await rename(outDir, old);
  try {
    await rename(fresh, outDir);
  } catch (error) {
    if (hadOld) await rename(old, outDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

export interface AstroRun {
  staging: string;
  env: Record<string, string>;
  errorFile: string;
  log: (line: string) => void;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

// Astro's per-page lines: the route ("▶ src/pages/…", "λ src/pages/…") and each file under it ("├─ /…", "└─ /…").
const PAGE_LINE = /^\s*(?:\S+\s+)?(?:[├└]─ \/|[▶λ] src\/pages\/)/;

export function runAstroBuild(run: AstroRun): Promise<void> {
  const astroCli = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
  const tail: string[] = [];
  return new Promise<void>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [astroCli, 'build', '--outDir', run.staging], {
      cwd: projectRoot,
      env: {
        ...process.env,
        ...run.env,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        // Dates are formatted for Europe/Amsterdam by the pages themselves; a zone without daylight saving
        // keeps the build machine's own clock out of it.
        TZ: 'UTC',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), run.timeoutMs);
    const cancel = () => child.kill('SIGTERM');
    run.signal?.addEventListener('abort', cancel, { once: true });
    let pages = 0;
    const emit = (line: string) => {
      if (line.trim() === '') return;
      tail.push(line);
      if (tail.length > 30) tail.shift();
      // Astro lists every page it writes (hundreds per build, on every rebuild): counted, not printed, so that
      // the progress output stays readable. The tail above still holds them for a failure message.
      if (PAGE_LINE.test(line)) {
        if (/[├└]─/.test(line)) pages += 1;
        return;
      }
      // Astro reports a loader's error with its stack; the message comes back through the error file, and
      // stack frames of an expected failure are noise in the progress output.
      if (!/^\s*(Stack trace:|at )/.test(line)) run.log(line);
    };
    const stdout = lineSplitter(emit);
    const stderr = lineSplitter(emit);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new BuildSiteError(`Could not start astro build: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', cancel);
      stdout.flush();
      stderr.flush();
      if (run.signal?.aborted) {
        reject(new BuildCancelledError('The build was cancelled for a newer one.'));
        return;
      }
      if (code === 0) {
        run.log(`${pages} pages and files written`);
        resolvePromise();
        return;
      }
      void failureMessage(run.errorFile, code, signal, tail, run.timeoutMs).then((message) => reject(new BuildSiteError(message)));
    });
  });
}

/** Turns a stream's chunks into whole lines: a chunk can end in the middle of a line. */
function lineSplitter(emit: (line: string) => void): { push(chunk: Buffer): void; flush(): void } {
  let pending = '';
  return {
    push(chunk) {
      const lines = (pending + chunk.toString('utf8')).split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) emit(line);
    },
    flush() {
      emit(pending);
      pending = '';
    },
  };
}

async function failureMessage(
  errorFile: string,
  code: number | null,
  signal: NodeJS.Signals | null,
  tail: readonly string[],
  timeoutMs: number,
): Promise<string> {
  const fromLoader = await readFile(errorFile, 'utf8').catch(() => '');
  if (fromLoader.trim() !== '') return fromLoader.trim();
  if (signal === 'SIGTERM') return `astro build did not finish within ${Math.round(timeoutMs / 1000)} seconds.`;
  const exit = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
  return `astro build ${exit}. Its last lines:\n${tail.slice(-15).join('\n')}`;
}

function isInside(parent: string, child: string): boolean {
  const path = relative(parent, child);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}
