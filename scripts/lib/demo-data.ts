import type { PGlite } from '@electric-sql/pglite';

/**
 * The demo data (supabase/seed.sql) is for trying the portal, never for running one: its staff logins share a
 * published password and its projects are invented. `npm start` loads it only when asked (`npm run demo`, or
 * `npm start -- --demo`), and refuses to serve a database that holds it unless asked, so a demo database is
 * never taken for a real one.
 */
export const DEMO_FLAG = '--demo';

/** The organisations supabase/seed.sql creates, by their fixed ids. */
const DEMO_ORGANISATIONS = ['de000000-0000-4000-8000-0000000000d0', 'be000000-0000-4000-8000-0000000000b0'];

export function demoRequested(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): boolean {
  return argv.includes(DEMO_FLAG) || env['PORTAL_DEMO'] === '1';
}

export async function holdsDemoData(db: PGlite): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>(
    'select exists (select 1 from portal.organisations where id = any($1::uuid[])) as found',
    [DEMO_ORGANISATIONS],
  );
  return rows[0]?.found === true;
}

export const DEMO_REFUSAL =
  'This database holds the demo data (Gemeente Demodam, with demo logins whose password is public). ' +
  'Start it with npm run demo to try the portal, or give your own portal a database of its own: ' +
  'PORTAL_DATA_DIR=<another folder> npm run setup (see README.md, "Run your own portal").';
