import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot, openDatabase, resetDatabase, splitStatements } from '../../src/services/local-supabase/index.ts';

// Creating, reopening, migrating and locking a PGlite data directory. Each open boots Postgres, so the
// tests here are slower than most.
let workDir: string;
let migrationsDir: string;
let seedFile: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'stand-in-db-'));
  migrationsDir = join(workDir, 'migrations');
  cpSync(fromProjectRoot('supabase/migrations'), migrationsDir, { recursive: true });
  seedFile = join(workDir, 'seed.sql');
  writeFileSync(seedFile, `insert into portal.organisations (slug, name) values ('seeded', 'Gemeente Zaaddorp');`);
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

function repositoryMigrations(): string[] {
  return readdirSync(fromProjectRoot('supabase/migrations'))
    .filter((file) => file.endsWith('.sql'))
    .sort();
}

describe('a data directory', () => {
  const dataDir = () => join(workDir, 'db');

  it('is created with bootstrap, migrations recorded as the Supabase CLI does, and the seed', async () => {
    const lines: string[] = [];
    const db = await openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile], log: (line) => lines.push(line) });
    try {
      const { rows } = await db.query<{ version: string; name: string; statements: string[] }>(
        `select version, name, statements from supabase_migrations.schema_migrations order by version`,
      );
      const files = repositoryMigrations();
      expect(rows.map((row) => `${row.version}_${row.name}.sql`)).toEqual(files);
      for (const [index, row] of rows.entries()) {
        const sql = readFileSync(join(migrationsDir, files[index] ?? ''), 'utf8');
        expect(row.statements).toEqual(splitStatements(sql));
      }
      const seeded = await db.query<{ n: number }>(`select count(*)::int as n from portal.organisations where slug = 'seeded'`);
      expect(seeded.rows[0]?.n).toBe(1);
      const pgcrypto = await db.query<{ ok: boolean }>(`select extensions.crypt('x', extensions.gen_salt('bf')) like '$2a$%' as ok`);
      expect(pgcrypto.rows[0]?.ok).toBe(true);
      expect(lines.some((line) => line.startsWith('Creating a new database'))).toBe(true);
      expect(lines).toContain(`Applying migration ${files[0]}`);
      expect(lines).toContain(`Seeding ${seedFile}`);
    } finally {
      await db.close();
    }
  });

  it('is locked while open, against a second opener', async () => {
    const db = await openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile] });
    try {
      expect(readFileSync(`${dataDir()}.lock`, 'utf8')).toBe(String(process.pid));
      await expect(openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile] })).rejects.toThrow(/is in use by process/);
      await expect(resetDatabase(dataDir(), { migrationsDir, seedFiles: [seedFile] })).rejects.toThrow(/is in use by process/);
    } finally {
      await db.close();
    }
    expect(existsSync(`${dataDir()}.lock`)).toBe(false);
  });

  it('takes over the lock of a process that no longer runs', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${dataDir()}.lock`, String(gone));
    const db = await openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile] });
    await db.close();
  });

  it('gets new migrations when reopened, and is never seeded twice', async () => {
    writeFileSync(join(migrationsDir, '29990101000000_later_change.sql'), `create table public.later_change (id int);`);
    const lines: string[] = [];
    const db = await openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile], log: (line) => lines.push(line) });
    try {
      expect(lines).toEqual(expect.arrayContaining(['Applying migration 29990101000000_later_change.sql']));
      expect(lines.filter((line) => line.startsWith('Applying migration'))).toHaveLength(1);
      expect(lines.some((line) => line.startsWith('Seeding'))).toBe(false);
      const { rows } = await db.query<{ recorded: number; seeded: number }>(
        `select (select count(*)::int from supabase_migrations.schema_migrations where version = '29990101000000') as recorded,
                (select count(*)::int from portal.organisations where slug = 'seeded') as seeded`,
      );
      expect(rows[0]).toEqual({ recorded: 1, seeded: 1 });
    } finally {
      await db.close();
    }
  });

  it('refuses to open a database whose applied migration was edited or removed since, and says to reset it', async () => {
    const later = join(migrationsDir, '29990101000000_later_change.sql');
    const original = readFileSync(later, 'utf8');
    writeFileSync(later, `${original}\ncreate table public.later_change_too (id int);`);
    try {
      await expect(openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile] })).rejects.toThrow(
        /29990101000000_later_change\.sql changed after this database applied it\..*npm run db:reset/,
      );
      rmSync(later);
      await expect(openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile] })).rejects.toThrow(
        /29990101000000_later_change\.sql was removed after this database applied it/,
      );
    } finally {
      writeFileSync(later, original);
    }
    // As it was, it opens again: the check compares, it does not break the database.
    const db = await openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile] });
    await db.close();
  });

  it('rolls back a failing migration entirely and names the file', async () => {
    const broken = join(migrationsDir, '29990102000000_broken.sql');
    writeFileSync(broken, `create table public.half_done (id int);\n\nselect 1 / 0;\n`);
    await expect(openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile] })).rejects.toThrow(
      /29990102000000_broken\.sql failed.*division by zero/,
    );
    rmSync(broken);
    const db = await openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile] });
    try {
      const { rows } = await db.query<{ table: string | null; recorded: number }>(
        `select to_regclass('public.half_done')::text as table,
                (select count(*)::int from supabase_migrations.schema_migrations where version = '29990102000000') as recorded`,
      );
      expect(rows[0]).toEqual({ table: null, recorded: 0 });
    } finally {
      await db.close();
    }
  });

  it('is recreated from scratch by resetDatabase', async () => {
    const db = await openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile] });
    await db.exec(`insert into portal.organisations (slug, name) values ('temporary', 'Tijdelijk')`);
    await db.close();
    await resetDatabase(dataDir(), { migrationsDir, seedFiles: [seedFile] });
    const reopened = await openDatabase({ dataDir: dataDir(), migrationsDir, seedFiles: [seedFile] });
    try {
      const { rows } = await reopened.query<{ slug: string }>(`select slug from portal.organisations order by slug`);
      expect(rows.map((row) => row.slug)).toEqual(['seeded']);
    } finally {
      await reopened.close();
    }
  });
});

describe('an in-memory database', () => {
  it('is made once per set of files and copied from its template after that; another seed makes another template', async () => {
    // Templates of its own, in the test's directory, so the first open always starts from nothing.
    const templateDir = join(workDir, 'templates');
    const ownSeed = join(workDir, 'template-seed.sql');
    writeFileSync(ownSeed, `insert into portal.organisations (slug, name) values ('sjabloon', 'Gemeente Sjabloondorp');`);
    const open = async (seedFiles: string[]) => {
      const lines: string[] = [];
      const db = await openDatabase({ migrationsDir, seedFiles, templateDir, log: (line) => lines.push(line) });
      const { rows } = await db.query<{ slug: string }>('select slug from portal.organisations order by slug');
      await db.close();
      return { lines, slugs: rows.map((row) => row.slug) };
    };
    const first = await open([ownSeed]);
    expect(first.lines.some((line) => line.startsWith('Applying migration'))).toBe(true);
    const second = await open([ownSeed]);
    expect(second.lines.some((line) => /from the template .*\.tar/.test(line))).toBe(true);
    expect(second.lines.some((line) => line.startsWith('Applying migration'))).toBe(false);
    expect(second.slugs).toEqual(first.slugs);
    expect(second.slugs).toContain('sjabloon');

    writeFileSync(ownSeed, `insert into portal.organisations (slug, name) values ('anders', 'Gemeente Andersdorp');`);
    const changed = await open([ownSeed]);
    expect(
      changed.lines.some((line) => line.startsWith('Applying migration')),
      'a changed seed is applied, not copied',
    ).toBe(true);
    expect(changed.slugs).toContain('anders');
    expect(changed.slugs).not.toContain('sjabloon');
    expect(readdirSync(templateDir).filter((name) => name.endsWith('.tar'))).toHaveLength(2);
  });
});

describe('creating a database that fails', () => {
  it('refuses a missing seed file before creating anything', async () => {
    const dataDir = join(workDir, 'never-created');
    await expect(openDatabase({ dataDir, seedFiles: [join(workDir, 'missing-seed.sql')] })).rejects.toThrow(
      /Seed file not found: .*missing-seed\.sql/,
    );
    expect(existsSync(dataDir)).toBe(false);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('removes the half-made directory, so the next start begins again', async () => {
    const brokenSeed = join(workDir, 'broken-seed.sql');
    writeFileSync(brokenSeed, `insert into portal.organisations (slug, name) values ('Not A Slug', 'x');`);
    const dataDir = join(workDir, 'half-made');
    await expect(openDatabase({ dataDir, migrationsDir, seedFiles: [brokenSeed] })).rejects.toThrow(/broken-seed\.sql failed/);
    expect(existsSync(dataDir)).toBe(false);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });
});

describe('splitting a migration into statements', () => {
  it('keeps semicolons inside strings, identifiers, comments and dollar-quoted bodies', () => {
    const sql = `
      -- a comment; with a semicolon
      create table "odd;name" (a text default 'x;y');
      /* block; /* nested; */ comment */
      create function f() returns text language sql as $body$ select 'a;b' $body$;
      do $$ begin perform 1; end $$;
      select 1`;
    expect(splitStatements(sql)).toEqual([
      `-- a comment; with a semicolon\n      create table "odd;name" (a text default 'x;y')`,
      `/* block; /* nested; */ comment */\n      create function f() returns text language sql as $body$ select 'a;b' $body$`,
      'do $$ begin perform 1; end $$',
      'select 1',
    ]);
  });
});
