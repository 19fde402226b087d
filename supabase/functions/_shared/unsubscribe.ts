// One-click unsubscribe (RFC 8058) at /functions/v1/unsubscribe?token=&subscription=&lang=, where a mail's
// List-Unsubscribe header points. The one handler of both places that serve it: the Edge Function of hosted Supabase
// (supabase/functions/unsubscribe/index.ts, Deno) and the local stand-in (src/services/local-supabase/unsubscribe-route.ts,
// Node); tests/local-supabase/unsubscribe-route.test.ts runs the same cases against both. Web-standard Request and
// Response only, and no imports, so that Deno deploys it with the function and Node runs it as it is.
//
// The token is the mail's unsubscribe token, never its manage token: mail providers fetch (and may keep) this
// address, so what it carries stops what the mail was about and nothing more; it opens no settings and deletes no
// data (see public.unsubscribe).
//   POST (body "List-Unsubscribe=One-Click", whatever it is) → public.unsubscribe as anon, without a login: 200 with
//        a short text; 400/404/410 with the function's message; 500 with a text of our own for anything else.
//   GET  never unsubscribes (link checkers and mail scanners follow links): 303 to the site's unsubscribe page, with
//        the values in the hash so they stay out of server logs.
// Like an Edge Function with verify_jwt = false, it needs no apikey: a mail client sends none.

export const UNSUBSCRIBE_PATH = '/functions/v1/unsubscribe';

/** The site's unsubscribe page in each language: followUnsubscribe in src/i18n/routes.ts (a test keeps them equal). */
export const UNSUBSCRIBE_PAGES = { nl: '/volgen/afmelden/', en: '/en/follow/unsubscribe/' } as const;

/** RFC 8058 says the body is "List-Unsubscribe=One-Click"; any body up to this is read and ignored, a larger one refused. */
export const MAX_BODY_BYTES = 16 * 1024;

export type Language = keyof typeof UNSUBSCRIBE_PAGES;

/** The input of public.unsubscribe. */
export interface UnsubscribeInput {
  token: string;
  subscription_id?: string;
}

/**
 * Calls public.unsubscribe as anon, with Accept-Language `lang`, and resolves with its answer. A refusal of the
 * function rejects with an error that has the SQLSTATE it raised as `code` (22023, PT404, PT410) and its message;
 * anything else that goes wrong is an internal error.
 */
export type UnsubscribeCall = (input: UnsubscribeInput, lang: Language) => Promise<{ message?: unknown }>;

export interface UnsubscribeDeps {
  unsubscribe: UnsubscribeCall;
  /** The site whose unsubscribe page GET redirects to. */
  siteUrl: string;
  log: (line: string) => void;
}

const RPC_PATH = '/rest/v1/rpc/unsubscribe';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = {
  nl: {
    malformed: 'Deze afmeldlink is niet compleet. Open de link opnieuw vanuit de e-mail.',
    failed: 'Afmelden lukte nu niet. Probeer het later opnieuw.',
  },
  en: {
    malformed: 'This unsubscribe link is not complete. Open the link from the e-mail again.',
    failed: 'Unsubscribing did not work just now. Please try again later.',
  },
};

/** A short plain text; for a HEAD request the same status and headers without the text. */
function plain(
  status: number,
  body: string,
  { head = false, headers = {} }: { head?: boolean; headers?: Record<string, string> } = {},
): Response {
  return new Response(head ? null : `${body}\n`, {
    status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** The answer to any method but GET, HEAD and POST (also for those a Request cannot carry, such as TRACE). */
export function methodNotAllowed(): Response {
  return plain(405, 'Method not allowed', { headers: { Allow: 'GET, HEAD, POST' } });
}

/** The status for the SQLSTATE of a refusal by public.unsubscribe; undefined for anything else (an internal error). */
function statusFor(code: unknown): number | undefined {
  if (code === '22023') return 400;
  if (typeof code === 'string' && /^PT[45]\d\d$/.test(code)) return Number(code.slice(2));
  return undefined;
}

/** Reads and drops a request body of up to `limit` bytes; false for a larger one, of which the rest is not read. */
async function bodyWithin(request: Request, limit: number): Promise<boolean> {
  // A declared length above the limit is refused before anything is read.
  if (Number(request.headers.get('content-length') ?? '') > limit) {
    await request.body?.cancel().catch(() => undefined);
    return false;
  }
  const reader = request.body?.getReader();
  if (!reader) return true;
  for (let size = 0; ;) {
    const { done, value } = await reader.read();
    if (done) return true;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return false;
    }
  }
}

export async function handleUnsubscribeRequest(request: Request, deps: UnsubscribeDeps): Promise<Response> {
  const url = new URL(request.url);
  const lang: Language = url.searchParams.get('lang') === 'en' ? 'en' : 'nl';
  const token = url.searchParams.get('token') ?? '';
  const subscription = url.searchParams.get('subscription');
  const method = request.method;
  const wellFormed = TOKEN.test(token) && (subscription === null || UUID.test(subscription));

  if (method === 'GET' || method === 'HEAD') {
    if (!wellFormed) return plain(400, text[lang].malformed, { head: method === 'HEAD' });
    const hash = new URLSearchParams({ token, ...(subscription ? { subscription } : {}) });
    const page = `${deps.siteUrl.replace(/\/+$/, '')}${UNSUBSCRIBE_PAGES[lang]}#${hash.toString()}`;
    return new Response(null, { status: 303, headers: { Location: page, 'Cache-Control': 'no-store' } });
  }
  if (method !== 'POST') return methodNotAllowed();

  if (!(await bodyWithin(request, MAX_BODY_BYTES))) return plain(413, 'Request body too large');
  if (!wellFormed) return plain(400, text[lang].malformed);

  try {
    const answer = await deps.unsubscribe(subscription ? { token, subscription_id: subscription } : { token }, lang);
    return plain(200, typeof answer.message === 'string' ? answer.message : 'OK');
  } catch (error) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    const status = statusFor(code);
    if (status !== undefined && typeof message === 'string') return plain(status, message);
    deps.log(`Internal error in POST ${UNSUBSCRIBE_PATH}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return plain(500, text[lang].failed);
  }
}

/**
 * public.unsubscribe through PostgREST with the anon key, as the Edge Function calls it: its answer, or its refusal
 * as an error with PostgREST's `code` (the SQLSTATE) and message. Any other failure (a PostgREST error of its own,
 * a gateway's HTML page, no answer at all) becomes an error without a refusal's code, so the resident is told to
 * try again later rather than shown an internal message.
 */
export function unsubscribeViaPostgrest(supabaseUrl: string, anonKey: string, fetchImpl: typeof fetch = fetch): UnsubscribeCall {
  return async (input, lang) => {
    const answer = await fetchImpl(`${supabaseUrl.replace(/\/+$/, '')}${RPC_PATH}`, {
      method: 'POST',
      headers: { apikey: anonKey, Authorization: `Bearer ${anonKey}`, 'Content-Type': 'application/json', 'Accept-Language': lang },
      body: JSON.stringify({ input }),
    });
    const body: unknown = await answer.json().catch(() => null);
    const { code, message } = (typeof body === 'object' && body !== null ? body : {}) as { code?: unknown; message?: unknown };
    if (answer.ok) return { message };
    const refusal = typeof code === 'string' && typeof message === 'string' ? { code, message } : {};
    throw Object.assign(new Error(`HTTP ${answer.status} from ${RPC_PATH}: ${JSON.stringify(body)}`), refusal);
  };
}

/**
 * The Edge Function's handler, from its environment: SUPABASE_URL and SUPABASE_ANON_KEY (which hosted Supabase
 * provides) and PUBLIC_SITE_URL (a secret: the site whose unsubscribe page GET redirects to).
 */
export function unsubscribeEdgeFunction(
  env: (name: string) => string | undefined,
  log: (line: string) => void = console.error,
): (request: Request) => Promise<Response> {
  return (request) =>
    handleUnsubscribeRequest(request, {
      unsubscribe: unsubscribeViaPostgrest(env('SUPABASE_URL') ?? '', env('SUPABASE_ANON_KEY') ?? ''),
      siteUrl: env('PUBLIC_SITE_URL') ?? '',
      log,
    });
}
