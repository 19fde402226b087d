import type { PGlite } from '@electric-sql/pglite';

/**
 * The channel the database notifies when a staff write changes what the public site shows; the payload is
 * the organisation's slug. Postgres delivers a notification when its transaction commits (never for one that
 * rolls back) and sends identical ones of one transaction once, so a publish that touches several rows in one
 * request arrives as one notification.
 */
export const SITE_CHANGED_CHANNEL = 'portal_site_changed';

/**
 * Calls `onChange(organisation)` for every committed `pg_notify('portal_site_changed', <slug>)` in this
 * database, until the returned function is called. After that no call is made, not even for a notification
 * PGlite had already queued. A callback that throws is logged, never left to crash the server.
 */
export async function listenForSiteChanges(
  db: PGlite,
  onChange: (organisation: string) => void,
  log: (line: string) => void,
): Promise<() => Promise<void>> {
  let listening = true;
  // PGlite hands notifications over in microtasks, so one may still arrive after unlisten has run.
  const deliver = (organisation: string) => {
    if (!listening) return;
    try {
      onChange(organisation);
    } catch (error) {
      log(`Internal error in the site change listener: ${(error as Error)?.stack ?? String(error)}`);
    }
  };
  const unlisten = await db.listen(SITE_CHANGED_CHANNEL, deliver);
  let stopping: Promise<void> | undefined;
  return () => {
    listening = false;
    stopping ??= db.closed ? Promise.resolve() : unlisten();
    return stopping;
  };
}
