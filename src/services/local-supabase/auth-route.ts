import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PGlite } from '@electric-sql/pglite';
import bcrypt from 'bcryptjs';
import type { JWTPayload } from 'jose';
import { accessTokenClaims, AuthError, authHeaders, sendAuthError, userJson, type UserRow } from './auth-responses.ts';
import {
  endSessions,
  findUserByEmail,
  findUserById,
  rotateRefreshToken,
  sampleHash,
  sessionExists,
  startSession,
  type LogoutScope,
  type Session,
} from './auth-store.ts';
import {
  BODY_TOO_LARGE_MESSAGE,
  BodyTooLargeError,
  bearerToken,
  header,
  JSON_TOO_DEEP_MESSAGE,
  parseJsonObject,
  peerAddress,
  readBody,
  sendEmpty,
  sendJson,
} from './http.ts';
import { signJwt, verifyJwt } from './keys.ts';
import { tooManySignInsMessage, type SignInThrottle } from './sign-in-throttle.ts';

export interface AuthContext {
  db: PGlite;
  jwtSecret: string;
  /** Seconds an access token lives (JWT_EXPIRY). */
  jwtExpiry: number;
  /** The `iss` of access tokens: <url>/auth/v1. */
  issuer: () => string;
  log: (line: string) => void;
  /** Failed password sign-ins per address and per source; one per server. */
  signInThrottle: SignInThrottle;
}

const INVALID_CREDENTIALS = new AuthError(400, 'invalid_credentials', 'Invalid login credentials');

/**
 * The part of Supabase Auth (GoTrue) the staff workspace uses, behind /auth/v1 (`path` is what follows
 * it): password sign-in, refresh with rotation, the current user, logout, and settings/health for
 * supabase-js. Sign-up, e-mail flows, OAuth and MFA are not here.
 */
export async function handleAuth(req: IncomingMessage, res: ServerResponse, url: URL, path: string, context: AuthContext): Promise<void> {
  try {
    const route = `${req.method} ${path}`;
    if (route === 'POST /token') return await token(req, res, url, context);
    if (route === 'GET /user') return await getUser(req, res, context);
    if (route === 'POST /logout') return await logout(req, res, url, context);
    if (route === 'GET /settings') return sendJson(res, 200, SETTINGS, authHeaders(req));
    if (route === 'GET /health') {
      return sendJson(
        res,
        200,
        { version: 'local-stand-in', name: 'GoTrue', description: 'Local stand-in for Supabase Auth' },
        authHeaders(req),
      );
    }
    throw new AuthError(404, 'not_found', `${req.method} /auth/v1${path} is not implemented by the local stand-in`);
  } catch (error) {
    if (error instanceof AuthError) return sendAuthError(req, res, error);
    context.log(`Internal error in ${req.method} /auth/v1${path}: ${(error as Error)?.stack ?? String(error)}`);
    sendAuthError(req, res, new AuthError(500, 'unexpected_failure', 'Unexpected failure, please check server logs for more information'));
  }
}

async function token(req: IncomingMessage, res: ServerResponse, url: URL, context: AuthContext): Promise<void> {
  const grantType = url.searchParams.get('grant_type');
  const body = await jsonBody(req);
  if (grantType === 'password') return passwordGrant(req, res, body, context);
  if (grantType === 'refresh_token') return refreshGrant(req, res, body, context);
  throw new AuthError(400, 'validation_failed', 'unsupported_grant_type');
}

async function passwordGrant(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>, context: AuthContext) {
  const { email, password } = body;
  if (typeof email !== 'string' || email.trim() === '') {
    throw new AuthError(400, 'validation_failed', 'missing email or phone');
  }
  // The source is who connected, never a header the client writes (anyone can write x-forwarded-for).
  const source = peerAddress(req);
  // Checked before the password, so that over the limit even the right one is refused: a guesser learns nothing.
  // The attempt counts as failed until the password proves right (sign-in-throttle.ts).
  const attempt = context.signInThrottle.attempt(email, source);
  if (attempt.refused) {
    // The language rule of the database's messages (portal.request_language): English when asked first, else Dutch.
    const english = /^\s*en/i.test(header(req, 'accept-language') ?? '');
    throw new AuthError(429, 'over_request_rate_limit', tooManySignInsMessage(english ? 'en' : 'nl', attempt.retryAfterSeconds), {
      'Retry-After': String(attempt.retryAfterSeconds),
    });
  }
  const user = await findUserByEmail(context.db, email.trim());
  const candidate = typeof password === 'string' ? password : '';
  // Without a user, compare against a real hash anyway: the answer must not be faster for unknown addresses.
  const hash = user?.encrypted_password ?? (await dummyHash(context.db));
  const matches = await bcrypt.compare(candidate, hash).catch(() => false);
  // The attempt stays counted as a failure, unless the password was right.
  if (!user || !user.encrypted_password || !matches) throw INVALID_CREDENTIALS;
  attempt.succeeded();
  if (isBanned(user)) throw new AuthError(400, 'user_banned', 'User is banned');
  if (!user.email_confirmed_at) throw new AuthError(400, 'email_not_confirmed', 'Email not confirmed');

  const started = await startSession(context.db, user.id);
  await sendSession(req, res, started.user, started.session, context);
}

async function refreshGrant(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>, context: AuthContext) {
  const refreshToken = body.refresh_token;
  if (typeof refreshToken !== 'string' || refreshToken === '') {
    throw new AuthError(400, 'validation_failed', 'refresh_token required');
  }
  const rotation = await rotateRefreshToken(context.db, refreshToken);
  if (rotation.kind === 'not_found') {
    throw new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
  }
  if (rotation.kind === 'already_used') {
    throw new AuthError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used');
  }
  if (isBanned(rotation.user)) throw new AuthError(400, 'user_banned', 'User is banned');
  await sendSession(req, res, rotation.user, rotation.session, context);
}

async function sendSession(req: IncomingMessage, res: ServerResponse, user: UserRow, session: Session, context: AuthContext) {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + context.jwtExpiry;
  const accessToken = await signJwt(context.jwtSecret, accessTokenClaims(user, session, context.issuer(), issuedAt, expiresAt));
  sendJson(
    res,
    200,
    {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: context.jwtExpiry,
      expires_at: expiresAt,
      refresh_token: session.refreshToken,
      user: userJson(user),
    },
    authHeaders(req),
  );
}

async function getUser(req: IncomingMessage, res: ServerResponse, context: AuthContext): Promise<void> {
  const { user } = await authenticate(req, context);
  sendJson(res, 200, userJson(user), authHeaders(req));
}

async function logout(req: IncomingMessage, res: ServerResponse, url: URL, context: AuthContext): Promise<void> {
  const scope = url.searchParams.get('scope') ?? 'local';
  if (scope !== 'local' && scope !== 'global' && scope !== 'others') {
    throw new AuthError(400, 'validation_failed', 'Unsupported logout scope "' + scope.slice(0, 20) + '"');
  }
  const { user, sessionId } = await authenticate(req, context);
  await endSessions(context.db, user.id, sessionId, scope as LogoutScope);
  sendEmpty(res, 204, authHeaders(req));
}

/** GoTrue's check of the Bearer access token: a valid signature, and a user and session that still exist. */
async function authenticate(req: IncomingMessage, context: AuthContext): Promise<{ user: UserRow; sessionId: string }> {
  const token = bearerToken(req);
  if (!token) throw new AuthError(401, 'no_authorization', 'This endpoint requires a valid Bearer token');
  let claims: JWTPayload;
  try {
    claims = await verifyJwt(context.jwtSecret, token);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ERR_JWT_EXPIRED'
        ? 'token has invalid claims: token is expired'
        : code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'
          ? 'token signature is invalid: signature is invalid'
          : 'token is malformed';
    throw new AuthError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${reason}`);
  }
  if (typeof claims.sub !== 'string' || claims.sub === '') {
    throw new AuthError(403, 'bad_jwt', 'invalid claim: missing sub claim');
  }
  const user = await findUserById(context.db, claims.sub);
  if (!user) throw new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
  const sessionId = typeof claims.session_id === 'string' ? claims.session_id : '';
  if (!(await sessionExists(context.db, sessionId))) {
    throw new AuthError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist');
  }
  return { user, sessionId };
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = (await readBody(req)).toString('utf8');
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new AuthError(413, 'bad_json', BODY_TOO_LARGE_MESSAGE);
    throw error;
  }
  const parsed = parseJsonObject(text);
  if (parsed.ok) return parsed.value;
  if (parsed.reason === 'too_deep') throw new AuthError(400, 'bad_json', JSON_TOO_DEEP_MESSAGE);
  if (parsed.reason === 'not_object') throw new AuthError(400, 'bad_json', 'Could not parse request body as JSON: expected an object');
  throw new AuthError(400, 'bad_json', 'Could not parse request body as JSON');
}

function isBanned(user: UserRow): boolean {
  return user.banned_until !== null && user.banned_until.getTime() > Date.now();
}

const dummyHashes = new WeakMap<PGlite, string>();

/** A bcrypt hash with the same cost as the stored ones (pgcrypto's gen_salt('bf') uses 6, GoTrue 10). */
async function dummyHash(db: PGlite): Promise<string> {
  const cached = dummyHashes.get(db);
  if (cached) return cached;
  const sample = await sampleHash(db);
  const cost = Number(/^\$2[aby]?\$(\d{2})\$/.exec(sample ?? '')?.[1] ?? 10);
  const hash = await bcrypt.hash('not the password of anyone', cost);
  // Without users there is nothing to match yet; look again next time.
  if (sample) dummyHashes.set(db, hash);
  return hash;
}

const SETTINGS = {
  external: { email: true, phone: false, anonymous_users: false },
  disable_signup: true,
  mailer_autoconfirm: false,
  phone_autoconfirm: false,
  sms_provider: '',
  saml_enabled: false,
};
