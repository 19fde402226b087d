import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalSupabase, type LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { anonClient, createUser, HOSTILE, jwtPayload, startTestStandIn, type TestUser } from './harness.ts';

// Supabase Auth (GoTrue) as the staff workspace uses it: password sign-in, refresh, user, logout.
let standIn: LocalSupabase;
let staff: TestUser;

beforeAll(async () => {
  standIn = await startTestStandIn();
  staff = await createUser(standIn.db, 'projectleider@demodam.example');
});

afterAll(async () => {
  await standIn?.close();
});

function authFetch(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  return fetch(`${standIn.url}/auth/v1${path}`, {
    ...init,
    headers: { apikey: standIn.anonKey, 'Content-Type': 'application/json', ...init.headers },
  });
}

async function signIn(user: TestUser) {
  const client = anonClient(standIn);
  const { data, error } = await client.auth.signInWithPassword({ email: user.email, password: user.password });
  expect(error).toBeNull();
  if (!data.session) throw new Error('No session');
  return { client, session: data.session };
}

describe('signing in with a password', () => {
  it('returns a GoTrue session whose access token carries GoTrue claims', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { session } = await signIn(staff);
    expect(session).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    expect(session.expires_at).toBeGreaterThanOrEqual(before + 3600);
    expect(session.user).toMatchObject({ id: staff.id, aud: 'authenticated', role: 'authenticated', email: staff.email });
    expect(session.user.user_metadata).toEqual({ name: HOSTILE });

    const claims = jwtPayload(session.access_token);
    expect(claims).toMatchObject({
      aud: 'authenticated',
      iss: `${standIn.url}/auth/v1`,
      sub: staff.id,
      email: staff.email,
      phone: '',
      role: 'authenticated',
      aal: 'aal1',
      is_anonymous: false,
      exp: session.expires_at,
    });
    expect(claims.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) }]);

    const { rows } = await standIn.db.query<{ sessions: number; tokens: number }>(
      `select (select count(*)::int from auth.sessions where id = $1::uuid and user_id = $2::uuid) as sessions,
              (select count(*)::int from auth.refresh_tokens where token = $3 and session_id = $1::uuid and not revoked) as tokens`,
      [claims.session_id, staff.id, session.refresh_token],
    );
    expect(rows[0]).toEqual({ sessions: 1, tokens: 1 });
  });

  it('records the sign-in time', async () => {
    await signIn(staff);
    const { rows } = await standIn.db.query<{ recent: boolean }>(
      `select last_sign_in_at > now() - interval '1 minute' as recent from auth.users where id = $1::uuid`,
      [staff.id],
    );
    expect(rows[0]?.recent).toBe(true);
  });

  it('finds the user whatever the case of the e-mail address', async () => {
    const { error } = await anonClient(standIn).auth.signInWithPassword({ email: staff.email.toUpperCase(), password: staff.password });
    expect(error).toBeNull();
  });

  it('gives the same answer for a wrong password and an unknown address', async () => {
    const client = anonClient(standIn);
    const wrongPassword = await client.auth.signInWithPassword({ email: staff.email, password: 'wrong' });
    const unknownUser = await client.auth.signInWithPassword({ email: 'niemand@demodam.example', password: staff.password });
    for (const { data, error } of [wrongPassword, unknownUser]) {
      expect(data.session).toBeNull();
      expect(error).toMatchObject({ status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' });
    }
  });

  it('answers clients without an API version in GoTrue’s original error format', async () => {
    const response = await authFetch('/token?grant_type=password', {
      method: 'POST',
      body: JSON.stringify({ email: 'niemand@demodam.example', password: 'x' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
  });

  it('answers clients with API version 2024-01-01 in the newer format', async () => {
    const response = await authFetch('/token?grant_type=password', {
      method: 'POST',
      headers: { 'X-Supabase-Api-Version': '2024-01-01' },
      body: JSON.stringify({ email: 'niemand@demodam.example', password: 'x' }),
    });
    expect(response.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    expect(await response.json()).toEqual({ code: 'invalid_credentials', message: 'Invalid login credentials' });
  });

  it('refuses an address that is not confirmed', async () => {
    const user = await createUser(standIn.db, 'onbevestigd@demodam.example', { confirmed: false });
    const { error } = await anonClient(standIn).auth.signInWithPassword({ email: user.email, password: user.password });
    expect(error).toMatchObject({ status: 400, code: 'email_not_confirmed' });
  });

  it('refuses a banned user', async () => {
    const user = await createUser(standIn.db, 'geblokkeerd@demodam.example', { bannedUntil: '2999-01-01T00:00:00Z' });
    const { error } = await anonClient(standIn).auth.signInWithPassword({ email: user.email, password: user.password });
    expect(error).toMatchObject({ status: 400, code: 'user_banned' });
  });

  it.each([
    ['{"email": ', 'bad_json'],
    ['[]', 'bad_json'],
    ['{"password": "x"}', 'validation_failed'],
  ])('answers 400 for the body %s', async (body, errorCode) => {
    const response = await authFetch('/token?grant_type=password', { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error_code: errorCode });
  });

  it.each([
    ['a body nested 100,000 deep', `{"email": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['one field nested 5,000 deep', `{"email": "a@b.example", "password": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`],
  ])('answers 400 bad_json for %s', async (_, body) => {
    const response = await authFetch('/token?grant_type=password', { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 400,
      error_code: 'bad_json',
      msg: 'The JSON body is nested too deeply (more than 64 levels).',
    });
  });

  it('answers 413 in GoTrue’s error format for a body over 1 MiB', async () => {
    const body = JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(1024 * 1024) });
    const response = await authFetch('/token?grant_type=password', { method: 'POST', body });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 413, error_code: 'bad_json', msg: expect.stringMatching(/1 MiB/) });
  });

  it('answers 400 for an unsupported grant type', async () => {
    const response = await authFetch('/token?grant_type=client_credentials', { method: 'POST', body: '{}' });
    expect(response.status).toBe(400);
  });
});

describe('the current user', () => {
  it('is returned for a valid access token', async () => {
    const { client, session } = await signIn(staff);
    const { data, error } = await client.auth.getUser(session.access_token);
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id: staff.id, email: staff.email, app_metadata: { provider: 'email' } });
  });

  it('is refused without a token, and for a forged one', async () => {
    const missing = await authFetch('/user');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error_code: 'no_authorization' });

    const { session } = await signIn(staff);
    const [header, payload] = session.access_token.split('.');
    const forged = await authFetch('/user', { headers: { Authorization: `Bearer ${header}.${payload}.c2lnbmF0dXJl` } });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ error_code: 'bad_jwt' });
  });

  it('is refused for the anon key, which names no user', async () => {
    const response = await authFetch('/user', { headers: { Authorization: `Bearer ${standIn.anonKey}` } });
    expect(response.status).toBe(403);
  });
});

describe('refreshing a session', () => {
  it('rotates the refresh token and keeps the chain in auth.refresh_tokens', async () => {
    const { client, session } = await signIn(staff);
    const { data, error } = await client.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(error).toBeNull();
    const renewed = data.session;
    expect(renewed?.refresh_token).toBeDefined();
    expect(renewed?.refresh_token).not.toBe(session.refresh_token);
    expect(jwtPayload(renewed?.access_token ?? '').session_id).toBe(jwtPayload(session.access_token).session_id);

    const { rows } = await standIn.db.query<{ token: string; revoked: boolean; parent: string | null }>(
      `select token, revoked, parent from auth.refresh_tokens where token in ($1, $2) order by id`,
      [session.refresh_token, renewed?.refresh_token],
    );
    expect(rows).toEqual([
      { token: session.refresh_token, revoked: true, parent: null },
      { token: renewed?.refresh_token, revoked: false, parent: session.refresh_token },
    ]);
  });

  it('refuses a refresh token that was used already, and then ends the whole session', async () => {
    const { client, session } = await signIn(staff);
    const renewed = (await client.auth.refreshSession({ refresh_token: session.refresh_token })).data.session;
    const reuse = await anonClient(standIn).auth.refreshSession({ refresh_token: session.refresh_token });
    expect(reuse.data.session).toBeNull();
    expect(reuse.error).toMatchObject({ status: 400, code: 'refresh_token_already_used' });

    // A replayed token may have leaked: its successor is revoked too.
    const successor = await anonClient(standIn).auth.refreshSession({ refresh_token: renewed?.refresh_token ?? '' });
    expect(successor.error).toMatchObject({ status: 400, code: 'refresh_token_already_used' });
  });

  it('refuses an unknown refresh token', async () => {
    const { error } = await anonClient(standIn).auth.refreshSession({ refresh_token: HOSTILE });
    expect(error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
  });
});

describe('signing out', () => {
  it('ends the session: its refresh token and access token stop working', async () => {
    const { client, session } = await signIn(staff);
    const { error } = await client.auth.signOut();
    expect(error).toBeNull();

    const refresh = await anonClient(standIn).auth.refreshSession({ refresh_token: session.refresh_token });
    expect(refresh.error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });

    const user = await authFetch('/user', { headers: { Authorization: `Bearer ${session.access_token}` } });
    expect(user.status).toBe(403);
    expect(await user.json()).toMatchObject({ error_code: 'session_not_found' });
    const { rows } = await standIn.db.query(`select 1 from auth.sessions where id = $1::uuid`, [
      jwtPayload(session.access_token).session_id,
    ]);
    expect(rows).toHaveLength(0);
  });

  it('answers 204, and with scope=others keeps only the current session', async () => {
    const first = await signIn(staff);
    const second = await signIn(staff);
    const response = await authFetch('/logout?scope=others', {
      method: 'POST',
      headers: { Authorization: `Bearer ${first.session.access_token}` },
    });
    expect(response.status).toBe(204);
    expect((await anonClient(standIn).auth.refreshSession({ refresh_token: second.session.refresh_token })).error?.code).toBe(
      'refresh_token_not_found',
    );
    expect((await anonClient(standIn).auth.refreshSession({ refresh_token: first.session.refresh_token })).error).toBeNull();
  });

  it('with scope=global ends every session of the user', async () => {
    const first = await signIn(staff);
    const second = await signIn(staff);
    const response = await authFetch('/logout?scope=global', {
      method: 'POST',
      headers: { Authorization: `Bearer ${first.session.access_token}` },
    });
    expect(response.status).toBe(204);
    const { rows } = await standIn.db.query<{ n: number }>(`select count(*)::int as n from auth.sessions where user_id = $1::uuid`, [
      staff.id,
    ]);
    expect(rows[0]?.n).toBe(0);
    expect((await anonClient(standIn).auth.refreshSession({ refresh_token: second.session.refresh_token })).error).not.toBeNull();
  });

  it('refuses an unknown scope', async () => {
    const { session } = await signIn(staff);
    const response = await authFetch('/logout?scope=everyone', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.access_token}` },
    });
    expect(response.status).toBe(400);
  });
});

describe('settings, health and unknown routes', () => {
  it('serves /settings and /health for supabase-js', async () => {
    expect((await authFetch('/settings')).status).toBe(200);
    expect(await (await authFetch('/health')).json()).toMatchObject({ name: 'GoTrue' });
  });

  it('answers 404 for routes the stand-in does not implement', async () => {
    const response = await authFetch('/signup', { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
  });
});

describe('a short JWT_EXPIRY', () => {
  it('issues access tokens that expire after that many seconds', async () => {
    const previous = process.env.JWT_EXPIRY;
    // 20 s: long enough that a busy machine still uses the token before it expires; the test then waits for that
    // moment (the token's own exp), not for a fixed time.
    process.env.JWT_EXPIRY = '20';
    // A second server on the same database, started while JWT_EXPIRY is short.
    const shortLived = await startLocalSupabase({ db: standIn.db, port: 0 }).finally(() => {
      if (previous === undefined) delete process.env.JWT_EXPIRY;
      else process.env.JWT_EXPIRY = previous;
    });
    try {
      const response = await fetch(`${shortLived.url}/auth/v1/token?grant_type=password`, {
        method: 'POST',
        headers: { apikey: shortLived.anonKey, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: staff.email, password: staff.password }),
      });
      const session = await response.json();
      expect(session.expires_in).toBe(20);
      const claims = jwtPayload(session.access_token);
      expect(Number(claims.exp) - Number(claims.iat)).toBe(20);

      const user = () =>
        fetch(`${shortLived.url}/auth/v1/user`, {
          headers: { apikey: shortLived.anonKey, Authorization: `Bearer ${session.access_token}` },
        });
      expect((await user()).status).toBe(200);
      await sleep(Math.max(0, (Number(claims.exp) + 1) * 1000 - Date.now()));
      const expired = await user();
      expect(expired.status).toBe(403);
      expect(await expired.json()).toMatchObject({ error_code: 'bad_jwt' });
    } finally {
      await shortLived.close();
    }
    // The database belongs to the first server and stays open.
    expect(standIn.db.closed).toBe(false);
  });

  it('must be a positive whole number', async () => {
    const previous = process.env.JWT_EXPIRY;
    process.env.JWT_EXPIRY = 'soon';
    try {
      await expect(startLocalSupabase({ db: standIn.db, port: 0 })).rejects.toThrow(/JWT_EXPIRY/);
    } finally {
      if (previous === undefined) delete process.env.JWT_EXPIRY;
      else process.env.JWT_EXPIRY = previous;
    }
  });
});
