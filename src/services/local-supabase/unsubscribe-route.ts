import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PGlite } from '@electric-sql/pglite';
import { handleUnsubscribeRequest, methodNotAllowed, type UnsubscribeCall } from '../../../supabase/functions/_shared/unsubscribe.ts';

// The one-click unsubscribe of RFC 8058 at /functions/v1/unsubscribe, as the Edge Function in
// supabase/functions/unsubscribe/ serves it on hosted Supabase: the same handler (supabase/functions/_shared/
// unsubscribe.ts, which says what it answers), here given Node's request and public.unsubscribe in PGlite, where the
// Edge Function gives it Deno's request and PostgREST. Like an Edge Function with verify_jwt = false, it needs no
// apikey: a mail client sends none.

export { UNSUBSCRIBE_PATH } from '../../../supabase/functions/_shared/unsubscribe.ts';

export interface UnsubscribeContext {
  db: PGlite;
  /** The site whose unsubscribe page GET redirects to. */
  siteUrl: () => string;
  log: (line: string) => void;
}

export async function handleUnsubscribe(req: IncomingMessage, res: ServerResponse, url: URL, context: UnsubscribeContext): Promise<void> {
  const method = req.method ?? 'GET';
  // Methods a web Request cannot carry; the handler answers every other method but GET, HEAD and POST the same.
  if (/^(CONNECT|TRACE|TRACK)$/i.test(method)) return send(res, methodNotAllowed());
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '');
  const body = method === 'GET' || method === 'HEAD' ? {} : { body: bodyOf(req), duplex: 'half' };
  const request = new Request(url, { method, headers, ...body } as RequestInit);
  return send(
    res,
    await handleUnsubscribeRequest(request, {
      unsubscribe: unsubscribeInDatabase(context.db),
      siteUrl: context.siteUrl(),
      log: context.log,
    }),
  );
}

/** public.unsubscribe as PostgREST runs it for an anonymous request in this language; a refusal rejects with its SQLSTATE. */
export function unsubscribeInDatabase(db: PGlite): UnsubscribeCall {
  return (input, lang) =>
    db.transaction(async (tx) => {
      await tx.query(
        `select set_config('search_path', 'public, extensions', true),
                set_config('request.jwt.claims', '{"role":"anon"}', true),
                set_config('request.headers', $1, true)`,
        [JSON.stringify({ 'accept-language': lang })],
      );
      await tx.exec('set local role anon');
      const { rows } = await tx.query<{ result: { message?: unknown } }>('select public.unsubscribe($1::jsonb) as result', [
        JSON.stringify(input),
      ]);
      return rows[0]?.result ?? {};
    });
}

/**
 * A Node request's body as a web stream, read from the request only as the handler reads it (nothing at all when it
 * does not). Cancelling it reads the rest and drops it, so that the connection can still carry the answer.
 */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let stop: (() => void) | undefined;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!stop) {
          const onData = (chunk: Buffer) => {
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            req.pause();
          };
          const onEnd = () => {
            stop?.();
            controller.close();
          };
          const onError = (error: Error) => {
            stop?.();
            controller.error(error);
          };
          req.on('data', onData).on('end', onEnd).on('error', onError);
          stop = () => req.off('data', onData).off('end', onEnd).off('error', onError);
        }
        req.resume();
      },
      cancel() {
        stop?.();
        req.resume();
      },
    },
    // Nothing is read ahead: each chunk when the handler asks for it.
    { highWaterMark: 0 },
  );
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, { ...headers, 'Content-Length': String(bytes.length) });
  res.end(bytes);
}
