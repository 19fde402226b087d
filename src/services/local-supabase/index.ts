/**
 * The local Supabase stand-in: PostgREST's RPC route and the password part of Supabase Auth over PGlite,
 * for the embedded default and the tests. Production talks to real Supabase. See README.md here.
 */
export { startLocalSupabase, type LocalSupabase, type LocalSupabaseOptions } from './server.ts';
export { listenForSiteChanges, parseSiteChange, SITE_CHANGED_CHANNEL, type SiteChange } from './site-changes.ts';
export { openDatabase, resetDatabase, DEFAULT_SEED_FILES, type OpenDatabaseOptions } from './database.ts';
export {
  apiKeys,
  configuredJwtSecret,
  jwtExpiryFromEnv,
  jwtSecretFromEnv,
  randomJwtSecret,
  signApiKey,
  signJwt,
  SUPABASE_DEMO_JWT_SECRET,
  verifyJwt,
  type ApiRole,
} from './keys.ts';
export { jwtSecretFileFor } from './jwt-secret-file.ts';
export { ALLOWED_ORIGINS_VARIABLE } from './allowed-origins.ts';
export { statusForSqlState, type PostgrestErrorBody } from './postgrest-errors.ts';
export { splitStatements } from './sql-statements.ts';
export { displayPath, fromProjectRoot, projectRoot } from './project-root.ts';
