// Rebuilds the embedded default's static site after staff change what residents see (issue 4: "the embedded
// default rebuilds the site within 60 seconds"). The stand-in reports each committed change
// (onSiteChanged); this decides when to build, so that a burst of changes costs one build, not one each.

export interface SiteRebuilderOptions {
  /** The organisation whose site is built (PUBLIC_ORGANISATION); changes to other organisations are ignored. */
  organisation: string;
  /** Builds the site and swaps it into place; rejects, leaving the previous site, when it fails. */
  build: () => Promise<void>;
  log: (line: string) => void;
  /**
   * Waits this long after the last change before building (default 1500 ms): a publish that takes several
   * requests then builds once.
   */
  quietMs?: number;
  /** But never longer than this after the first change not yet built (default 10 s): steady edits still show. */
  maxWaitMs?: number;
}

export interface SiteRebuilder {
  /** Reports a change by staff in an organisation (pass it as startLocalSupabase's onSiteChanged). */
  notify(organisation: string): void;
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

/**
 * Coalesces change notifications into builds, one at a time:
 * - a change while idle starts a build once changes have been quiet for `quietMs` (at most `maxWaitMs`
 *   after the first of them);
 * - changes while a build runs cause exactly one more build after it, however many there were;
 * - a failed rebuild is logged and the previous site stays; the next change tries again.
 */
export function createSiteRebuilder(options: SiteRebuilderOptions): SiteRebuilder {
  const { organisation, build, log } = options;
  const quietMs = options.quietMs ?? 1500;
  const maxWaitMs = Math.max(options.maxWaitMs ?? 10_000, quietMs);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  // The first and the last change that no started build has read yet.
  let pendingSince: number | undefined;
  let lastChangeAt = 0;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];

  function schedule(): void {
    if (stopped || running || pendingSince === undefined) return;
    if (timer !== undefined) clearTimeout(timer);
    const due = Math.min(lastChangeAt + quietMs, pendingSince + maxWaitMs);
    timer = setTimeout(() => {
      timer = undefined;
      // Failures of a rebuild are logged inside run(); nobody awaits this one.
      run(true).catch(() => undefined);
    }, Math.max(0, due - Date.now()));
  }

  function run(afterChange: boolean): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // The build reads the database after this point, so every change so far will be in it.
    pendingSince = undefined;
    if (afterChange) log(REBUILD_LINE);
    const current = (async () => build())();
    running = current.then(
      () => undefined,
      (error: unknown) => {
        if (!afterChange) return;
        const message = error instanceof Error ? error.message : String(error);
        log(`Could not rebuild the site; residents keep seeing the previous version. ${message}`);
      },
    );
    void running.then(() => {
      running = undefined;
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
    notify(changed) {
      if (stopped || changed !== organisation) return;
      lastChangeAt = Date.now();
      pendingSince ??= lastChangeAt;
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
