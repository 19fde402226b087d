// How a change by staff reaches the public site, wherever the site is built: `npm start` (the stand-in tells it of
// each change) and `npm run publisher` (the production worker next to hosted Supabase: the deploy hook and the
// public ledger tell it). A full build first; a change to one project then re-renders that project's pages and the
// pages across projects (scripts/lib/renderer.ts) once the renderer is ready; anything else builds the whole site.
import { buildSite } from './build-site.ts';
import { startRenderer, type Renderer } from './renderer.ts';
import { createSiteRebuilder, type SiteRebuilder } from './site-rebuilder.ts';

export interface SitePublishingOptions {
  /** The API to read from; a function because `npm start` knows its own address only once the stand-in listens. */
  connection: () => { supabaseUrl: string; anonKey: string };
  organisation: string;
  /** The live site's directory. */
  outDir: string;
  log: (line: string) => void;
  /** After each build or incremental publish that changed the site (the publisher syncs it to the static host). */
  afterChange?: () => Promise<void>;
}

export interface SitePublishing {
  /** Coalesces changes into builds and publishes: `notify` it of each change, `buildNow` for the first build. */
  readonly rebuilder: SiteRebuilder;
  /**
   * Starts the renderer (about as long as a build of a small site, once). Until it is ready, and if it cannot
   * start (said in the log), every change builds the whole site.
   */
  startIncremental(): Promise<void>;
  /** The slugs of published projects by project id, as the renderer last read them (empty before it is ready). */
  projectSlugs(): Promise<Map<string, string>>;
  stop(): Promise<void>;
}

export function createSitePublishing(options: SitePublishingOptions): SitePublishing {
  const { organisation, outDir, log } = options;
  let renderer: Renderer | undefined;
  let stopped = false;
  const build = async (signal: AbortSignal): Promise<void> => {
    await buildSite({ ...options.connection(), organisation, outDir, log, signal });
    // The full build may have served a change the renderer never saw (the organisation, a person).
    await renderer?.reload();
    await options.afterChange?.();
  };
  const publish = async (projects: readonly string[]): Promise<boolean> => {
    if (!renderer) return false;
    const result = await renderer.publish(projects, outDir);
    if (result.full) return false;
    log(`Updated ${result.files} pages and files in ${result.seconds.toFixed(1)} s.`);
    await options.afterChange?.();
    return true;
  };
  const rebuilder = createSiteRebuilder({ organisation, build, publish, log });
  return {
    rebuilder,
    async startIncremental() {
      if (stopped) return;
      log('Preparing incremental updates (the renderer)...');
      try {
        const ready = await startRenderer({ ...options.connection(), organisation, log: () => undefined });
        if (stopped) await ready.close();
        else {
          renderer = ready;
          log('Incremental updates ready: a change to a project now updates its pages within seconds.');
        }
      } catch (error) {
        // Not fatal: every change still rebuilds the whole site.
        log(
          `Incremental updates are not available; every change rebuilds the whole site. ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
    async projectSlugs() {
      return renderer ? renderer.projectSlugs() : new Map();
    },
    async stop() {
      stopped = true;
      rebuilder.stop();
      await renderer?.close();
    },
  };
}
