// One-click unsubscribe (RFC 8058) for hosted Supabase: the Edge Function a mail's List-Unsubscribe header
// points to, <SUPABASE_URL>/functions/v1/unsubscribe?token=&subscription=&lang=. The same as the stand-in's
// src/local-supabase/unsubscribe-route.ts (kept apart: Edge Functions run in Deno and import nothing from src).
// The token is the mail's unsubscribe token, never its manage token: mail providers fetch and may keep this
// address, so what it carries stops that mail's subscription and nothing more.
//   POST → public.unsubscribe as anon (no login; any body): 200 with a short text, or the refusal's status.
//   GET  → never unsubscribes (mail scanners follow links): 303 to the site's unsubscribe page, values in the hash.
// Deploy with `supabase functions deploy unsubscribe` (verify_jwt = false in supabase/config.toml, since a
// mail client sends no key). Secrets: PUBLIC_SITE_URL; SUPABASE_URL and SUPABASE_ANON_KEY are provided.

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MALFORMED = {
  nl: 'Deze afmeldlink is niet compleet. Open de link opnieuw vanuit de e-mail.',
  en: 'This unsubscribe link is not complete. Open the link from the e-mail again.',
};
const FAILED = {
  nl: 'Afmelden lukte nu niet. Probeer het later opnieuw.',
  en: 'Unsubscribing did not work just now. Please try again later.',
};

function plain(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(`${body}\n`, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

Deno.serve(async (req: Request): Promise<Response> => {
  const url = new URL(req.url);
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'nl';
  const token = url.searchParams.get('token') ?? '';
  const subscription = url.searchParams.get('subscription');
  const wellFormed = TOKEN.test(token) && (subscription === null || UUID.test(subscription));

  if (req.method === 'GET' || req.method === 'HEAD') {
    if (!wellFormed) return plain(400, MALFORMED[lang]);
    const site = (Deno.env.get('PUBLIC_SITE_URL') ?? '').replace(/\/+$/, '');
    const path = lang === 'en' ? '/en/follow/unsubscribe/' : '/volgen/afmelden/';
    const hash = new URLSearchParams({ token, ...(subscription ? { subscription } : {}) });
    return new Response(null, { status: 303, headers: { Location: `${site}${path}#${hash}`, 'Cache-Control': 'no-store' } });
  }
  if (req.method !== 'POST') return plain(405, 'Method not allowed', { Allow: 'GET, HEAD, POST' });
  await req.body?.cancel();
  if (!wellFormed) return plain(400, MALFORMED[lang]);

  const key = Deno.env.get('SUPABASE_ANON_KEY') ?? '';
  try {
    const answer = await fetch(`${Deno.env.get('SUPABASE_URL')}/rest/v1/rpc/unsubscribe`, {
      method: 'POST',
      headers: { apikey: key, Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', 'Accept-Language': lang },
      body: JSON.stringify({ input: subscription ? { token, subscription_id: subscription } : { token } }),
    });
    const body = await answer.json().catch(() => ({}));
    if (answer.ok) return plain(200, typeof body?.message === 'string' ? body.message : 'OK');
    if (answer.status >= 400 && answer.status < 500 && typeof body?.message === 'string') return plain(answer.status, body.message);
    console.error(`unsubscribe: HTTP ${answer.status} from the API`);
  } catch (error) {
    console.error(`unsubscribe: ${error instanceof Error ? error.message : String(error)}`);
  }
  return plain(500, FAILED[lang]);
});
