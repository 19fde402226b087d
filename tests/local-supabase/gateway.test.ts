import { createClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signJwt, type LocalSupabase } from '../../src/services/local-supabase/index.ts';
import {
  anonClient,
  apiHeaders,
  createUser,
  installTestFunctions,
  jwtPayload,
  serviceClient,
  startTestStandIn,
  type TestUser,
} from './harness.ts';

// The gateway (apikey) and PostgREST's JWT handling: who a request runs as, with which claims.
let standIn: LocalSupabase;
let staff: TestUser;

beforeAll(async () => {
  standIn = await startTestStandIn();
  await installTestFunctions(standIn.db);
  staff = await createUser(standIn.db, 'redacteur@demodam.example');
});

afterAll(async () => {
  await standIn?.close();
});

function whoami(headers: Record<string, string>) {
  return fetch(`${standIn.url}/rest/v1/rpc/whoami`, { method: 'POST', headers, body: '{}' });
}

describe('the apikey', () => {
  it('is required', async () => {
    const response = await whoami({ 'Content-Type': 'application/json' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'No API key found in request' });
  });

  it('must be one of the project keys', async () => {
    const forged = await signJwt('another-secret-that-is-at-least-32-characters', { iss: 'supabase-demo', role: 'anon' });
    for (const apikey of ['not-a-key', forged]) {
      const response = await whoami({ apikey, 'Content-Type': 'application/json' });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ message: 'Invalid API key' });
    }
  });

  it('is also required by the Auth routes', async () => {
    const response = await fetch(`${standIn.url}/auth/v1/settings`);
    expect(response.status).toBe(401);
  });

  it('is accepted as a query parameter, as Kong does', async () => {
    const response = await fetch(`${standIn.url}/rest/v1/rpc/whoami?apikey=${standIn.anonKey}`);
    expect(response.status).toBe(200);
  });

  it('is not needed for a CORS preflight (which origins may send one: cors.test.ts)', async () => {
    const origin = new URL(standIn.url).origin;
    const response = await fetch(`${standIn.url}/rest/v1/rpc/whoami`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'apikey, authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-headers')).toBe('apikey, authorization, content-type');
  });
});

describe('the role and claims of each request', () => {
  it('runs anon requests as anon, with the anon key as claims', async () => {
    const { data, error } = await anonClient(standIn).rpc('whoami');
    expect(error).toBeNull();
    expect(data).toMatchObject({ current_user: 'anon', claims: { iss: 'supabase-demo', role: 'anon' }, uid: null });
  });

  it('runs service_role requests as service_role', async () => {
    const { data } = await serviceClient(standIn).rpc('whoami');
    expect(data).toMatchObject({ current_user: 'service_role', claims: { role: 'service_role' } });
  });

  it('runs signed-in requests as authenticated, with the access token as claims', async () => {
    const client = anonClient(standIn);
    const { data: signIn, error: signInError } = await client.auth.signInWithPassword({ email: staff.email, password: staff.password });
    expect(signInError).toBeNull();
    const { data } = await client.rpc('whoami');
    expect(data).toMatchObject({ current_user: 'authenticated', uid: staff.id });
    expect(data.claims).toEqual(jwtPayload(signIn.session?.access_token ?? ''));
    expect(data.claims).toMatchObject({ role: 'authenticated', sub: staff.id, email: staff.email });
  });

  it('sets request.method, request.path and the lowercased request.headers', async () => {
    const response = await whoami(apiHeaders(standIn, { 'X-Portal-Test': 'Waarde' }));
    const body = await response.json();
    expect(body).toMatchObject({ method: 'POST', path: '/rpc/whoami' });
    expect(body.headers).toMatchObject({ 'x-portal-test': 'Waarde', apikey: standIn.anonKey });
  });

  it('appends the TCP peer address to x-forwarded-for, as the gateway of Supabase does, so the database can trust the last entry', async () => {
    const alone = await (await whoami(apiHeaders(standIn))).json();
    expect(alone.headers['x-forwarded-for']).toBe('127.0.0.1');
    // Whatever the client wrote stays in front; the entry the gateway vouches for is always the last one.
    const written = await (await whoami(apiHeaders(standIn, { 'X-Forwarded-For': '203.0.113.7, 198.51.100.2' }))).json();
    expect(written.headers['x-forwarded-for']).toBe('203.0.113.7, 198.51.100.2, 127.0.0.1');
    const { data } = await anonClient(standIn).rpc('whoami');
    expect(data.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('uses the apikey role when there is no Authorization header', async () => {
    const response = await whoami({ apikey: standIn.serviceRoleKey, 'Content-Type': 'application/json' });
    expect(await response.json()).toMatchObject({ current_user: 'service_role' });
  });

  it('runs a JWT without a role claim as anon', async () => {
    const token = await signJwt(standIn.jwtSecret, { sub: staff.id, exp: Math.floor(Date.now() / 1000) + 60 });
    const response = await whoami(apiHeaders(standIn, { Authorization: `Bearer ${token}` }));
    expect(await response.json()).toMatchObject({ current_user: 'anon', uid: staff.id });
  });
});

describe('JWTs that are refused', () => {
  it('answers 401 PGRST303 for an expired JWT', async () => {
    const token = await signJwt(standIn.jwtSecret, { role: 'authenticated', sub: staff.id, exp: Math.floor(Date.now() / 1000) - 3600 });
    const response = await whoami(apiHeaders(standIn, { Authorization: `Bearer ${token}` }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'PGRST303', message: 'JWT expired', details: null, hint: null });
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('answers 401 PGRST301 for a JWT signed with another secret', async () => {
    const token = await signJwt('another-secret-that-is-at-least-32-characters', { role: 'service_role' });
    const response = await whoami(apiHeaders(standIn, { Authorization: `Bearer ${token}` }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'PGRST301', message: 'JWT cryptographic operation failed', details: null, hint: null });
  });

  it('answers 401 PGRST301 for a JWT whose payload was changed after signing', async () => {
    const [header, , signature] = standIn.anonKey.split('.');
    const payload = Buffer.from(JSON.stringify({ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 })).toString('base64url');
    const response = await whoami(apiHeaders(standIn, { Authorization: `Bearer ${header}.${payload}.${signature}` }));
    expect(response.status).toBe(401);
    expect((await response.json()).code).toBe('PGRST301');
  });

  it('answers 401 PGRST301 for an unsigned (alg none) JWT', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ role: 'service_role' })}.`;
    const response = await whoami(apiHeaders(standIn, { Authorization: `Bearer ${token}` }));
    expect(response.status).toBe(401);
    expect((await response.json()).code).toBe('PGRST301');
  });

  it.each([
    ['not-a-jwt', 'Expected 3 parts in JWT; got 1'],
    ['', 'Empty JWT is sent in Authorization header'],
  ])('answers 401 PGRST301 for the malformed token "%s"', async (token, message) => {
    const response = await whoami(apiHeaders(standIn, { Authorization: `Bearer ${token}` }));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'PGRST301', message });
  });

  it('refuses a validly signed JWT for a role the API may not become', async () => {
    for (const role of ['postgres', 'supabase_admin', 'authenticator']) {
      const token = await signJwt(standIn.jwtSecret, { role, exp: Math.floor(Date.now() / 1000) + 60 });
      const response = await whoami(apiHeaders(standIn, { Authorization: `Bearer ${token}` }));
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: '42501' });
    }
  });

  it('gives supabase-js the error as data, not an exception', async () => {
    const token = await signJwt(standIn.jwtSecret, { role: 'authenticated', exp: Math.floor(Date.now() / 1000) - 3600 });
    const client = createClient(standIn.url, standIn.anonKey, {
      auth: { persistSession: false, autoRefreshToken: false },
      global: { headers: { Authorization: `Bearer ${token}` } },
    });
    const { data, error, status } = await client.rpc('whoami');
    expect(data).toBeNull();
    expect(status).toBe(401);
    expect(error?.message).toBe('JWT expired');
  });
});
