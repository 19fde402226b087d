import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fanOutSchema, mailBatchSchema, mailOutcomeSchema, type MailBatch } from '../../src/lib/mail/mail-batch.ts';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import {
  ANDERPROJECT,
  OTHERDAM,
  TESTDAM,
  TESTPROJECT,
  addFollower,
  callOk,
  callStaff,
  clientFor,
  countAsOwner,
  fanOutNotices,
  serviceClientFor,
  startFixturePortal,
  type Actor,
  refusalInsideFunction,
} from './support.ts';

// Mail at scale: a publication writes one portal.notices row, whatever the number of followers, and the
// mail worker fans it out into one outbox row per follower (public.fan_out_notices), in batches, in subscription
// order, unique per notice and subscription, only for followers who had confirmed when it was published. Claims
// carry an id: complete_mail, fail_mail and release_mail change only rows still under that claim. Called as the
// worker calls them (supabase-js with the service role key), every answer parsed with the worker's own schema;
// the notices are caused as staff cause them (the publication events of the public record).

let portal: LocalSupabase;
let service: SupabaseClient;
let editor: SupabaseClient;
let approver: SupabaseClient;
type Json = Record<string, unknown>;
const CONCEPTPROJECT = '20000000-0000-4000-8000-000000000002';

/** Subscription ids that must get a mail of every notice to testproject's followers, in id order. */
let followers: string[] = [];
/** Subscription ids that must never get one: the other organisation's, unconfirmed ones, an all-projects subscription of someone who follows the project too. */
const outsiders: Record<string, string> = {};
/** The all-projects followers of testdam who do not follow testproject itself. */
const allProjects: string[] = [];
/** How many of `followers` are immediate, and so due at once. */
const IMMEDIATE = 6;

beforeAll(async () => {
  portal = await startFixturePortal();
  service = serviceClientFor(portal);
  [editor, approver] = await Promise.all([clientFor(portal, 'editor'), clientFor(portal, 'approver')]);
  const db = portal.db;
  const mine = [
    await addFollower(db, 'p1@voorbeeld.nl'),
    await addFollower(db, 'p2@voorbeeld.nl', { language: 'en' }),
    await addFollower(db, 'p3@voorbeeld.nl', { frequency: 'daily' }),
    await addFollower(db, 'p4@voorbeeld.nl', { frequency: 'weekly' }),
    await addFollower(db, 'p5@voorbeeld.nl'),
    // Follows the project and every project: one mail, through the project subscription.
    await addFollower(db, 'beide@voorbeeld.nl'),
  ];
  outsiders.bothAll = (await addFollower(db, 'beide@voorbeeld.nl', { project: null, frequency: 'weekly' })).subscription;
  const everything = [
    await addFollower(db, 'alles1@voorbeeld.nl', { project: null }),
    await addFollower(db, 'alles2@voorbeeld.nl', { project: null, frequency: 'daily' }),
    // Follows every project, and the project too but never confirmed that: the all-projects subscription counts.
    await addFollower(db, 'half@voorbeeld.nl', { project: null }),
  ];
  outsiders.halfProject = (await addFollower(db, 'half@voorbeeld.nl', { confirmed: false })).subscription;
  outsiders.unconfirmed = (await addFollower(db, 'onbevestigd@voorbeeld.nl', { confirmed: false })).subscription;
  outsiders.unconfirmedAll = (await addFollower(db, 'onbevestigd-alles@voorbeeld.nl', { project: null, confirmed: false })).subscription;
  outsiders.otherAll = (await addFollower(db, 'ander@voorbeeld.nl', { organisation: OTHERDAM, project: null })).subscription;
  outsiders.otherProject = (
    await addFollower(db, 'anderproject@voorbeeld.nl', { organisation: OTHERDAM, project: ANDERPROJECT })
  ).subscription;
  outsiders.draftProject = (await addFollower(db, 'concept@voorbeeld.nl', { project: CONCEPTPROJECT })).subscription;
  // Many more, weekly (not due in these tests): 48 followers in all, so that batches of 2 and 3 end exactly on the
  // last follower and batches of 5 do not.
  const { rows: many } = await db.query<{ id: string }>(
    `with s as (
       insert into portal.subscribers (organisation_id, email, language)
       select $1, 'veel-' || g || '@voorbeeld.nl', 'nl' from generate_series(1, 39) g returning id)
     insert into portal.subscriptions (subscriber_id, project_id, frequency, confirmed_at)
     select s.id, $2, 'weekly', now() from s returning id`,
    [TESTDAM, TESTPROJECT],
  );
  allProjects.push(...everything.map((f) => f.subscription));
  followers = [...mine, ...everything]
    .map((f) => f.subscription)
    .concat(many.map((r) => r.id))
    .sort();
  expect(followers).toHaveLength(48);
});
afterAll(async () => {
  await portal?.close();
});

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await portal.db.query<T>(sql, params)).rows;
}
const count = (sql: string, params: unknown[] = []) => countAsOwner(portal.db, sql, params);

/** One step of the fan-out, as the worker calls it. */
async function fanOutStep(input: Json = {}) {
  return fanOutSchema.parse(await callOk(service, 'fan_out_notices', input));
}

/** A claim as the worker makes it, without fanning out first. */
async function claimBatch(input: Json = {}): Promise<MailBatch> {
  return mailBatchSchema.parse(await callOk(service, 'claim_mail_batch', { limit: 1000, ...input }));
}

async function changed(name: 'complete_mail' | 'fail_mail' | 'release_mail', input: Json): Promise<number> {
  return mailOutcomeSchema.parse(await callOk(service, name, input)).changed;
}

/** Fans out and sends (completes) everything due, so each test starts with nothing waiting and nothing due. */
async function drain(): Promise<void> {
  await fanOutNotices(portal.db);
  for (let batch = await claimBatch(); batch.claim_id !== null; batch = await claimBatch()) {
    if (batch.mails.length > 0)
      await changed('complete_mail', { claim_id: batch.claim_id, outbox_ids: batch.mails.flatMap((m) => m.outbox_ids) });
  }
}
beforeEach(drain);
// Followers a test adds for itself go again, with their mail.
afterEach(async () => {
  await portal.db.query(`delete from portal.subscribers where email like '%@extra.example'`);
});

let counter = 0;
/** A new update of testproject, written and submitted by the editor and published by the approver. */
async function publishUpdate(): Promise<string> {
  counter += 1;
  const saved = await callOk(editor, 'staff_save_update', {
    project_id: TESTPROJECT,
    title: `Bericht ${counter}`,
    body_md: `Tekst ${counter}.`,
  });
  const id = saved.id as string;
  await callOk(editor, 'staff_submit', { kind: 'update', id, project_id: TESTPROJECT });
  await callOk(approver, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT });
  return id;
}

interface Notice {
  id: number;
  project_id: string;
  audience: string;
  mails: number;
  fanned_out_to: string | null;
  done: boolean;
}
async function noticeOf(kind: string, record: string): Promise<Notice | undefined> {
  const [row] = await query<Notice>(
    `select id::int as id, project_id, audience, mails, fanned_out_to, fanned_out_at is not null as done
     from portal.notices where kind = $1 and record_id = $2`,
    [kind, record],
  );
  return row;
}

/** The subscriptions that have a row of the notice, in id order. */
async function mailedTo(notice: number | undefined): Promise<string[]> {
  const rows = await query<{ subscription_id: string }>(
    `select subscription_id from portal.outbox where notice_id = $1 order by subscription_id`,
    [notice],
  );
  return rows.map((r) => r.subscription_id);
}

interface Row {
  id: number;
  status: string;
  claim_id: string | null;
  attempts: number;
  locked: boolean;
  due: boolean;
}
async function rowsOf(ids: number[]): Promise<Row[]> {
  return query<Row>(
    `select id::int as id, status::text as status, claim_id, attempts, locked_until is not null as locked, next_attempt_at <= now() as due
     from portal.outbox where id = any ($1::bigint[]) order by id`,
    [ids],
  );
}

const outboxFingerprint = () => query<{ row: string }>(`select o::text as row from portal.outbox o order by id`);

describe('a publication writes one notice; the fan-out makes the mails', () => {
  it('publishing to a project with 48 followers writes one notice and no outbox row; the fan-out makes 48 rows, and a re-run none', async () => {
    const [noticesBefore, outboxBefore] = [await count(`select 1 from portal.notices`), await count(`select 1 from portal.outbox`)];
    const id = await publishUpdate();
    expect(await count(`select 1 from portal.notices`)).toBe(noticesBefore + 1);
    expect(await count(`select 1 from portal.outbox`)).toBe(outboxBefore);
    const notice = await noticeOf('update', id);
    expect(notice).toEqual({
      id: expect.any(Number),
      project_id: TESTPROJECT,
      audience: 'followers',
      mails: 0,
      fanned_out_to: null,
      done: false,
    });

    expect(await fanOutStep()).toEqual({ notice_id: notice?.id, added: 48, done: true });
    expect(await mailedTo(notice?.id)).toEqual(followers);
    expect(await count(`select 1 from portal.outbox`)).toBe(outboxBefore + 48);
    // The rows copy what the worker needs from the notice and the subscription; only notices are named by notice_id.
    expect(
      await query(
        `select 1 from portal.outbox o join portal.subscriptions x on x.id = o.subscription_id join portal.subscribers s on s.id = x.subscriber_id
       where o.notice_id = $1 and ((o.kind, o.record_id, o.project_id, o.organisation_id, o.subscriber_id) is distinct from
         ('update', $2::uuid, $3::uuid, s.organisation_id, x.subscriber_id) or o.dedupe_key is not null or o.status <> 'pending')`,
        [notice?.id, id, TESTPROJECT],
      ),
    ).toEqual([]);
    expect(await noticeOf('update', id)).toMatchObject({ mails: 48, fanned_out_to: followers.at(-1), done: true });

    // Nothing waits any more.
    expect(await fanOutStep()).toEqual({ notice_id: null, added: 0, done: true });
    // Run again from the start, as after a worker died between its rows and its cursor: nobody gets a second row.
    await portal.db.query(`update portal.notices set fanned_out_to = null, fanned_out_at = null where id = $1`, [notice?.id]);
    const rows = await query(`select id from portal.outbox where notice_id = $1 order by id`, [notice?.id]);
    expect(await fanOutStep()).toEqual({ notice_id: notice?.id, added: 0, done: true });
    expect(await query(`select id from portal.outbox where notice_id = $1 order by id`, [notice?.id])).toEqual(rows);
    expect(await noticeOf('update', id)).toMatchObject({ mails: 48, done: true });
    // Nor from the middle, in small batches.
    await portal.db.query(`update portal.notices set fanned_out_to = $2, fanned_out_at = null where id = $1`, [notice?.id, followers[20]]);
    expect(await fanOutNotices(portal.db, 4)).toBe(0);
    expect(await query(`select id from portal.outbox where notice_id = $1 order by id`, [notice?.id])).toEqual(rows);
  });

  it("batches of 2, 3 and 5 make the same rows as one batch, in subscription order: the project followers and the organisation's all-projects followers, nobody else", async () => {
    const records = [await publishUpdate(), await publishUpdate(), await publishUpdate(), await publishUpdate()];
    const notices = await Promise.all(records.map((record) => noticeOf('update', record)));
    const limits = [2, 3, 5, 10_000];
    for (const [i, limit] of limits.entries()) {
      const notice = notices[i];
      const steps: { added: number; done: boolean }[] = [];
      let made: string[] = [];
      for (;;) {
        const step = await fanOutStep({ limit });
        expect(step.notice_id, 'the oldest notice first').toBe(notice?.id);
        steps.push({ added: step.added, done: step.done });
        const now = await mailedTo(notice?.id);
        // Each batch continues after the last: its rows all come after those of the batches before it.
        const added = now.filter((s) => !made.includes(s));
        expect(added).toHaveLength(step.added);
        expect(added.every((s) => made.every((m) => s > m))).toBe(true);
        const [cursor] = await query<{ fanned_out_to: string }>(`select fanned_out_to from portal.notices where id = $1`, [notice?.id]);
        expect(cursor?.fanned_out_to).toBe(now.at(-1));
        made = now;
        if (step.done) break;
        expect(step.added).toBe(limit);
      }
      // 48 followers: batches of 2 and 3 fill up exactly, so one more (empty) batch says it is done.
      const expectedSteps = {
        2: [...Array(24).fill({ added: 2, done: false }), { added: 0, done: true }],
        3: [...Array(16).fill({ added: 3, done: false }), { added: 0, done: true }],
        5: [...Array(9).fill({ added: 5, done: false }), { added: 3, done: true }],
        10_000: [{ added: 48, done: true }],
      }[limit];
      expect(steps, `batches of ${limit}`).toEqual(expectedSteps);
      expect(made, `batches of ${limit}`).toEqual(followers);
      expect(await noticeOf('update', records[i] ?? '')).toMatchObject({ mails: 48, done: true });
    }
    expect(await fanOutStep()).toMatchObject({ notice_id: null });

    const mailed = await mailedTo(notices[0]?.id);
    expect(mailed).toEqual(expect.arrayContaining(allProjects));
    for (const [who, subscription] of Object.entries(outsiders)) expect(mailed, who).not.toContain(subscription);
    // One mail per person per notice, also for the one who follows the project and every project.
    expect(
      await query(
        `select subscriber_id from portal.outbox where notice_id = any ($1::bigint[]) group by notice_id, subscriber_id having count(*) > 1`,
        [notices.map((n) => n?.id)],
      ),
    ).toEqual([]);
  });

  it('only followers who had confirmed when the notice was made get it', async () => {
    const early = await addFollower(portal.db, 'vroeg@extra.example', { confirmed: false });
    const late = await addFollower(portal.db, 'laat@extra.example', { confirmed: false });
    const lateAll = await addFollower(portal.db, 'laat-alles@extra.example', { project: null, confirmed: false });
    // Follows every project since before, and confirmed following the project itself only after: the all-projects
    // subscription gets it.
    const bothAll = await addFollower(portal.db, 'beide-later@extra.example', { project: null, confirmed: false });
    const bothProject = await addFollower(portal.db, 'beide-later@extra.example', { confirmed: false });
    const id = await publishUpdate();
    const notice = await noticeOf('update', id);
    const confirm = (subscription: string, offset: string) =>
      portal.db.query(
        `update portal.subscriptions x set confirmed_at = n.created_at + $3::interval from portal.notices n where n.id = $2 and x.id = $1`,
        [subscription, notice?.id, offset],
      );
    await confirm(early.subscription, '-1 millisecond');
    await confirm(bothAll.subscription, '-1 minute');
    await confirm(late.subscription, '1 millisecond');
    await confirm(lateAll.subscription, '1 millisecond');
    await confirm(bothProject.subscription, '1 second');

    expect(await fanOutNotices(portal.db)).toBe(50);
    const mailed = await mailedTo(notice?.id);
    expect(mailed).toEqual([...followers, early.subscription, bothAll.subscription].sort());
    for (const subscription of [late.subscription, lateAll.subscription, bothProject.subscription])
      expect(mailed).not.toContain(subscription);
  });

  it('a notice whose record was withdrawn before the fan-out ends without rows; one withdrawn between two batches ends there', async () => {
    const gone = await publishUpdate();
    await callOk(approver, 'staff_unpublish', { kind: 'update', id: gone, project_id: TESTPROJECT, reason: 'Te vroeg verstuurd.' });
    const notice = await noticeOf('update', gone);
    expect(await fanOutStep()).toEqual({ notice_id: notice?.id, added: 0, done: true });
    expect(await noticeOf('update', gone)).toMatchObject({ mails: 0, done: true, fanned_out_to: null });
    expect(await count(`select 1 from portal.outbox where record_id = $1`, [gone])).toBe(0);
    // The withdrawal itself is news.
    const [withdrawal] = await query<{ id: string }>(
      `select id from portal.record_versions where kind = 'update' and record_id = $1 and event = 'withdrawal'`,
      [gone],
    );
    expect(await fanOutStep()).toMatchObject({ added: 48, done: true });
    expect(await mailedTo((await noticeOf('withdrawal', withdrawal?.id ?? ''))?.id)).toEqual(followers);

    const halfway = await publishUpdate();
    const second = await noticeOf('update', halfway);
    expect(await fanOutStep({ limit: 10 })).toEqual({ notice_id: second?.id, added: 10, done: false });
    await callOk(approver, 'staff_unpublish', { kind: 'update', id: halfway, project_id: TESTPROJECT, reason: 'Toch niet.' });
    expect(await fanOutStep({ limit: 10 })).toEqual({ notice_id: second?.id, added: 0, done: true });
    expect(await noticeOf('update', halfway)).toMatchObject({ mails: 10, done: true });
    // The ten already made are not mailed: the claim cancels them (notifications-claim.test.ts).
    expect(await mailedTo(second?.id)).toEqual(followers.slice(0, 10));
  });

  it('a withdrawal notice fanned out only after the record was published again makes no rows', async () => {
    const id = await publishUpdate();
    await fanOutNotices(portal.db);
    await callOk(approver, 'staff_unpublish', { kind: 'update', id, project_id: TESTPROJECT, reason: 'Even offline.' });
    await callOk(approver, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT });
    const [withdrawal] = await query<{ id: string }>(
      `select id from portal.record_versions where kind = 'update' and record_id = $1 and event = 'withdrawal'`,
      [id],
    );
    expect(await fanOutNotices(portal.db)).toBe(0);
    expect(await noticeOf('withdrawal', withdrawal?.id ?? '')).toMatchObject({ mails: 0, done: true });
    // Published again: no second notice of the update either.
    expect(await count(`select 1 from portal.notices where record_id = $1`, [id])).toBe(1);
  });
});

describe('unsubscribing', () => {
  it("deletes the follower's mail not yet sent, claimed or not; completing it afterwards changes nothing", async () => {
    const x = await addFollower(portal.db, 'x@extra.example');
    const y = await addFollower(portal.db, 'y@extra.example');
    await publishUpdate();
    await fanOutNotices(portal.db);
    const batch = await claimBatch();
    expect(batch.mails).toHaveLength(IMMEDIATE + 2);
    const [xMail, yMail] = ['x@extra.example', 'y@extra.example'].map((to) => batch.mails.find((m) => m.to === to));
    await publishUpdate();
    await fanOutNotices(portal.db);
    const rowsFor = (subscription: string) =>
      query<{ status: string }>(`select status::text as status from portal.outbox where subscription_id = $1 order by id`, [subscription]);
    expect(await rowsFor(x.subscription)).toEqual([{ status: 'sending' }, { status: 'pending' }]);
    expect(await rowsFor(y.subscription)).toEqual([{ status: 'sending' }, { status: 'pending' }]);

    // x through the List-Unsubscribe link of the claimed mail, y's subscription deleted (as delete_my_data does).
    const anon = await clientFor(portal, 'anon');
    expect(await callOk(anon, 'unsubscribe', { token: xMail?.unsubscribe_token })).toMatchObject({ removed: 1 });
    expect(await rowsFor(x.subscription)).toEqual([]);
    expect(await rowsFor(y.subscription)).toHaveLength(2);
    await portal.db.query(`delete from portal.subscriptions where id = $1`, [y.subscription]);
    expect(await rowsFor(y.subscription)).toEqual([]);

    const gone = [...(xMail?.outbox_ids ?? []), ...(yMail?.outbox_ids ?? [])];
    expect(gone).toHaveLength(2);
    expect(await changed('complete_mail', { claim_id: batch.claim_id, outbox_ids: gone })).toBe(0);
    expect(await changed('fail_mail', { claim_id: batch.claim_id, outbox_ids: gone, error: '550 unknown user' })).toBe(0);
    expect(await rowsOf(gone)).toEqual([]);
    // Everyone else's mail of the claim is untouched.
    const others = batch.mails.filter((m) => m !== xMail && m !== yMail).flatMap((m) => m.outbox_ids);
    expect(await changed('complete_mail', { claim_id: batch.claim_id, outbox_ids: [...others, ...gone] })).toBe(IMMEDIATE);
  });
});

describe('claim ids', () => {
  it('after a lease lapses a second claim takes the rows over: the first claim then changes nothing, the second does', async () => {
    await publishUpdate();
    await fanOutNotices(portal.db);
    const first = await claimBatch({ lease_seconds: 60 });
    expect(first.claim_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(first.mails).toHaveLength(IMMEDIATE);
    const ids = first.mails.flatMap((m) => m.outbox_ids);
    expect(await rowsOf(ids)).toEqual(
      ids.map((id) => ({ id, status: 'sending', claim_id: first.claim_id, attempts: 1, locked: true, due: true })),
    );
    // Held: nothing to claim.
    expect(await claimBatch()).toEqual({ claim_id: null, mails: [] });

    await portal.db.query(`update portal.outbox set locked_until = now() - interval '1 second' where id = any ($1::bigint[])`, [ids]);
    const second = await claimBatch({ lease_seconds: 60 });
    expect(second.claim_id).not.toBeNull();
    expect(second.claim_id).not.toBe(first.claim_id);
    expect(second.mails.flatMap((m) => m.outbox_ids)).toEqual(ids);
    expect((await rowsOf(ids)).every((r) => r.claim_id === second.claim_id && r.status === 'sending' && r.attempts === 2)).toBe(true);

    // The first worker wakes up: whatever it reports changes nothing.
    expect(await changed('complete_mail', { claim_id: first.claim_id, outbox_ids: ids })).toBe(0);
    expect(await changed('fail_mail', { claim_id: first.claim_id, outbox_ids: ids, error: 'timeout' })).toBe(0);
    expect(await changed('release_mail', { claim_id: first.claim_id })).toBe(0);
    expect((await rowsOf(ids)).every((r) => r.claim_id === second.claim_id && r.status === 'sending')).toBe(true);

    const [sent, refused] = [ids.slice(0, 4), ids.slice(4)];
    expect(await changed('complete_mail', { claim_id: second.claim_id, outbox_ids: sent })).toBe(4);
    expect(await changed('fail_mail', { claim_id: second.claim_id, outbox_ids: refused, error: '451 try later' })).toBe(2);
    expect(await rowsOf(ids)).toEqual([
      ...sent.map((id) => ({ id, status: 'sent', claim_id: null, attempts: 2, locked: false, due: true })),
      ...refused.map((id) => ({ id, status: 'pending', claim_id: null, attempts: 2, locked: false, due: false })),
    ]);
    // Done is done: reporting again under the second claim changes nothing either.
    expect(await changed('complete_mail', { claim_id: second.claim_id, outbox_ids: ids })).toBe(0);
    await portal.db.query(`update portal.outbox set status = 'sent', sent_at = now() where id = any ($1::bigint[])`, [refused]);
  });

  it('release_mail hands the rows still sending under its claim back, due at once; not those of another claim', async () => {
    await publishUpdate();
    await fanOutNotices(portal.db);
    const held = await claimBatch();
    const ids = held.mails.flatMap((m) => m.outbox_ids);
    expect(ids).toHaveLength(IMMEDIATE);
    // One of them already went out.
    expect(await changed('complete_mail', { claim_id: held.claim_id, outbox_ids: [ids[0]] })).toBe(1);

    expect(await changed('release_mail', { claim_id: held.claim_id })).toBe(IMMEDIATE - 1);
    expect(await rowsOf(ids)).toEqual([
      { id: ids[0], status: 'sent', claim_id: null, attempts: 1, locked: false, due: true },
      ...ids.slice(1).map((id) => ({ id, status: 'pending', claim_id: null, attempts: 1, locked: false, due: true })),
    ]);
    expect(await changed('release_mail', { claim_id: held.claim_id })).toBe(0);

    const again = await claimBatch();
    expect(again.mails.map((m) => m.key)).toEqual(held.mails.slice(1).map((m) => m.key));
    expect(again.mails.every((m) => m.attempt === 2)).toBe(true);
    // Releasing the first claim again does not touch the rows of this one.
    expect(await changed('release_mail', { claim_id: held.claim_id })).toBe(0);
    expect((await rowsOf(ids.slice(1))).every((r) => r.status === 'sending' && r.claim_id === again.claim_id)).toBe(true);
    expect(await changed('complete_mail', { claim_id: again.claim_id, outbox_ids: ids.slice(1) })).toBe(IMMEDIATE - 1);
  });

  it('a claim whose due rows were all cancelled hands out no mail, under a claim id (so the worker claims again); then nothing is due', async () => {
    const id = await publishUpdate();
    await fanOutNotices(portal.db);
    // Withdrawn before the worker claimed it (the withdrawal's own notice is not fanned out yet).
    await callOk(approver, 'staff_unpublish', { kind: 'update', id, project_id: TESTPROJECT, reason: 'Fout.' });
    const answer = await claimBatch();
    expect(answer.mails).toEqual([]);
    expect(answer.claim_id).not.toBeNull();
    expect(
      await query(`select status::text as status, claim_id from portal.outbox where record_id = $1 and frequency = 'immediate'`, [id]),
    ).toEqual(Array(IMMEDIATE).fill({ status: 'cancelled', claim_id: null }));
    expect(await claimBatch()).toEqual({ claim_id: null, mails: [] });
  });
});

describe('only the mail worker', () => {
  const ANY_CLAIM = '5c1a1000-0000-4000-8000-000000000001';
  const calls: [string, Json][] = [
    ['fan_out_notices', {}],
    ['release_mail', { claim_id: ANY_CLAIM }],
  ];

  it.each(['anon', 'outsider', 'editor', 'admin'] as Actor[])(
    'refuses %s fan_out_notices and release_mail with a message',
    async (actor) => {
      const id = await publishUpdate();
      await fanOutNotices(portal.db);
      const held = await claimBatch();
      const waiting = await publishUpdate();
      const client = await clientFor(portal, actor);
      const before = await outboxFingerprint();
      for (const [name, input] of [...calls, ['release_mail', { claim_id: held.claim_id }] as [string, Json]]) {
        const refused = await callStaff(client, name, input);
        expect([401, 403], `${actor} ${name}`).toContain(refused.status);
        expect(refused.message).toBeTruthy();
      }
      expect(await noticeOf('update', waiting)).toMatchObject({ mails: 0, done: false, fanned_out_to: null });
      expect(await outboxFingerprint()).toEqual(before);
      expect(
        await count(`select 1 from portal.outbox where record_id = $1 and claim_id = $2 and status = 'sending'`, [id, held.claim_id]),
      ).toBe(IMMEDIATE);
      await changed('complete_mail', { claim_id: held.claim_id, outbox_ids: held.mails.flatMap((m) => m.outbox_ids) });
    },
  );

  it('says so itself too, should an execute grant ever be widened', async () => {
    for (const [name, input] of calls) {
      expect(await refusalInsideFunction(portal.db, name, input), name).toBe('42501 Alleen de mailverzender mag dit doen.');
    }
  });

  it('refuses a missing or malformed claim id, too many ids and a bad limit with a 400 that names the field, and changes nothing', async () => {
    await publishUpdate();
    await fanOutNotices(portal.db);
    const live = await claimBatch();
    const ids = live.mails.flatMap((m) => m.outbox_ids);
    expect(ids).toHaveLength(IMMEDIATE);
    const waiting = await publishUpdate();
    const tooMany = [...ids, ...Array.from({ length: 10_001 - ids.length }, (_, i) => 9_000_000 + i)];
    const malformed: unknown[] = [
      undefined,
      null,
      '',
      42,
      'niet-een-claim',
      [live.claim_id],
      { id: live.claim_id },
      `{${live.claim_id}}`,
      `${live.claim_id}x`,
      `${live.claim_id}'; delete from portal.outbox; --`,
      (live.claim_id ?? '').replace(/-/g, ''),
    ];
    const bad: [string, Json, string][] = [];
    for (const claimId of malformed) {
      const claim = claimId === undefined ? {} : { claim_id: claimId };
      bad.push(
        ['complete_mail', { ...claim, outbox_ids: ids }, 'claim_id'],
        ['fail_mail', { ...claim, outbox_ids: ids, error: 'x' }, 'claim_id'],
        ['release_mail', claim, 'claim_id'],
      );
    }
    bad.push(
      ['complete_mail', { claim_id: live.claim_id, outbox_ids: tooMany }, 'outbox_ids'],
      ['fail_mail', { claim_id: live.claim_id, outbox_ids: tooMany, error: 'x' }, 'outbox_ids'],
      ['fan_out_notices', { limit: 0 }, 'limit'],
      ['fan_out_notices', { limit: 50_001 }, 'limit'],
      ['fan_out_notices', { limit: 'alle' }, 'limit'],
    );
    const before = await outboxFingerprint();
    const noticesBefore = await query(`select n::text from portal.notices n order by id`);
    for (const [name, input, field] of bad) {
      const refused = await callStaff(service, name, input);
      expect(refused.status, `${name} ${JSON.stringify(input).slice(0, 80)}`).toBe(400);
      expect(refused.hint, `${name} ${JSON.stringify(input).slice(0, 80)}`).toBe(field);
      expect(refused.message).toBeTruthy();
    }
    for (const name of ['fan_out_notices', 'release_mail']) expect((await callStaff(service, name, 'geen object')).status).toBe(400);
    expect(await outboxFingerprint()).toEqual(before);
    expect(await query(`select n::text from portal.notices n order by id`)).toEqual(noticesBefore);
    expect(await noticeOf('update', waiting)).toMatchObject({ mails: 0, done: false });

    // The same ids under the right claim, 10000 of them at most, are what changes them.
    expect(await changed('complete_mail', { claim_id: live.claim_id, outbox_ids: tooMany.slice(0, 10_000) })).toBe(IMMEDIATE);
  });
});

describe('purge_outbox', () => {
  it('removes the notices fanned out longer ago than finished_mail_days that have no mail left, and no other', async () => {
    const [subscription] = await query<{ id: string; subscriber_id: string }>(
      `select id, subscriber_id from portal.subscriptions where id = $1`,
      [followers[0]],
    );
    // Notices about no record of this portal, so that no fan-out or claim of the other tests takes them up.
    const made = await query<{ id: number }>(
      `insert into portal.notices (organisation_id, project_id, kind, record_id, created_at, fanned_out_at)
       select $1, $2, 'update', gen_random_uuid(), now() - interval '60 days', a.at
       from (values (1, now() - portal.retention_period('finished_mail_days') - interval '1 day'),  -- old
                    (2, now() - portal.retention_period('finished_mail_days') - interval '1 day'),  -- old, a mail failed
                    (3, now() - portal.retention_period('finished_mail_days') + interval '1 day'),  -- recent
                    (4, null)) a (n, at)                                                            -- not fanned out
       order by a.n
       returning id::int as id`,
      [TESTDAM, TESTPROJECT],
    );
    expect(made).toHaveLength(4);
    const [old, failed, recent, waiting] = made.map((n) => n.id).sort((a, b) => a - b);
    // A mail of one of them failed for good: the operator looks at it, so its notice stays with it.
    await portal.db.query(
      `insert into portal.outbox (organisation_id, subscriber_id, subscription_id, notice_id, kind, project_id, record_id, status, created_at)
       select n.organisation_id, $2, $3, n.id, n.kind, n.project_id, n.record_id, 'failed', now() - interval '60 days'
       from portal.notices n where n.id = $1`,
      [failed, subscription?.subscriber_id, subscription?.id],
    );

    await callOk(service, 'purge_outbox', {});
    const left = await query<{ id: number }>(`select id::int as id from portal.notices where id = any ($1::int[]) order by id`, [
      made.map((n) => n.id),
    ]);
    expect(left.map((n) => n.id)).toEqual([failed, recent, waiting]);
    expect(old).toBeDefined();
    // Its failed mail stays too.
    expect(await count(`select 1 from portal.outbox where notice_id = $1 and status = 'failed'`, [failed])).toBe(1);
    await portal.db.query(`delete from portal.notices where id = any ($1::int[])`, [made.map((n) => n.id)]);
  });
});
