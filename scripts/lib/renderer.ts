// Incremental publish: instead of rebuilding the whole site after staff publish a change to a project,
// a renderer re-renders only that project's pages and files and the pages across projects, in a second or two at
// any size. The renderer is the same pages and components as the static build, bundled once by `astro build` in
// server mode (src/renderer/adapter.mjs), driven in a child process (render-worker.mjs).
//
// What stays a full build: the first build, any change to the organisation or to what is not one project's (a
// person, the organisation's settings), and a project published or withdrawn (pages appear or disappear, and the
// sitemap changes). The renderer answers "full" for those and the caller builds the whole site.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildSiteError, projectRoot, runAstroBuild } from './build-site.ts';

export interface RendererOptions {
  supabaseUrl: string;
  anonKey: string;
  organisation: string;
  log: (line: string) => void;
  signal?: AbortSignal;
}

export interface PublishResult {
  /** The change needs a full build (see above); nothing was written. */
  full: boolean;
  /** Files written. */
  files: number;
  seconds: number;
  /** The five files that took longest to render, with their seconds (where the time goes). */
  slowest: Array<[string, number]>;
}

export interface Renderer {
  /** Re-renders the projects' pages and files and the pages across projects into `outDir`, file by file. */
  publish(projects: readonly string[], outDir: string): Promise<PublishResult>;
  /** Reads all data again: after a full build, which may have followed a change the renderer did not see. */
  reload(): Promise<void>;
  /** The slug of each published project by its id, as last read. */
  projectSlugs(): Promise<Map<string, string>>;
  close(): Promise<void>;
}

/**
 * Builds the renderer's server bundle (a minute at most on two cores; it does not grow with the number of
 * projects: no page is rendered) and starts its worker, which reads the site's data once.
 */
export async function startRenderer(options: RendererOptions): Promise<Renderer> {
  // Inside the project: the bundle imports astro and the other dependencies from node_modules.
  const dir = join(projectRoot, '.data', `renderer-${randomBytes(6).toString('hex')}`);
  const scratch = await mkdtemp(join(tmpdir(), 'portal-renderer-'));
  const errorFile = join(scratch, 'error.txt');
  const env = {
    PUBLIC_SUPABASE_URL: options.supabaseUrl,
    PUBLIC_SUPABASE_ANON_KEY: options.anonKey,
    PUBLIC_ORGANISATION: options.organisation,
  };
  try {
    await runAstroBuild({
      staging: dir,
      // Astro warns for every project route that its getStaticPaths is not used in a server build: by design here
      // (the routes look their project up by slug, src/lib/content/project-paths.ts).
      log: (line) => {
        if (!/getStaticPaths\(\) ignored in dynamic page/.test(line)) options.log(line);
      },
      timeoutMs: 600_000,
      env: { ...env, PORTAL_BUILD_RENDERER: '1', PORTAL_BUILD_ERROR_FILE: errorFile, PORTAL_ASTRO_CACHE_DIR: join(scratch, 'astro-cache') },
      errorFile,
      signal: options.signal,
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const entry = join(dir, 'server', 'entry.mjs');
  if (!existsSync(entry)) throw new BuildSiteError(`The renderer's build finished without ${entry}.`);
  const worker = fork(fileURLToPath(new URL('./render-worker.mjs', import.meta.url)), [entry], {
    env: { ...process.env, ...env, TZ: 'UTC' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const calls = new Calls(worker, options.log);
  await calls.ready;
  await calls.call({ type: 'warm' });
  return {
    async publish(projects, outDir) {
      const answer = await calls.call({ type: 'publish', projects: [...projects], outDir });
      const slowest = (answer['slowest'] as Array<[string, number]> | undefined) ?? [];
      return {
        full: Boolean(answer['full']),
        files: Number(answer['files'] ?? 0),
        seconds: Number(answer['ms'] ?? 0) / 1000,
        slowest: slowest.map(([path, ms]) => [path, ms / 1000]),
      };
    },
    async reload() {
      await calls.call({ type: 'warm' });
    },
    async projectSlugs() {
      const answer = await calls.call({ type: 'project-ids' });
      return new Map(answer['projects'] as Array<[string, string]>);
    },
    async close() {
      await calls.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

type Answer = Record<string, unknown> & { id?: number; ok?: boolean; message?: string; type?: string };

/** Request and answer over the worker's IPC channel, one id per call. */
class Calls {
  readonly ready: Promise<void>;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  private exited = false;

  constructor(
    private readonly worker: ChildProcess,
    log: (line: string) => void,
  ) {
    for (const stream of [worker.stdout, worker.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split(/\r?\n/)) if (line.trim()) log(`[renderer] ${line}`);
      });
    }
    this.ready = new Promise((resolve, reject) => {
      worker.once('exit', (code) => reject(new BuildSiteError(`The renderer stopped (exit ${code}) before it was ready.`)));
      worker.on('message', (answer: Answer) => {
        if (answer.type === 'ready') resolve();
      });
    });
    worker.on('message', (answer: Answer) => {
      const waiter = answer.id === undefined ? undefined : this.waiting.get(answer.id);
      if (!waiter || answer.id === undefined) return;
      this.waiting.delete(answer.id);
      if (answer.ok) waiter.resolve(answer);
      else waiter.reject(new BuildSiteError(`The renderer failed: ${answer.message ?? 'no reason given'}`));
    });
    worker.on('exit', (code) => {
      this.exited = true;
      for (const waiter of this.waiting.values()) waiter.reject(new BuildSiteError(`The renderer stopped (exit ${code}).`));
      this.waiting.clear();
    });
  }

  call(message: Record<string, unknown>): Promise<Answer> {
    if (this.exited) return Promise.reject(new BuildSiteError('The renderer is not running.'));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.send({ ...message, id });
    });
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.kill('SIGTERM');
    await gone;
  }
}
