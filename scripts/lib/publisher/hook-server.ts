// The publisher's door for the deploy hook: the database posts `{"event_type": "portal_site_changed",
// "client_payload": {"organisation": "<slug>"}}` with `Authorization: Bearer <secret>` after each commit that
// changes the public site (portal.deploy_hooks, pg_net). Only a request with the secret counts; the answer never
// says more than why it was refused. Nothing a request carries is trusted beyond "look again": the publisher reads
// what changed from the API itself.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BodyTooLargeError, parseJsonObject, readBody, sendJson } from '../../../src/services/local-supabase/http.ts';

/** The hook's body is a few dozen bytes. */
const maxBodyBytes = 16 * 1024;

export const HOOK_PATH = '/hooks/site-changed';

export interface HookServerOptions {
  organisation: string;
  secret: string;
  port: number;
  host: string;
  /** A valid hook arrived. Called once per request; the answer (202) does not wait for it. */
  onHook: () => void;
  /** For GET /: what the publisher is doing, for a health check. No secret in it. */
  status: () => Record<string, unknown>;
}

export interface HookServer {
  url: string;
  close(): Promise<void>;
}

/** Compares in constant time, also for secrets of different lengths (both are hashed first). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export async function startHookServer(options: HookServerOptions): Promise<HookServer> {
  const server: Server = createServer((req, res) => {
    handle(req, res, options).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { message: 'The publisher could not read this request.' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HookServerOptions): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://publisher.invalid').pathname;
  if (path === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
    sendJson(res, 200, options.status());
    return;
  }
  if (path !== HOOK_PATH) {
    sendJson(res, 404, { message: `Not found. The deploy hook is POST ${HOOK_PATH}.` });
    return;
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, { message: 'The deploy hook takes POST only.' }, { Allow: 'POST' });
    return;
  }
  const authorization = req.headers.authorization ?? '';
  const given = authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : '';
  if (!given || !sameSecret(given, options.secret)) {
    req.resume();
    sendJson(
      res,
      401,
      { message: 'Missing or wrong secret: send Authorization: Bearer <the secret in portal.deploy_hooks>.' },
      { 'WWW-Authenticate': 'Bearer' },
    );
    return;
  }
  let text: string;
  try {
    text = (await readBody(req, maxBodyBytes)).toString('utf8');
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendJson(res, 413, { message: `The hook's body is larger than ${maxBodyBytes} bytes.` });
      return;
    }
    throw error;
  }
  const body = parseJsonObject(text);
  if (!body.ok) {
    sendJson(res, 400, {
      message: 'The body must be a JSON object: {"event_type": "portal_site_changed", "client_payload": {"organisation": "<slug>"}}.',
    });
    return;
  }
  const { event_type: eventType, client_payload: payload } = body.value;
  const organisation = payload !== null && typeof payload === 'object' ? (payload as Record<string, unknown>)['organisation'] : undefined;
  if (eventType !== 'portal_site_changed') {
    sendJson(res, 400, { message: 'event_type must be "portal_site_changed".' });
    return;
  }
  if (organisation !== options.organisation) {
    sendJson(res, 400, {
      message: `This publisher builds the site of "${options.organisation}"; client_payload.organisation names another.`,
    });
    return;
  }
  options.onHook();
  sendJson(res, 202, { message: 'Accepted: the publisher reads what changed and updates the site.' });
}
