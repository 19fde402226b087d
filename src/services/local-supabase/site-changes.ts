import type { PGlite } from '@electric-sql/pglite';

/**
 * The channel the database notifies when a staff write changes what the public site shows; the payload is
 * '<organisation>/<project>' for a change of one project's records, or the organisation's slug alone for any other
 * change (portal.notify_site_changed in supabase/migrations/20261128001000_staff_workflow_and_audit.sql). Postgres delivers a notification when its transaction commits (never for one that
 * rolls back) and sends identical ones of one transaction once, so a publish that touches several rows in one
 * request arrives as one notification.
 */
export const SITE_CHANGED_CHANNEL = 'portal_site_changed';

/** One notification: the organisation, and the project when the change was one project's. */
export interface SiteChange {
  organisation: string;
  project?: string;
}

/** Reads a notification's payload. */
export function parseSiteChange(payload: string): SiteChange {
  const slash = payload.indexOf('/');
  return slash < 0 ? { organisation: payload } : { organisation: payload.slice(0, slash), project: payload.slice(slash + 1) };
}

/**
 * Calls `onChange` for every committed `pg_notify('portal_site_changed', ...)` in this database, until the returned function is called. After that no call is made, not even for a notification
 * PGlite had already queued. A callback that throws is logged, never left to crash the server.
 */
export async function listenForSiteChanges(
  db: PGlite,
  onChange: (change: SiteChange) => void,
  log: (line: string) => void,
): Promise<() => Promise<void>> {
  let listening = true;
  // PGlite hands notifications over in microtasks, so one may still arrive after unlisten has run.
  const deliver = (payload: string) => {
    if (!listening) return;
    try {
      onChange(parseSiteChange(payload));
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
