import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

/**
 * A lock file next to a PGlite data directory (`<dataDir>.lock`, holding the owner's pid).
 *
 * PGlite is one Postgres backend in this process: a second process opening the same files would corrupt
 * them, so whoever opens a data directory must hold this lock. A lock left behind by a process that no
 * longer runs (a crash, kill -9) is taken over.
 */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export function lockPathFor(dataDir: string): string {
  return `${dataDir}.lock`;
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = lockPathFor(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const releaseOnExit = () => removeIfOurs(path);
      process.once('exit', releaseOnExit);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          process.removeListener('exit', releaseOnExit);
          removeIfOurs(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      // An unreadable lock that is seconds old may be one another process is still writing.
      const beingWritten = owner === undefined && Date.now() - statSync(path).mtimeMs < 2000;
      if (beingWritten || (owner !== undefined && isRunning(owner))) {
        throw new Error(
          `The database in ${dataDir} is in use by process ${owner ?? '(starting)'}${owner === process.pid ? ' (this process)' : ''}. ` +
            `Stop that process first (Ctrl-C where \`npm start\` runs). If no such process runs, remove ${path}.`,
        );
      }
      // The owner is gone: the lock is stale, take it over.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${path}; another process keeps creating it.`);
}

function readOwner(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfOurs(path: string): void {
  if (readOwner(path) === process.pid) rmSync(path, { force: true });
}

/** The pid of a running process that holds the data directory's lock, or undefined when none does. */
export function dataDirOwner(dataDir: string): number | undefined {
  const owner = readOwner(lockPathFor(dataDir));
  return owner !== undefined && isRunning(owner) ? owner : undefined;
}
