// Rebuilds the embedded default's static site after staff change what residents see: the embedded default must
// show a change on the site within 60 seconds. The stand-in reports each committed change
// (onSiteChanged); this decides when to build, so that a burst of changes costs one build, not one each.

export interface SiteRebuilderOptions {
  /** The organisation whose site is built (PUBLIC_ORGANISATION); changes to other organisations are ignored. */
  organisation: string;
  /**
   * Builds the site and swaps it into place; rejects, leaving the previous site, when it fails. Aborting the
   * signal stops the build (buildSite rejects with BuildCancelledError), for a newer change.
   */
  build: (signal: AbortSignal) => Promise<void>;
  log: (line: string) => void;
  /**
   * Waits this long after the last change before building (default 1500 ms): a publish that takes several
   * requests then builds once.
   */
  quietMs?: number;
  /** But never longer than this after the first change not yet built (default 10 s): steady edits still show. */
  maxWaitMs?: number;
  /**
   * A change that arrives while a rebuild runs restarts it, as long as the oldest change that rebuild serves is
   * younger than this (default 30 s). Otherwise a change just after a build read the database would wait for
   * that whole build and then its own: two builds, over a minute on a busy two-core machine. The limit keeps a
   * steady stream of changes from restarting builds forever.
   */
  restartWithinMs?: number;
  /**
   * Re-renders only what the named projects' changes touch (scripts/lib/renderer.ts). Resolves true when that was
   * enough, false when the change needs a full build (a project published or withdrawn); a rejection also falls
   * back to a full build. Without it, every change builds the whole site.
   */
  publish?: (projects: readonly string[]) => Promise<boolean>;
  /**
   * The quiet period before an incremental publish (default 150 ms): it costs a second, not a build, so it need not
   * wait long for the other requests of one publish.
   */
  publishQuietMs?: number;
}

export interface SiteRebuilder {
  /**
   * Reports a change by staff in an organisation, naming the project when it was one project's (pass it as
   * startLocalSupabase's onSiteChanged).
   */
  notify(change: { organisation: string; project?: string }): void;
  /**
   * Builds right away, without the quiet period (the first build at startup). Changes that arrive while it
   * runs cause one more build afterwards. Rejects with the build's error, which the caller reports.
   */
  buildNow(): Promise<void>;
  /** Resolves once no build is running or waiting to run (tests; shutdown). */
  idle(): Promise<void>;
  /** No further builds; a build already running finishes on its own. */
  stop(): void;
}

const REBUILD_LINE = 'Rebuilding the site after a change by staff...';
const PUBLISH_LINE = (projects: readonly string[]) => `Updating the pages of ${projects.join(', ')} after a change by staff...`;
const RESTART_LINE = 'A newer change arrived: restarting the rebuild so that it includes it...';

/**
 * Coalesces change notifications into builds, one at a time:
 * - a change while idle starts a build once changes have been quiet for `quietMs` (at most `maxWaitMs`
 *   after the first of them);
 * - a change while a rebuild runs restarts it (within `restartWithinMs` of the oldest change it serves);
 * - other changes while a build runs cause exactly one more build after it, however many there were;
 * - a failed rebuild is logged and the previous site stays; the next change tries again;
 * - with `publish`, changes that each name a project are published incrementally after `publishQuietMs`, and only
 *   fall back to a full build when publish says so or fails.
 */
export function createSiteRebuilder(options: SiteRebuilderOptions): SiteRebuilder {
  const { organisation, build, log } = options;
  const quietMs = options.quietMs ?? 1500;
  const maxWaitMs = Math.max(options.maxWaitMs ?? 10_000, quietMs);
  const restartWithinMs = options.restartWithinMs ?? 30_000;
  const publishQuietMs = options.publishQuietMs ?? 150;
  // The projects whose changes no started build or publish has served yet; 'site' once any change was not one
  // project's (or a publish fell back), which takes a full build.
  let pendingProjects: Set<string> | 'site' = new Set();
  const incremental = () => options.publish !== undefined && pendingProjects !== 'site';

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  // The rebuild that is running, when it may be restarted: its abort controller and its oldest change.
  let restartable: { controller: AbortController; oldestChange: number } | undefined;
  // The oldest change of a stopped rebuild, handed on to the build that replaces it.
  let carriedOldest: number | undefined;
  // The first and the last change that no started build has read yet.
  let pendingSince: number | undefined;
  let lastChangeAt = 0;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];

  function schedule(): void {
    if (stopped || running || pendingSince === undefined) return;
    if (timer !== undefined) clearTimeout(timer);
    const due = Math.min(lastChangeAt + (incremental() ? publishQuietMs : quietMs), pendingSince + maxWaitMs);
    timer = setTimeout(
      () => {
        timer = undefined;
        // Failures of a rebuild are logged inside run(); nobody awaits this one.
        run(true).catch(() => undefined);
      },
      Math.max(0, due - Date.now()),
    );
  }

  function run(afterChange: boolean): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const controller = new AbortController();
    const projects = afterChange && incremental() && pendingProjects !== 'site' ? [...pendingProjects] : undefined;
    // The first build at startup is never restarted: the caller waits for it. Nor is a publish: it is short.
    restartable =
      afterChange && !projects && pendingSince !== undefined
        ? { controller, oldestChange: Math.min(pendingSince, carriedOldest ?? pendingSince) }
        : undefined;
    carriedOldest = undefined;
    // The build reads the database after this point, so every change so far will be in it.
    pendingSince = undefined;
    pendingProjects = new Set();
    const current = (async () => {
      if (projects && options.publish) {
        log(PUBLISH_LINE(projects));
        try {
          if (await options.publish(projects)) return;
        } catch (error) {
          log(
            `Could not update the pages incrementally (${error instanceof Error ? error.message : String(error)}); building the whole site.`,
          );
        }
      }
      if (afterChange) log(REBUILD_LINE);
      await build(controller.signal);
    })();
    running = current.then(
      () => undefined,
      (error: unknown) => {
        // Restarted for a newer change: the next build is already scheduled.
        if (!afterChange || controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        log(`Could not rebuild the site; residents keep seeing the previous version. ${message}`);
      },
    );
    void running.then(() => {
      running = undefined;
      restartable = undefined;
      if (pendingSince !== undefined && !stopped) schedule();
      else settleIdle();
    });
    return current;
  }

  function settleIdle(): void {
    if (running || timer !== undefined) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function buildNow(): Promise<void> {
    if (stopped) return Promise.reject(new Error('The site rebuilder has been stopped.'));
    if (running) return running.then(buildNow);
    return run(false);
  }

  return {
    notify(change) {
      if (stopped || change.organisation !== organisation) return;
      if (change.project === undefined) pendingProjects = 'site';
      else if (pendingProjects !== 'site') pendingProjects.add(change.project);
      lastChangeAt = Date.now();
      pendingSince ??= lastChangeAt;
      if (restartable && !restartable.controller.signal.aborted && lastChangeAt - restartable.oldestChange < restartWithinMs) {
        // The replacing build also serves the changes the stopped one was for, so it keeps their age.
        carriedOldest = Math.min(carriedOldest ?? restartable.oldestChange, restartable.oldestChange);
        log(RESTART_LINE);
        restartable.controller.abort();
      }
      // While a build runs, the change waits for it; schedule() runs again when it ends.
      schedule();
    },
    buildNow,
    idle() {
      if (!running && timer === undefined) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      settleIdle();
    },
  };
}
