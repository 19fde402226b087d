import { connect } from 'node:net';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { signJwt } from '../../src/services/local-supabase/keys.ts';
import { tableFingerprint } from '../database/fingerprint.ts';
import { solvedChallenge, useTestFollowSettings } from '../database/follow-challenge.ts';
import { ANDERPROJECT, clientFor, OTHERDAM, startFixturePortal, TESTPROJECT } from '../database/support.ts';

// The hostile-input run: hundreds of requests an attacker could send to the API over HTTP (the real
// stand-in, the real migrations and RLS), across every public and resident function and, as signed-in staff,
// every staff function: malformed, oversized, nested, replayed, forged and cross-organisation. Every one must get
// a 4xx with a message (never a 5xx), the server must keep serving, and nothing that was refused may have changed
// a single row. The counts are printed (README.md, "Security", states them).

interface Case {
  name: string;
  /** A read whose odd input is still valid (a text that matches nothing) may answer 2xx; all else is refused. */
  mayAnswer?: boolean;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

interface Answer {
  status: number;
  text: string;
}

let portal: LocalSupabase;
let editorToken: string;
let otherEditorToken: string;
let anon: SupabaseClient;

beforeAll(async () => {
  portal = await startFixturePortal();
  await useTestFollowSettings(portal.db);
  anon = await clientFor(portal, 'anon');
  editorToken = await accessToken(await clientFor(portal, 'editor'));
  otherEditorToken = await accessToken(await clientFor(portal, 'otherEditor'));
});
afterAll(() => portal?.close());

async function accessToken(client: SupabaseClient): Promise<string> {
  const { data } = await client.auth.getSession();
  if (!data.session) throw new Error('No session');
  return data.session.access_token;
}

/**
 * A raw HTTP/1.1 request over a socket: the path goes on the wire byte for byte as written (NUL bytes and broken
 * escapes included, which node:http refuses to send), and the answer is read until the server closes.
 */
function send(item: Case): Promise<Answer> {
  const url = new URL(portal.url);
  const body = item.body === undefined ? undefined : Buffer.isBuffer(item.body) ? item.body : Buffer.from(item.body, 'utf8');
  const headers: Record<string, string> = {
    Host: url.host,
    apikey: portal.anonKey,
    Connection: 'close',
    ...(body ? { 'Content-Type': 'application/json', 'Content-Length': String(body.length) } : {}),
    ...item.headers,
  };
  const head = `${item.method ?? 'POST'} ${item.path} HTTP/1.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => {
      socket.write(Buffer.from(head, 'latin1'));
      if (body) socket.write(body);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(raw.subarray(0, 20).toString('latin1'))?.[1] ?? 0);
      const responseHead = raw.subarray(0, split).toString('latin1');
      let text: Buffer = raw.subarray(split + 4);
      if (/^transfer-encoding:\s*chunked/im.test(responseHead)) text = dechunk(text);
      resolve({ status, text: text.toString('utf8') });
    });
  });
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < data.length) {
    const lineEnd = data.indexOf('\r\n', at);
    const size = Number.parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** A valid follow request but for its proof of work. */
const FOLLOW = { organisation: 'testdam', project: 'testproject', email: 'vreemde@voorbeeld.nl', language: 'nl', frequency: 'weekly' };
const rpc = (name: string) => `/rest/v1/rpc/${name}`;
const json = (value: unknown) => JSON.stringify(value);
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const nestedArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Values no function should take for a jsonb `input`, or for one field of it. */
const HOSTILE_VALUES: [string, unknown][] = [
  ['null', null],
  ['an array', [1, 2]],
  ['a number', 12],
  ['a string', 'input'],
  ['an empty object', {}],
  ['a NUL byte', { email: 'a\u0000@voorbeeld.nl', project_id: TESTPROJECT, token: '\u0000', org_slug: 'testdam\u0000' }],
  ['100 kB strings', { email: `${'a'.repeat(100_000)}@voorbeeld.nl`, title: 'x'.repeat(100_000), token: 'y'.repeat(100_000) }],
  [
    'SQL in every field',
    {
      email: "x'); drop table portal.subscribers; --@voorbeeld.nl",
      project_id: "' or 1=1 --",
      token: "' or '1'='1",
      org_slug: "testdam'; --",
    },
  ],
  ['ids that are not uuids', { project_id: 'not-a-uuid', subscription_id: '1', id: '../../etc/passwd', organisation_id: 12 }],
  ['wrong types', { project_id: 12, email: ['a@b.nl'], frequency: { weekly: true }, language: 42, token: true }],
  ['a 200-deep field', { project_id: TESTPROJECT, title: JSON.parse(nested(200)) }],
  ['lone surrogates and control characters', { email: '\ud800@voorbeeld.nl', title: '\u0007\u001b[31m\u202e', body_md: '\uffff' }],
];

/** The public and resident functions as anon. Functions whose arguments are named take them as top-level keys. */
const ANON_JSONB = ['confirm_subscription', 'delete_my_data', 'follow_project', 'my_subscriptions', 'unsubscribe', 'update_subscription'];
const ANON_NAMED: Record<string, [string, unknown][]> = {
  changes_since: [
    ['since', 'not a time'],
    ['since', '2026-13-45'],
    ['org_slug', null],
    ['project_slug', 5],
  ],
  get_organisation: [
    ['org_slug', null],
    ['org_slug', 'x'.repeat(10_000)],
    ['org_slug', 'otherdam\u0000'],
  ],
  ledger_entries: [
    ['after_seq', -1],
    ['after_seq', '9'.repeat(40)],
    ['max_entries', 1e12],
    ['max_entries', 'all'],
  ],
  list_council_moments: [
    ['from_date', 'not a date'],
    ['to_date', '2026-02-30'],
    ['from_date', 'gisteren'],
  ],
  list_lessons: [
    ['phase_kind', 'x'.repeat(5000)],
    ['category', { a: 1 }],
    ['org_slug', ['testdam']],
  ],
  list_projects: [
    ['org_slug', null],
    ['org_slug', "testdam' or '1'='1"],
    ['org_slug', 1],
  ],
  list_promises: [
    ['status', 'gebroken'],
    ['overdue_only', 'misschien'],
    ['project_slug', { $ne: 1 }],
  ],
  project_timeline: [
    ['project_slug', 'conceptproject'],
    ['project_slug', '../anderproject'],
    ['org_slug', 'otherdam'],
  ],
  withdrawn_projects: [
    ['org_slug', null],
    ['org_slug', 'x'.repeat(10_000)],
    ['org_slug', 7],
  ],
};
const STAFF_FUNCTIONS = [
  'staff_approve',
  'staff_assign_person',
  'staff_audit_log',
  'staff_change_promise_status',
  'staff_delete_draft',
  'staff_members',
  'staff_project',
  'staff_remove_member',
  'staff_return_to_draft',
  'staff_save_council_moment',
  'staff_save_decision',
  'staff_save_group',
  'staff_save_handover',
  'staff_save_input_theme',
  'staff_save_key_date',
  'staff_save_lesson',
  'staff_save_person',
  'staff_save_phase',
  'staff_save_project',
  'staff_save_promise',
  'staff_save_update',
  'staff_set_member_role',
  'staff_submit',
  'staff_unpublish',
  'staff_link_council_item',
  'staff_unlink_council_item',
  'staff_import_council_item',
  'staff_save_motion',
  'staff_save_council_letter',
];
const SERVICE_ONLY = [
  'claim_outbox',
  'mark_sent',
  'mark_failed',
  'update_deployment_settings',
  'purge_outbox',
  'purge_unconfirmed',
  'follower_counts',
];

async function refusedCases(): Promise<Case[]> {
  const cases: Case[] = [];
  const add = (item: Case) => cases.push(item);

  // The path and the transport.
  for (const path of [
    '/rest/v1/rpc/follow_project%00',
    '/rest/v1/rpc/follow_project\u0000',
    '/rest/v1/rpc/%zz',
    '/rest/v1/rpc/%E0%A4%A',
    '/rest/v1/rpc/..%2f..%2fetc%2fpasswd',
    '/rest/v1/rpc/portal.request_source',
    '/rest/v1/rpc/pg_sleep',
    '/rest/v1/rpc/FOLLOW_PROJECT',
    '/rest/v1/rpc/',
    `/rest/v1/rpc/${'a'.repeat(5000)}`,
    '/rest/v1/subscribers',
    '/rest/v1/rpc/list_projects?org_slug=%00',
    '/auth/v1/token?grant_type=%zz',
    '/auth/v1/%00',
    '/functions/v1/unsubscribe?token=%zz',
    '/admin/v1/backup',
  ])
    add({ name: `path ${path.slice(0, 60)}`, path, method: path.startsWith('/admin') ? 'GET' : 'POST', body: '{}' });
  for (const method of ['PUT', 'DELETE', 'PATCH']) add({ name: `${method} on an RPC`, method, path: rpc('follow_project'), body: '{}' });
  add({ name: 'no apikey', path: rpc('list_projects'), headers: { apikey: '' }, body: json({ org_slug: 'testdam' }) });
  add({ name: 'a made-up apikey', path: rpc('list_projects'), headers: { apikey: 'abc.def.ghi' }, body: '{}' });
  const otherSecret = 'another-secret-of-at-least-32-characters!!';
  const forged = [
    ['a service_role key signed with another secret', await signJwt(otherSecret, { role: 'service_role', iss: 'supabase-demo' })],
    ['an expired service_role token', await signJwt(portal.jwtSecret, { role: 'service_role', exp: 1 })],
    [
      'alg none',
      `${Buffer.from(json({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(json({ role: 'service_role' })).toString('base64url')}.`,
    ],
    [
      'a token for a user that does not exist',
      await signJwt(otherSecret, { role: 'authenticated', sub: '00000000-0000-4000-8000-0000000000ff' }),
    ],
    ['garbage', 'Bearer Bearer \u0001'],
  ] as const;
  for (const [what, token] of forged) {
    add({
      name: `forged: ${what} on claim_outbox`,
      path: rpc('claim_outbox'),
      headers: bearer(token),
      body: json({ input: { limit: 10 } }),
    });
    add({
      name: `forged: ${what} on staff_save_update`,
      path: rpc('staff_save_update'),
      headers: bearer(token),
      body: json({ input: { project_id: TESTPROJECT, title: 'x', body_md: 'x' } }),
    });
  }
  add({ name: 'a text/plain body', path: rpc('follow_project'), headers: { 'Content-Type': 'text/plain' }, body: 'email=a@b.nl' });
  for (const [what, body] of [
    ['not JSON', '{"input": '],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"follow"'],
    ['a JSON number', '7'],
    ['JSON null', 'null'],
    ['10,000-deep objects', nested(10_000)],
    ['100,000-deep arrays', nestedArray(100_000)],
    ['a 5,000-deep field in 30 kB', json({ input: { email: 'a@b.nl' } }).replace('"a@b.nl"', nested(5_000))],
    ['2 MB', json({ input: { email: 'a@b.nl', pad: 'x'.repeat(2 * 1024 * 1024) } })],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x69, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ['a duplicate key', '{"input": {}, "input": {"email": "a@b.nl"}}'],
    ['a byte-order mark', `\ufeff${json({ input: {} })}`],
  ] as const)
    add({ name: `body: ${what}`, path: rpc('follow_project'), body });

  // Every public and resident function, as anon, with hostile input.
  for (const name of ANON_JSONB) {
    for (const [what, value] of HOSTILE_VALUES) add({ name: `${name} with ${what}`, path: rpc(name), body: json({ input: value }) });
    add({ name: `${name} with an unknown argument`, path: rpc(name), body: json({ inputs: {} }) });
  }
  for (const [name, bad] of Object.entries(ANON_NAMED)) {
    for (const [argument, value] of bad) {
      // A slug is a text: one that names nothing finds nothing, which is an answer, not an error.
      const mayAnswer = argument.endsWith('slug') && typeof value !== 'number' && value !== null;
      add({
        name: `${name}(${argument} = ${String(JSON.stringify(value)).slice(0, 30)})`,
        mayAnswer,
        path: rpc(name),
        body: json({ org_slug: 'testdam', [argument]: value }),
      });
    }
    add({ name: `${name} with an unknown argument`, path: rpc(name), body: json({ org_slug: 'testdam', drop: 'table' }) });
  }
  for (const name of [...STAFF_FUNCTIONS, ...SERVICE_ONLY])
    add({ name: `${name} as anon`, path: rpc(name), body: json({ input: { project_id: TESTPROJECT } }) });

  // follow_challenge takes no input that matters: whatever it is sent, it hands out a challenge and stores nothing.
  for (const [what, value] of HOSTILE_VALUES)
    add({ name: `follow_challenge with ${what}`, mayAnswer: true, path: rpc('follow_challenge'), body: json({ input: value }) });

  // Forged and replayed tokens and challenges.
  const token = 'A'.repeat(43);
  for (const name of ['confirm_subscription', 'unsubscribe', 'delete_my_data', 'my_subscriptions', 'update_subscription']) {
    add({ name: `${name} with a forged token`, path: rpc(name), body: json({ input: { token, frequency: 'weekly' } }) });
  }
  const challenge = await solvedChallenge(anon);
  const tampered = Buffer.from(
    json({ ...JSON.parse(Buffer.from(challenge, 'base64').toString()), solution: { counter: 1, derivedKey: '00' } }),
  ).toString('base64');
  add({
    name: 'follow_project with a forged solution',
    path: rpc('follow_project'),
    body: json({ input: { ...FOLLOW, altcha: tampered } }),
  });
  add({ name: 'follow_project without a solution', path: rpc('follow_project'), body: json({ input: { ...FOLLOW } }) });
  add({
    name: 'follow_project with a solution that is not base64',
    path: rpc('follow_project'),
    body: json({ input: { ...FOLLOW, altcha: '%%%' } }),
  });

  // Staff functions as signed-in staff: hostile input, and the other organisation's records.
  for (const name of STAFF_FUNCTIONS) {
    for (const [what, value] of HOSTILE_VALUES.filter((_, index) => index % 3 === 0)) {
      add({ name: `${name} as editor with ${what}`, path: rpc(name), headers: bearer(editorToken), body: json({ input: value }) });
    }
    add({
      name: `${name} as editor on the other organisation's project`,
      path: rpc(name),
      headers: bearer(editorToken),
      body: json({
        input: {
          project_id: ANDERPROJECT,
          organisation_id: OTHERDAM,
          id: '50000000-0000-4000-8000-000000000004',
          kind: 'decision',
          title: 'x',
          body_md: 'x',
          user_id: '00000000-0000-4000-8000-000000000005',
          role: 'admin',
        },
      }),
    });
    add({
      name: `${name} as the other organisation's editor on testdam's project`,
      path: rpc(name),
      headers: bearer(otherEditorToken),
      body: json({
        input: { project_id: TESTPROJECT, id: '50000000-0000-4000-8000-000000000002', kind: 'decision', title: 'x', body_md: 'x' },
      }),
    });
  }
  for (const name of SERVICE_ONLY)
    add({ name: `${name} as editor`, path: rpc(name), headers: bearer(editorToken), body: json({ input: {} }) });
  return cases;
}

/** What no anon response may carry: an address of a follower or staff member, a token, the service key. */
async function secrets(): Promise<string[]> {
  const { rows } = await portal.db.query<{ value: string }>(
    `select email as value from portal.subscribers union select email from auth.users where email is not null`,
  );
  return [...rows.map((row) => row.value), portal.serviceRoleKey, portal.jwtSecret];
}

describe('a hostile-input run against the stand-in', () => {
  it('answers no request with a 5xx, refuses the hostile ones with a 4xx and a message, keeps serving, and changes no row', async () => {
    const cases = await refusedCases();
    const before = await tableFingerprint(portal.db);
    const byStatus = new Map<number, number>();
    const failures: string[] = [];
    const leaks: string[] = [];
    const hidden = await secrets();
    for (const item of cases) {
      const answer = await send(item);
      byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
      if (answer.status >= 500 || (answer.status < 400 && !item.mayAnswer))
        failures.push(`${item.name}: ${answer.status} ${answer.text.slice(0, 200)}`);
      else if (answer.status >= 400 && !/"message"\s*:\s*"[^"]+"|^\S.+/.test(answer.text))
        failures.push(`${item.name}: ${answer.status} without a message`);
      for (const secret of hidden) if (answer.text.includes(secret)) leaks.push(`${item.name}: ${secret.slice(0, 12)}...`);
    }
    const summary = [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    console.log(
      `Hostile-input run: ${cases.length} cases (${cases.filter((item) => !item.mayAnswer).length} to be refused); answers ${summary}`,
    );

    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(failures).toEqual([]);
    expect(leaks).toEqual([]);
    expect(await tableFingerprint(portal.db)).toEqual(before);
    // Still serving, reads and writes alike.
    const projects = await anon.rpc('list_projects', { org_slug: 'testdam' });
    expect(projects.error).toBeNull();
    expect((projects.data as unknown[]).length).toBeGreaterThan(0);
  });

  it('takes each proof of work and each confirmation link once: the replay is refused and mints nothing', async () => {
    const altcha = await solvedChallenge(anon);
    const first = await send({
      name: 'follow',
      path: rpc('follow_project'),
      body: json({ input: { ...FOLLOW, email: 'herhaling@voorbeeld.nl', altcha } }),
    });
    expect(first.status, first.text).toBe(200);
    let before = await tableFingerprint(portal.db);
    const replay = await send({
      name: 'replay',
      path: rpc('follow_project'),
      body: json({ input: { ...FOLLOW, email: 'iemand-anders@voorbeeld.nl', altcha } }),
    });
    expect(replay.status).toBe(400);
    expect(replay.text).toMatch(/"message"/);
    expect(await tableFingerprint(portal.db)).toEqual(before);

    // The worker's token for the confirmation mail, as it puts it in the link.
    const { rows } = await portal.db.query<{ id: number }>(
      `select o.id::int as id from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id
        where s.email = 'herhaling@voorbeeld.nl' and o.kind = 'confirm'`,
    );
    const issued = await send({
      name: 'token',
      path: rpc('issue_mail_token'),
      headers: bearer(portal.serviceRoleKey),
      body: json({ input: { outbox_id: rows[0]!.id } }),
    });
    expect(issued.status, issued.text).toBe(200);
    const token = (JSON.parse(issued.text) as { token: string }).token;
    const confirmed = await send({ name: 'confirm', path: rpc('confirm_subscription'), body: json({ input: { token } }) });
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.text).toMatch(/manage_token/);
    before = await tableFingerprint(portal.db);
    const again = await send({ name: 'confirm again', path: rpc('confirm_subscription'), body: json({ input: { token } }) });
    expect(again.status, again.text).toBeLessThan(500);
    expect((JSON.parse(again.text) as { manage_token?: unknown }).manage_token ?? null).toBeNull();
    expect(await tableFingerprint(portal.db)).toEqual(before);
  });
});
