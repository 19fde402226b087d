import { createClient, type SupabaseClient } from '@supabase/supabase-js';

/** A supabase-js client together with the URL it talks to, so errors can name where they came from. */
export interface PortalApi {
  readonly client: SupabaseClient;
  readonly url: string;
}

export interface PortalApiOptions {
  url: string;
  anonKey: string;
  /** Abort a request that has not answered after this many milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Keep the auth session in storage; false at build time, where there is no browser and no user. */
  persistSession?: boolean;
}

/**
 * The one client of the portal: the build and the staff workspace talk to the API through supabase-js (the
 * residents' pages call a few functions with fetch, src/browser/api.ts, to stay within their JavaScript budget).
 * A request timeout is added because a silently dropped connection must fail the build, not hang it.
 *
 * @example
 * const api = createPortalApi({ url: 'http://127.0.0.1:54321', anonKey });
 * const { data, error } = await api.client.rpc('list_projects', { org_slug: 'demodam' });
 */
export function createPortalApi(options: PortalApiOptions): PortalApi {
  const url = options.url.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const persistSession = options.persistSession ?? false;
  const timedFetch: typeof fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal });
  };
  const client = createClient(url, options.anonKey, {
    auth: { persistSession, autoRefreshToken: persistSession, detectSessionInUrl: false },
    global: { fetch: timedFetch },
  });
  return { client, url };
}
