import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PGlite } from '@electric-sql/pglite';
import { pathFor } from '../i18n/routes.ts';
import { BodyTooLargeError, readBody, sendEmpty } from './http.ts';

// The one-click unsubscribe of RFC 8058 at /functions/v1/unsubscribe, as the Edge Function in
// supabase/functions/unsubscribe/ serves it on hosted Supabase. A mail's List-Unsubscribe header points here,
// with the mail's unsubscribe token: mail providers fetch (and may keep) this address, so its token stops what
// the mail was about and nothing more; it opens no settings and deletes no data (see public.unsubscribe).
//   POST ?token=&subscription=&lang=  (body "List-Unsubscribe=One-Click", whatever it is) → public.unsubscribe
//        as anon, without a login: 200 with a short text; 400/404/410 with the function's message.
//   GET  never unsubscribes (link checkers and mail scanners follow links): 303 to the site's unsubscribe
//        page, with the values in the hash so they stay out of server logs.
// Like an Edge Function with verify_jwt = false, it needs no apikey: a mail client sends none.

export const UNSUBSCRIBE_PATH = '/functions/v1/unsubscribe';

export interface UnsubscribeContext {
  db: PGlite;
  /** The site whose unsubscribe page GET redirects to. */
  siteUrl: () => string;
  log: (line: string) => void;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = {
  nl: { malformed: 'Deze afmeldlink is niet compleet. Open de link opnieuw vanuit de e-mail.', failed: 'Afmelden lukte nu niet. Probeer het later opnieuw.' },
  en: { malformed: 'This unsubscribe link is not complete. Open the link from the e-mail again.', failed: 'Unsubscribing did not work just now. Please try again later.' },
};

function sendText(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(`${body}\n`, 'utf8');
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(bytes.length), 'Cache-Control': 'no-store' });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

/** Status for the SQLSTATE of a refusal by public.unsubscribe; anything else is an internal error. */
function statusFor(code: string): number | undefined {
  if (code === '22023') return 400;
  if (/^PT[45]\d\d$/.test(code)) return Number(code.slice(2));
  return undefined;
}

export async function handleUnsubscribe(req: IncomingMessage, res: ServerResponse, url: URL, context: UnsubscribeContext): Promise<void> {
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'nl';
  const token = url.searchParams.get('token') ?? '';
  const subscription = url.searchParams.get('subscription');
  const method = req.method ?? 'GET';
  const wellFormed = TOKEN.test(token) && (subscription === null || UUID.test(subscription));

  if (method === 'GET' || method === 'HEAD') {
    if (!wellFormed) return sendText(res, 400, text[lang].malformed);
    const hash = new URLSearchParams({ token, ...(subscription ? { subscription } : {}) });
    const page = `${context.siteUrl().replace(/\/+$/, '')}${pathFor({ page: 'followUnsubscribe' }, lang)}#${hash.toString()}`;
    return sendEmpty(res, 303, { Location: page, 'Cache-Control': 'no-store' });
  }
  if (method !== 'POST') return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD, POST' });

  // RFC 8058 says the body is "List-Unsubscribe=One-Click"; some clients send nothing or something else, and
  // the token is what counts, so any body is read (up to a small limit) and ignored.
  try {
    await readBody(req, 16 * 1024);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return sendText(res, 413, 'Request body too large');
    throw error;
  }
  if (!wellFormed) return sendText(res, 400, text[lang].malformed);

  try {
    const message = await context.db.transaction(async (tx) => {
      // As PostgREST would run it for an anonymous request in this language.
      await tx.query(
        `select set_config('search_path', 'public, extensions', true),
                set_config('request.jwt.claims', '{"role":"anon"}', true),
                set_config('request.headers', $1, true)`,
        [JSON.stringify({ 'accept-language': lang })],
      );
      await tx.exec('set local role anon');
      const input = subscription ? { token, subscription_id: subscription } : { token };
      const { rows } = await tx.query<{ result: { message?: unknown } }>('select public.unsubscribe($1::jsonb) as result', [JSON.stringify(input)]);
      return rows[0]?.result.message;
    });
    return sendText(res, 200, typeof message === 'string' ? message : 'OK');
  } catch (error) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    const status = typeof code === 'string' ? statusFor(code) : undefined;
    if (status !== undefined && typeof message === 'string') return sendText(res, status, message);
    context.log(`Internal error in POST ${UNSUBSCRIBE_PATH}: ${(error as Error)?.stack ?? String(error)}`);
    return sendText(res, 500, text[lang].failed);
  }
}
