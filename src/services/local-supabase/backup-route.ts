import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PGlite } from '@electric-sql/pglite';
import { dumpDatabase } from './backup.ts';
import { bearerToken, header, sendJson } from './http.ts';
import { verifyJwt } from './keys.ts';

// GET /admin/v1/backup: a backup of the running database (see backup.ts), for `npm run db:backup` while
// `npm start` holds the data directory. Hosted Supabase has its own backups; this route exists only here.
// Only the service_role key opens it (the backup holds every address and account), and never from a browser:
// a request with an Origin header is refused, so no web page can read it even with the key.

export const BACKUP_PATH = '/admin/v1/backup';

export interface BackupContext {
  db: PGlite;
  jwtSecret: string;
}

export async function handleBackup(req: IncomingMessage, res: ServerResponse, context: BackupContext): Promise<void> {
  if (req.method !== 'GET') return sendJson(res, 405, { message: 'Only GET is allowed here.' }, { Allow: 'GET' });
  if (header(req, 'origin') !== undefined) {
    return sendJson(res, 403, { message: 'A backup cannot be requested from a web page.' });
  }
  const token = bearerToken(req);
  if (!token || !(await isServiceRole(context.jwtSecret, token))) {
    return sendJson(res, 401, { message: 'A backup needs the service_role key (Authorization: Bearer <key>).' });
  }
  const bytes = await dumpDatabase(context.db);
  res.writeHead(200, {
    'Content-Type': 'application/gzip',
    'Content-Length': String(bytes.length),
    'Cache-Control': 'no-store',
  });
  res.end(bytes);
}

async function isServiceRole(secret: string, token: string): Promise<boolean> {
  try {
    return (await verifyJwt(secret, token)).role === 'service_role';
  } catch {
    return false;
  }
}
