import type { PGlite } from '@electric-sql/pglite';

/**
 * One digest per table (row count and an md5 over all rows in a fixed order) of every table in the schemas that
 * hold data: equal fingerprints, equal contents. For round trips (backup and restore) and for proving that a
 * refused request changed nothing.
 */
export async function tableFingerprint(
  db: PGlite,
  schemas = ['auth', 'portal', 'public', 'supabase_migrations'],
): Promise<Record<string, string>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema = any($1::text[]) order by 1`,
    [schemas],
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await db.query<{ digest: string }>(
      `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from ${name} t`,
    );
    result[name] = rows[0]!.digest;
  }
  return result;
}
