/// <reference types="vite/client" />
// How the residents' pages call the API. Why not supabase-js here: the architecture has one client, supabase-js,
// and the build uses it. But in the browser it weighs about 30 kB gzipped before any of our code, six times the
// 5 kB of JavaScript a resident's page may load. The pages need a few calls, so they speak PostgREST's documented
// RPC protocol directly: POST /rest/v1/rpc/<function> with the anon key as `apikey` and bearer token, JSON
// arguments in the body: the same request supabase-js makes (see src/services/local-supabase/rpc-route.ts for the stand-in).

export interface RpcTarget {
  /** The Supabase API URL (PUBLIC_SUPABASE_URL), without a trailing slash. */
  url: string;
  anonKey: string;
}

/**
 * The API the site was built from: PUBLIC_SUPABASE_URL and PUBLIC_SUPABASE_ANON_KEY, the variables the build reads
 * (src/lib/api/build-config.ts), which Vite writes into this module when it bundles it. So they come once, in a file
 * the browser caches for every page, rather than in each page's head, where they would weigh on its first round
 * trip. The anon key is public by design (RLS guards the data); a build given a key that is not made to be public
 * stops before it starts (scripts/lib/build-site.ts).
 */
export function apiTarget(): RpcTarget {
  return {
    url: (import.meta.env.PUBLIC_SUPABASE_URL ?? '').trim().replace(/\/+$/, ''),
    anonKey: (import.meta.env.PUBLIC_SUPABASE_ANON_KEY ?? '').trim(),
  };
}

/**
 * Calls a read function of the API and resolves with its JSON answer, or with undefined on any failure (offline,
 * API down, an error status, a body that is not JSON): the callers stay silent rather than break a page.
 *
 * @example
 * await rpc({ url: 'http://127.0.0.1:54321', anonKey }, 'changes_since', { org_slug: 'demodam', since: '2026-01-01T00:00:00Z' })
 * // => { checked_at: '...', changes: [...] }
 */
export async function rpc(target: RpcTarget, fn: string, args: Record<string, unknown>, timeoutMs = 10_000): Promise<unknown> {
  try {
    const response = await post(target, fn, args, {}, timeoutMs);
    if (!response.ok) return undefined;
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** The request supabase-js would make: POST /rest/v1/rpc/<fn> with the anon key, JSON in and out. */
function post(target: RpcTarget, fn: string, body: unknown, headers: Record<string, string>, timeoutMs: number): Promise<Response> {
  return fetch(`${target.url}/rest/v1/rpc/${fn}`, {
    method: 'POST',
    headers: {
      apikey: target.anonKey,
      Authorization: `Bearer ${target.anonKey}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...headers,
    },
    body: JSON.stringify(body),
    signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(timeoutMs) : null,
  });
}

/**
 * The outcome of a call whose errors the caller shows: the forms and the pages reached from mails must tell a
 * resident what went wrong (a 400's message at the field named in its hint, a 410's way forward, a 429's wait).
 * `status` 0 means no answer at all (offline, timeout, a body that is not JSON).
 */
export type RpcOutcome =
  { ok: true; status: number; data: unknown } | { ok: false; status: number; message: string | null; hint: string | null };

/**
 * Calls an API function with one `input` argument, in the page's language (the API words its messages after
 * Accept-Language), and says how it went instead of swallowing errors.
 *
 * @example
 * await rpcOutcome(target, 'follow_project', { organisation: 'demodam', project: null, email: 'x' }, 'nl')
 * // => { ok: false, status: 400, message: 'Dit is geen geldig e-mailadres. …', hint: 'email' }
 */
export async function rpcOutcome(
  target: RpcTarget,
  fn: string,
  input: Record<string, unknown>,
  language: string,
  timeoutMs = 15_000,
): Promise<RpcOutcome> {
  let response: Response;
  let body: unknown;
  try {
    response = await post(target, fn, { input }, { 'Accept-Language': language }, timeoutMs);
    body = (await response.json()) as unknown;
  } catch {
    return { ok: false, status: 0, message: null, hint: null };
  }
  if (response.ok) return { ok: true, status: response.status, data: body };
  const error = (typeof body === 'object' && body !== null ? body : {}) as { message?: unknown; hint?: unknown };
  return {
    ok: false,
    status: response.status,
    message: typeof error.message === 'string' && error.message !== '' ? error.message : null,
    hint: typeof error.hint === 'string' && error.hint !== '' ? error.hint : null,
  };
}
