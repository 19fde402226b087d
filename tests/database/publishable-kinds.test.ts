// portal.publishable_kinds is the one list of the kinds residents see. The migrations that run before it exists
// (the workflow columns, the audit log, the site-change trigger) loop over table names of their own; this test
// holds every kind's table to what those loops give, so a new kind cannot miss one.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/services/local-supabase/index.ts';

let db: PGlite;
let tables: string[];

beforeAll(async () => {
  db = await openDatabase({ seedFiles: [] });
  tables = (await db.query<{ table_name: string }>('select table_name from portal.publishable_kinds order by kind')).rows.map(
    (row) => row.table_name,
  );
});
afterAll(() => db?.close());

async function missingTriggers(suffix: string): Promise<string[]> {
  const { rows } = await db.query<{ table_name: string }>(
    `select k.table_name from portal.publishable_kinds k
      where not exists (select 1 from pg_trigger t
                         where t.tgrelid = format('portal.%I', k.table_name)::regclass and t.tgname = k.table_name || $1)
      order by 1`,
    [suffix],
  );
  return rows.map((row) => row.table_name);
}

describe('every publishable kind', () => {
  it('has its table in schema portal', async () => {
    expect(tables.length).toBeGreaterThanOrEqual(17);
    const { rows } = await db.query<{ missing: string }>(
      `select k.table_name as missing from portal.publishable_kinds k where to_regclass(format('portal.%I', k.table_name)) is null`,
    );
    expect(rows).toEqual([]);
  });

  it('is written to the audit log', async () => {
    expect(await missingTriggers('_audit')).toEqual([]);
  });

  it('tells the site to rebuild when it changes', async () => {
    expect(await missingTriggers('_site_changed')).toEqual([]);
  });

  // Except a promise's status change: it waits for approval as a pending revision of kind promise_status
  // (portal.revisions), and its row in promise_status_changes is the approved history, written once.
  it('carries the workflow columns: publication, who wrote and approved it, and why it was sent back or withdrawn', async () => {
    const { rows } = await db.query<{ table_name: string; column_name: string }>(
      `select k.table_name, c.column_name
         from portal.publishable_kinds k
         cross join unnest(array['publication', 'author_id', 'approver_id', 'submitted_at', 'returned_reason', 'unpublished_reason']) c (column_name)
        where k.kind <> 'promise_status'
          and not exists (select 1 from information_schema.columns i
                           where i.table_schema = 'portal' and i.table_name = k.table_name and i.column_name = c.column_name)
        order by 1, 2`,
    );
    expect(rows).toEqual([]);
  });
});
