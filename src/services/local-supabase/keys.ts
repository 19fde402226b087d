import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

/**
 * The JWT secret of `supabase start`. It is public (in every Supabase checkout), so anyone can sign a
 * service_role key with it. The stand-in never falls back to it; it is here to be recognised, so that a
 * JWT_SECRET set to it keeps the stand-in on loopback (see exposure.ts).
 */
export const SUPABASE_DEMO_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';

/** PostgREST refuses shorter secrets. */
export const MIN_JWT_SECRET_LENGTH = 32;

/** The expiry of the API keys `supabase start` prints (2032-11-11). */
const API_KEY_EXPIRY = 1983812996;

export type ApiRole = 'anon' | 'service_role';

/** JWT_SECRET from the environment when it is set (not empty), checked; otherwise undefined. */
export function configuredJwtSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const secret = env['JWT_SECRET'];
  if (secret === undefined || secret.trim() === '') return undefined;
  checkJwtSecret(secret, 'JWT_SECRET');
  return secret;
}

/**
 * JWT_SECRET from the environment, required: what a tool uses to make the keys of a stand-in it started with
 * that secret (the browser tests: playwright.config.ts sets a random one per run). There is no default secret.
 */
export function jwtSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const secret = configuredJwtSecret(env);
  if (secret === undefined) {
    throw new Error(
      'JWT_SECRET is not set: there is no default secret. Set it to the secret the stand-in was started with ' +
        '(npm start prints it, and keeps it in <data directory>.jwt-secret).',
    );
  }
  return secret;
}

/** Throws a plain message, naming where the secret came from, for a secret PostgREST would refuse. */
export function checkJwtSecret(secret: string, source: string): void {
  if (secret.length < MIN_JWT_SECRET_LENGTH) {
    throw new Error(`${source} must hold a secret of at least ${MIN_JWT_SECRET_LENGTH} characters.`);
  }
}

/** 32 random bytes, base64url: 43 characters, 256 bits. */
export function randomJwtSecret(): string {
  return randomBytes(32).toString('base64url');
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
 * An API key as `supabase start` prints it: {iss: 'supabase-demo', role, exp: 1983812996}, in that order
 * (with the demo secret that gives byte for byte the well-known local keys).
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
