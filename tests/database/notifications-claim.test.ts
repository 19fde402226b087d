import { createHash } from 'node:crypto';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mailBatchSchema, mailOutcomeSchema, type ClaimedMail } from '../../src/lib/mail/mail-batch.ts';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { useTestFollowSettings, withSolvedChallenge } from './follow-challenge.ts';
import {
  TESTPROJECT,
  addFollower,
  callOk,
  callStaff,
  clientFor,
  fanOutNotices,
  serviceClientFor,
  startFixturePortal,
  type Actor,
  refusalInsideFunction,
} from './support.ts';

// The mail worker's side of the outbox: claim_mail_batch, complete_mail and fail_mail,
// called as the worker calls them (supabase-js with the service role key against the stand-in), each claim after
// the worker fanned out the notices that wait (public.fan_out_notices). Every claim answer is parsed with the
// worker's own schema, so a field the worker would not understand fails here; complete_mail and fail_mail name the
// claim the rows were leased under. The notices are caused as staff cause them: publications, revisions,
// withdrawals and status changes approved through the workflow functions (the publication events of the public
// record). notifications-fanout.test.ts tests the fan-out, claim ids and release_mail themselves.

let portal: LocalSupabase;
let service: SupabaseClient;
let editor: SupabaseClient;
let approver: SupabaseClient;
type Json = Record<string, unknown>;
/** testproject's current phase in the fixture. */
const CURRENT_PHASE = '40000000-0000-4000-8000-000000000002';
const followers: Record<string, { subscriber: string; subscription: string }> = {};

beforeAll(async () => {
  portal = await startFixturePortal();
  await useTestFollowSettings(portal.db);
  service = serviceClientFor(portal);
  [editor, approver] = await Promise.all([clientFor(portal, 'editor'), clientFor(portal, 'approver')]);
  followers.direct = await addFollower(portal.db, 'direct@voorbeeld.nl', { frequency: 'immediate', language: 'en' });
  followers.daily = await addFollower(portal.db, 'dagelijks@voorbeeld.nl', { frequency: 'daily' });
  followers.weekly = await addFollower(portal.db, 'wekelijks@voorbeeld.nl', { project: null, frequency: 'weekly' });
});
afterAll(async () => {
  await portal?.close();
});

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await portal.db.query<T>(sql, params)).rows;
}

/** The claim each outbox row was last handed out under, for complete_mail and fail_mail. */
const claimOf = new Map<number, string>();

/** As the worker: fans out the notices that wait, then claims; remembers the claim id of every row it hands out. */
async function claim(input: Json = {}): Promise<ClaimedMail[]> {
  await fanOutNotices(portal.db);
  const batch = mailBatchSchema.parse(await callOk(service, 'claim_mail_batch', input));
  for (const mail of batch.mails) for (const id of mail.outbox_ids) claimOf.set(id, batch.claim_id ?? '');
  return batch.mails;
}

/** The claim the rows were handed out under (all of them under one). */
function claimIdOf(ids: number[]): string {
  const claims = new Set(ids.map((id) => claimOf.get(id)));
  expect(claims.size, `one claim for ${ids.join(', ')}`).toBe(1);
  const [claimId] = claims;
  expect(claimId).toMatch(/^[0-9a-f-]{36}$/);
  return claimId ?? '';
}

/**
 * A claim and the moments (epoch seconds, this machine's clock, which the database shares) just before and
 * just after it: the lease runs from the claim's own moment, somewhere in between, however long the call took.
 */
async function timedClaim(input: Json = {}): Promise<{ mails: ClaimedMail[]; before: number; after: number }> {
  const before = Date.now() / 1000;
  const mails = await claim(input);
  return { mails, before, after: Date.now() / 1000 };
}

/** The row is leased for `seconds` from the moment of the claim (a second's leeway for rounding either side). */
function expectLease(row: OutboxRow | undefined, seconds: number, claimed: { before: number; after: number }): void {
  expect(row?.locked_until).not.toBeNull();
  expect(row?.locked_until).toBeGreaterThanOrEqual(claimed.before + seconds - 1);
  expect(row?.locked_until).toBeLessThanOrEqual(claimed.after + seconds + 1);
}

async function complete(ids: number[]): Promise<number> {
  return mailOutcomeSchema.parse(await callOk(service, 'complete_mail', { claim_id: claimIdOf(ids), outbox_ids: ids })).changed;
}

/** Sends (completes) everything due, so each test starts with an outbox that has nothing due. */
async function drain(): Promise<void> {
  for (let mails = await claim({ limit: 500 }); mails.length > 0; mails = await claim({ limit: 500 })) {
    await complete(mails.flatMap((m) => m.outbox_ids));
  }
}
beforeEach(drain);

let counter = 0;
/** A new update, published by the approver after the editor wrote and submitted it. */
async function publishUpdate(): Promise<string> {
  counter += 1;
  const saved = await callOk(editor, 'staff_save_update', {
    project_id: TESTPROJECT,
    title: `Nieuws ${counter}`,
    body_md: `Tekst ${counter}.`,
  });
  const id = saved.id as string;
  await callOk(editor, 'staff_submit', { kind: 'update', id, project_id: TESTPROJECT });
  await callOk(approver, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT });
  return id;
}

/** Writes a draft of any kind as the editor, submits it, and has the approver publish it. */
async function publishNew(fn: string, kind: string, input: Json): Promise<string> {
  const saved = await callOk(editor, fn, { project_id: TESTPROJECT, ...input });
  const id = saved.id as string;
  await callOk(editor, 'staff_submit', { kind, id, project_id: TESTPROJECT });
  await callOk(approver, 'staff_approve', { kind, id, project_id: TESTPROJECT });
  return id;
}

/**
 * Changes a published record of testproject as the workspace does: the editor saves the change on the record as
 * staff_project loads it (a pending revision) and submits it, and the approver approves it.
 */
async function revise(fn: string, kind: string, list: string, id: string, change: Json): Promise<void> {
  const project = await callOk(editor, 'staff_project', { project_id: TESTPROJECT });
  const row = (project[list] as Json[]).find((r) => r.id === id);
  expect(row, `${kind} ${id} in staff_project`).toBeDefined();
  const saved = await callOk(editor, fn, { ...row, project_id: TESTPROJECT, ...change, updated_at: row?.updated_at });
  await callOk(editor, 'staff_submit', { kind, id, project_id: TESTPROJECT, updated_at: saved.updated_at });
  await callOk(approver, 'staff_approve', { kind, id, project_id: TESTPROJECT });
}

/** The newest version of a record with this event: what notices of changes and withdrawals name. */
async function latestVersion(kind: string, record: string, event: string): Promise<string> {
  const [row] = await query<{ id: string }>(
    `select id from portal.record_versions where kind = $1 and record_id = $2 and event = $3 order by ledger_seq desc limit 1`,
    [kind, record, event],
  );
  expect(row, `a ${event} of ${kind} ${record}`).toBeDefined();
  return row?.id ?? '';
}

/** locked_until in epoch seconds; wait_seconds from now (only its sign is asserted). */
interface OutboxRow {
  id: number;
  status: string;
  attempts: number;
  locked_until: number | null;
  last_error: string | null;
  sent: boolean;
  wait_seconds: number;
}
async function outboxRows(where: string, params: unknown[]): Promise<OutboxRow[]> {
  return query<OutboxRow>(
    `select o.id::int as id, o.status, o.attempts, extract(epoch from o.locked_until)::float8 as locked_until,
       o.last_error, o.sent_at is not null as sent, round(extract(epoch from o.next_attempt_at - now()))::int as wait_seconds
     from portal.outbox o where ${where} order by o.id`,
    params,
  );
}
const rowsAbout = (record: string, subscription: string) =>
  outboxRows('o.record_id = $1 and o.subscription_id = $2', [record, subscription]);

/** The worker's clock moving on: these rows are due now (the digest moment came, the backoff passed). */
async function makeDue(ids: number[]): Promise<void> {
  await portal.db.query(`update portal.outbox set next_attempt_at = now() - interval '1 second' where id = any ($1::bigint[])`, [ids]);
}

function tokenRow(token: string): Promise<{ purpose: string; subscription_id: string | null; expires_at: Date }[]> {
  return query(`select purpose, subscription_id, expires_at from portal.subscriber_tokens where token_hash = $1`, [
    createHash('sha256').update(token).digest(),
  ]);
}

describe('claim_mail_batch', () => {
  it('answers one notice per immediate row in the shape of the contract, with a hashed manage token; complete_mail marks it sent once', async () => {
    const update = await publishUpdate();
    const claimed = await timedClaim();
    const { mails } = claimed;
    // Only the immediate follower: the digest rows wait for their moment.
    expect(mails).toHaveLength(1);
    const [mail] = mails as [ClaimedMail];
    const [row] = await rowsAbout(update, followers.direct?.subscription ?? '');
    expect(mail).toMatchObject({
      key: `mail-${row?.id}`,
      outbox_ids: [row?.id],
      kind: 'notice',
      attempt: 1,
      to: 'direct@voorbeeld.nl',
      language: 'en',
      organisation: { slug: 'testdam' },
      subscription_id: followers.direct?.subscription,
      frequency: 'immediate',
      project: null,
      already_confirmed: false,
    });
    expect(mail.items).toHaveLength(1);
    expect(mail.items[0]).toMatchObject({
      kind: 'update',
      outbox_id: row?.id,
      project: { slug: 'testproject' },
      record: { id: update, title: `Nieuws ${counter}` },
    });
    expect(row).toMatchObject({ status: 'sending', attempts: 1 });
    expectLease(row, 300, claimed);

    const [stored] = await tokenRow(mail.token);
    expect(stored).toMatchObject({ purpose: 'manage', subscription_id: followers.direct?.subscription });
    expect(stored?.expires_at.toISOString()).toBe(new Date(mail.token_expires_at).toISOString());
    // The List-Unsubscribe header's own token: another one, that only unsubscribes.
    expect(mail.unsubscribe_token).not.toBe(mail.token);
    expect((await tokenRow(mail.unsubscribe_token ?? ''))[0]).toMatchObject({
      purpose: 'unsubscribe',
      subscription_id: followers.direct?.subscription,
    });
    for (const token of [mail.token, mail.unsubscribe_token ?? '']) {
      const leaked = await query(
        `select 1 from portal.subscriber_tokens t where strpos(t::text, $1) > 0 union all select 1 from portal.outbox o where strpos(o::text, $1) > 0`,
        [token],
      );
      expect(leaked).toEqual([]);
    }

    expect(await complete(mail.outbox_ids)).toBe(1);
    expect(await complete(mail.outbox_ids)).toBe(0);
    expect((await rowsAbout(update, followers.direct?.subscription ?? ''))[0]).toMatchObject({
      status: 'sent',
      sent: true,
      locked_until: null,
    });
    expect(await claim()).toEqual([]);
  });

  it('folds the due daily rows of a subscriber into one digest, oldest first, never split by the limit', async () => {
    const first = await publishUpdate();
    const second = await publishUpdate();
    await drain();
    // Every daily row of this follower so far: the two above, after those of the earlier tests.
    const daily = await outboxRows(`o.subscription_id = $1 and o.status = 'pending'`, [followers.daily?.subscription]);
    expect(daily.length).toBeGreaterThanOrEqual(2);
    // Waiting for 07:00 Europe/Amsterdam: not before.
    expect(daily.every((r) => r.wait_seconds > 0)).toBe(true);
    await makeDue(daily.map((r) => r.id));

    const mails = await claim({ limit: 1 });
    expect(mails).toHaveLength(1);
    const [digest] = mails as [ClaimedMail];
    expect(digest).toMatchObject({
      kind: 'digest',
      key: `mail-${daily[0]?.id}`,
      outbox_ids: daily.map((r) => r.id),
      frequency: 'daily',
      subscription_id: followers.daily?.subscription,
      to: 'dagelijks@voorbeeld.nl',
      language: 'nl',
      project: null,
    });
    expect(digest.items.map((i) => i.outbox_id)).toEqual(daily.map((r) => r.id));
    expect(digest.items.slice(-2).map((i) => i.record.id)).toEqual([first, second]);
    expect(await complete(digest.outbox_ids)).toBe(daily.length);
  });

  it('respects the lease: a second claim gets nothing while it holds, and the same mail (next attempt) once it lapses', async () => {
    const update = await publishUpdate();
    // A minute: long enough that a busy machine cannot let it lapse before the second claim below.
    const leased = await timedClaim({ lease_seconds: 60 });
    const [claimed] = leased.mails;
    expect(claimed?.items[0]?.record.id).toBe(update);
    const [row] = await rowsAbout(update, followers.direct?.subscription ?? '');
    expectLease(row, 60, leased);
    expect(await claim()).toEqual([]);

    // The worker died: its lease lapses.
    const first = claimIdOf(claimed?.outbox_ids ?? []);
    await portal.db.query(`update portal.outbox set locked_until = now() - interval '1 second' where id = $1`, [row?.id]);
    const [again] = await claim();
    expect(again).toMatchObject({ key: claimed?.key, outbox_ids: claimed?.outbox_ids, attempt: 2 });
    expect(again?.token).not.toBe(claimed?.token);
    expect(claimIdOf(again?.outbox_ids ?? [])).not.toBe(first);
    // The first worker, should it wake up, no longer reports for it.
    expect((await callOk(service, 'complete_mail', { claim_id: first, outbox_ids: again?.outbox_ids })).changed).toBe(0);
    expect(await complete(again?.outbox_ids ?? [])).toBe(1);
  });

  it('fail_mail backs off 1, 2, 4, ... minutes, keeps the error cut to 2000 characters, and gives up after 8 attempts', async () => {
    const update = await publishUpdate();
    const error = `550 mailbox unavailable\u0007\u001b ${'x'.repeat(3000)}`;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      const [mail] = await claim();
      expect(mail?.attempt).toBe(attempt);
      const failed = mailOutcomeSchema.parse(
        await callOk(service, 'fail_mail', { claim_id: claimIdOf(mail?.outbox_ids ?? []), outbox_ids: mail?.outbox_ids, error }),
      );
      expect(failed.changed).toBe(1);
      const [row] = await rowsAbout(update, followers.direct?.subscription ?? '');
      expect(row?.last_error).toHaveLength(2000);
      expect(row?.last_error).toMatch(/^550 mailbox unavailable {3}x/);
      if (attempt < 8) {
        expect(row?.status).toBe('pending');
        waits.push(row?.wait_seconds ?? 0);
        // Not due before the backoff has passed.
        expect(await claim()).toEqual([]);
        await makeDue([row?.id ?? 0]);
      } else {
        expect(row?.status).toBe('failed');
      }
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64].map((minutes) => minutes * 60));
    expect(await claim()).toEqual([]);
  });

  it('gives up a mail whose lease lapsed after its 8th attempt (the worker kept dying on it)', async () => {
    const update = await publishUpdate();
    const [mail] = await claim();
    await portal.db.query(
      `update portal.outbox set attempts = 8, locked_until = now() - interval '1 second' where id = any ($1::bigint[])`,
      [mail?.outbox_ids],
    );
    expect(await claim()).toEqual([]);
    const [row] = await rowsAbout(update, followers.direct?.subscription ?? '');
    expect(row).toMatchObject({ status: 'failed', attempts: 8, locked_until: null });
    expect(row?.last_error).toMatch(/lease lapsed/);
  });

  it('a digest of several subscriptions of one subscriber unsubscribes from all (subscription_id null)', async () => {
    const everything = await addFollower(portal.db, 'twee@voorbeeld.nl', { project: null, frequency: 'weekly' });
    const project = await addFollower(portal.db, 'twee@voorbeeld.nl', { frequency: 'weekly' });
    const update = await publishUpdate();
    await fanOutNotices(portal.db);
    // The same subscriber also has a waiting weekly row through the other subscription (about an older update).
    await portal.db.query(
      `insert into portal.outbox (organisation_id, subscriber_id, subscription_id, kind, project_id, record_id, frequency, next_attempt_at, dedupe_key)
       values ($1, $2, $3::uuid, 'update', $4, 'a0000000-0000-4000-8000-000000000001', 'weekly', now(), 'test:' || $3::text)`,
      ['10000000-0000-4000-8000-000000000001', everything.subscriber, everything.subscription, TESTPROJECT],
    );
    const rows = await outboxRows(`o.subscriber_id = $1`, [everything.subscriber]);
    expect(rows).toHaveLength(2);
    await makeDue(rows.map((r) => r.id));
    const [digest] = (await claim()).filter((m) => m.to === 'twee@voorbeeld.nl');
    expect(digest).toMatchObject({ kind: 'digest', frequency: 'weekly', subscription_id: null, outbox_ids: rows.map((r) => r.id) });
    expect(digest?.items.map((i) => i.record.id)).toEqual([update, 'a0000000-0000-4000-8000-000000000001']);
    expect(project.subscriber).toBe(everything.subscriber);
    expect((await tokenRow(digest?.token ?? ''))[0]).toMatchObject({ purpose: 'manage', subscription_id: null });
    expect((await tokenRow(digest?.unsubscribe_token ?? ''))[0]).toMatchObject({ purpose: 'unsubscribe', subscription_id: null });
    await complete(digest?.outbox_ids ?? []);
    // Its one-click unsubscribe stops both subscriptions: the mail was about both.
    const anon = await clientFor(portal, 'anon');
    expect(await callOk(anon, 'unsubscribe', { token: digest?.unsubscribe_token })).toMatchObject({ removed: 2, can_manage: false });
  });

  it('the List-Unsubscribe token of a mail only stops what the mail was about: it opens no settings and deletes nothing', async () => {
    const everything = await addFollower(portal.db, 'kop@voorbeeld.nl', { project: null, frequency: 'immediate' });
    const project = await addFollower(portal.db, 'kop@voorbeeld.nl', { frequency: 'immediate' });
    await publishUpdate();
    const [mail] = (await claim()).filter((m) => m.to === 'kop@voorbeeld.nl');
    expect(mail).toMatchObject({ kind: 'notice', subscription_id: project.subscription });
    await complete(mail?.outbox_ids ?? []);
    const token = mail?.unsubscribe_token ?? '';
    const anon = await clientFor(portal, 'anon');
    // Mail providers fetch and may keep this address: it must not read the address or remove the data.
    for (const [name, input] of [
      ['my_subscriptions', { token }],
      ['update_subscription', { token, language: 'en' }],
      ['update_subscription', { token, subscription_id: project.subscription, frequency: 'weekly' }],
      ['delete_my_data', { token }],
      ['confirm_subscription', { token }],
    ] as const) {
      const refused = await callStaff(anon, name, input);
      expect(refused.status, `${name} ${JSON.stringify(input)}`).toBe(404);
      expect(JSON.stringify(refused)).not.toContain('kop@');
    }
    // Another subscription of the same subscriber: not this mail's, so it stays.
    expect(await callOk(anon, 'unsubscribe', { token, subscription_id: everything.subscription })).toMatchObject({ removed: 0 });
    expect(await callOk(anon, 'unsubscribe', { token })).toMatchObject({ status: 'unsubscribed', removed: 1, can_manage: false });
    expect(await callOk(anon, 'unsubscribe', { token })).toMatchObject({ removed: 0 });
    const left = await query<{ id: string }>(`select id from portal.subscriptions where subscriber_id = $1`, [everything.subscriber]);
    expect(left.map((r) => r.id)).toEqual([everything.subscription]);
    expect(await query(`select 1 from portal.subscribers where email = 'kop@voorbeeld.nl'`)).toHaveLength(1);
    // The manage link in the body of the same mail still does everything.
    expect(await callOk(anon, 'my_subscriptions', { token: mail?.token })).toMatchObject({ email: 'kop@voorbeeld.nl' });
    expect(await callOk(anon, 'unsubscribe', { token: mail?.token })).toMatchObject({ removed: 1, can_manage: true });
  });

  it('a notice whose record was withdrawn or deleted before it was sent is cancelled, not mailed', async () => {
    const withdrawn = await publishUpdate();
    const deleted = await publishUpdate();
    const kept = await publishUpdate();
    // The worker fanned them out before they were withdrawn (a notice withdrawn before that gives no rows at all:
    // notifications-fanout.test.ts).
    await fanOutNotices(portal.db);
    await callOk(approver, 'staff_unpublish', { kind: 'update', id: withdrawn, project_id: TESTPROJECT, reason: 'Fout erin' });
    await callOk(approver, 'staff_unpublish', { kind: 'update', id: deleted, project_id: TESTPROJECT, reason: 'Weg ermee' });
    await callOk(editor, 'staff_delete_draft', { kind: 'update', id: deleted, project_id: TESTPROJECT });

    const mails = await claim();
    // The notices of the two withdrawn updates are not mailed; the withdrawals themselves are news, with their
    // reasons, and stay so after the record was deleted (its public trace, the version history, outlives it).
    expect(mails.map((m) => [m.items[0]?.kind, m.items[0]?.record.id])).toEqual([
      ['update', kept],
      ['withdrawal', withdrawn],
      ['withdrawal', deleted],
    ]);
    expect(mails.slice(1).map((m) => m.items[0]?.record)).toMatchObject([
      { kind: 'update', reason: 'Fout erin', title: expect.stringMatching(/^Nieuws \d+$/) },
      { kind: 'update', reason: 'Weg ermee', title: expect.stringMatching(/^Nieuws \d+$/) },
    ]);
    for (const record of [withdrawn, deleted]) {
      const [row] = await rowsAbout(record, followers.direct?.subscription ?? '');
      expect(row).toMatchObject({ status: 'cancelled', attempts: 0 });
      expect(row?.last_error).toMatch(/no longer public/);
    }
    await complete(mails.flatMap((m) => m.outbox_ids));
  });

  it('answers the notices of the public record in the shape of the contract: a new promise, a moved key date, changed expectations, a withdrawal, a status change', async () => {
    const promise = await publishNew('staff_save_promise', 'promise', {
      body: 'We planten tien bomen.',
      made_on: '2026-11-01',
      made_by: 'Wethouder',
      context: 'Bewonersavond',
      due_on: '2027-04-01',
    });
    const keyDate = await publishNew('staff_save_key_date', 'key_date', {
      kind: 'meeting',
      title: 'Bewonersavond over de bomen',
      starts_at: '2026-12-15T19:30:00+01:00',
      location: 'Buurthuis',
      how_to_join: 'Loop binnen.',
    });
    const news = await claim();
    expect(news.map((m) => m.items.map((i) => [i.kind, i.record.id]))).toEqual([[['promise', promise]], [['key_date', keyDate]]]);
    expect(news[0]?.items[0]?.record).toEqual({
      id: promise,
      body: 'We planten tien bomen.',
      made_on: '2026-11-01',
      made_by: 'Wethouder',
      context: 'Bewonersavond',
      due_on: '2027-04-01',
    });
    await complete(news.flatMap((m) => m.outbox_ids));

    const update = await publishUpdate();
    await drain();
    const phases = (await callOk(editor, 'staff_project', { project_id: TESTPROJECT })).phases as Json[];
    const current = phases.find((p) => p.id === CURRENT_PHASE);
    await revise('staff_save_key_date', 'key_date', 'key_dates', keyDate, { starts_at: '2026-12-17T20:00:00+01:00' });
    await revise('staff_save_phase', 'phase', 'phases', CURRENT_PHASE, { open_for_input: 'Alleen nog de soort bomen.' });
    await callOk(approver, 'staff_unpublish', { kind: 'update', id: update, project_id: TESTPROJECT, reason: 'Dit bericht klopte niet.' });
    await callOk(editor, 'staff_change_promise_status', {
      project_id: TESTPROJECT,
      promise_id: promise,
      status: 'in_progress',
      explanation: 'De eerste vijf staan er.',
      changed_by: 'Projectleider',
    });
    await callOk(approver, 'staff_approve', { kind: 'promise_status', id: promise, project_id: TESTPROJECT });

    const mails = await claim();
    // One notice mail each, in the order they happened, to the one immediate follower.
    expect(mails.every((m) => m.kind === 'notice' && m.to === 'direct@voorbeeld.nl' && m.items.length === 1)).toBe(true);
    expect(mails.map((m) => m.items[0]?.kind)).toEqual(['key_date_changed', 'expectations_changed', 'withdrawal', 'promise_status']);
    const [moved, expectations, withdrawal, status] = mails.map((m) => m.items[0]);
    expect(moved).toMatchObject({
      outbox_id: (await rowsAbout(await latestVersion('key_date', keyDate, 'revision'), followers.direct?.subscription ?? ''))[0]?.id,
      project: { slug: 'testproject' },
      record: {
        id: keyDate,
        title: 'Bewonersavond over de bomen',
        before: { starts_at: '2026-12-15T18:30:00.000000Z', location: 'Buurthuis' },
        after: { starts_at: '2026-12-17T19:00:00.000000Z', location: 'Buurthuis' },
      },
    });
    expect(expectations?.record).toMatchObject({
      id: CURRENT_PHASE,
      title: current?.title,
      before: { open_for_input: current?.open_for_input, participation_level: current?.participation_level },
      after: { open_for_input: 'Alleen nog de soort bomen.', participation_level: current?.participation_level },
    });
    expect(withdrawal?.record).toMatchObject({
      id: update,
      kind: 'update',
      title: `Nieuws ${counter}`,
      reason: 'Dit bericht klopte niet.',
    });
    expect(status?.record).toMatchObject({
      promise_id: promise,
      promise: 'We planten tien bomen.',
      status: 'in_progress',
      previous_status: null,
      explanation: 'De eerste vijf staan er.',
      changed_by: 'Projectleider',
    });
    await complete(mails.flatMap((m) => m.outbox_ids));

    // The daily follower gets all of it in one digest, which the worker understands as well.
    const daily = await outboxRows(`o.subscription_id = $1 and o.status = 'pending'`, [followers.daily?.subscription]);
    await makeDue(daily.map((r) => r.id));
    const digests = await claim();
    expect(digests.map((m) => [m.kind, m.to])).toEqual([['digest', 'dagelijks@voorbeeld.nl']]);
    const items = digests[0]?.items.map((i) => [i.kind, i.record.id]);
    expect(items).toEqual(
      expect.arrayContaining([
        ['promise', promise],
        ['key_date', keyDate],
        ['key_date_changed', keyDate],
        ['expectations_changed', CURRENT_PHASE],
        ['withdrawal', update],
        ['promise_status', status?.record.id],
      ]),
    );
    await complete(digests.flatMap((m) => m.outbox_ids));
  });

  it('a withdrawal notice is cancelled once the record is public again, and a change notice once the key date is withdrawn', async () => {
    const update = await publishUpdate();
    const keyDate = await publishNew('staff_save_key_date', 'key_date', {
      kind: 'walk_in',
      title: 'Inloop die niet doorgaat',
      starts_at: '2026-12-20T15:00:00+01:00',
      location: 'Buurthuis',
      how_to_join: 'Loop binnen.',
    });
    await drain();
    await callOk(approver, 'staff_unpublish', { kind: 'update', id: update, project_id: TESTPROJECT, reason: 'Even offline' });
    // The worker fans each out, but has not mailed it yet.
    await fanOutNotices(portal.db);
    // Published again before the worker came round to mail it: the withdrawal is no longer news.
    await callOk(approver, 'staff_approve', { kind: 'update', id: update, project_id: TESTPROJECT });
    await revise('staff_save_key_date', 'key_date', 'key_dates', keyDate, { starts_at: '2026-12-21T15:00:00+01:00' });
    await fanOutNotices(portal.db);
    // Withdrawn after it moved: the move is no longer news, the withdrawal is.
    await callOk(approver, 'staff_unpublish', { kind: 'key_date', id: keyDate, project_id: TESTPROJECT, reason: 'Gaat niet door.' });

    const mails = await claim();
    expect(mails.map((m) => m.items.map((i) => [i.kind, i.record.id]))).toEqual([[['withdrawal', keyDate]]]);
    for (const version of [await latestVersion('update', update, 'withdrawal'), await latestVersion('key_date', keyDate, 'revision')]) {
      const [row] = await rowsAbout(version, followers.direct?.subscription ?? '');
      expect(row).toMatchObject({ status: 'cancelled', attempts: 0 });
      expect(row?.last_error).toMatch(/no longer public/);
    }
    await complete(mails.flatMap((m) => m.outbox_ids));
  });
});

describe('confirm and welcome mails', () => {
  it('a follow gives a confirm mail with a confirm token that confirms; the confirmation gives a welcome mail', async () => {
    const resident = createClient(portal.url, portal.anonKey, {
      auth: { persistSession: false, autoRefreshToken: false },
      global: { headers: { 'x-forwarded-for': '198.51.100.77' } },
    });
    await callOk(
      resident,
      'follow_project',
      await withSolvedChallenge(resident, {
        organisation: 'testdam',
        project: 'testproject',
        email: 'nieuw@voorbeeld.nl',
        frequency: 'weekly',
      }),
    );
    const [confirm] = await claim();
    expect(confirm).toMatchObject({
      kind: 'confirm',
      to: 'nieuw@voorbeeld.nl',
      frequency: 'weekly',
      project: { slug: 'testproject' },
      already_confirmed: false,
      items: [],
      unsubscribe_token: null,
    });
    expect((await tokenRow(confirm?.token ?? ''))[0]?.purpose).toBe('confirm');
    await complete(confirm?.outbox_ids ?? []);

    const confirmed = await callOk(resident, 'confirm_subscription', { token: confirm?.token });
    const [welcome] = await claim();
    expect(welcome).toMatchObject({
      kind: 'welcome',
      to: 'nieuw@voorbeeld.nl',
      subscription_id: confirmed.subscription_id,
      frequency: 'weekly',
      project: { slug: 'testproject' },
      already_confirmed: false,
      items: [],
    });
    expect((await tokenRow(welcome?.token ?? ''))[0]).toMatchObject({ purpose: 'manage', subscription_id: confirmed.subscription_id });
    expect((await tokenRow(welcome?.unsubscribe_token ?? ''))[0]).toMatchObject({
      purpose: 'unsubscribe',
      subscription_id: confirmed.subscription_id,
    });
    await complete(welcome?.outbox_ids ?? []);
  });
});

describe('only the mail worker', () => {
  /** A well-formed claim id, so that the input is never what is refused. */
  const ANY_CLAIM = '5c1a1000-0000-4000-8000-000000000001';
  const calls: [string, Json][] = [
    ['claim_mail_batch', {}],
    ['complete_mail', { claim_id: ANY_CLAIM, outbox_ids: [1] }],
    ['fail_mail', { claim_id: ANY_CLAIM, outbox_ids: [1], error: 'x' }],
    ['purge_outbox', {}],
  ];
  it.each(['anon', 'outsider', 'editor', 'admin'] as Actor[])('refuses %s with a message', async (actor) => {
    const client = await clientFor(portal, actor);
    for (const [name, input] of calls) {
      const refused = await callStaff(client, name, input);
      expect([401, 403], `${actor} ${name}`).toContain(refused.status);
      expect(refused.message).toBeTruthy();
    }
  });

  it('says so itself too, should an execute grant ever be widened', async () => {
    for (const [name, input] of calls) {
      expect(await refusalInsideFunction(portal.db, name, input), name).toBe('42501 Alleen de mailverzender mag dit doen.');
    }
  });

  it('refuses bad input with a 400 that names the field, and changes nothing', async () => {
    const claim = { claim_id: ANY_CLAIM };
    const bad: [string, Json, string][] = [
      ['claim_mail_batch', { limit: 0 }, 'limit'],
      ['claim_mail_batch', { limit: 1001 }, 'limit'],
      ['claim_mail_batch', { limit: 'veel' }, 'limit'],
      ['claim_mail_batch', { lease_seconds: 4 }, 'lease_seconds'],
      ['claim_mail_batch', { lease_seconds: 3601 }, 'lease_seconds'],
      // With a well-formed claim id, so that the field named is the one that is wrong (notifications-fanout.test.ts
      // refuses bad claim ids).
      ['complete_mail', { ...claim }, 'outbox_ids'],
      ['complete_mail', { ...claim, outbox_ids: [] }, 'outbox_ids'],
      ['complete_mail', { ...claim, outbox_ids: 7 }, 'outbox_ids'],
      ['complete_mail', { ...claim, outbox_ids: ['1; delete from portal.outbox'] }, 'outbox_ids'],
      ['complete_mail', { ...claim, outbox_ids: [-1] }, 'outbox_ids'],
      ['complete_mail', { ...claim, outbox_ids: [0] }, 'outbox_ids'],
      ['complete_mail', { ...claim, outbox_ids: [1.5] }, 'outbox_ids'],
      ['complete_mail', { ...claim, outbox_ids: Array.from({ length: 10_001 }, (_, i) => i + 1) }, 'outbox_ids'],
      ['fail_mail', { ...claim, outbox_ids: [1] }, 'error'],
      ['fail_mail', { ...claim, outbox_ids: [1], error: 42 }, 'error'],
      ['fail_mail', { ...claim, error: 'x' }, 'outbox_ids'],
    ];
    const before = await query(`select o::text from portal.outbox o order by id`);
    for (const [name, input, field] of bad) {
      const refused = await callStaff(service, name, input);
      expect(refused.status, `${name} ${JSON.stringify(input).slice(0, 60)}`).toBe(400);
      expect(refused.hint).toBe(field);
      expect(refused.message).toBeTruthy();
    }
    expect((await callStaff(service, 'claim_mail_batch', 'geen object')).status).toBe(400);
    expect(await query(`select o::text from portal.outbox o order by id`)).toEqual(before);
  });
});

describe('purge_outbox', () => {
  it('removes sent and cancelled rows older than 30 days, and nothing else', async () => {
    const update = await publishUpdate();
    await drain();
    const rows = await query<{ id: number; status: string }>(
      `select id::int as id, status::text from portal.outbox where record_id = $1 order by id`,
      [update],
    );
    const sent = rows.find((r) => r.status === 'sent');
    const waiting = rows.find((r) => r.status === 'pending');
    expect(sent && waiting).toBeTruthy();
    await portal.db.query(`update portal.outbox set created_at = now() - interval '31 days' where record_id = $1`, [update]);
    const purged = await callOk(service, 'purge_outbox', {});
    expect(purged.removed).toBeGreaterThanOrEqual(1);
    const left = await query<{ id: number }>(`select id::int as id from portal.outbox where record_id = $1 order by id`, [update]);
    expect(left.map((r) => r.id)).not.toContain(sent?.id);
    expect(left.map((r) => r.id)).toContain(waiting?.id);
  });
});
