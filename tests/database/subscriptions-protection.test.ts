import { createHash, pbkdf2Sync, randomBytes } from 'node:crypto';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { createChallenge, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { solveFollowChallenge, solvedChallenge, TEST_FOLLOW_SETTINGS, useTestFollowSettings } from './follow-challenge.ts';
import { asActor, callStaff, clientFor, serviceClientFor, startFixturePortal, type RpcOutcome } from './support.ts';

// What keeps the follow forms from being turned against strangers, through the stand-in and supabase-js as a
// resident's browser and a bot reach them:
//  * the per-source limit counts the address the nearest trusted proxy saw, not what the client wrote;
//  * the per-subscription limit cannot lock an address's owner out, and the organisation has an hourly cap;
//  * every follow request carries a solved ALTCHA challenge, checked in the database, each solution once;
//  * a confirmation link works once and mints nothing on a replay; purge_unconfirmed keeps the links bounded.

let portal: LocalSupabase;
let service: SupabaseClient;
type Json = Record<string, unknown>;

beforeAll(async () => {
  portal = await startFixturePortal();
  await useTestFollowSettings(portal.db);
  service = serviceClientFor(portal);
});
afterAll(async () => {
  await portal?.close();
});
// Each test starts with no limit used and the test settings, whatever the one before changed.
beforeEach(async () => {
  await portal.db.query('delete from portal.mail_requests');
  await useTestFollowSettings(portal.db);
  await settings({ confirmations_per_hour: 300 });
});

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await portal.db.query<T>(sql, params)).rows;
}

async function settings(change: Json): Promise<void> {
  await portal.db.query('select public.update_deployment_settings($1::jsonb)', [JSON.stringify(change)]);
}

let sourceCounter = 0;
/** A browser behind its own address (the test database trusts one proxy: the test plays it). */
function resident(headers: Record<string, string> = {}): SupabaseClient {
  sourceCounter += 1;
  return createClient(portal.url, portal.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { headers: { 'x-forwarded-for': `198.51.100.${sourceCounter}`, ...headers } },
  });
}

const follow = (over: Json = {}): Json => ({
  organisation: 'testdam',
  project: 'testproject',
  email: 'jan@voorbeeld.nl',
  language: 'nl',
  ...over,
});

/** follow_project with a fresh solved challenge, as the follow form sends it. */
async function followAs(client: SupabaseClient, over: Json = {}): Promise<RpcOutcome> {
  return callStaff(client, 'follow_project', { ...follow(over), altcha: await solvedChallenge(client) });
}

async function subscriberCount(email: string): Promise<number> {
  return (await query<{ n: number }>('select count(*)::int as n from portal.subscribers where email = $1', [email]))[0]?.n ?? -1;
}

/** The confirmation token of the newest confirmation mail to an address, as the worker would issue it. */
async function confirmToken(email: string): Promise<string> {
  const [mail] = await query<{ id: number }>(
    `select o.id::int as id from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id
     where s.email = $1 and o.kind = 'confirm' order by o.id desc limit 1`,
    [email],
  );
  const issued = await callStaff(service, 'issue_mail_token', { outbox_id: mail?.id });
  expect(issued.status, issued.message).toBe(200);
  return (issued.data as Json).token as string;
}

/** The API's answer to portal.request_source() for these request headers, as the gateway hands them over. */
async function sourceFor(headers: Record<string, string>): Promise<string> {
  let source = '';
  await portal.db.transaction(async (tx) => {
    await tx.query(`select set_config('request.headers', $1, true)`, [JSON.stringify(headers)]);
    source = (await tx.query<{ source: string }>('select portal.request_source() as source')).rows[0]?.source ?? '';
    await tx.rollback();
  });
  return source;
}

describe('the source of a follow request', () => {
  it('a client that writes a new left-most x-forwarded-for on every request is still one source: the 21st is refused', async () => {
    // No trusted proxy: the gateway's own entry, the right-most, is the source (the stand-in's peer, or the
    // proxy entry a client cannot push aside by writing more in front of it).
    await settings({ trusted_proxies: 0 });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      const bot = createClient(portal.url, portal.anonKey, {
        auth: { persistSession: false, autoRefreshToken: false },
        global: { headers: { 'x-forwarded-for': `${randomBytes(4).join('.')}, 203.0.113.99`, 'x-real-ip': randomBytes(4).join('.') } },
      });
      statuses.push((await followAs(bot, { email: `vreemde${i}@voorbeeld.nl` })).status);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(200));
    expect(statuses[20]).toBe(429);
    expect(await subscriberCount('vreemde20@voorbeeld.nl')).toBe(0);
  });

  it('is the entry the nearest trusted proxy added, counted from the right; whatever the client wrote is skipped', async () => {
    await settings({ trusted_proxies: 0 });
    expect(await sourceFor({ 'x-forwarded-for': '6.6.6.6, 203.0.113.1, 10.0.0.1' })).toBe('10.0.0.1');
    expect(await sourceFor({ 'x-forwarded-for': ' 6.6.6.6 ,203.0.113.1 ' })).toBe('203.0.113.1');
    expect(await sourceFor({ 'x-forwarded-for': '203.0.113.1,, ' })).toBe('203.0.113.1');
    // x-real-ip is whatever the client sends when the gateway does not set it: never a source.
    expect(await sourceFor({ 'x-real-ip': '6.6.6.6' })).toBe('unknown');
    expect(await sourceFor({})).toBe('unknown');
    expect(await sourceFor({ 'x-forwarded-for': `${'6'.repeat(300)}` })).toHaveLength(100);

    await settings({ trusted_proxies: 1 });
    expect(await sourceFor({ 'x-forwarded-for': '6.6.6.6, 203.0.113.1, 10.0.0.1' })).toBe('203.0.113.1');
    // Fewer entries than trusted proxies: only the gateway's own entry is nobody else's.
    expect(await sourceFor({ 'x-forwarded-for': '10.0.0.1' })).toBe('10.0.0.1');

    await settings({ trusted_proxies: 2 });
    expect(await sourceFor({ 'x-forwarded-for': '6.6.6.6, 203.0.113.1, 10.0.0.2, 10.0.0.1' })).toBe('203.0.113.1');
  });
});

describe('limits nobody can turn against a resident', () => {
  it('three requests by a stranger for an address do not lock its owner out: they can follow anything else, and hold three working links for this', async () => {
    const victim = 'doelwit@voorbeeld.nl';
    const stranger = resident();
    for (let i = 0; i < 3; i += 1) expect((await followAs(stranger, { email: victim })).status).toBe(200);
    // The owner, from their own connection, asks for the same: refused, told to use a mail they already have.
    const owner = resident();
    const same = await followAs(owner, { email: victim });
    expect(same.status).toBe(429);
    expect(same.message).toMatch(/Klik op de link in een van die e-mails/);
    // Anything else they follow as usual: every project, in English too.
    const all = await followAs(owner, { email: victim, project: null, language: 'en' });
    expect(all.status, all.message).toBe(200);
    // And the mails the stranger caused do what the owner wanted.
    const confirmed = await callStaff(owner, 'confirm_subscription', { token: await confirmToken(victim) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.data).toMatchObject({ all_projects: true });
    const [first] = await query<{ id: number }>(
      `select o.id::int as id from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id
       where s.email = $1 and o.kind = 'confirm' and o.project_id is not null order by o.id limit 1`,
      [victim],
    );
    const token = ((await callStaff(service, 'issue_mail_token', { outbox_id: first?.id })).data as Json).token;
    expect((await callStaff(owner, 'confirm_subscription', { token })).data).toMatchObject({
      already_confirmed: false,
      project: { slug: 'testproject' },
    });
  });

  it('the organisation sends at most its hourly number of confirmation mails, whoever asks, and says so plainly', async () => {
    await settings({ confirmations_per_hour: 4 });
    for (let i = 0; i < 4; i += 1) expect((await followAs(resident(), { email: `golf${i}@voorbeeld.nl` })).status).toBe(200);
    const refused = await followAs(resident(), { email: 'golf4@voorbeeld.nl' });
    expect(refused.status).toBe(429);
    expect(refused.code).toBe('PT429');
    expect(refused.message).toMatch(/heel veel aanmeldingen/);
    const english = await followAs(resident({ 'Accept-Language': 'en' }), { email: 'golf4@voorbeeld.nl' });
    expect(english.message).toMatch(/great many sign-ups/);
    expect(await subscriberCount('golf4@voorbeeld.nl')).toBe(0);
    // Another organisation has its own cap.
    expect((await followAs(resident(), { organisation: 'otherdam', project: null, email: 'golf4@voorbeeld.nl' })).status).toBe(200);
    // An hour later, mail goes out again.
    await portal.db.query(`update portal.mail_requests set requested_at = requested_at - interval '61 minutes'`);
    expect((await followAs(resident(), { email: 'golf4@voorbeeld.nl' })).status).toBe(200);
  });
});

describe('the proof-of-work challenge (ALTCHA)', () => {
  it("follow_challenge hands anyone a signed PBKDF2 challenge of the configured cost, which altcha-lib verifies with the database's keys", async () => {
    await settings({ challenge_cost: 3, challenge_counter_max: 40 });
    const anon = resident();
    const { data, status } = await anon.rpc('follow_challenge', { input: {} });
    expect(status).toBe(200);
    const challenge = data as Challenge;
    expect(challenge.parameters).toMatchObject({ algorithm: 'PBKDF2/SHA-256', cost: 3, keyLength: 32 });
    expect(challenge.parameters.expiresAt).toBeGreaterThan(Date.now() / 1000 + 500);
    expect(JSON.stringify(challenge)).not.toMatch(/secret/i);
    const payload = JSON.parse(Buffer.from(await solveFollowChallenge(challenge), 'base64').toString('utf8')) as {
      solution: { counter: number; derivedKey: string };
    };
    // Deterministic: the counter the server chose, between half the maximum and the maximum.
    expect(payload.solution.counter).toBeGreaterThanOrEqual(20);
    expect(payload.solution.counter).toBeLessThanOrEqual(40);
    const [secrets] = await query<{ signature_secret: string; key_signature_secret: string }>('select * from portal.challenge_secrets');
    const verified = await verifySolution({
      challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: secrets!.signature_secret,
      hmacKeySignatureSecret: secrets!.key_signature_secret,
    });
    expect(verified).toMatchObject({ verified: true, expired: false, invalidSignature: false, invalidSolution: false });
  });

  it('portal.pbkdf2_sha256 derives what node:crypto derives', async () => {
    for (const [password, salt, iterations] of [
      [randomBytes(20), randomBytes(16), 1],
      [randomBytes(20), randomBytes(16), 2],
      [randomBytes(3), randomBytes(64), 1000],
    ] as const) {
      const [row] = await query<{ key: Uint8Array }>('select portal.pbkdf2_sha256($1, $2, $3) as key', [password, salt, iterations]);
      expect(Buffer.from(row!.key).toString('hex')).toBe(pbkdf2Sync(password, salt, iterations, 32, 'sha256').toString('hex'));
    }
  });

  it('refuses a missing, malformed, tampered or wrong solution with 400 on field altcha, and stores nothing', async () => {
    const client = resident();
    const good = await solvedChallenge(client);
    const doc = JSON.parse(Buffer.from(good, 'base64').toString('utf8')) as {
      challenge: Challenge;
      solution: { counter: number; derivedKey: string };
    };
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
    const flip = (hex: string) => (hex[0] === 'a' ? 'b' : 'a') + hex.slice(1);
    const cases: [string, unknown, RegExp][] = [
      ['missing', undefined, /ontbreekt/],
      ['empty', '  ', /ontbreekt/],
      ['a number', 42, /ontbreekt/],
      ['not base64', '<script>alert(1)</script>', /klopt niet/],
      ['base64 of no JSON', Buffer.from('geen json').toString('base64'), /klopt niet/],
      ['a huge payload', 'A'.repeat(100_000), /klopt niet/],
      [
        'a cheaper cost than signed',
        encode({
          ...doc,
          challenge: { ...doc.challenge, parameters: { ...doc.challenge.parameters, cost: 1, keyPrefix: '00'.repeat(16) } },
        }),
        /klopt niet/,
      ],
      [
        'a later expiry than signed',
        encode({ ...doc, challenge: { ...doc.challenge, parameters: { ...doc.challenge.parameters, expiresAt: 4102444800 } } }),
        /klopt niet/,
      ],
      [
        'an extra parameter',
        encode({ ...doc, challenge: { ...doc.challenge, parameters: { ...doc.challenge.parameters, data: { a: 1 } } } }),
        /klopt niet/,
      ],
      ['a wrong derived key', encode({ ...doc, solution: { ...doc.solution, derivedKey: flip(doc.solution.derivedKey) } }), /klopt niet/],
      ['no solution', encode({ challenge: doc.challenge }), /klopt niet/],
      ["the widget's test mode", encode({ challenge: null, solution: null, test: true }), /klopt niet/],
    ];
    for (const [name, altcha, message] of cases) {
      const input: Json = { ...follow({ email: 'geweigerd@voorbeeld.nl' }) };
      if (altcha !== undefined) input.altcha = altcha;
      const refused = await callStaff(client, 'follow_project', input);
      expect([refused.status, refused.hint], name).toEqual([400, 'altcha']);
      expect(refused.message, name).toMatch(message);
    }
    expect(await subscriberCount('geweigerd@voorbeeld.nl')).toBe(0);
    expect(await query('select 1 from portal.mail_requests')).toHaveLength(0);
    // The untouched solution still works: none of the refusals spent it.
    expect((await callStaff(client, 'follow_project', { ...follow({ email: 'geweigerd@voorbeeld.nl' }), altcha: good })).status).toBe(200);
  });

  it('takes each solution once; a request refused for another reason leaves it unspent', async () => {
    const client = resident();
    const altcha = await solvedChallenge(client);
    const typo = await callStaff(client, 'follow_project', { ...follow({ email: 'geen-adres' }), altcha });
    expect([typo.status, typo.hint]).toEqual([400, 'email']);
    expect((await callStaff(client, 'follow_project', { ...follow({ email: 'eenmaal@voorbeeld.nl' }), altcha })).status).toBe(200);
    const replay = await callStaff(resident({ 'Accept-Language': 'en' }), 'follow_project', {
      ...follow({ email: 'andermaal@voorbeeld.nl' }),
      altcha,
    });
    expect([replay.status, replay.hint]).toEqual([400, 'altcha']);
    expect(replay.message).toMatch(/already been used/);
    expect(await subscriberCount('andermaal@voorbeeld.nl')).toBe(0);
  });

  it('refuses an expired challenge and one signed with another key', async () => {
    const [secrets] = await query<{ signature_secret: string; key_signature_secret: string }>('select * from portal.challenge_secrets');
    const make = (expiresAt: number, signatureSecret = secrets!.signature_secret) =>
      createChallenge({
        algorithm: 'PBKDF2/SHA-256',
        cost: 1,
        counter: 2,
        deriveKey,
        expiresAt,
        hmacSignatureSecret: signatureSecret,
        hmacKeySignatureSecret: secrets!.key_signature_secret,
      });
    const now = Math.floor(Date.now() / 1000);
    // Made as the database makes them (altcha-lib with the same keys): accepted while it is valid.
    expect(
      (
        await callStaff(resident(), 'follow_project', {
          ...follow({ email: 'geldig@voorbeeld.nl' }),
          altcha: await solveFollowChallenge(await make(now + 60)),
        })
      ).status,
    ).toBe(200);
    const expired = await callStaff(resident(), 'follow_project', {
      ...follow({ email: 'verlopen@voorbeeld.nl' }),
      altcha: await solveFollowChallenge(await make(now - 1)),
    });
    expect([expired.status, expired.hint]).toEqual([400, 'altcha']);
    expect(expired.message).toMatch(/verlopen/);
    const forged = await callStaff(resident(), 'follow_project', {
      ...follow({ email: 'vervalst@voorbeeld.nl' }),
      altcha: await solveFollowChallenge(await make(now + 60, randomBytes(32).toString('hex'))),
    });
    expect([forged.status, forged.hint]).toEqual([400, 'altcha']);
  });

  it('keeps its keys and the spent solutions from every API role, and its settings from all but the service role', async () => {
    for (const actor of ['anon', 'outsider', 'admin'] as const) {
      for (const table of ['challenge_secrets', 'spent_challenges', 'deployment_settings']) {
        const outcome = await asActor(portal.db, actor, `select * from portal.${table}`);
        expect(outcome.ok ? 'readable' : outcome.code, `${actor} ${table}`).toBe('42501');
      }
      const changed = await callStaff(await clientFor(portal, actor), 'update_deployment_settings', { challenge_cost: 1 });
      expect([401, 403], actor).toContain(changed.status);
    }
    for (const table of ['challenge_secrets', 'spent_challenges', 'deployment_settings']) {
      let code = '';
      await portal.db.transaction(async (tx) => {
        await tx.query(`select set_config('role', 'service_role', true)`);
        await tx.query(`select * from portal.${table}`).catch((error: { code?: string }) => (code = error.code ?? ''));
        await tx.rollback();
      });
      expect(code, `service_role ${table}`).toBe('42501');
    }
  });
});

describe('deployment settings', () => {
  it('the service role reads and changes them through update_deployment_settings, within their ranges', async () => {
    const read = await callStaff(service, 'update_deployment_settings', {});
    expect(read.status).toBe(200);
    expect(read.data).toMatchObject({ ...TEST_FOLLOW_SETTINGS, confirmations_per_hour: 300 });
    const changed = await callStaff(service, 'update_deployment_settings', { confirmations_per_hour: 500, trusted_proxies: 2 });
    expect(changed.data).toMatchObject({ confirmations_per_hour: 500, trusted_proxies: 2, challenge_cost: 1 });
    for (const [input, field] of [
      [{ trusted_proxies: -1 }, 'trusted_proxies'],
      [{ trusted_proxies: 11 }, 'trusted_proxies'],
      [{ confirmations_per_hour: 0 }, 'confirmations_per_hour'],
      [{ challenge_cost: '1; drop table portal.outbox' }, 'challenge_cost'],
      [{ challenge_counter_max: 1.5 }, 'challenge_counter_max'],
      [{ challenge_difficulty: 1 }, 'challenge_difficulty'],
    ] as const) {
      const refused = await callStaff(service, 'update_deployment_settings', input);
      expect([refused.status, refused.hint], JSON.stringify(input)).toEqual([400, field]);
    }
    expect((await callStaff(service, 'update_deployment_settings', {})).data).toMatchObject({
      confirmations_per_hour: 500,
      trusted_proxies: 2,
    });
  });

  it('tells the operator which source their own request counts as, to check trusted_proxies with', async () => {
    const operator = createClient(portal.url, portal.serviceRoleKey, {
      auth: { persistSession: false, autoRefreshToken: false },
      global: { headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.200' } },
    });
    // One trusted proxy (the test database's): the entry it added, not what the client wrote before it.
    expect((await callStaff(operator, 'update_deployment_settings', {})).data).toMatchObject({ your_source: '203.0.113.200' });
  });
});

describe('links that stay few and work once', () => {
  it('purge_unconfirmed removes links expired 30 days ago, used confirmation links that expired, and expired spent challenges', async () => {
    const client = resident();
    expect((await followAs(client, { email: 'opruimen@voorbeeld.nl' })).status).toBe(200);
    const confirm = await confirmToken('opruimen@voorbeeld.nl');
    const confirmed = await callStaff(client, 'confirm_subscription', { token: confirm });
    const manage = (confirmed.data as Json).manage_token as string;
    const hash = (token: string) => createHash('sha256').update(token).digest();
    const stored = async (token: string) =>
      (await query('select 1 from portal.subscriber_tokens where token_hash = $1', [hash(token)])).length;
    const old = await confirmToken('opruimen@voorbeeld.nl');
    await portal.db.query(`update portal.subscriber_tokens set expires_at = now() - interval '31 days' where token_hash = $1`, [hash(old)]);
    await portal.db.query(`update portal.subscriber_tokens set expires_at = now() - interval '1 minute' where token_hash = $1`, [
      hash(confirm),
    ]);
    await portal.db.query(`update portal.spent_challenges set expires_at = now() - interval '1 minute'`);

    const purged = await callStaff(service, 'purge_unconfirmed', {});
    expect(purged.status).toBe(200);
    expect((purged.data as Json).tokens_removed).toBeGreaterThanOrEqual(2);
    expect([await stored(old), await stored(confirm), await stored(manage)]).toEqual([0, 0, 1]);
    expect(await query('select 1 from portal.spent_challenges')).toHaveLength(0);
    // The manage link still works; the subscriber is kept.
    expect((await callStaff(client, 'my_subscriptions', { token: manage })).status).toBe(200);
  });
});
