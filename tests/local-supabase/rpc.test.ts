import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalSupabase, type LocalSupabase } from '../../src/services/local-supabase/index.ts';
import {
  anonClient,
  apiHeaders,
  HOSTILE,
  installTestFunctions,
  rawRequest,
  serviceClient,
  socketRequest,
  startTestStandIn,
} from './harness.ts';

// PostgREST's rpc route as supabase-js and raw HTTP see it, over the real migrations.
let standIn: LocalSupabase;

beforeAll(async () => {
  standIn = await startTestStandIn();
  await installTestFunctions(standIn.db);
  await standIn.db.query(`insert into portal.organisations (slug, name) values ('demodam', $1)`, [`Gemeente ${HOSTILE}`]);
});

afterAll(async () => {
  await standIn?.close();
});

function post(fn: string, body: string | undefined, headers: Record<string, string> = {}) {
  return fetch(`${standIn.url}/rest/v1/rpc/${fn}`, { method: 'POST', headers: apiHeaders(standIn, headers), body });
}

describe('calling the read API through supabase-js', () => {
  it('returns the organisation document from get_organisation', async () => {
    const { data, error, status } = await anonClient(standIn).rpc('get_organisation', { org_slug: 'demodam' });
    expect(error).toBeNull();
    expect(status).toBe(200);
    const { rows } = await standIn.db.query<{ doc: unknown }>(`select public.get_organisation('demodam') as doc`);
    expect(data).toEqual(rows[0]?.doc);
    expect(data).toMatchObject({ slug: 'demodam', name: `Gemeente ${HOSTILE}` });
  });

  it('answers 404 with the function error for an unknown organisation', async () => {
    const { data, error, status } = await anonClient(standIn).rpc('get_organisation', { org_slug: 'nergenshuizen' });
    expect(data).toBeNull();
    expect(status).toBe(404);
    expect(error).toMatchObject({ code: 'PT404', message: 'Organisation "nergenshuizen" does not exist.', details: null, hint: null });
  });

  it('calls stable functions with GET and query parameters', async () => {
    const { data, error } = await anonClient(standIn).rpc('get_organisation', { org_slug: 'demodam' }, { get: true });
    expect(error).toBeNull();
    expect(data).toMatchObject({ slug: 'demodam' });
  });
});

describe('SQLSTATE to HTTP status, as PostgREST maps them', () => {
  const table: [sqlstate: string, status: number][] = [
    ['08006', 503],
    ['09000', 500],
    ['0L000', 403],
    ['0P000', 403],
    ['23503', 409],
    ['23505', 409],
    ['23514', 400],
    ['25006', 405],
    ['25001', 500],
    ['28000', 403],
    ['2D000', 500],
    ['38000', 500],
    ['39000', 500],
    ['3B000', 500],
    ['40001', 500],
    ['53400', 500],
    ['53100', 503],
    ['54000', 500],
    ['55000', 500],
    ['57000', 500],
    ['57P01', 503],
    ['58000', 500],
    ['F0000', 500],
    ['HV000', 500],
    ['P0001', 400],
    ['P0002', 500],
    ['XX000', 500],
    ['42883', 404],
    ['42P01', 404],
    ['42P17', 500],
    ['22023', 400],
    ['22P02', 400],
    ['PT404', 404],
    ['PT402', 402],
    ['PT418', 418],
  ];

  it.each(table)('%s answers %i with the raised code, message, details and hint', async (sqlstate, status) => {
    const raised = { sqlstate, message: `message ${HOSTILE}`, detail: `detail ${sqlstate}`, hint: `hint ${sqlstate}` };
    const response = await post('test_raise', JSON.stringify(raised));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ code: sqlstate, message: raised.message, details: raised.detail, hint: raised.hint });
  });

  it('answers 42501 (insufficient privilege) with 401 for anon and 403 for a signed-in role', async () => {
    const args = { sqlstate: '42501', message: 'no', detail: 'd', hint: 'h' };
    const anon = await post('test_raise', JSON.stringify(args));
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toBe('Bearer');
    const service = await post('test_raise', JSON.stringify(args), { Authorization: `Bearer ${standIn.serviceRoleKey}` });
    expect(service.status).toBe(403);
  });

  it('answers a function the caller may not execute with 401 for anon', async () => {
    const { error, status } = await anonClient(standIn).rpc('my_staff_memberships');
    expect(status).toBe(401);
    expect(error?.code).toBe('42501');
  });
});

describe('result shapes', () => {
  it('returns the rows of a set-returning function as an array', async () => {
    const response = await post('test_numbers', JSON.stringify({ upto: 3 }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBe('0-2/*');
    expect(await response.json()).toEqual([
      { n: 1, label: 'nr 1' },
      { n: 2, label: 'nr 2' },
      { n: 3, label: 'nr 3' },
    ]);
  });

  it('returns an empty array when a set-returning function returns no rows', async () => {
    const { data, error } = await anonClient(standIn).rpc('test_numbers', { upto: 0 });
    expect(error).toBeNull();
    expect(data).toEqual([]);
  });

  it('answers 204 without a body for a void function', async () => {
    const response = await post('test_nothing', undefined);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    const { data, status } = await anonClient(standIn).rpc('test_nothing');
    expect(status).toBe(204);
    expect(data).toBeNull();
  });

  it('passes every value as a typed argument, never as SQL', async () => {
    const args = { t: HOSTILE, n: 42, b: true, j: { nested: [HOSTILE, 1, null] }, d: '2026-01-31' };
    const { data, error } = await anonClient(standIn).rpc('test_echo', args);
    expect(error).toBeNull();
    expect(data).toEqual(args);
    const { rows } = await standIn.db.query<{ users: number }>(
      `select count(*)::int as users from pg_tables where schemaname = 'auth' and tablename = 'users'`,
    );
    expect(rows[0]?.users).toBe(1);
  });

  it('answers 400 when a value does not fit its parameter type', async () => {
    const response = await post('test_echo', JSON.stringify({ t: 'x', n: 'many', b: true, j: {}, d: '2026-01-31' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: '22P02' });
  });

  it('lets arguments with a default be left out', async () => {
    const client = anonClient(standIn);
    expect((await client.rpc('test_defaults', { required: 'a' })).data).toBe('a/default');
    expect((await client.rpc('test_defaults', { required: 'a', optional: 'b' })).data).toBe('a/b');
  });
});

describe('finding the function', () => {
  it('answers 404 PGRST202 for a function that does not exist', async () => {
    const response = await post('no_such_function', '{}');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      code: 'PGRST202',
      message: 'Could not find the function public.no_such_function without parameters in the schema cache',
      details:
        'Searched for the function public.no_such_function without parameters or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.',
      hint: null,
    });
  });

  it('answers 404 PGRST202 for wrong argument names, hinting at the right ones', async () => {
    const response = await post('get_organisation', JSON.stringify({ slug: 'demodam', extra: 1 }));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      code: 'PGRST202',
      message: 'Could not find the function public.get_organisation(extra, slug) in the schema cache',
      details:
        'Searched for the function public.get_organisation with parameters extra, slug or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.',
      hint: 'Perhaps you meant to call the function public.get_organisation(org_slug)',
    });
  });

  it('answers 404 when a required argument is missing', async () => {
    const response = await post('test_defaults', JSON.stringify({ optional: 'b' }));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'PGRST202' });
  });

  it('answers 300 PGRST203 when overloaded functions both match', async () => {
    const response = await post('test_overload', JSON.stringify({ a: 1 }));
    expect(response.status).toBe(300);
    expect(await response.json()).toMatchObject({ code: 'PGRST203' });
  });

  it('does not expose functions outside the public schema', async () => {
    const byName = await post('organisation_id_for', JSON.stringify({ org_slug: 'demodam' }));
    expect(byName.status).toBe(404);
    const byProfile = await post('organisation_id_for', JSON.stringify({ org_slug: 'demodam' }), { 'Content-Profile': 'portal' });
    expect(byProfile.status).toBe(406);
    expect(await byProfile.json()).toMatchObject({ code: 'PGRST106', message: 'Invalid schema: portal' });
  });

  it('answers 404 PGRST205 for table paths, which the stand-in does not serve', async () => {
    const response = await fetch(`${standIn.url}/rest/v1/organisations?select=*`, { headers: apiHeaders(standIn) });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'PGRST205' });
  });
});

describe('hostile and malformed requests', () => {
  it('answers 400 PGRST102 for malformed JSON', async () => {
    const response = await post('get_organisation', '{"org_slug": "demodam"');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'PGRST102', message: 'Empty or invalid json', details: null, hint: null });
  });

  it.each(['[1, 2]', '"demodam"', '42', 'null'])('answers 400 for the non-object body %s', async (body) => {
    const response = await post('get_organisation', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'PGRST102' });
  });

  it('calls a function without arguments for an empty body', async () => {
    const response = await post('whoami', '');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ current_user: 'anon' });
  });

  it('answers 413 with a PostgREST error body for a body over 1 MiB with a Content-Length, and keeps serving', async () => {
    const body = JSON.stringify({ org_slug: 'x'.repeat(1024 * 1024 + 10) });
    const response = await post('get_organisation', body);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 'PGRST102', message: expect.stringMatching(/1 MiB/), details: null, hint: null });
    expect((await anonClient(standIn).rpc('get_organisation', { org_slug: 'demodam' })).status).toBe(200);
  });

  // Nesting costs a recursion per level when the arguments are serialised and when Postgres parses them; past
  // 64 levels (far beyond any argument the portal takes) the body is refused before either.
  it.each([
    ['a body nested 100,000 deep', `{"input": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    [
      'one field nested 5,000 deep in a 30 kB body',
      `{"input": {"email": "a@b.example", "project": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}`,
    ],
    ['65 levels', `{"input": ${'['.repeat(64)}${']'.repeat(64)}}`],
  ])('answers 400 PGRST102 for %s, and keeps serving', async (_, body) => {
    const response = await post('follow_project', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'PGRST102',
      message: 'The JSON body is nested too deeply (more than 64 levels).',
      details: null,
      hint: null,
    });
    expect((await anonClient(standIn).rpc('get_organisation', { org_slug: 'demodam' })).status).toBe(200);
  });

  it('passes 64 levels of nesting on to the function', async () => {
    const j = JSON.parse(`${'['.repeat(63)}${']'.repeat(63)}`);
    const { data, status } = await anonClient(standIn).rpc('test_echo', { t: 'x', n: 1, b: true, j, d: '2026-01-01' });
    expect(status).toBe(200);
    expect(data.j).toEqual(j);
  });

  it.each([
    ['a NUL byte', 'follow_project%00'],
    ['a NUL byte in the middle', 'follow%00_project'],
    ['a control character', 'follow_project%0A'],
  ])('answers 400 PGRST100 for a function name with %s, over POST and GET', async (_, name) => {
    const posted = await post(name, JSON.stringify({ input: {} }));
    expect(posted.status).toBe(400);
    expect(await posted.json()).toEqual({
      code: 'PGRST100',
      message: 'The function name in the path contains a NUL byte or another control character.',
      details: null,
      hint: null,
    });
    const got = await fetch(`${standIn.url}/rest/v1/rpc/${name}?input=1`, { headers: apiHeaders(standIn) });
    expect(got.status).toBe(400);
    expect((await got.json()).code).toBe('PGRST100');
  });

  it.each([
    ['a raw NUL byte in the path', 'POST /rest/v1/rpc/follow_project\u0000 HTTP/1.1', 400],
    ['a raw space in the path', 'GET /rest/v1/rpc/follow project HTTP/1.1', 400],
    ['a header without a colon', 'GET /rest/v1/rpc/whoami HTTP/1.1\r\nKapotte kop', 400],
    ['headers over 16 kB', `GET /rest/v1/rpc/follow_project?input=${'%5B'.repeat(6000)} HTTP/1.1`, 431],
  ])('answers %s, which Node cannot parse, with a message in PostgREST’s shape, and keeps serving', async (_, line, status) => {
    const answer = await socketRequest(
      standIn.url,
      `${line}\r\nHost: stand-in\r\napikey: ${standIn.anonKey}\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(answer.status).toBe(status);
    expect(JSON.parse(answer.body)).toEqual({ code: 'PGRST100', message: expect.stringMatching(/\w/), details: null, hint: null });
    expect((await anonClient(standIn).rpc('get_organisation', { org_slug: 'demodam' })).status).toBe(200);
  });

  it('answers 400 with a PostgREST error body for a NUL byte in an argument, over POST and GET', async () => {
    const posted = await post('get_organisation', JSON.stringify({ org_slug: 'demo\u0000dam' }));
    expect(posted.status).toBe(400);
    expect(Object.keys(await posted.json()).sort()).toEqual(['code', 'details', 'hint', 'message']);
    const got = await fetch(`${standIn.url}/rest/v1/rpc/get_organisation?org_slug=demo%00dam`, { headers: apiHeaders(standIn) });
    expect(got.status).toBe(400);
    expect(Object.keys(await got.json()).sort()).toEqual(['code', 'details', 'hint', 'message']);
  });

  it('answers 413 for a streamed body that grows over 1 MiB', async () => {
    async function* chunks() {
      yield Buffer.from('{"org_slug": "');
      for (let i = 0; i < 48; i++) yield Buffer.alloc(64 * 1024, 'x');
      yield Buffer.from('"}');
    }
    const response = await rawRequest(standIn.url, '/rest/v1/rpc/get_organisation', {
      method: 'POST',
      headers: apiHeaders(standIn, { 'Transfer-Encoding': 'chunked' }),
      body: chunks(),
    });
    expect(response.status).toBe(413);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const response = await post('get_organisation', 'org_slug=demodam', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(415);
  });

  it('decodes a percent-encoded function name, and refuses a malformed one with 400 PGRST100', async () => {
    expect((await post('get%5Forganisation', JSON.stringify({ org_slug: 'demodam' }))).status).toBe(200);
    for (const name of ['get_organisation%E0%A4%A', 'get_organisation%', 'get_organisation%ZZ', '%C0%AF']) {
      const malformed = await post(name, '{}');
      expect(malformed.status, name).toBe(400);
      expect(await malformed.json(), name).toMatchObject({ code: 'PGRST100', details: null, hint: null });
    }
  });

  it('answers 405 PGRST101 for methods other than GET, HEAD and POST', async () => {
    const response = await fetch(`${standIn.url}/rest/v1/rpc/get_organisation`, {
      method: 'PUT',
      headers: apiHeaders(standIn),
      body: '{}',
    });
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ code: 'PGRST101' });
  });
});

describe('one transaction per request', () => {
  it('rolls back the writes of a call that fails', async () => {
    const before = await standIn.db.query<{ n: number }>(`select count(*)::int as n from public.test_notes`);
    const { error, status } = await anonClient(standIn).rpc('test_log_then_fail', { note: 'should not stay' });
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: 'P0001', message: 'refused after writing' });
    const after = await standIn.db.query<{ n: number }>(`select count(*)::int as n from public.test_notes`);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('commits the writes of a volatile function called with POST', async () => {
    const { data, error } = await serviceClient(standIn).rpc('test_log', { note: HOSTILE });
    expect(error).toBeNull();
    const { rows } = await standIn.db.query<{ n: number }>(`select count(*)::int as n from public.test_notes where note = $1`, [HOSTILE]);
    expect(rows[0]?.n).toBe(1);
    expect(data).toBeGreaterThanOrEqual(1);
  });

  it('runs GET requests read-only, so a volatile function that writes answers 405', async () => {
    const { error, status } = await anonClient(standIn).rpc('test_log', { note: 'via GET' }, { get: true });
    expect(status).toBe(405);
    expect(error?.code).toBe('25006');
    const { rows } = await standIn.db.query<{ n: number }>(`select count(*)::int as n from public.test_notes where note = 'via GET'`);
    expect(rows[0]?.n).toBe(0);
  });

  it('leaves the connection as the superuser after each request', async () => {
    await anonClient(standIn).rpc('whoami');
    const { rows } = await standIn.db.query<{ who: string; claims: string | null }>(
      `select current_user as who, nullif(current_setting('request.jwt.claims', true), '') as claims`,
    );
    expect(rows[0]).toEqual({ who: 'postgres', claims: null });
  });
});

describe('an unexpected failure', () => {
  it('answers 500 with a generic message and logs the details instead', async () => {
    const db = await PGlite.create();
    const lines: string[] = [];
    const broken = await startLocalSupabase({ db, port: 0, log: (line) => lines.push(line) });
    try {
      // A database that went away mid-flight is not an error the API can describe to a client.
      await db.close();
      const response = await fetch(`${broken.url}/rest/v1/rpc/get_organisation`, {
        method: 'POST',
        headers: apiHeaders(broken),
        body: '{}',
      });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ code: 'PGRSTX00', message: 'Internal server error', details: null, hint: null });
      expect(lines.some((line) => line.startsWith('Internal error in POST /rest/v1/rpc/get_organisation'))).toBe(true);
    } finally {
      await broken.close();
    }
  });
});
