import type { PGlite } from '@electric-sql/pglite';

/**
 * The organisation whose site `npm start` builds: PUBLIC_ORGANISATION when set, else the only one in the
 * database (a real portal has one), else demodam for the demo. Throws a plain message saying what to do when
 * there is none yet, when there are several to choose from, or when the one asked for does not exist.
 */
export async function chooseOrganisation(db: PGlite, configured: string | undefined, demo: boolean): Promise<string> {
  const { rows } = await db.query<{ slug: string }>('select slug from portal.organisations order by slug');
  const slugs = rows.map((row) => row.slug);
  if (configured) {
    if (slugs.includes(configured)) return configured;
    throw new Error(
      `PUBLIC_ORGANISATION is "${configured}", but this database has ${slugs.length ? `only ${slugs.join(', ')}` : 'no organisation yet'}.`,
    );
  }
  if (demo && slugs.includes('demodam')) return 'demodam';
  if (slugs.length === 1) return slugs[0]!;
  if (slugs.length === 0) {
    throw new Error(
      'This database has no organisation yet. Create yours with npm run setup -- organisation <slug> "<name>", ' +
        'then its first admin with npm run setup -- account <e-mail> --organisation <slug>; or try the demo with npm run demo.',
    );
  }
  throw new Error(`This database has several organisations (${slugs.join(', ')}): set PUBLIC_ORGANISATION to the one to serve.`);
}
