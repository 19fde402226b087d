import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { displayPath, fromProjectRoot } from './project-root.ts';
import { splitStatements } from './sql-statements.ts';

export interface OpenDatabaseOptions {
  /** Where PGlite keeps its files, relative to the project root or absolute; undefined = in memory. */
  dataDir?: string;
  /** SQL files run once, when the database is created; relative to the project root or absolute. */
  seedFiles?: string[];
  /** Defaults to supabase/migrations. */
  migrationsDir?: string;
  /** Progress lines: the first start takes a while. */
  log?: (line: string) => void;
  /**
   * In-memory databases only: where templates are kept (default .data/templates), or false for none. A
   * template made earlier today from the same bootstrap, migrations, seed files and PGlite version is copied
   * instead of applying them again. See templateFile().
   */
  templateDir?: string | false;
}

export const DEFAULT_SEED_FILES = ['supabase/seed.sql'];
const BOOTSTRAP_FILE = 'supabase/bootstrap/supabase-bootstrap.sql';
// The Supabase CLI only applies files named <timestamp>_<name>.sql and skips the rest.
const MIGRATION_FILE = /^(\d+)_(.+)\.sql$/;

// The bookkeeping tables of the Supabase CLI, so that `supabase migration list` would read them the same.
const MIGRATION_HISTORY_SQL = `
  create schema if not exists supabase_migrations;
  create table if not exists supabase_migrations.schema_migrations (version text not null primary key);
  alter table supabase_migrations.schema_migrations add column if not exists statements text[];
  alter table supabase_migrations.schema_migrations add column if not exists name text;
  create table if not exists supabase_migrations.seed_files (path text not null primary key, hash text not null);
`;

interface Migration {
  version: string;
  name: string;
  file: string;
}

/**
 * Opens (or creates) the PGlite database of the local Supabase stand-in, with pgcrypto.
 *
 * A new database gets Supabase's bootstrap, every migration in file-name order and then the seed files.
 * An existing one gets only the migrations it has not recorded yet, and is never seeded again. Each
 * migration runs in its own transaction, so a failing one leaves nothing half applied. A data directory is
 * locked against a second process; the lock is released by `close()`.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<PGlite> {
  const log = options.log ?? (() => {});
  const seedFiles = (options.seedFiles ?? DEFAULT_SEED_FILES).map(fromProjectRoot);
  for (const file of seedFiles) {
    if (!existsSync(file)) throw new Error(`Seed file not found: ${file}`);
  }
  const migrations = listMigrations(fromProjectRoot(options.migrationsDir ?? 'supabase/migrations'), log);

  const dataDir = options.dataDir === undefined ? undefined : fromProjectRoot(options.dataDir);
  let lock: DataDirLock | undefined;
  let isNew = true;
  if (dataDir) {
    mkdirSync(dirname(dataDir), { recursive: true });
    lock = acquireDataDirLock(dataDir);
    isNew = !existsSync(join(dataDir, 'PG_VERSION'));
    if (isNew && existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      lock.release();
      throw new Error(`${dataDir} is not empty and holds no Postgres database; move it away or remove it.`);
    }
  }

  const templateDir = options.templateDir ?? TEMPLATE_DIR;
  const template = dataDir || templateDir === false ? undefined : templateFile(fromProjectRoot(templateDir), migrations, seedFiles);
  if (template && existsSync(template)) {
    log(`Creating an in-memory database from the template ${displayPath(template)}`);
    return PGlite.create({ loadDataDir: new Blob([readFileSync(template)]), extensions: { pgcrypto } });
  }

  log(
    dataDir
      ? isNew
        ? `Creating a new database in ${displayPath(dataDir)} (the first start takes a minute)`
        : `Opening the database in ${displayPath(dataDir)}`
      : 'Creating an in-memory database',
  );
  let db: PGlite | undefined;
  try {
    db = await PGlite.create({ dataDir, extensions: { pgcrypto } });
    if (isNew) {
      log('Applying the Supabase bootstrap (roles, auth schema, pgcrypto)');
      await runInTransaction(db, fromProjectRoot(BOOTSTRAP_FILE), async () => {});
      await db.exec(MIGRATION_HISTORY_SQL);
    } else if (!(await hasMigrationHistory(db))) {
      throw new Error(`${dataDir} holds a database without supabase_migrations.schema_migrations; run npm run db:reset.`);
    }
    await applyPendingMigrations(db, migrations, log);
    if (isNew) {
      for (const file of seedFiles) await seed(db, file, log);
    }
    if (template) await saveTemplate(db, template, log);
    log('Database ready');
  } catch (error) {
    await db?.close().catch(() => {});
    // A database that failed while being created would be taken for a complete one next time.
    if (isNew && dataDir) rmSync(dataDir, { recursive: true, force: true });
    lock?.release();
    throw error;
  }

  if (lock) {
    const heldLock = lock;
    const closeDatabase = db.close.bind(db);
    db.close = async () => {
      try {
        await closeDatabase();
      } finally {
        heldLock.release();
      }
    };
  }
  return db;
}

const TEMPLATE_DIR = '.data/templates';

/**
 * The template file of an in-memory database. Applying every migration and a seed takes seconds (about 8 on
 * two cores), loading a dump of the result about 1.5: the test suites open dozens of in-memory databases, so
 * each set of files is applied once and copied after that, the way Postgres copies template1. The name hashes
 * everything that makes the database: the bootstrap, each migration and seed file (names and contents), the
 * PGlite version, and today's date, because the seed's dates are relative to the day it ran.
 */
function templateFile(dir: string, migrations: Migration[], seedFiles: string[]): string {
  const hash = createHash('sha256');
  const pglite = fromProjectRoot('node_modules/@electric-sql/pglite/package.json');
  hash.update(existsSync(pglite) ? readFileSync(pglite) : 'pglite');
  for (const file of [fromProjectRoot(BOOTSTRAP_FILE), ...migrations.map((migration) => migration.file), ...seedFiles]) {
    hash.update(`\0${basename(file)}\0`).update(readFileSync(file));
  }
  const today = new Date().toISOString().slice(0, 10);
  return join(dir, `${today}-${hash.digest('hex').slice(0, 24)}.tar`);
}

/**
 * Writes the template (to a temporary name, then renamed, so a parallel test process never reads half a file)
 * and removes templates of earlier days. A failure only costs speed: it is logged, not thrown.
 */
async function saveTemplate(db: PGlite, file: string, log: (line: string) => void): Promise<void> {
  try {
    const dump = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer());
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
    writeFileSync(temporary, dump);
    renameSync(temporary, file);
    const today = basename(file).slice(0, 10);
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.tar') && !name.startsWith(today)) rmSync(join(dir, name), { force: true });
    }
  } catch (error) {
    log(`Could not save the database template ${displayPath(file)}: ${(error as Error).message}`);
  }
}

/**
 * Removes a data directory and creates it again: bootstrap, migrations and seed files. Refuses while
 * another process (a running server) holds the directory.
 */
export async function resetDatabase(dataDir: string, options: Omit<OpenDatabaseOptions, 'dataDir'> = {}): Promise<void> {
  const absolute = fromProjectRoot(dataDir);
  mkdirSync(dirname(absolute), { recursive: true });
  const lock = acquireDataDirLock(absolute);
  try {
    (options.log ?? (() => {}))(`Removing ${displayPath(absolute)}`);
    rmSync(absolute, { recursive: true, force: true });
  } finally {
    lock.release();
  }
  const db = await openDatabase({ ...options, dataDir: absolute });
  await db.close();
}

function listMigrations(dir: string, log: (line: string) => void): Migration[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .flatMap((file) => {
      const match = MIGRATION_FILE.exec(file);
      if (!match?.[1] || !match[2]) {
        log(`Skipping ${file}: a migration file name must look like <timestamp>_<name>.sql`);
        return [];
      }
      return [{ version: match[1], name: match[2], file: join(dir, file) }];
    });
}

async function hasMigrationHistory(db: PGlite): Promise<boolean> {
  const result = await db.query<{ found: boolean }>(`select to_regclass('supabase_migrations.schema_migrations') is not null as found`);
  return result.rows[0]?.found === true;
}

/**
 * Until the first production release, migrations are still edited in place (one definition per database
 * object). A database made from an earlier version of them would silently miss those edits, so an applied
 * migration whose statements differ from its file, or that no longer exists, stops the start with what to do.
 */
export class ChangedMigrationError extends Error {
  override readonly name = 'ChangedMigrationError';
}

async function applyPendingMigrations(db: PGlite, migrations: Migration[], log: (line: string) => void) {
  const rows = (
    await db.query<{ version: string; name: string | null; statements: string[] | null }>(
      'select version, name, statements from supabase_migrations.schema_migrations',
    )
  ).rows;
  const applied = new Set(rows.map((row) => row.version));
  const files = new Map(migrations.map((migration) => [migration.version, migration]));
  for (const row of rows) {
    const migration = files.get(row.version);
    const changed =
      migration &&
      row.statements !== null &&
      JSON.stringify(row.statements) !== JSON.stringify(splitStatements(readFileSync(migration.file, 'utf8')));
    if (!migration || changed) {
      throw new ChangedMigrationError(
        `The migration ${row.version}_${row.name ?? ''}.sql ${migration ? 'changed' : 'was removed'} after this database applied it. ` +
          'Stop the server and run npm run db:reset to recreate the embedded database from the current migrations ' +
          '(this replaces its data with the demo).',
      );
    }
  }
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    log(`Applying migration ${basename(migration.file)}`);
    await runInTransaction(db, migration.file, async (tx, sql) => {
      await tx.query(
        `insert into supabase_migrations.schema_migrations (version, name, statements)
         values ($1, $2, array(select json_array_elements_text($3::json)))`,
        [migration.version, migration.name, JSON.stringify(splitStatements(sql))],
      );
    });
  }
}

async function seed(db: PGlite, file: string, log: (line: string) => void) {
  const path = displayPath(file);
  log(`Seeding ${path}`);
  await runInTransaction(db, file, async (tx, sql) => {
    await tx.query(
      `insert into supabase_migrations.seed_files (path, hash) values ($1, $2)
       on conflict (path) do update set hash = excluded.hash`,
      [path, createHash('sha256').update(sql).digest('hex')],
    );
  });
}

type Tx = Parameters<Parameters<PGlite['transaction']>[0]>[0];

/** Runs one SQL file and its bookkeeping in one transaction; a failure names the file and line. */
async function runInTransaction(db: PGlite, file: string, record: (tx: Tx, sql: string) => Promise<void>) {
  const sql = readFileSync(file, 'utf8');
  try {
    await db.transaction(async (tx) => {
      await tx.exec(sql);
      await record(tx, sql);
    });
  } catch (error) {
    const { message, position } = error as { message?: string; position?: string };
    const offset = Number(position);
    const line = Number.isInteger(offset) && offset > 0 ? `, line ${sql.slice(0, offset).split('\n').length}` : '';
    throw new Error(`${displayPath(file)} failed${line}: ${message ?? String(error)}`, { cause: error });
  }
}
