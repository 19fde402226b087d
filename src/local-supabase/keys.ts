import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

/** The JWT secret of `supabase start`; fine for a local stand-in, never for production. */
export const DEFAULT_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';

/** The expiry of the API keys `supabase start` prints (2032-11-11). */
const API_KEY_EXPIRY = 1983812996;

export type ApiRole = 'anon' | 'service_role';

/** JWT_SECRET from the environment, else Supabase's local default. PostgREST requires 32 characters. */
export function jwtSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.JWT_SECRET ?? DEFAULT_JWT_SECRET;
  if (secret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters long.');
  return secret;
}

/** JWT_EXPIRY (seconds an access token lives) from the environment, default 3600 as in Supabase. */
export function jwtExpiryFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.JWT_EXPIRY ?? '3600';
  const seconds = Number(raw);
  if (!Number.isSafeInteger(seconds) || seconds < 1) {
    throw new Error(`JWT_EXPIRY must be a whole number of seconds above 0, not "${raw}".`);
  }
  return seconds;
}

/** Signs claims with HS256, the way Supabase's legacy JWT secret signs keys and access tokens. */
export function signJwt(secret: string, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(secretKey(secret));
}

/**
 * An API key as `supabase start` prints it: {iss: 'supabase-demo', role, exp: 1983812996}, in that order,
 * so the default secret gives byte for byte the well-known local keys.
 */
export function signApiKey(secret: string, role: ApiRole): Promise<string> {
  return signJwt(secret, { iss: 'supabase-demo', role, exp: API_KEY_EXPIRY });
}

export async function apiKeys(secret: string): Promise<{ anonKey: string; serviceRoleKey: string }> {
  return { anonKey: await signApiKey(secret, 'anon'), serviceRoleKey: await signApiKey(secret, 'service_role') };
}

/**
 * Verifies an HS256 JWT and returns its claims; throws jose's errors (their `code` tells expired from
 * forged from malformed). `clockToleranceSeconds` allows for clock skew on exp and nbf.
 */
export async function verifyJwt(secret: string, token: string, clockToleranceSeconds = 0): Promise<JWTPayload> {
  const { payload } = await jwtVerify(token, secretKey(secret), {
    algorithms: ['HS256'],
    clockTolerance: clockToleranceSeconds,
  });
  return payload;
}

function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}
