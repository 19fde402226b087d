import type { IncomingMessage, ServerResponse } from 'node:http';
import { header, MAX_BODY_BYTES, sendEmpty, sendJson } from './http.ts';

/**
 * The API gateway part of Supabase (Kong): CORS, and the `apikey` every /rest/v1 and /auth/v1 request
 * must carry. Kong only checks that the key is one it knows; verifying the Authorization JWT is the job of
 * PostgREST and GoTrue behind it.
 */
export interface ApiKeys {
  anonKey: string;
  serviceRoleKey: string;
}

export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Content-Range, Content-Location, X-Supabase-Api-Version',
};

/** Answers a CORS preflight; it carries no apikey, so it comes before the key check. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  sendEmpty(res, 204, {
    ...CORS_HEADERS,
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
    sendJson(res, 401, { message: 'No API key found in request' }, CORS_HEADERS);
    return undefined;
  }
  if (apiKey === keys.anonKey || apiKey === keys.serviceRoleKey) return apiKey;
  sendJson(res, 401, { message: 'Invalid API key' }, CORS_HEADERS);
  return undefined;
}

/** Kong's answer to a body over the size limit. */
export function answerBodyTooLarge(res: ServerResponse): void {
  sendJson(
    res,
    413,
    { message: `Request size limit exceeded: the body is larger than 1 MiB (${MAX_BODY_BYTES} bytes).` },
    CORS_HEADERS,
  );
}
