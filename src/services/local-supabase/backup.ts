import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { displayPath } from './project-root.ts';

/**
 * Backups of the embedded database: a gzipped tar of the PGlite data directory, as PGlite's dumpDataDir makes
 * it and `loadDataDir` reads it back.
 *
 * A backup is taken from the open database (no second process may open its files), under PGlite's query lock,
 * after a CHECKPOINT: no statement runs while the files are read, so the copy is what a crash at that moment
 * would leave, and Postgres makes a consistent database of it on the first open (a transaction that was open
 * is rolled back, like after a power cut). A backup holds personal data (followers' addresses, staff
 * accounts): it is written with mode 0600.
 */

/** The magic bytes of gzip: a quick check that a file is a backup before the data directory is moved aside. */
const GZIP_MAGIC = [0x1f, 0x8b];

export async function dumpDatabase(db: PGlite): Promise<Uint8Array> {
  await db.exec('checkpoint');
  const blob = await db.dumpDataDir('gzip');
  return new Uint8Array(await blob.arrayBuffer());
}

/** Writes a backup under a temporary name and renames it, so a file with the backup's name is always whole. */
export function writeBackupFile(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    writeFileSync(temporary, bytes, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** A backup of the data directory while no process has it open (`npm start` is not running). */
export async function backupClosedDataDir(dataDir: string): Promise<Uint8Array> {
  if (!existsSync(dataDir)) throw new Error(`There is no database in ${displayPath(dataDir)}.`);
  const lock = acquireDataDirLock(dataDir);
  try {
    const db = await PGlite.create({ dataDir, extensions: { pgcrypto } });
    try {
      return await dumpDatabase(db);
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
}

export interface RestoreResult {
  /** Where the database that was there before now is, or undefined when there was none. */
  keptAside?: string;
  /** How many migrations the restored database has recorded. */
  migrations: number;
}

/**
 * Replaces the data directory with the backup in `file`. Refuses while a process has the database open. The
 * database that was there is moved aside (`<dataDir>.before-restore-<time>`), not deleted: a restore of the
 * wrong file is undone by moving it back. The restored database is opened and checked before the restore
 * counts as done; if that fails, the old one is put back.
 */
export async function restoreDataDir(file: string, dataDir: string, log: (line: string) => void = () => {}): Promise<RestoreResult> {
  const bytes = readBackupFile(file);
  mkdirSync(dirname(dataDir), { recursive: true });
  const lock = acquireDataDirLock(dataDir);
  let keptAside: string | undefined;
  try {
    if (existsSync(dataDir)) {
      keptAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(dataDir, keptAside);
      log(`The current database is kept in ${displayPath(keptAside)}.`);
    }
    try {
      log(`Restoring ${displayPath(file)} into ${displayPath(dataDir)}...`);
      const db = await PGlite.create({ dataDir, loadDataDir: new Blob([bytes]), extensions: { pgcrypto } });
      try {
        const { rows } = await db.query<{ n: number }>('select count(*)::int as n from supabase_migrations.schema_migrations');
        return { keptAside, migrations: rows[0]?.n ?? 0 };
      } finally {
        await db.close();
      }
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      if (keptAside) renameSync(keptAside, dataDir);
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${displayPath(file)} could not be restored (${reason}); the database was left as it was.`);
    }
  } finally {
    lock.release();
  }
}

function readBackupFile(file: string): Uint8Array<ArrayBuffer> {
  if (!existsSync(file)) throw new Error(`The backup ${displayPath(file)} does not exist.`);
  const bytes = new Uint8Array(readFileSync(file)) as Uint8Array<ArrayBuffer>;
  if (bytes.length < 2 || bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) {
    throw new Error(`${displayPath(file)} is not a backup made by npm run db:backup (not a gzip file).`);
  }
  return bytes;
}
