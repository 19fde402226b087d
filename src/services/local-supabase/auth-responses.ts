import type { IncomingMessage, ServerResponse } from 'node:http';
import { header, sendJson } from './http.ts';

/** A row of auth.users, as the Auth routes read it. */
export interface UserRow {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: Date | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: Record<string, unknown> | null;
  raw_user_meta_data: Record<string, unknown> | null;
  created_at: Date | null;
  updated_at: Date | null;
  banned_until: Date | null;
  is_anonymous: boolean;
}

/** The user object GoTrue returns (GET /user, and inside a session). */
export function userJson(user: UserRow) {
  return {
    id: user.id,
    aud: user.aud ?? 'authenticated',
    role: user.role ?? 'authenticated',
    email: user.email ?? '',
    email_confirmed_at: user.email_confirmed_at,
    phone: '',
    confirmed_at: user.email_confirmed_at,
    last_sign_in_at: user.last_sign_in_at,
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    identities: [],
    created_at: user.created_at,
    updated_at: user.updated_at,
    is_anonymous: user.is_anonymous,
  };
}

/** The access token claims GoTrue issues. */
export function accessTokenClaims(
  user: UserRow,
  session: { id: string; createdAt: Date },
  issuer: string,
  issuedAt: number,
  expiresAt: number,
) {
  return {
    aud: user.aud ?? 'authenticated',
    exp: expiresAt,
    iat: issuedAt,
    iss: issuer,
    sub: user.id,
    email: user.email ?? '',
    phone: '',
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    role: user.role ?? 'authenticated',
    aal: 'aal1',
    amr: [{ method: 'password', timestamp: Math.floor(session.createdAt.getTime() / 1000) }],
    session_id: session.id,
    is_anonymous: user.is_anonymous,
  };
}

/** An error as GoTrue reports it: HTTP status, a machine-readable error code, a message, and headers such as Retry-After. */
export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const API_VERSION_2024 = '2024-01-01';

/**
 * Clients that send X-Supabase-Api-Version 2024-01-01 or later (supabase-js does) get that header back and
 * errors as {code, message}; older clients get GoTrue's original {code: status, error_code, msg}.
 */
function speaksApiVersion2024(req: IncomingMessage): boolean {
  const version = header(req, 'x-supabase-api-version');
  return version !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(version) && version >= API_VERSION_2024;
}

/** Headers of every Auth answer (the gateway has set the CORS headers on the response already). */
export function authHeaders(req: IncomingMessage): Record<string, string> {
  return speaksApiVersion2024(req) ? { 'X-Supabase-Api-Version': API_VERSION_2024 } : {};
}

export function sendAuthError(req: IncomingMessage, res: ServerResponse, error: AuthError): void {
  const body = speaksApiVersion2024(req)
    ? { code: error.errorCode, message: error.message }
    : { code: error.status, error_code: error.errorCode, msg: error.message };
  sendJson(res, error.status, body, { ...error.headers, ...authHeaders(req) });
}
