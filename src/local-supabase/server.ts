import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { handleAuth } from './auth-route.ts';
import { openDatabase } from './database.ts';
import { answerBodyTooLarge, answerPreflight, checkApiKey } from './gateway.ts';
import { BodyTooLargeError, sendJson } from './http.ts';
import { apiKeys, jwtExpiryFromEnv, jwtSecretFromEnv } from './keys.ts';
import { handleRest } from './rpc-route.ts';
import { listenForSiteChanges } from './site-changes.ts';
import { handleUnsubscribe, UNSUBSCRIBE_PATH } from './unsubscribe-route.ts';
import { serveStatic } from './static-files.ts';

export interface LocalSupabaseOptions {
  /** PGlite data directory; undefined = in memory. Ignored when `db` is given. */
  dataDir?: string;
  /** Seed files for a new database (default supabase/seed.sql). Ignored when `db` is given. */
  seedFiles?: string[];
  /** 0 = any free port (tests). Default 54321, the port of `supabase start`. */
  port?: number;
  /** Default 127.0.0.1. 'localhost' listens on both 127.0.0.1 and ::1, so http://localhost works everywhere. */
  host?: string;
  /** A built site to serve from the same origin as the API. */
  staticDir?: string;
  /** Progress lines and internal errors; default console.log. */
  log?: (line: string) => void;
  /** An already open database; the caller keeps it (close() leaves it open). */
  db?: PGlite;
  /** Seconds an access token lives; default JWT_EXPIRY from the environment, else 3600. */
  jwtExpiry?: number;
  /**
   * Called with the organisation's slug after a committed write changed what its public site shows
   * (`pg_notify('portal_site_changed', <slug>)`), so that `npm start` can rebuild the site. Until close().
   */
  onSiteChanged?: (organisation: string) => void;
}

export interface LocalSupabase {
  url: string;
  anonKey: string;
  serviceRoleKey: string;
  jwtSecret: string;
  db: PGlite;
  close(): Promise<void>;
}

/**
 * Starts the local Supabase stand-in: PostgREST's RPC route at /rest/v1, GoTrue's password sessions at
 * /auth/v1 (both behind the apikey check of Supabase's gateway), and optionally a static site, all on one
 * origin, over PGlite.
 */
export async function startLocalSupabase(options: LocalSupabaseOptions = {}): Promise<LocalSupabase> {
  const log = options.log ?? ((line: string) => console.log(line));
  const jwtSecret = jwtSecretFromEnv();
  const jwtExpiry = options.jwtExpiry ?? jwtExpiryFromEnv();
  const keys = await apiKeys(jwtSecret);
  const ownsDatabase = options.db === undefined;
  const db = options.db ?? (await openDatabase({ dataDir: options.dataDir, seedFiles: options.seedFiles, log }));

  let url = '';
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) return answerBodyTooLarge(res);
      log(`Internal error in ${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { message: 'Internal server error' });
      else res.destroy();
    });
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let requestUrl: URL;
    try {
      // Prefixing keeps a path like //host/x a path instead of a host.
      requestUrl = new URL(`http://stand-in${req.url ?? '/'}`);
    } catch {
      return sendJson(res, 400, { message: 'Malformed request URL' });
    }
    if (requestUrl.pathname === UNSUBSCRIBE_PATH) return handleUnsubscribe(req, res, requestUrl, { db, log, siteUrl: () => process.env['PUBLIC_SITE_URL'] || url });
    const service = /^\/(rest|auth)\/v1(\/.*)?$/.exec(requestUrl.pathname);
    if (!service) {
      if (options.staticDir) return serveStatic(req, res, requestUrl, options.staticDir);
      return sendJson(res, 404, { message: 'no Route matched with those values' });
    }
    if (req.method === 'OPTIONS') return answerPreflight(req, res);
    const apiKey = checkApiKey(req, res, requestUrl, keys);
    if (!apiKey) return;
    const path = service[2] ?? '/';
    if (service[1] === 'rest') return handleRest(req, res, requestUrl, path, apiKey, { db, jwtSecret, log });
    return handleAuth(req, res, requestUrl, path, { db, jwtSecret, jwtExpiry, issuer: () => `${url}/auth/v1`, log });
  }

  const host = options.host ?? '127.0.0.1';
  const servers: Server[] = [];
  let stopListening: (() => Promise<void>) | undefined;
  try {
    // Before the server accepts requests, so that no write through the API goes unnoticed.
    if (options.onSiteChanged) stopListening = await listenForSiteChanges(db, options.onSiteChanged, log);
    const first = await listen(handler, host === 'localhost' ? '127.0.0.1' : host, options.port ?? 54321);
    servers.push(first);
    const port = (first.address() as AddressInfo).port;
    if (host === 'localhost') {
      const ipv6 = await listen(handler, '::1', port).catch(() => undefined);
      if (ipv6) servers.push(ipv6);
    }
    url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    await stopListening?.();
    if (ownsDatabase) await db.close();
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    anonKey: keys.anonKey,
    serviceRoleKey: keys.serviceRoleKey,
    jwtSecret,
    db,
    close() {
      closing ??= (async () => {
        await Promise.all(servers.map(closeServer));
        // A database the caller keeps stays open: its notifications must stop reaching this stand-in's callback.
        await stopListening?.();
        // Closing PGlite flushes it to disk and releases the data directory's lock.
        if (ownsDatabase) await db.close();
      })();
      return closing;
    },
  };
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
