import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildCancelledError, BuildSiteError } from '../../scripts/lib/build-site.ts';
import { createSiteRebuilder, type SiteRebuilder } from '../../scripts/lib/site-rebuilder.ts';

// When `npm start` rebuilds the site after staff changes: a fake build function stands in for astro build,
// and fake timers for the quiet period, so each rule is checked to the millisecond.
const REBUILDING = 'Rebuilding the site after a change by staff...';
const RESTARTING = 'A newer change arrived: restarting the rebuild so that it includes it...';

interface FakeBuilds {
  /** How many builds have started. */
  started: number;
  /** How many builds were stopped through their signal. */
  cancelled: number;
  /** Ends the build that is running, successfully or with an error. */
  finish(error?: Error): Promise<void>;
  build: (signal: AbortSignal) => Promise<void>;
}

function fakeBuilds(): FakeBuilds {
  const running: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const fake: FakeBuilds = {
    started: 0,
    cancelled: 0,
    async finish(error) {
      const current = running.shift();
      if (!current) throw new Error('No build is running');
      if (error) current.reject(error);
      else current.resolve();
      // Let the rebuilder's promise callbacks run.
      await vi.advanceTimersByTimeAsync(0);
    },
    build(signal) {
      fake.started += 1;
      return new Promise<void>((resolve, reject) => {
        const entry = { resolve, reject };
        running.push(entry);
        // As buildSite does: an aborted build stops and rejects with BuildCancelledError.
        signal.addEventListener('abort', () => {
          running.splice(running.indexOf(entry), 1);
          fake.cancelled += 1;
          reject(new BuildCancelledError('The build was cancelled for a newer one.'));
        });
      });
    },
  };
  return fake;
}

let builds: FakeBuilds;
let lines: string[];
let rebuilder: SiteRebuilder;

function startRebuilder(restartWithinMs?: number): void {
  rebuilder?.stop();
  rebuilder = createSiteRebuilder({ organisation: 'demodam', build: builds.build, log: (line) => lines.push(line), restartWithinMs });
}

beforeEach(() => {
  vi.useFakeTimers();
  builds = fakeBuilds();
  lines = [];
  startRebuilder();
});

afterEach(() => {
  rebuilder.stop();
  vi.useRealTimers();
});

describe('a change while idle', () => {
  it('starts one build after 1.5 seconds of quiet, with a log line saying why', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1499);
    expect(builds.started).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(builds.started).toBe(1);
    expect(lines).toEqual([REBUILDING]);
    await builds.finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.started).toBe(1);
    await expect(rebuilder.idle()).resolves.toBeUndefined();
  });

  it('builds once for a burst of changes: each change restarts the quiet period', async () => {
    for (let i = 0; i < 5; i += 1) {
      rebuilder.notify({ organisation: 'demodam' });
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(builds.started).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(builds.started).toBe(1);
    await builds.finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.started).toBe(1);
  });

  it('builds no later than 10 seconds after the first change, however steadily changes keep coming', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    for (let elapsed = 0; elapsed < 9_000; elapsed += 1000) {
      await vi.advanceTimersByTimeAsync(1000);
      rebuilder.notify({ organisation: 'demodam' });
    }
    expect(builds.started).toBe(0);
    await vi.advanceTimersByTimeAsync(999);
    expect(builds.started).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(builds.started).toBe(1);
  });

  it('of another organisation builds nothing: only the site being served is rebuilt', async () => {
    rebuilder.notify({ organisation: 'otherdam' });
    rebuilder.notify({ organisation: 'Demodam' });
    rebuilder.notify({ organisation: '' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.started).toBe(0);
    expect(lines).toEqual([]);
  });
});

describe('a change while a rebuild runs', () => {
  it('restarts the rebuild, which then includes it after the quiet period; the stopped build is no failure', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1500);
    expect(builds.started).toBe(1);
    await vi.advanceTimersByTimeAsync(20_000);
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(0);
    expect(builds.cancelled).toBe(1);
    await vi.advanceTimersByTimeAsync(1499);
    expect(builds.started).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(builds.started).toBe(2);
    await builds.finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.started).toBe(2);
    expect(lines).toEqual([REBUILDING, RESTARTING, REBUILDING]);
  });

  it('no longer restarts once the oldest change it serves is 30 seconds old, so steady changes cannot starve it', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1500);
    // Restarted at 20 s; the restarted build still serves the change of 0 s.
    await vi.advanceTimersByTimeAsync(18_500);
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1500);
    expect(builds).toMatchObject({ started: 2, cancelled: 1 });
    await vi.advanceTimersByTimeAsync(10_000);
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(builds).toMatchObject({ started: 2, cancelled: 1 });
    await builds.finish();
    expect(builds.started).toBe(3);
  });

  it('does not restart the first build at startup, which the caller waits for', async () => {
    const first = rebuilder.buildNow();
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(builds.cancelled).toBe(0);
    await builds.finish();
    await expect(first).resolves.toBeUndefined();
  });
});

describe('changes while a build runs, past the restart window', () => {
  beforeEach(() => startRebuilder(0));

  it('cause exactly one more build after it, however many there were', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1500);
    expect(builds.started).toBe(1);
    for (let i = 0; i < 4; i += 1) {
      rebuilder.notify({ organisation: 'demodam' });
      await vi.advanceTimersByTimeAsync(5000);
    }
    // Still the first build: one at a time.
    expect(builds.started).toBe(1);
    await builds.finish();
    // The changes were quiet long ago, and the first of them waited longest: the next build starts at once.
    expect(builds.started).toBe(2);
    await builds.finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.started).toBe(2);
    expect(lines).toEqual([REBUILDING, REBUILDING]);
  });

  it('that arrived just before it ended still get their quiet period before the next build', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1500);
    await vi.advanceTimersByTimeAsync(8000);
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(500);
    await builds.finish();
    expect(builds.started).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(builds.started).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(builds.started).toBe(2);
  });

  it('of another organisation cause no further build', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1500);
    rebuilder.notify({ organisation: 'otherdam' });
    await builds.finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.started).toBe(1);
  });
});

describe('a failed rebuild', () => {
  beforeEach(() => startRebuilder(0));

  it('logs the build error, keeps the previous site and builds again on the next change', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1500);
    await builds.finish(new BuildSiteError('Could not load the projects of "demodam": the API answered 500.'));
    expect(lines).toEqual([
      REBUILDING,
      'Could not rebuild the site; residents keep seeing the previous version. Could not load the projects of "demodam": the API answered 500.',
    ]);
    await expect(rebuilder.idle()).resolves.toBeUndefined();

    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1500);
    expect(builds.started).toBe(2);
    await builds.finish();
    expect(lines).toHaveLength(3);
  });

  it('is followed by the one more build that changes during it asked for', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1500);
    rebuilder.notify({ organisation: 'demodam' });
    await builds.finish(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(1500);
    expect(builds.started).toBe(2);
  });
});

describe('buildNow (the first build at startup)', () => {
  it('builds at once without the rebuild line and rejects with the build error for the caller to report', async () => {
    const first = rebuilder.buildNow();
    expect(builds.started).toBe(1);
    const outcome = expect(first).rejects.toThrow('the loader failed');
    await builds.finish(new BuildSiteError('the loader failed'));
    await outcome;
    expect(lines).toEqual([]);
  });

  it('is followed by one rebuild when staff changed something while it ran', async () => {
    const first = rebuilder.buildNow();
    rebuilder.notify({ organisation: 'demodam' });
    rebuilder.notify({ organisation: 'demodam' });
    await builds.finish();
    await expect(first).resolves.toBeUndefined();
    await vi.advanceTimersByTimeAsync(1500);
    expect(builds.started).toBe(2);
    expect(lines).toEqual([REBUILDING]);
  });

  it('covers a change that was still waiting for its quiet period', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    const first = rebuilder.buildNow();
    await builds.finish();
    await first;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.started).toBe(1);
  });
});

describe('stop', () => {
  beforeEach(() => startRebuilder(0));

  it('cancels a rebuild that was waiting and ignores later changes', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    rebuilder.stop();
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(builds.started).toBe(0);
    await expect(rebuilder.idle()).resolves.toBeUndefined();
  });

  it('lets a running build finish but starts no further one', async () => {
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1500);
    rebuilder.notify({ organisation: 'demodam' });
    rebuilder.stop();
    let idle = false;
    void rebuilder.idle().then(() => (idle = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toBe(false);
    await builds.finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(idle).toBe(true);
    expect(builds.started).toBe(1);
  });
});

describe('with incremental publish', () => {
  let published: string[][];
  let answer: () => Promise<boolean>;

  beforeEach(() => {
    published = [];
    answer = () => Promise.resolve(true);
    rebuilder.stop();
    rebuilder = createSiteRebuilder({
      organisation: 'demodam',
      build: builds.build,
      log: (line) => lines.push(line),
      publish: (projects) => {
        published.push([...projects]);
        return answer();
      },
    });
  });

  it('publishes the named projects after a short quiet period, without a full build', async () => {
    rebuilder.notify({ organisation: 'demodam', project: 'schoolzone' });
    rebuilder.notify({ organisation: 'demodam', project: 'wijkpark' });
    rebuilder.notify({ organisation: 'demodam', project: 'schoolzone' });
    await vi.advanceTimersByTimeAsync(149);
    expect(published).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(published).toEqual([['schoolzone', 'wijkpark']]);
    expect(builds.started).toBe(0);
    expect(lines).toEqual(['Updating the pages of schoolzone, wijkpark after a change by staff...']);
  });

  it('builds the whole site when a change names no project, and then publishes nothing', async () => {
    rebuilder.notify({ organisation: 'demodam', project: 'schoolzone' });
    rebuilder.notify({ organisation: 'demodam' });
    await vi.advanceTimersByTimeAsync(1_500);
    expect(published).toEqual([]);
    expect(builds.started).toBe(1);
    await builds.finish();
    // The next project change is incremental again.
    rebuilder.notify({ organisation: 'demodam', project: 'wijkpark' });
    await vi.advanceTimersByTimeAsync(150);
    expect(published).toEqual([['wijkpark']]);
    expect(builds.started).toBe(1);
  });

  it('builds the whole site when the publish says it must (a project published or withdrawn)', async () => {
    answer = () => Promise.resolve(false);
    rebuilder.notify({ organisation: 'demodam', project: 'nieuw-project' });
    await vi.advanceTimersByTimeAsync(150);
    expect(published).toEqual([['nieuw-project']]);
    expect(builds.started).toBe(1);
    expect(lines).toEqual(['Updating the pages of nieuw-project after a change by staff...', REBUILDING]);
  });

  it('builds the whole site when the publish fails, and says why', async () => {
    answer = () => Promise.reject(new Error('renderer stopped'));
    rebuilder.notify({ organisation: 'demodam', project: 'schoolzone' });
    await vi.advanceTimersByTimeAsync(150);
    expect(builds.started).toBe(1);
    expect(lines).toContain('Could not update the pages incrementally (renderer stopped); building the whole site.');
  });
});
