import { createPortalApi, readBuildConfig, type BuildConfig, type PortalApi } from '../api/index.ts';

/** The build's configuration (PUBLIC_SUPABASE_URL, the anon key, PUBLIC_ORGANISATION) and a client of that API. */
export function buildApi(): { config: BuildConfig; api: PortalApi } {
  const config = readBuildConfig();
  return { config, api: createPortalApi({ url: config.supabaseUrl, anonKey: config.anonKey }) };
}
