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
 * PUBLIC_ORGANISATION) and says plainly which variable is missing or wrong. Only for build time: the
 * browser never sees process.env.
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
  if (!slug.safeParse(organisation).success) {
    throw new Error(`PUBLIC_ORGANISATION must be an organisation slug, got ${JSON.stringify(organisation.slice(0, 100))}.`);
  }
  return { supabaseUrl: supabaseUrl.replace(/\/+$/, ''), anonKey, organisation };
}
