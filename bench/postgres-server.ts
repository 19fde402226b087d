// A Postgres server database for a benchmark side: created fresh, given Supabase's bootstrap, a tree's migrations
// and seed, and wrapped so that a tree's local Supabase stand-in can serve its API from it. The stand-in's RPC route
// needs only query, exec and transaction of PGlite's interface; PostgREST itself cannot be installed here, so the
// API in front of the server is the same stand-in as in front of PGlite, and both benchmark sides use it alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface ServerDatabase {
  name: string;
  /** PGlite's query/exec/transaction over a pool of this database (enough for the stand-in's RPC route). */
  db: PGlite;
  /** Runs SQL text (several statements) as the owner. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

type Queryable = { query: (sql: string, params?: unknown[]) => Promise<pg.QueryResult> };

function asPglite(run: Queryable) {
  return {
    query: async (sql: string, params?: unknown[]) => {
      const result = await run.query(sql, params);
      return { rows: result.rows, fields: result.fields, affectedRows: result.rowCount ?? 0 };
    },
    exec: async (sql: string) => {
      const result = await run.query(sql);
      return (Array.isArray(result) ? result : [result]).map((r: pg.QueryResult) => ({
        rows: r.rows,
        fields: r.fields,
        affectedRows: r.rowCount ?? 0,
      }));
    },
  };
}

/**
 * Creates database `name` on the server of `adminUrl` (dropping an earlier one of that name), applies
 * supabase/bootstrap/supabase-bootstrap.sql, every migration of `treeDir` in file-name order and its seed files.
 */
export async function createServerDatabase(adminUrl: string, name: string, treeDir: string, seedFiles: string[]): Promise<ServerDatabase> {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a database name for a benchmark: ${name}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 8 });
  const exec = async (sql: string) => {
    await pool.query(sql);
  };
  const files = [
    join(treeDir, 'supabase', 'bootstrap', 'supabase-bootstrap.sql'),
    ...readdirSync(join(treeDir, 'supabase', 'migrations'))
      .filter((file) => file.endsWith('.sql'))
      .sort()
      .map((file) => join(treeDir, 'supabase', 'migrations', file)),
    ...seedFiles.map((file) => join(treeDir, file)),
  ];
  for (const file of files) {
    try {
      await exec(readFileSync(file, 'utf8'));
    } catch (error) {
      await pool.end();
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  }
  const db = {
    ...asPglite(pool),
    async transaction<T>(fn: (tx: ReturnType<typeof asPglite>) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(asPglite(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  } as unknown as PGlite;
  return {
    name,
    db,
    exec,
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    async drop() {
      await pool.end();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      try {
        await again.query(`drop database if exists ${name} with (force)`);
      } finally {
        await again.end();
      }
    },
  };
}
