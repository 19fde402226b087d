import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { apiHeaders, createUser, installTestFunctions, startTestStandIn, type TestUser } from './harness.ts';

// Browsers may call the API only from the site's own origin and from the origins listed in PORTAL_ALLOWED_ORIGINS
// (here the allowedOrigins option). A "simple" cross-origin POST needs no preflight, so refusing the preflight is
// not enough: every API request that carries a foreign Origin is refused before it reaches the database.
const FOREIGN = 'https://aanvaller.example';
const LISTED = 'https://meedoen.demodam.example';

let standIn: LocalSupabase;
let staff: TestUser;
let ownOrigin: string;

beforeAll(async () => {
  standIn = await startTestStandIn({ allowedOrigins: [LISTED] });
  ownOrigin = new URL(standIn.url).origin;
  await installTestFunctions(standIn.db);
  staff = await createUser(standIn.db, 'redacteur@demodam.example');
});

afterAll(async () => {
  await standIn?.close();
});

function preflight(origin: string, path = '/rest/v1/rpc/whoami') {
  return fetch(`${standIn.url}${path}`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'apikey, authorization, content-type',
    },
  });
}

async function notes(): Promise<number> {
  const { rows } = await standIn.db.query<{ count: number }>('select count(*)::int as count from public.test_notes');
  return rows[0]?.count ?? 0;
}

describe('a CORS preflight', () => {
  it('is answered for the site itself, with its own origin and not *', async () => {
    const response = await preflight(ownOrigin);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ownOrigin);
    expect(response.headers.get('vary')).toMatch(/Origin/);
    expect(response.headers.get('access-control-allow-headers')).toBe('apikey, authorization, content-type');
  });

  it('is answered for the loopback names of the same port, and for a listed origin', async () => {
    const port = new URL(standIn.url).port;
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`, LISTED]) {
      const response = await preflight(origin);
      expect(response.status, origin).toBe(204);
      expect(response.headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
  });

  it.each([
    FOREIGN,
    'null',
    // Same host, another port: another origin (another local app).
    'http://127.0.0.1:1',
    // A listed origin's look-alike.
    'https://meedoen.demodam.example.aanvaller.example',
  ])('is refused with 403 and a message for %s, on the REST and the Auth routes', async (origin) => {
    for (const path of ['/rest/v1/rpc/whoami', '/auth/v1/token?grant_type=password']) {
      const response = await preflight(origin, path);
      expect(response.status, path).toBe(403);
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
      expect((await response.json()).message, path).toMatch(/PORTAL_ALLOWED_ORIGINS/);
    }
  });
});

describe('an API request with a foreign Origin', () => {
  it('is refused before it runs, even as a simple POST with ?apikey= that needs no preflight', async () => {
    const before = await notes();
    const response = await fetch(`${standIn.url}/rest/v1/rpc/test_log?apikey=${standIn.serviceRoleKey}`, {
      method: 'POST',
      // No Content-Type (a Blob without a type in a browser): a simple request, sent without a preflight.
      headers: { Origin: FOREIGN },
      body: Buffer.from(JSON.stringify({ note: 'vanaf een andere site' })),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const body = await response.json();
    expect(body.message).toContain(FOREIGN);
    expect(body.message).toMatch(/PORTAL_ALLOWED_ORIGINS/);
    expect(await notes()).toBe(before);
  });

  it('cannot sign in on the Auth routes', async () => {
    const response = await fetch(`${standIn.url}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { Origin: FOREIGN, apikey: standIn.anonKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: staff.email, password: staff.password }),
    });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('access_token');
  });

  it('is refused for a GET as well', async () => {
    const response = await fetch(`${standIn.url}/rest/v1/rpc/whoami?apikey=${standIn.anonKey}`, { headers: { Origin: FOREIGN } });
    expect(response.status).toBe(403);
  });
});

describe('an API request from an allowed origin or without one', () => {
  it('runs, and the answer names the origin it is for', async () => {
    const response = await fetch(`${standIn.url}/rest/v1/rpc/test_log`, {
      method: 'POST',
      headers: apiHeaders(standIn, { Origin: ownOrigin }),
      body: JSON.stringify({ note: 'vanaf de eigen site' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ownOrigin);
    expect(response.headers.get('access-control-expose-headers')).toContain('Content-Range');
  });

  it('runs for a listed origin, on the Auth routes too', async () => {
    const response = await fetch(`${standIn.url}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { Origin: LISTED, apikey: standIn.anonKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: staff.email, password: staff.password }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(LISTED);
  });

  it('runs without an Origin header (the build, the mail worker, scripts), without CORS headers', async () => {
    const response = await fetch(`${standIn.url}/rest/v1/rpc/whoami`, { method: 'POST', headers: apiHeaders(standIn), body: '{}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the list of allowed origins', () => {
  it.each([['*'], ['meedoen.demodam.example'], ['ftp://meedoen.demodam.example']])(
    'refuses %s at start, naming the variable',
    async (entry) => {
      await expect(startTestStandIn({ db: standIn.db, allowedOrigins: [entry] })).rejects.toThrow(/PORTAL_ALLOWED_ORIGINS/);
    },
  );

  it('is read from PORTAL_ALLOWED_ORIGINS, comma-separated', async () => {
    const previous = process.env.PORTAL_ALLOWED_ORIGINS;
    process.env.PORTAL_ALLOWED_ORIGINS = ' https://een.example , https://twee.example:8443/ ';
    const fromEnv = await startTestStandIn({ db: standIn.db }).finally(() => {
      if (previous === undefined) delete process.env.PORTAL_ALLOWED_ORIGINS;
      else process.env.PORTAL_ALLOWED_ORIGINS = previous;
    });
    try {
      for (const origin of ['https://een.example', 'https://twee.example:8443']) {
        const response = await fetch(`${fromEnv.url}/rest/v1/rpc/whoami`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
        });
        expect(response.status, origin).toBe(204);
      }
      const foreign = await fetch(`${fromEnv.url}/rest/v1/rpc/whoami`, {
        method: 'OPTIONS',
        headers: { Origin: FOREIGN, 'Access-Control-Request-Method': 'POST' },
      });
      expect(foreign.status).toBe(403);
    } finally {
      await fromEnv.close();
    }
  });
});
