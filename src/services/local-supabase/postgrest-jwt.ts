import type { IncomingMessage } from 'node:http';
import type { JWTPayload } from 'jose';
import { bearerToken } from './http.ts';
import { verifyJwt } from './keys.ts';
import { failure, type PostgrestFailure } from './postgrest-errors.ts';

export type DatabaseRole = 'anon' | 'authenticated' | 'service_role';
const DATABASE_ROLES: readonly string[] = ['anon', 'authenticated', 'service_role'];

export interface RequestIdentity {
  role: DatabaseRole;
  claims: JWTPayload;
}

// PostgREST allows 30 seconds of clock skew on exp, nbf and iat.
const CLOCK_SKEW_SECONDS = 30;

/**
 * The database role and JWT claims a request runs with, as PostgREST decides them: from the Authorization
 * Bearer JWT, or (without one) from the apikey, which the gateway has already recognised. A JWT without a
 * role claim runs as anon. Failures carry PostgREST's PGRST301 / PGRST303 bodies.
 */
export async function identify(req: IncomingMessage, apiKey: string, secret: string): Promise<RequestIdentity | PostgrestFailure> {
  const token = bearerToken(req) ?? apiKey;
  if (token === '') return jwtFailure('PGRST301', 'Empty JWT is sent in Authorization header');
  const parts = token.split('.').length;
  if (parts !== 3) return jwtFailure('PGRST301', `Expected 3 parts in JWT; got ${parts}`);

  let claims: JWTPayload;
  try {
    claims = await verifyJwt(secret, token, CLOCK_SKEW_SECONDS);
  } catch (error) {
    return failureFor(error);
  }
  if (typeof claims.iat === 'number' && claims.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) {
    return jwtFailure('PGRST303', 'JWT issued at future');
  }
  const role = claims.role ?? 'anon';
  if (typeof role !== 'string' || !DATABASE_ROLES.includes(role)) {
    // PostgREST would try `set role` and Postgres would refuse: the authenticator may only become these.
    return failure(403, '42501', `permission denied to set role "${String(role)}"`);
  }
  return { role: role as DatabaseRole, claims };
}

function failureFor(error: unknown): PostgrestFailure {
  const code = (error as { code?: string }).code;
  const claim = (error as { claim?: string }).claim;
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return jwtFailure('PGRST303', 'JWT expired');
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (claim === 'nbf') return jwtFailure('PGRST303', 'JWT not yet valid');
      if (claim === 'exp' || claim === 'iat' || claim === 'nbf') {
        return jwtFailure('PGRST303', `The JWT '${claim}' claim must be a number`);
      }
      return jwtFailure('PGRST303', 'Parsing claims failed');
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return jwtFailure('PGRST301', 'Wrong or unsupported encoding algorithm');
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return jwtFailure('PGRST301', 'JWT cryptographic operation failed');
    default:
      return jwtFailure('PGRST301', "JWT couldn't be decoded");
  }
}

function jwtFailure(code: string, message: string): PostgrestFailure {
  return failure(401, code, message, null, null, {
    'WWW-Authenticate': `Bearer error="invalid_token", error_description=${JSON.stringify(message)}`,
  });
}
