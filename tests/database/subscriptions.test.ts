import { createHash } from 'node:crypto';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { useTestFollowSettings, withSolvedChallenge } from './follow-challenge.ts';
import { ALL_ACTORS, asActor, callStaff, clientFor, startFixturePortal, TESTPROJECT, type RpcOutcome } from './support.ts';

// Residents follow projects with only an e-mail address, without an account: the whole loop from following to
// deleting, the rate limits, and that no address ever reaches anyone but the mail worker. What keeps following
// from being turned against strangers (the source, the challenge, the caps, single-use links) has its
// own file, subscriptions-protection.test.ts.

let portal: LocalSupabase;
let service: SupabaseClient;
beforeAll(async () => {
  portal = await startFixturePortal();
  await useTestFollowSettings(portal.db);
  service = createClient(portal.url, portal.serviceRoleKey, { auth: { persistSession: false, autoRefreshToken: false } });
});
afterAll(async () => {
  await portal?.close();
});

type Json = Record<string, unknown>;
/** Every table of subscriber data, with a column an update could set. */
const SUBSCRIBER_TABLES: Record<string, string> = {
  subscribers: 'email',
  subscriptions: 'frequency',
  subscriber_tokens: 'expires_at',
  erased_tokens: 'expires_at',
  mail_requests: 'requested_at',
  outbox: 'status',
};

let sourceCounter = 0;
/**
 * A resident's browser: anonymous, behind its own address, so the per-source limit of one test stays its own (the
 * test database trusts one proxy, which the test plays: see TEST_FOLLOW_SETTINGS).
 */
function resident(headers: Record<string, string> = {}): SupabaseClient {
  sourceCounter += 1;
  return createClient(portal.url, portal.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { headers: { 'x-forwarded-for': `198.51.100.${sourceCounter}`, ...headers } },
  });
}

/** Calls a resident function as the site does: follow_project with a solved challenge, as the follow form sends it. */
async function call(client: SupabaseClient, name: string, input: Record<string, unknown>): Promise<RpcOutcome> {
  return callStaff(client, name, name === 'follow_project' ? await withSolvedChallenge(client, input) : input);
}

const follow = (over: Json = {}): Json => ({
  organisation: 'testdam',
  project: 'testproject',
  email: 'jan@voorbeeld.nl',
  language: 'nl',
  frequency: 'weekly',
  ...over,
});

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await portal.db.query<T>(sql, params)).rows;
}

/** The newest outbox row for an address, read as the owner (the worker would read it as service role). */
async function latestMail(email: string): Promise<{ id: number; kind: string; subscription_id: string; payload: Json } | undefined> {
  const rows = await query<{ id: number; kind: string; subscription_id: string; payload: Json }>(
    `select o.id::int as id, o.kind, o.subscription_id, o.payload from portal.outbox o
     join portal.subscribers s on s.id = o.subscriber_id where s.email = $1 order by o.id desc limit 1`,
    [email],
  );
  return rows[0];
}

/** What the worker does before sending a mail: a fresh token for its links. */
async function tokenForMail(outboxId: number): Promise<string> {
  const issued = await call(service, 'issue_mail_token', { outbox_id: outboxId });
  expect(issued.status).toBe(200);
  const token = (issued.data as Json).token;
  expect(typeof token).toBe('string');
  return token as string;
}

/** Follows, and returns the confirmation token the mail would carry. */
async function followAndGetConfirmToken(email: string, over: Json = {}): Promise<string> {
  const followed = await call(resident(), 'follow_project', follow({ email, ...over }));
  expect(followed.status).toBe(200);
  const mail = await latestMail(email);
  expect(mail?.kind).toBe('confirm');
  return tokenForMail(mail?.id ?? -1);
}

async function confirmedManageToken(email: string, over: Json = {}): Promise<string> {
  const confirmed = await call(resident(), 'confirm_subscription', { token: await followAndGetConfirmToken(email, over) });
  expect(confirmed.status).toBe(200);
  return (confirmed.data as Json).manage_token as string;
}

describe('follow, confirm, unsubscribe', () => {
  it('follow writes one confirmation mail, the worker gets a token, the link confirms, the manage link unsubscribes', async () => {
    const email = 'lotte@voorbeeld.nl';
    const followed = await call(
      resident(),
      'follow_project',
      follow({ email: '  Lotte@Voorbeeld.NL ', participate: true, group_name: 'Oost' }),
    );
    expect(followed.status).toBe(200);
    expect(followed.data).toMatchObject({ status: 'check_your_mail' });

    // Stored normalised, pending, with one confirmation mail that holds neither the address nor a token.
    const subs = await query<{ confirmed_at: string | null; frequency: string; participate: boolean; group_name: string }>(
      `select x.confirmed_at, x.frequency, x.participate, x.group_name from portal.subscriptions x
       join portal.subscribers s on s.id = x.subscriber_id where s.email = $1`,
      [email],
    );
    expect(subs).toEqual([{ confirmed_at: null, frequency: 'weekly', participate: true, group_name: 'Oost' }]);
    const mails = await query<{ kind: string; status: string; row: string }>(
      `select o.kind, o.status, o::text as row from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id where s.email = $1`,
      [email],
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'confirm', status: 'pending' });
    expect(mails[0]?.row).not.toContain('lotte');

    const mail = await latestMail(email);
    const token = await tokenForMail(mail?.id ?? -1);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the sha256 is stored; the token itself is nowhere in the database.
    const stored = await query<{ purpose: string; row: string }>(
      `select purpose, t::text as row from portal.subscriber_tokens t where token_hash = $1`,
      [createHash('sha256').update(token).digest()],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.purpose).toBe('confirm');
    const everywhere = await query<{ n: number }>(
      `select count(*)::int as n from (select t::text as row from portal.subscriber_tokens t union all select o::text from portal.outbox o) r where strpos(r.row, $1) > 0`,
      [token],
    );
    expect(everywhere[0]?.n).toBe(0);

    const confirmed = await call(resident(), 'confirm_subscription', { token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.data).toMatchObject({
      status: 'confirmed',
      already_confirmed: false,
      all_projects: false,
      project: { slug: 'testproject' },
    });
    const confirmedAt = await query<{ confirmed: boolean }>(
      `select x.confirmed_at is not null as confirmed from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id where s.email = $1`,
      [email],
    );
    expect(confirmedAt).toEqual([{ confirmed: true }]);
    expect((await latestMail(email))?.kind).toBe('welcome');

    const manage = (confirmed.data as Json).manage_token as string;
    const overview = await call(resident(), 'my_subscriptions', { token: manage });
    expect(overview.status).toBe(200);
    const subscriptions = (overview.data as { subscriptions: Json[] }).subscriptions;
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0]).toMatchObject({ frequency: 'weekly', confirmed: true, participate: true, project: { id: TESTPROJECT } });

    const removed = await call(resident(), 'unsubscribe', { token: manage, subscription_id: subscriptions[0]?.id });
    expect(removed.status).toBe(200);
    expect(removed.data).toMatchObject({ status: 'unsubscribed', removed: 1 });
    expect(
      await query(`select 1 from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id where s.email = $1`, [email]),
    ).toHaveLength(0);
  });

  it('answers the same whether the address is new, pending or confirmed, and a stranger cannot change a confirmed subscription', async () => {
    const email = 'gelijk@voorbeeld.nl';
    const first = await call(resident(), 'follow_project', follow({ email, frequency: 'daily' }));
    const pending = await call(resident(), 'follow_project', follow({ email, frequency: 'daily' }));
    const token = await tokenForMail((await latestMail(email))?.id ?? -1);
    expect((await call(resident(), 'confirm_subscription', { token })).status).toBe(200);
    const known = await call(resident(), 'follow_project', follow({ email, frequency: 'immediate', group_name: 'Anders' }));
    expect([first.status, pending.status, known.status]).toEqual([200, 200, 200]);
    expect(pending.data).toEqual(first.data);
    expect(known.data).toEqual(first.data);
    const subs = await query<{ frequency: string; group_name: string | null }>(
      `select x.frequency, x.group_name from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id where s.email = $1`,
      [email],
    );
    expect(subs).toEqual([{ frequency: 'daily', group_name: null }]);
  });

  it('following every project is one subscription without a project, next to the one for a project', async () => {
    const email = 'alles@voorbeeld.nl';
    const manage = await confirmedManageToken(email, { project: null });
    await followAndGetConfirmToken(email);
    await followAndGetConfirmToken(email, { project: null });
    const overview = await call(resident(), 'my_subscriptions', { token: manage });
    const subscriptions = (overview.data as { subscriptions: Json[] }).subscriptions;
    // Every project first, then the projects; the confirmation of one does not confirm the other.
    expect(subscriptions.map((s) => [s.all_projects, s.confirmed])).toEqual([
      [true, true],
      [false, false],
    ]);
  });

  it('a draft project cannot be followed', async () => {
    const refused = await call(resident(), 'follow_project', follow({ email: 'concept@voorbeeld.nl', project: 'conceptproject' }));
    expect(refused.status).toBe(400);
    expect(refused.hint).toBe('project');
  });
});

describe('idempotent links', () => {
  it('a confirmation link works once: a second use answers already confirmed, keeps the first time and hands out nothing', async () => {
    const email = 'tweemaal@voorbeeld.nl';
    const token = await followAndGetConfirmToken(email);
    const once = await call(resident(), 'confirm_subscription', { token });
    const [{ at: firstAt } = { at: '' }] = await query<{ at: string }>(
      `select x.confirmed_at::text as at from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id where s.email = $1`,
      [email],
    );
    const tokensAfterFirst = await query(
      `select 1 from portal.subscriber_tokens t join portal.subscribers s on s.id = t.subscriber_id where s.email = $1`,
      [email],
    );
    const twice = await call(resident(), 'confirm_subscription', { token });
    const thrice = await call(resident(), 'confirm_subscription', { token });
    expect([once.status, twice.status, thrice.status]).toEqual([200, 200, 200]);
    expect(once.data).toMatchObject({
      status: 'confirmed',
      already_confirmed: false,
      manage_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    // A replayed link (a second click, a mail scanner, someone who finds the link later) mints no manage link.
    expect(twice.data).toMatchObject({
      status: 'confirmed',
      already_confirmed: true,
      manage_token: null,
      project: { slug: 'testproject' },
    });
    expect(thrice.data).toEqual(twice.data);
    expect((twice.data as Json).message).toMatch(/volgt dit al/);
    expect(
      await query(`select 1 from portal.subscriber_tokens t join portal.subscribers s on s.id = t.subscriber_id where s.email = $1`, [
        email,
      ]),
    ).toHaveLength(tokensAfterFirst.length);
    const [{ at: secondAt } = { at: '' }] = await query<{ at: string }>(
      `select x.confirmed_at::text as at from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id where s.email = $1`,
      [email],
    );
    expect(secondAt).toBe(firstAt);
    expect(
      await query(
        `select 1 from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id where s.email = $1 and o.kind = 'welcome'`,
        [email],
      ),
    ).toHaveLength(1);
  });

  it('a second confirmation link of a confirmed subscription confirms nothing new, but its first use opens the manage page', async () => {
    const email = 'tweede-link@voorbeeld.nl';
    const first = await followAndGetConfirmToken(email);
    const second = await followAndGetConfirmToken(email);
    expect((await call(resident(), 'confirm_subscription', { token: first })).data).toMatchObject({ already_confirmed: false });
    const other = await call(resident(), 'confirm_subscription', { token: second });
    expect(other.data).toMatchObject({ already_confirmed: true, manage_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect((await call(resident(), 'confirm_subscription', { token: second })).data).toMatchObject({
      already_confirmed: true,
      manage_token: null,
    });
  });

  it('unsubscribing twice is fine: the second time removes nothing', async () => {
    const manage = await confirmedManageToken('afmelden@voorbeeld.nl');
    const once = await call(resident(), 'unsubscribe', { token: manage });
    const twice = await call(resident(), 'unsubscribe', { token: manage });
    expect([once.status, twice.status]).toEqual([200, 200]);
    expect([(once.data as Json).removed, (twice.data as Json).removed]).toEqual([1, 0]);
    // The manage page still opens, now empty.
    const overview = await call(resident(), 'my_subscriptions', { token: manage });
    expect(overview.status).toBe(200);
    expect((overview.data as Json).subscriptions).toEqual([]);
  });

  it('a confirmation link of a subscription that was removed answers 404 with the way back', async () => {
    const email = 'spijt@voorbeeld.nl';
    const token = await followAndGetConfirmToken(email);
    const [subscription] = await query<{ id: string }>(
      `select x.id from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id where s.email = $1`,
      [email],
    );
    await portal.db.query(`delete from portal.subscriptions where id = $1`, [subscription?.id]);
    const refused = await call(resident(), 'confirm_subscription', { token });
    expect(refused.status).toBe(404);
    expect(refused.message).toMatch(/opnieuw aan/);
  });

  it('deleting my data removes the address and everything linked, and every old link still answers sensibly', async () => {
    const email = 'vergeet@voorbeeld.nl';
    const manage = await confirmedManageToken(email);
    const subscriber = (await query<{ id: string }>(`select id from portal.subscribers where email = $1`, [email]))[0]?.id;
    expect(subscriber).toBeDefined();
    const once = await call(resident(), 'delete_my_data', { token: manage });
    const twice = await call(resident(), 'delete_my_data', { token: manage });
    expect([once.status, twice.status]).toEqual([200, 200]);
    expect(twice.data).toEqual(once.data);
    for (const table of ['subscribers', 'subscriptions', 'subscriber_tokens', 'outbox']) {
      const column = table === 'subscribers' ? 'id' : 'subscriber_id';
      expect(await query(`select 1 from portal.${table} where ${column} = $1`, [subscriber]), table).toHaveLength(0);
    }
    const unsubscribed = await call(resident(), 'unsubscribe', { token: manage });
    expect(unsubscribed.status).toBe(200);
    expect((unsubscribed.data as Json).removed).toBe(0);
    expect((await call(resident(), 'my_subscriptions', { token: manage })).status).toBe(404);
  });
});

describe('links that do not work', () => {
  it('an expired confirmation link is 410 with the way forward; an unknown one is 404', async () => {
    const email = 'laat@voorbeeld.nl';
    const token = await followAndGetConfirmToken(email);
    await portal.db.query(`update portal.subscriber_tokens set expires_at = now() - interval '1 minute' where token_hash = $1`, [
      createHash('sha256').update(token).digest(),
    ]);
    const expired = await call(resident(), 'confirm_subscription', { token });
    expect(expired.status).toBe(410);
    expect(expired.code).toBe('PT410');
    expect(expired.message).toMatch(/opnieuw aan/);
    const english = await call(resident({ 'Accept-Language': 'en' }), 'confirm_subscription', { token });
    expect(english.message).toMatch(/sign up again/);
    expect(
      await query(
        `select 1 from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id where s.email = $1 and x.confirmed_at is not null`,
        [email],
      ),
    ).toHaveLength(0);

    const unknown = await call(resident(), 'confirm_subscription', { token: 'A'.repeat(43) });
    expect(unknown.status).toBe(404);
  });

  it('a manage link cannot confirm, and a confirmation link cannot open the manage page', async () => {
    const email = 'verkeerd@voorbeeld.nl';
    const confirmToken = await followAndGetConfirmToken(email);
    expect((await call(resident(), 'my_subscriptions', { token: confirmToken })).status).toBe(404);
    const manage = (await call(resident(), 'confirm_subscription', { token: confirmToken })).data as Json;
    expect((await call(resident(), 'confirm_subscription', { token: manage.manage_token })).status).toBe(404);
  });

  it('an expired manage link is 410 and changes nothing', async () => {
    const manage = await confirmedManageToken('oud@voorbeeld.nl');
    await portal.db.query(`update portal.subscriber_tokens set expires_at = now() - interval '1 minute' where token_hash = $1`, [
      createHash('sha256').update(manage).digest(),
    ]);
    const refused = await call(resident(), 'unsubscribe', { token: manage });
    expect(refused.status).toBe(410);
    expect(
      await query(
        `select 1 from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id where s.email = 'oud@voorbeeld.nl'`,
      ),
    ).toHaveLength(1);
  });
});

describe('the manage page', () => {
  it("shows only the holder's own subscriptions, and changes frequency and language", async () => {
    const mine = await confirmedManageToken('mijn@voorbeeld.nl');
    await confirmedManageToken('ander@voorbeeld.nl');
    const overview = await call(resident(), 'my_subscriptions', { token: mine });
    expect(overview.status).toBe(200);
    expect(JSON.stringify(overview.data)).not.toContain('ander@');
    expect(overview.data).toMatchObject({ email: 'mijn@voorbeeld.nl', language: 'nl', organisation: { slug: 'testdam' } });

    const own = (overview.data as { subscriptions: Json[] }).subscriptions[0]?.id;
    const changed = await call(resident(), 'update_subscription', {
      token: mine,
      subscription_id: own,
      frequency: 'daily',
      language: 'en',
    });
    expect(changed.status).toBe(200);
    expect(changed.data).toMatchObject({ language: 'en', subscriptions: [{ id: own, frequency: 'daily' }] });

    const [other] = await query<{ id: string }>(
      `select x.id from portal.subscriptions x join portal.subscribers s on s.id = x.subscriber_id where s.email = 'ander@voorbeeld.nl'`,
    );
    const foreign = await call(resident(), 'update_subscription', { token: mine, subscription_id: other?.id, frequency: 'immediate' });
    expect(foreign.status).toBe(404);
    const notRemoved = await call(resident(), 'unsubscribe', { token: mine, subscription_id: other?.id });
    expect((notRemoved.data as Json).removed).toBe(0);
    expect(await query(`select 1 from portal.subscriptions where id = $1 and frequency = 'weekly'`, [other?.id])).toHaveLength(1);
  });
});

describe('forgetting addresses nobody confirmed', () => {
  it('purge_unconfirmed removes pending subscriptions after 8 days and the subscribers left with nothing; confirmed ones stay', async () => {
    await followAndGetConfirmToken('nooit@voorbeeld.nl');
    await confirmedManageToken('wel@voorbeeld.nl');
    const age = `update portal.subscriptions set created_at = now() - interval '9 days' where subscriber_id in
      (select id from portal.subscribers where email in ('nooit@voorbeeld.nl', 'wel@voorbeeld.nl'))`;
    await portal.db.query(age);
    await portal.db.query(
      `update portal.subscribers set created_at = now() - interval '9 days' where email in ('nooit@voorbeeld.nl', 'wel@voorbeeld.nl')`,
    );
    // Still a valid confirmation link and a mail waiting: kept.
    expect((await call(service, 'purge_unconfirmed', {})).status).toBe(200);
    expect(await query(`select 1 from portal.subscribers where email = 'nooit@voorbeeld.nl'`)).toHaveLength(1);
    // Link expired and the mail sent: gone, with the subscriber.
    await portal.db.query(`update portal.subscriber_tokens set expires_at = now() - interval '1 day' where subscriber_id in
      (select id from portal.subscribers where email = 'nooit@voorbeeld.nl')`);
    await portal.db.query(`update portal.outbox set status = 'sent', sent_at = now() where subscriber_id in
      (select id from portal.subscribers where email = 'nooit@voorbeeld.nl')`);
    const purged = await call(service, 'purge_unconfirmed', {});
    expect(purged.data).toMatchObject({ subscriptions_removed: 1, subscribers_removed: 1 });
    expect(await query(`select 1 from portal.subscribers where email = 'nooit@voorbeeld.nl'`)).toHaveLength(0);
    expect(await query(`select 1 from portal.subscribers where email = 'wel@voorbeeld.nl'`)).toHaveLength(1);
    expect((await call(resident(), 'purge_unconfirmed', {})).status).toBe(401);
  });
});

describe('rate limits', () => {
  it('at most 3 confirmation mails per subscription per 24 hours, however the address is written', async () => {
    const email = 'bom@voorbeeld.nl';
    const answers: number[] = [];
    for (const written of ['bom@voorbeeld.nl', ' BOM@voorbeeld.nl', 'Bom@Voorbeeld.nl', 'bom@voorbeeld.nl']) {
      answers.push((await call(resident(), 'follow_project', follow({ email: written }))).status);
    }
    expect(answers).toEqual([200, 200, 200, 429]);
    const refused = await call(resident(), 'follow_project', follow({ email }));
    expect(refused.code).toBe('PT429');
    // The resident is told that the mails already sent do what they asked for.
    expect(refused.message).toMatch(/Klik op de link in een van die e-mails: die werkt 7 dagen/);
    expect(
      await query(`select 1 from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id where s.email = $1`, [email]),
    ).toHaveLength(3);
    // A day later the address may ask again.
    await portal.db.query(`update portal.mail_requests set requested_at = requested_at - interval '25 hours'`);
    expect((await call(resident(), 'follow_project', follow({ email }))).status).toBe(200);
  });

  it('at most 20 per source per hour: the source is the address the trusted proxy put in x-forwarded-for', async () => {
    await portal.db.query(`delete from portal.mail_requests`);
    const client = resident({ 'x-forwarded-for': '203.0.113.9' });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      statuses.push((await call(client, 'follow_project', follow({ email: `bron${i}@voorbeeld.nl` }))).status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
    const other = resident({ 'x-forwarded-for': '203.0.113.10' });
    expect((await call(other, 'follow_project', follow({ email: 'bron-extra@voorbeeld.nl' }))).status).toBe(200);
    expect(await query(`select 1 from portal.subscribers where email = 'bron20@voorbeeld.nl'`)).toHaveLength(0);
  });
});

describe('nobody but the mail worker reads an address', () => {
  it.each(ALL_ACTORS)('%s cannot select, insert, update or delete any subscriber table', async (actor) => {
    await confirmedManageToken(`zichtbaar-${actor.toLowerCase()}@voorbeeld.nl`);
    for (const [table, column] of Object.entries(SUBSCRIBER_TABLES)) {
      for (const sql of [
        `select * from portal.${table}`,
        `delete from portal.${table}`,
        `update portal.${table} set ${column} = ${column}`,
      ]) {
        const outcome = await asActor(portal.db, actor, sql);
        expect(outcome.ok, `${actor}: ${sql}`).toBe(false);
        if (!outcome.ok) expect(outcome.code).toBe('42501');
      }
    }
    const email = await asActor(portal.db, actor, `select email from portal.subscribers`);
    expect(email.ok).toBe(false);
  });

  it('the service role reads addresses and works the outbox, but never reads token hashes', async () => {
    await portal.db.transaction(async (tx) => {
      await tx.query(`select set_config('role', 'service_role', true)`);
      const addresses = await tx.query(`select email, language from portal.subscribers`);
      expect(addresses.rows.length).toBeGreaterThan(0);
      const claimed = await tx.query(
        `update portal.outbox set status = 'sending', locked_until = now() + interval '1 minute' where status = 'pending'`,
      );
      expect(claimed.affectedRows).toBeGreaterThan(0);
      await tx.rollback();
    });
    for (const sql of [
      'select * from portal.subscriber_tokens',
      'select * from portal.mail_requests',
      `update portal.outbox set payload = '{}'`,
    ]) {
      let code = '';
      await portal.db.transaction(async (tx) => {
        await tx.query(`select set_config('role', 'service_role', true)`);
        try {
          await tx.query(sql);
        } catch (error) {
          code = (error as { code?: string }).code ?? '';
        }
        await tx.rollback();
      });
      expect(code, sql).toBe('42501');
    }
  });

  it('only the service role issues mail tokens', async () => {
    const [mail] = await query<{ id: number }>(`select id::int as id from portal.outbox order by id limit 1`);
    for (const actor of ['anon', 'editor', 'admin'] as const) {
      const refused = await call(await clientFor(portal, actor), 'issue_mail_token', { outbox_id: mail?.id });
      expect([401, 403], actor).toContain(refused.status);
    }
    expect((await call(service, 'issue_mail_token', { outbox_id: 9_000_000_000 })).status).toBe(404);
    expect((await call(service, 'issue_mail_token', { outbox_id: '1; select 1' })).status).toBe(400);
    expect((await call(service, 'issue_mail_token', {})).status).toBe(400);
  });

  it('staff of the project see counts per group, never an address; other organisations and anon see nothing', async () => {
    await confirmedManageToken('groep1@voorbeeld.nl', { group_name: 'Noord', participate: true });
    await confirmedManageToken('groep2@voorbeeld.nl', { group_name: 'noord' });
    await followAndGetConfirmToken('groep3@voorbeeld.nl', { group_name: 'Zuid' });
    const counts = await call(await clientFor(portal, 'editor'), 'follower_counts', { project_id: TESTPROJECT });
    expect(counts.status).toBe(200);
    const truth = await query<{ confirmed: number; pending: number }>(
      `select count(*) filter (where confirmed_at is not null)::int as confirmed, count(*) filter (where confirmed_at is null)::int as pending
       from portal.subscriptions where project_id = $1`,
      [TESTPROJECT],
    );
    expect(counts.data).toMatchObject({ confirmed: truth[0]?.confirmed, pending: truth[0]?.pending });
    const groups = (counts.data as { groups: { group_name: string; confirmed: number; pending: number }[] }).groups;
    expect(groups.find((g) => g.group_name.toLowerCase() === 'noord')).toMatchObject({ confirmed: 2 });
    expect(groups.find((g) => g.group_name === 'Zuid')).toMatchObject({ confirmed: 0, pending: 1 });
    expect(JSON.stringify(counts.data)).not.toContain('@');

    expect((await call(await clientFor(portal, 'otherEditor'), 'follower_counts', { project_id: TESTPROJECT })).status).toBe(404);
    expect((await call(await clientFor(portal, 'outsider'), 'follower_counts', { project_id: TESTPROJECT })).status).toBe(404);
    expect((await call(resident(), 'follower_counts', { project_id: TESTPROJECT })).status).toBe(401);
  });
});
