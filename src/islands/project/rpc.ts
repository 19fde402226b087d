// Why not supabase-js here: the architecture has one client, supabase-js, and the build uses it. But in the
// browser it weighs about 30 kB gzipped before any of our code, twice the 15 kB page budget for JavaScript and
// six times the 5 kB aim. The freshness island needs one read-only call, so it speaks PostgREST's documented
// RPC protocol directly: POST /rest/v1/rpc/<function> with the anon key as `apikey` and bearer token, JSON
// arguments in the body: the same request supabase-js makes (see src/local-supabase/rpc-route.ts for the stand-in).

export interface RpcTarget {
  /** The Supabase API URL (PUBLIC_SUPABASE_URL), without a trailing slash. */
  url: string;
  anonKey: string;
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
    const response = await fetch(`${target.url}/rest/v1/rpc/${fn}`, {
      method: 'POST',
      headers: {
        apikey: target.anonKey,
        Authorization: `Bearer ${target.anonKey}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: JSON.stringify(args),
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(timeoutMs) : null,
    });
    if (!response.ok) return undefined;
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
