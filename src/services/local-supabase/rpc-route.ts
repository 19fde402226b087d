import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PGlite } from '@electric-sql/pglite';
import { callSql, chooseRoutine, EXPOSED_SCHEMA, loadRoutines, type Routine } from './function-lookup.ts';
import {
  BODY_TOO_LARGE_MESSAGE,
  BodyTooLargeError,
  header,
  JSON_TOO_DEEP_MESSAGE,
  parseJsonObject,
  peerAddress,
  readBody,
  sendEmpty,
  sendJson,
} from './http.ts';
import { databaseFailure, failure, type PostgrestFailure } from './postgrest-errors.ts';
import { identify, type RequestIdentity } from './postgrest-jwt.ts';

export interface RestContext {
  db: PGlite;
  jwtSecret: string;
  log: (line: string) => void;
}

// Query parameters that PostgREST reads as options, never as function arguments.
const RESERVED_PARAMS = new Set(['select', 'order', 'limit', 'offset', 'columns', 'on_conflict', 'apikey']);

/**
 * PostgREST's RPC route behind /rest/v1 (`path` is what follows /rest/v1, e.g. /rpc/get_organisation).
 * Tables are not served: the portal exposes its data only through functions.
 */
export async function handleRest(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  path: string,
  apiKey: string,
  context: RestContext,
): Promise<void> {
  const answer = await restResponse(req, url, path, apiKey, context).catch((error: unknown) => {
    context.log(`Internal error in ${req.method} /rest/v1${path}: ${(error as Error)?.stack ?? String(error)}`);
    return failure(500, 'PGRSTX00', 'Internal server error');
  });
  // The gateway has set the CORS headers on `res` already (gateway.ts, checkOrigin).
  if ('status' in answer) {
    sendJson(res, answer.status, answer.body, answer.headers);
  } else if (answer.body === undefined) {
    sendEmpty(res, 204);
  } else {
    sendJson(res, 200, answer.body, answer.headers);
  }
}

interface Success {
  body: string | undefined;
  headers?: Record<string, string>;
}

async function restResponse(
  req: IncomingMessage,
  url: URL,
  path: string,
  apiKey: string,
  { db, jwtSecret }: RestContext,
): Promise<Success | PostgrestFailure> {
  const identity = await identify(req, apiKey, jwtSecret);
  if ('status' in identity) return identity;

  const method = req.method ?? 'GET';
  const isRead = method === 'GET' || method === 'HEAD';
  const profile = header(req, isRead ? 'accept-profile' : 'content-profile');
  if (profile !== undefined && profile !== EXPOSED_SCHEMA) {
    return failure(406, 'PGRST106', `Invalid schema: ${profile}`, null, `Only the following schemas are exposed: ${EXPOSED_SCHEMA}`);
  }

  const match = /^\/rpc\/([^/]+)$/.exec(path);
  if (!match?.[1]) {
    const table = path.replace(/^\//, '');
    if (table === '') return failure(404, 'PGRST126', 'Root endpoint metadata is disabled');
    return failure(404, 'PGRST205', `Could not find the table '${EXPOSED_SCHEMA}.${table}' in the schema cache`);
  }
  let name: string;
  try {
    name = decodeURIComponent(match[1]);
  } catch {
    return failure(400, 'PGRST100', 'The function name in the path is not valid percent-encoding');
  }
  // Postgres text cannot hold a NUL byte (the catalog lookup would fail), and no function name has a control character.
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    return failure(400, 'PGRST100', 'The function name in the path contains a NUL byte or another control character.');
  }
  if (!isRead && method !== 'POST') return failure(405, 'PGRST101', `Cannot use the ${method} method on RPC`);

  // Wrapped, since an argument may well be called `status`.
  const parsed = isRead ? { args: queryArguments(url) } : await bodyArguments(req);
  if (!('args' in parsed)) return parsed;
  return callFunction(db, req, path, identity, name, parsed.args, isRead);
}

function queryArguments(url: URL): Record<string, string> {
  const args: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (!RESERVED_PARAMS.has(key)) args[key] = value;
  }
  return args;
}

async function bodyArguments(req: IncomingMessage): Promise<{ args: Record<string, unknown> } | PostgrestFailure> {
  const contentType = header(req, 'content-type');
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== undefined && mediaType !== '' && mediaType !== 'application/json') {
    return failure(415, 'PGRST107', `Content-Type not acceptable: ${contentType}`);
  }
  let text: string;
  try {
    text = (await readBody(req)).toString('utf8');
  } catch (error) {
    // Kong answers this in its own words; here it is an error body like every other the RPC route gives.
    if (error instanceof BodyTooLargeError) return failure(413, 'PGRST102', BODY_TOO_LARGE_MESSAGE);
    throw error;
  }
  // An empty body calls the function without arguments.
  const parsed = parseJsonObject(text);
  if (parsed.ok) return { args: parsed.value };
  if (parsed.reason === 'too_deep') return failure(400, 'PGRST102', JSON_TOO_DEEP_MESSAGE);
  if (parsed.reason === 'not_object') return failure(400, 'PGRST102', 'The request body must be a JSON object of named arguments');
  return failure(400, 'PGRST102', 'Empty or invalid json');
}

/**
 * One transaction per request, as PostgREST: read-only for GET and for stable or immutable functions;
 * the request's settings; `set local role`; the call. Any error rolls everything back.
 */
async function callFunction(
  db: PGlite,
  req: IncomingMessage,
  path: string,
  identity: RequestIdentity,
  name: string,
  args: Record<string, unknown>,
  isRead: boolean,
): Promise<Success | PostgrestFailure> {
  const argumentNames = Object.keys(args);
  // Found before the transaction starts, since whether it is read-only depends on the function.
  const choice = chooseRoutine(name, await loadRoutines(db, name), argumentNames, !isRead);
  if ('status' in choice) return choice;
  const routine: Routine = choice;

  try {
    const row = await db.transaction(async (tx) => {
      if (isRead || routine.readOnly) await tx.exec('set transaction read only');
      await tx.query(
        `select set_config('search_path', 'public, extensions', true),
                set_config('request.jwt.claims', $1, true),
                set_config('request.method', $2, true),
                set_config('request.path', $3, true),
                set_config('request.headers', $4, true),
                set_config('request.cookies', $5, true)`,
        [JSON.stringify(identity.claims), req.method ?? 'GET', path, JSON.stringify(lowercasedHeaders(req)), JSON.stringify(cookies(req))],
      );
      // The role is one of three fixed names (checked in identify), never text from the request.
      await tx.exec(`set local role ${identity.role}`);
      const sql = callSql(routine, argumentNames);
      const result = await tx.query<{ body: string | null; row_count?: number }>(sql, argumentNames.length ? [JSON.stringify(args)] : []);
      return result.rows[0];
    });
    if (routine.returnsVoid) return { body: undefined };
    if (routine.returnsSet) {
      const count = row?.row_count ?? 0;
      return { body: row?.body ?? '[]', headers: { 'Content-Range': count ? `0-${count - 1}/*` : '*/*' } };
    }
    return { body: row?.body ?? 'null' };
  } catch (error) {
    if (isDatabaseError(error)) return databaseFailure(error, identity.role !== 'anon');
    throw error;
  }
}

function isDatabaseError(error: unknown): error is { code: string; message: string; detail?: string; hint?: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && 'severity' in error;
}

/**
 * The request's headers for `request.headers`, as Supabase's gateway hands them on: with the TCP peer address
 * appended to x-forwarded-for. Whatever the client wrote stays in front of it, so only the last entry is one the
 * client cannot choose; the database reads that one for its limits per source.
 */
function lowercasedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  const written = headers['x-forwarded-for']?.trim();
  headers['x-forwarded-for'] = written ? `${written}, ${peerAddress(req)}` : peerAddress(req);
  return headers;
}

function cookies(req: IncomingMessage): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) jar[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return jar;
}
