import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailNl, mailEn } from '../../src/i18n/text/mail.ts';
import { pagesEn, pagesNl } from '../../src/i18n/text/pages.ts';
import { callApi, createPortalApi, retentionPeriodsSchema, type RetentionPeriods } from '../../src/lib/api/index.ts';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { useTestFollowSettings, withSolvedChallenge } from './follow-challenge.ts';
import { callOk, clientFor, startFixturePortal, TESTDAM, TESTPROJECT } from './support.ts';

// The privacy statement says how long follower data is kept. Its numbers come from public.retention_periods, and
// the functions that issue links and remove old data use the same numbers: a row one day younger than a period
// stays, one day older goes. So the statement and the database cannot drift apart.

let portal: LocalSupabase;
let service: SupabaseClient;
let periods: RetentionPeriods;

beforeAll(async () => {
  portal = await startFixturePortal();
  service = createClient(portal.url, portal.serviceRoleKey, { auth: { persistSession: false, autoRefreshToken: false } });
  // Read as the build reads it: anonymously, through the API, validated by the page's own schema.
  periods = await callApi(createPortalApi({ url: portal.url, anonKey: portal.anonKey }), 'retention_periods', {}, retentionPeriodsSchema);
});
afterAll(async () => {
  await portal?.close();
});

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await portal.db.query<T>(sql, params)).rows;
}

/** A subscriber with one subscription, both created `ageDays` ago; confirmed or not. */
async function subscriberAged(email: string, ageDays: number, confirmed: boolean): Promise<{ subscriber: string; subscription: string }> {
  const [subscriber] = await query<{ id: string }>(
    `insert into portal.subscribers (organisation_id, email, created_at) values ($1, $2, now() - make_interval(days => $3)) returning id`,
    [TESTDAM, email, ageDays],
  );
  const [subscription] = await query<{ id: string }>(
    `insert into portal.subscriptions (subscriber_id, project_id, confirmed_at, created_at)
     values ($1, $2, case when $3 then now() - make_interval(days => $4) end, now() - make_interval(days => $4)) returning id`,
    [subscriber?.id, TESTPROJECT, confirmed, ageDays],
  );
  return { subscriber: subscriber?.id ?? '', subscription: subscription?.id ?? '' };
}

async function exists(table: string, id: string): Promise<boolean> {
  return (await query(`select 1 from portal.${table} where id = $1`, [id])).length === 1;
}

describe('retention_periods', () => {
  it('answers whole days to anyone, and the same to every role', async () => {
    expect(periods).toEqual({
      unconfirmed_days: 8,
      confirmation_link_days: 7,
      mail_link_days: 365,
      expired_link_days: 30,
      finished_mail_days: 30,
      rate_limit_days: 1,
    });
    for (const actor of ['outsider', 'editor'] as const) {
      const { data, error } = await (await clientFor(portal, actor)).rpc('retention_periods');
      expect(error).toBeNull();
      expect(data).toEqual(periods);
    }
  });

  it('are the figures of the privacy statement, in both languages', () => {
    const others: RetentionPeriods = {
      unconfirmed_days: 11,
      confirmation_link_days: 12,
      mail_link_days: 13,
      expired_link_days: 14,
      finished_mail_days: 15,
      rate_limit_days: 16,
    };
    for (const [privacy, word, oneWord] of [
      [pagesNl.statements.privacy, 'dagen', 'dag'],
      [pagesEn.statements.privacy, 'days', 'day'],
    ] as const) {
      // "1 dag", "8 dagen" as whole words: "11 dagen" does not mention 1 day.
      const mentions = (text: string, days: number) =>
        new RegExp(`(?<!\\d)${days} ${days === 1 ? oneWord : word}(?!\\p{L})`, 'u').test(text);
      const statement = JSON.stringify(privacy.sections('Testdam', periods));
      for (const days of Object.values(periods)) expect(mentions(statement, days), `${days} ${word}`).toBe(true);
      // Other periods give other words: the statement has no number of its own.
      const other = JSON.stringify(privacy.sections('Testdam', others));
      for (const days of Object.values(others)) expect(mentions(other, days), `${days} ${word}`).toBe(true);
      for (const days of Object.values(periods)) expect(mentions(other, days), `${days} ${word}`).toBe(false);
    }
  });

  it('are the figures the confirmation mail gives', () => {
    expect(mailNl.confirm.notYou).toContain(`na ${periods.unconfirmed_days} dagen`);
    expect(mailEn.confirm.notYou).toContain(`after ${periods.unconfirmed_days} days`);
  });
});

describe('purge_unconfirmed keeps to unconfirmed_days', () => {
  it('keeps an address nobody confirmed for a day less than the period, and removes it a day after', async () => {
    const young = await subscriberAged('jong@voorbeeld.nl', periods.unconfirmed_days - 1, false);
    const old = await subscriberAged('oud@voorbeeld.nl', periods.unconfirmed_days + 1, false);
    const confirmed = await subscriberAged('bevestigd@voorbeeld.nl', periods.unconfirmed_days + 1, true);
    const purged = await callOk(service, 'purge_unconfirmed', {});
    expect(purged).toMatchObject({ subscriptions_removed: 1, subscribers_removed: 1 });
    expect(await exists('subscriptions', young.subscription)).toBe(true);
    expect(await exists('subscribers', young.subscriber)).toBe(true);
    expect(await exists('subscriptions', old.subscription)).toBe(false);
    expect(await exists('subscribers', old.subscriber)).toBe(false);
    expect(await exists('subscriptions', confirmed.subscription)).toBe(true);
  });

  it('keeps a link for expired_link_days after it expired, and removes it a day later', async () => {
    const { subscriber } = await subscriberAged('link@voorbeeld.nl', 1, true);
    const hashes = await query<{ token_hash: string }>(
      `insert into portal.subscriber_tokens (token_hash, subscriber_id, purpose, expires_at)
       values (extensions.gen_random_bytes(32), $1, 'manage', now() - make_interval(days => $2)),
              (extensions.gen_random_bytes(32), $1, 'manage', now() - make_interval(days => $3))
       returning encode(token_hash, 'hex') as token_hash`,
      [subscriber, periods.expired_link_days - 1, periods.expired_link_days + 1],
    );
    await callOk(service, 'purge_unconfirmed', {});
    const left = await query<{ token_hash: string }>(
      `select encode(token_hash, 'hex') as token_hash from portal.subscriber_tokens where subscriber_id = $1`,
      [subscriber],
    );
    expect(left.map((row) => row.token_hash)).toEqual([hashes[0]?.token_hash]);
  });
});

describe('the purge functions read the periods, they do not repeat them', () => {
  it('follows a changed retention_periods (in a transaction that is rolled back)', async () => {
    const { subscriber, subscription } = await subscriberAged('langer@voorbeeld.nl', periods.unconfirmed_days + 1, false);
    let kept: unknown[] = [];
    await portal.db.transaction(async (tx) => {
      await tx.exec(`create or replace function public.retention_periods() returns jsonb language sql stable set search_path = ''
        as $$ select jsonb_build_object('unconfirmed_days', ${periods.unconfirmed_days + 10}, 'confirmation_link_days', 7,
          'mail_link_days', 365, 'expired_link_days', 30, 'finished_mail_days', 30, 'rate_limit_days', 1) $$`);
      await tx.query(`select public.purge_unconfirmed('{}')`);
      kept = (await tx.query(`select 1 from portal.subscriptions where id = $1`, [subscription])).rows;
      await tx.rollback();
    });
    expect(kept).toHaveLength(1);
    // With the real periods it goes.
    await callOk(service, 'purge_unconfirmed', {});
    expect(await exists('subscribers', subscriber)).toBe(false);
  });
});

describe('links last as long as the statement says', () => {
  it('a confirmation link for confirmation_link_days, the links of a mail for mail_link_days', async () => {
    const { subscriber, subscription } = await subscriberAged('links@voorbeeld.nl', 0, false);
    const lifetimes = await query<{ purpose: string; days: number }>(
      `select purpose, round(extract(epoch from (t.expires_at - now())) / 86400)::int as days
       from (select 'confirm' as purpose, (portal.issue_token($1, $2, 'confirm')).expires_at
             union all select 'manage', (portal.issue_token($1, $2, 'manage')).expires_at
             union all select 'unsubscribe', (portal.issue_token($1, $2, 'unsubscribe')).expires_at) t
       order by purpose`,
      [subscriber, subscription],
    );
    expect(lifetimes).toEqual([
      { purpose: 'confirm', days: periods.confirmation_link_days },
      { purpose: 'manage', days: periods.mail_link_days },
      { purpose: 'unsubscribe', days: periods.mail_link_days },
    ]);
  });
});

describe('purge_outbox keeps to finished_mail_days', () => {
  it('keeps a sent mail for a day less than the period, and removes it a day after; failed mail stays', async () => {
    const { subscriber, subscription } = await subscriberAged('post@voorbeeld.nl', 1, true);
    const rows = await query<{ id: number; age: number; status: string }>(
      `insert into portal.outbox (organisation_id, subscriber_id, subscription_id, kind, dedupe_key, status, sent_at, created_at)
       select $1, $2, $3, 'update', 'retention-test:' || a.age || ':' || a.status, a.status::portal.outbox_status,
              case when a.status = 'sent' then now() end, now() - make_interval(days => a.age)
       from (values ($4::int, 'sent'), ($5::int, 'sent'), ($5::int, 'failed')) a (age, status)
       returning id::int as id, extract(day from now() - created_at)::int as age, status::text as status`,
      [TESTDAM, subscriber, subscription, periods.finished_mail_days - 1, periods.finished_mail_days + 1],
    );
    expect(rows).toHaveLength(3);
    await callOk(service, 'purge_outbox', {});
    const left = await query<{ id: number }>(
      `select id::int as id from portal.outbox where dedupe_key like 'retention-test:%' order by id`,
    );
    const kept = rows.filter((row) => row.age < periods.finished_mail_days || row.status === 'failed').map((row) => row.id);
    expect(left.map((row) => row.id)).toEqual(kept);
    expect(kept).toHaveLength(2);
  });
});

describe('follow_project keeps to rate_limit_days', () => {
  it('removes the hashes that count confirmation mails once they are older than the period, and keeps younger ones', async () => {
    await useTestFollowSettings(portal.db);
    await portal.db.query('delete from portal.mail_requests');
    const hours = periods.rate_limit_days * 24;
    const aged = await query<{ id: number }>(
      `insert into portal.mail_requests (organisation_id, subscription_hash, source_hash, requested_at)
       select $1, extensions.gen_random_bytes(32), extensions.gen_random_bytes(32), now() - make_interval(hours => a.hours)
       from (values ($2::int), ($3::int)) a (hours) order by a.hours
       returning id::int as id`,
      [TESTDAM, hours - 1, hours + 1],
    );
    const anon = createClient(portal.url, portal.anonKey, { auth: { persistSession: false, autoRefreshToken: false } });
    const { error } = await anon.rpc('follow_project', {
      input: await withSolvedChallenge(anon, { organisation: 'testdam', project: 'testproject', email: 'teller@voorbeeld.nl' }),
    });
    expect(error).toBeNull();
    const left = await query<{ id: number }>('select id::int as id from portal.mail_requests order by id');
    // The younger hash stays, the older one is gone, and this request added its own.
    expect(left.map((row) => row.id).slice(0, 1)).toEqual([aged[0]?.id]);
    expect(left).toHaveLength(2);
  });
});
