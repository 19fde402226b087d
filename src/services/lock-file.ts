import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

/**
 * A lock file holding its owner's pid, for files one process at a time may use (a PGlite data directory, a mail
 * worker's journal). A lock left behind by a process that no longer runs (a crash, kill -9) is taken over. The lock
 * goes when released or when this process exits.
 */
export interface LockFile {
  readonly path: string;
  release(): void;
}

/**
 * Takes the lock at `path`, or throws `inUse(owner)` while another running process holds it (owner undefined: a
 * lock still being written).
 *
 * @example
 * const lock = acquireLockFile('.data/db.lock', (owner) => `In use by process ${owner ?? '(starting)'}`);
 */
export function acquireLockFile(path: string, inUse: (owner: number | undefined) => string): LockFile {
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
      if (beingWritten || (owner !== undefined && isRunning(owner))) throw new Error(inUse(owner));
      // The owner is gone: the lock is stale, take it over.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${path}; another process keeps creating it.`);
}

/** The pid of a running process that holds the lock at `path`, or undefined when none does. */
export function lockOwner(path: string): number | undefined {
  const owner = readOwner(path);
  return owner !== undefined && isRunning(owner) ? owner : undefined;
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
