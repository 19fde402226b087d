import { acquireLockFile, lockOwner, type LockFile } from '../lock-file.ts';

/**
 * A lock file next to a PGlite data directory (`<dataDir>.lock`, holding the owner's pid).
 *
 * PGlite is one Postgres backend in this process: a second process opening the same files would corrupt
 * them, so whoever opens a data directory must hold this lock. A lock left behind by a process that no
 * longer runs (a crash, kill -9) is taken over.
 */
export type DataDirLock = LockFile;

export function lockPathFor(dataDir: string): string {
  return `${dataDir}.lock`;
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = lockPathFor(dataDir);
  return acquireLockFile(
    path,
    (owner) =>
      `The database in ${dataDir} is in use by process ${owner ?? '(starting)'}${owner === process.pid ? ' (this process)' : ''}. ` +
      `Stop that process first (Ctrl-C where \`npm start\` runs). If no such process runs, remove ${path}.`,
  );
}

/** The pid of a running process that holds the data directory's lock, or undefined when none does. */
export function dataDirOwner(dataDir: string): number | undefined {
  return lockOwner(lockPathFor(dataDir));
}
