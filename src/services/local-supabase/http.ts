import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';

/** Request bodies above this are refused with 413 (Kong's default client_max_body_size in Supabase is larger; 1 MiB is plenty for RPC arguments). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What the routes answer, each in its own error format, for a body over MAX_BODY_BYTES. */
export const BODY_TOO_LARGE_MESSAGE = `The request body is larger than 1 MiB (${MAX_BODY_BYTES} bytes).`;

/**
 * JSON bodies may nest this deep (the top-level object is level 1). Serialising the arguments again and Postgres
 * parsing them both recurse once per level, so a small body nested thousands deep would exhaust a stack (a 500);
 * no argument of the portal comes near this.
 */
export const MAX_JSON_DEPTH = 64;

export const JSON_TOO_DEEP_MESSAGE = `The JSON body is nested too deeply (more than ${MAX_JSON_DEPTH} levels).`;

export type JsonObjectBody = { ok: true; value: Record<string, unknown> } | { ok: false; reason: 'malformed' | 'not_object' | 'too_deep' };

/** A request body that must be a JSON object (empty: no fields), nested at most MAX_JSON_DEPTH deep. */
export function parseJsonObject(text: string): JsonObjectBody {
  if (text.trim() === '') return { ok: true, value: {} };
  let parsed: unknown;
  try {
    // V8's JSON.parse does not recurse, so even a body nested a million deep parses; the depth is checked after.
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, reason: 'not_object' };
  if (nestedDeeperThan(parsed, MAX_JSON_DEPTH)) return { ok: false, reason: 'too_deep' };
  return { ok: true, value: parsed as Record<string, unknown> };
}

/** Whether a parsed JSON value has arrays or objects nested more than `limit` deep; without recursion. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * The address of the TCP peer: who actually connected, unlike any header the client writes. An IPv4 client of a
 * dual-stack socket (::ffff:192.0.2.1) is given as plain IPv4, as Supabase's gateway gives it.
 */
export function peerAddress(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? '';
  const mapped = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : '';
  return isIP(mapped) === 4 ? mapped : address;
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
  }
}

/**
 * Reads a request body up to `limit` bytes. A declared Content-Length above the limit is refused before
 * reading anything; a body that grows past it while streaming is refused at that point and the rest is
 * discarded by Node, never held in memory.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        chunks.length = 0;
        // Keep the stream flowing so the rest is read and dropped, and the response can still be sent.
        req.resume();
        reject(new BodyTooLargeError(limit));
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

export type Headers = Record<string, string>;

/** Sends a JSON body (already serialised, or any value to serialise); HEAD requests get the headers only. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const bytes = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(bytes.length),
  });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Headers = {}): void {
  res.writeHead(status, headers);
  res.end();
}

/** The Bearer token of the Authorization header: undefined without one, '' for "Bearer" with nothing after it. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer(?:\s+(.*))?$/i.exec(req.headers.authorization?.trim() ?? '');
  return match ? (match[1] ?? '').trim() : undefined;
}

/** A header's single value (the first when repeated). */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Answers a request Node's HTTP parser could not read (a raw NUL byte or a space in the path, a broken header,
 * headers over 16 kB), which never reaches a route: with a status and a message in PostgREST's error shape,
 * instead of Node's bare "400 Bad Request". The connection is closed afterwards, as the stream cannot be trusted.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'The request headers (with the path) are larger than the server reads.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'The request did not arrive in time.']
        : [
            400,
            'Bad Request',
            'The request is not valid HTTP: its path or headers hold characters that are not allowed (such as a NUL byte).',
          ];
  const body = JSON.stringify({ code: 'PGRST100', message, details: null, hint: null });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
