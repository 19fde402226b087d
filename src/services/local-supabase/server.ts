import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { allowedOriginsFromEnv, normaliseOrigins, siteOrigins } from './allowed-origins.ts';
import { handleAuth } from './auth-route.ts';
import { BACKUP_PATH, handleBackup } from './backup-route.ts';
import { openDatabase } from './database.ts';
import { exposureRefusal, isLoopbackHost } from './exposure.ts';
import { answerPreflight, checkApiKey, checkOrigin } from './gateway.ts';
import { answerClientError, sendJson } from './http.ts';
import { chooseJwtSecret } from './jwt-secret-file.ts';
import { apiKeys, jwtExpiryFromEnv } from './keys.ts';
import { handleRest } from './rpc-route.ts';
import { createSignInThrottle } from './sign-in-throttle.ts';
import { listenForSiteChanges, type SiteChange } from './site-changes.ts';
import { handleUnsubscribe, UNSUBSCRIBE_PATH } from './unsubscribe-route.ts';
import { serveStatic } from './static-files.ts';

export interface LocalSupabaseOptions {
  /** PGlite data directory; undefined = in memory. Ignored when `db` is given. */
  dataDir?: string;
  /** Seed files for a new database (default supabase/seed.sql). Ignored when `db` is given. */
  seedFiles?: string[];
  /** 0 = any free port (tests). Default 54321, the port of `supabase start`. */
  port?: number;
  /**
   * Default 127.0.0.1. 'localhost' listens on both 127.0.0.1 and ::1, so http://localhost works everywhere.
   * Any address beyond loopback is refused while the secret is Supabase's demo secret or a demo login works
   * (exposure.ts).
   */
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
   * The secret keys and access tokens are signed with. Default JWT_SECRET from the environment, else the data
   * directory's own (`<dataDir>.jwt-secret`, made on the first start), else a random one for this start.
   */
  jwtSecret?: string;
  /**
   * Origins besides the site itself whose pages may call the API from a browser, e.g. https://meedoen.example.nl.
   * Default PORTAL_ALLOWED_ORIGINS from the environment (comma-separated). Requests from any other page are refused.
   */
  allowedOrigins?: string[];
  /**
   * Called after a committed write changed what an organisation's public site shows (`pg_notify('portal_site_changed',
   * ...)`), with the organisation and, when the change was one project's, the project, so that `npm start` can
   * re-render that project or rebuild the site. Until close().
   */
  onSiteChanged?: (change: SiteChange) => void;
}

export interface LocalSupabase {
  url: string;
  anonKey: string;
  serviceRoleKey: string;
  jwtSecret: string;
  /** The file the secret is kept in, when it belongs to the data directory (not given by JWT_SECRET or option). */
  jwtSecretFile: string | undefined;
  db: PGlite;
  close(): Promise<void>;
}

/**
 * Starts the local Supabase stand-in: PostgREST's RPC route at /rest/v1, GoTrue's password sessions at
 * /auth/v1 (both behind the gateway's checks of the Origin and the apikey), and optionally a static site, all on
 * one origin, over PGlite.
 */
export async function startLocalSupabase(options: LocalSupabaseOptions = {}): Promise<LocalSupabase> {
  const log = options.log ?? ((line: string) => console.log(line));
  const listedOrigins = options.allowedOrigins ? normaliseOrigins(options.allowedOrigins) : allowedOriginsFromEnv();
  const jwtExpiry = options.jwtExpiry ?? jwtExpiryFromEnv();
  const ownsDatabase = options.db === undefined;
  const { secret: jwtSecret, file: jwtSecretFile } = chooseJwtSecret({
    jwtSecret: options.jwtSecret,
    dataDir: ownsDatabase ? options.dataDir : undefined,
    log,
  });
  const keys = await apiKeys(jwtSecret);
  const signInThrottle = createSignInThrottle();
  const db = options.db ?? (await openDatabase({ dataDir: options.dataDir, seedFiles: options.seedFiles, log }));
  // Filled in once the port is known: the site's own origins and the listed ones.
  const allowedOrigins = new Set<string>();

  let url = '';
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
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
    if (requestUrl.pathname === UNSUBSCRIBE_PATH)
      return handleUnsubscribe(req, res, requestUrl, { db, log, siteUrl: () => process.env['PUBLIC_SITE_URL'] || url });
    if (requestUrl.pathname === BACKUP_PATH) return handleBackup(req, res, { db, jwtSecret });
    const service = /^\/(rest|auth)\/v1(\/.*)?$/.exec(requestUrl.pathname);
    if (!service) {
      if (options.staticDir) return serveStatic(req, res, requestUrl, options.staticDir);
      return sendJson(res, 404, { message: 'no Route matched with those values' });
    }
    if (!checkOrigin(req, res, allowedOrigins)) return;
    if (req.method === 'OPTIONS') return answerPreflight(req, res);
    const apiKey = checkApiKey(req, res, requestUrl, keys);
    if (!apiKey) return;
    const path = service[2] ?? '/';
    if (service[1] === 'rest') return handleRest(req, res, requestUrl, path, apiKey, { db, jwtSecret, log });
    return handleAuth(req, res, requestUrl, path, { db, jwtSecret, jwtExpiry, issuer: () => `${url}/auth/v1`, log, signInThrottle });
  }

  const host = options.host ?? '127.0.0.1';
  const servers: Server[] = [];
  let stopListening: (() => Promise<void>) | undefined;
  try {
    // Before anything listens: beyond loopback, a demo login or the demo secret would open the API to the network.
    const refusal = await exposureRefusal(db, host, jwtSecret);
    if (refusal) throw new Error(refusal);
    // Before the server accepts requests, so that no write through the API goes unnoticed.
    if (options.onSiteChanged) stopListening = await listenForSiteChanges(db, options.onSiteChanged, log);
    const first = await listen(handler, host === 'localhost' ? '127.0.0.1' : host, options.port ?? 54321);
    servers.push(first);
    const port = (first.address() as AddressInfo).port;
    url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    // At once, while the first socket may already take requests: the site's own pages must never be refused.
    for (const origin of [...siteOrigins(url, host, port), ...listedOrigins]) allowedOrigins.add(origin);
    if (host === 'localhost') {
      const ipv6 = await listen(handler, '::1', port).catch(() => undefined);
      if (ipv6) servers.push(ipv6);
    }
    if (!isLoopbackHost(host)) {
      log(`Listening on ${host}: the API and the site can be reached from other machines, not only from this one.`);
    }
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
    jwtSecretFile,
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
    server.on('clientError', answerClientError);
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
