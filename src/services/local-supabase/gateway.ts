import type { IncomingMessage, ServerResponse } from 'node:http';
import { ALLOWED_ORIGINS_VARIABLE } from './allowed-origins.ts';
import { header, sendEmpty, sendJson } from './http.ts';

/**
 * The API gateway part of Supabase (Kong): CORS, and the `apikey` every /rest/v1 and /auth/v1 request
 * must carry. Kong only checks that the key is one it knows; verifying the Authorization JWT is the job of
 * PostgREST and GoTrue behind it. Unlike Kong's `*`, CORS here is limited to the allowed origins
 * (allowed-origins.ts): the stand-in runs on a developer's machine, where any page in their browser could
 * otherwise call it.
 */
export interface ApiKeys {
  anonKey: string;
  serviceRoleKey: string;
}

const EXPOSE_HEADERS = 'Content-Range, Content-Location, Retry-After, X-Supabase-Api-Version';

/**
 * Refuses (403, with a message) a request whose Origin header is not allowed, before anything else looks at
 * it: a browser sends a "simple" cross-origin POST without asking first, so a refused preflight alone would
 * not stop it. For an allowed origin, sets the CORS headers of every response to this request. A request
 * without an Origin (the build, the mail worker, curl) is no browser's and passes. True when it may go on.
 */
export function checkOrigin(req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string>): boolean {
  // Answers differ per Origin, so a cache must keep them apart.
  res.setHeader('Vary', 'Origin');
  const origin = header(req, 'origin');
  if (origin === undefined) return true;
  if (allowed.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    return true;
  }
  sendJson(res, 403, {
    message:
      `Requests from the web page at ${origin.slice(0, 200)} are not allowed. Only the site this server serves ` +
      `and the origins listed in ${ALLOWED_ORIGINS_VARIABLE} may call this API from a browser.`,
  });
  return false;
}

/** Answers a CORS preflight of an allowed origin (checkOrigin first); it carries no apikey, so it comes before the key check. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  sendEmpty(res, 204, {
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers':
      header(req, 'access-control-request-headers') ??
      'authorization, x-client-info, apikey, content-type, accept-profile, content-profile, prefer, x-supabase-api-version',
    'Access-Control-Max-Age': '86400',
  });
}

/**
 * The request's apikey when it is one of the two known keys, or undefined after answering 401 as Kong
 * does. Kong also accepts the key as an `apikey` query parameter.
 */
export function checkApiKey(req: IncomingMessage, res: ServerResponse, url: URL, keys: ApiKeys): string | undefined {
  const apiKey = header(req, 'apikey') ?? url.searchParams.get('apikey') ?? undefined;
  if (!apiKey) {
    sendJson(res, 401, { message: 'No API key found in request' });
    return undefined;
  }
  if (apiKey === keys.anonKey || apiKey === keys.serviceRoleKey) return apiKey;
  sendJson(res, 401, { message: 'Invalid API key' });
  return undefined;
}
