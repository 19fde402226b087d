import { slug, webUrl } from './primitives.ts';

/** What a build needs to know to read the API: where it is, its public key and whose portal to build. */
export interface BuildConfig {
  supabaseUrl: string;
  anonKey: string;
  organisation: string;
}

export const defaultOrganisation = 'demodam';

/**
 * Reads the build configuration from the environment (PUBLIC_SUPABASE_URL, PUBLIC_SUPABASE_ANON_KEY,
 * PUBLIC_ORGANISATION) and says plainly which variable is missing or wrong, refusing any key that is not made to
 * be public (publicKeyRefusal). Only for build time: the browser never sees process.env.
 *
 * @example
 * readBuildConfig({ PUBLIC_SUPABASE_URL: 'http://127.0.0.1:54321', PUBLIC_SUPABASE_ANON_KEY: 'ey...' })
 * // => { supabaseUrl: 'http://127.0.0.1:54321', anonKey: 'ey...', organisation: 'demodam' }
 */
export function readBuildConfig(env: Readonly<Record<string, string | undefined>> = process.env): BuildConfig {
  const supabaseUrl = env['PUBLIC_SUPABASE_URL']?.trim() ?? '';
  const anonKey = env['PUBLIC_SUPABASE_ANON_KEY']?.trim() ?? '';
  const organisation = env['PUBLIC_ORGANISATION']?.trim() || defaultOrganisation;
  if (supabaseUrl === '') {
    throw new Error('PUBLIC_SUPABASE_URL is not set: the build needs the URL of the Supabase API to read from.');
  }
  if (!webUrl.safeParse(supabaseUrl).success) {
    throw new Error(`PUBLIC_SUPABASE_URL must be an http(s) URL, got ${JSON.stringify(supabaseUrl.slice(0, 200))}.`);
  }
  if (anonKey === '') {
    throw new Error('PUBLIC_SUPABASE_ANON_KEY is not set: the build needs the anon key of the Supabase API.');
  }
  const refusal = publicKeyRefusal(anonKey);
  if (refusal) throw new Error(refusal);
  if (!slug.safeParse(organisation).success) {
    throw new Error(`PUBLIC_ORGANISATION must be an organisation slug, got ${JSON.stringify(organisation.slice(0, 100))}.`);
  }
  return { supabaseUrl: supabaseUrl.replace(/\/+$/, ''), anonKey, organisation };
}

const WHAT_TO_USE =
  "Use the project's anon (public) key, or its publishable key (sb_publishable_…), from the API settings of your Supabase project.";

/**
 * Why `key` must not be the build's PUBLIC_SUPABASE_ANON_KEY, or undefined when it may. The key is published:
 * the residents' scripts that call the API carry it in dist/. Only a key made to be public may be given: a JWT
 * whose role claim is anon, or a publishable key. A service_role or secret key bypasses row level security, so
 * publishing it would let anyone read and change everything. The message names the key's role, never the key.
 *
 * @example publicKeyRefusal(serviceRoleKey) // => 'PUBLIC_SUPABASE_ANON_KEY is a key with role service_role, not anon. ...'
 */
export function publicKeyRefusal(key: string): string | undefined {
  if (key.startsWith('sb_publishable_')) return undefined;
  const published = 'Whatever key the build is given ends up in dist/, readable by anyone who opens the site.';
  if (key.startsWith('sb_secret_')) {
    return `PUBLIC_SUPABASE_ANON_KEY is a secret key (sb_secret_…), which bypasses row level security. ${published} ${WHAT_TO_USE}`;
  }
  const claims = jwtClaims(key);
  if (!claims) return `PUBLIC_SUPABASE_ANON_KEY is not a Supabase anon key (a JWT) or publishable key. ${WHAT_TO_USE}`;
  const role = claims['role'];
  if (role === 'anon') return undefined;
  if (typeof role !== 'string' || role === '') {
    return `PUBLIC_SUPABASE_ANON_KEY has no role claim, so it is not the anon key. ${published} ${WHAT_TO_USE}`;
  }
  const shown = /^[A-Za-z0-9_-]{1,40}$/.test(role) ? role : 'other than anon';
  const bypasses =
    role === 'service_role' ? ' A service_role key bypasses row level security: anyone could read and change everything.' : '';
  return `PUBLIC_SUPABASE_ANON_KEY is a key with role ${shown}, not anon. ${published}${bypasses} ${WHAT_TO_USE}`;
}

/** The payload of a JWT (read, not verified: the build only needs to know what kind of key it was given). */
function jwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => /^[A-Za-z0-9_-]+$/.test(part))) return undefined;
  try {
    const base64 = (parts[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
