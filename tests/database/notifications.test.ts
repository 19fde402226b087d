import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/local-supabase/index.ts';
import { ANDERPROJECT, OTHERDAM, TESTPROJECT, addFollower, callOk, callStaff, clientFor, startFixturePortal, type RpcOutcome } from './support.ts';

// Notifications are enqueued in the transaction that publishes (issue 5, part 2a): each of the five kinds,
// published through the real staff functions as the fixture's editor and approver, gives exactly one outbox row
// per confirmed follower of the project, and nothing for anyone else.

const CONCEPTPROJECT = '20000000-0000-4000-8000-000000000002';
const PUBLISHED_OPEN_PROMISE = '70000000-0000-4000-8000-000000000001';

let portal: LocalSupabase;
let editor: SupabaseClient;
let approver: SupabaseClient;
type Json = Record<string, unknown>;

/** Who must get a notice about testproject: address → the subscription the row belongs to, and its frequency. */
const expected: Record<string, { subscription: string; frequency: string }> = {};

beforeAll(async () => {
  portal = await startFixturePortal();
  [editor, approver] = await Promise.all([clientFor(portal, 'editor'), clientFor(portal, 'approver')]);
  const db = portal.db;
  const project = await addFollower(db, 'direct@voorbeeld.nl', { frequency: 'immediate' });
  const daily = await addFollower(db, 'dagelijks@voorbeeld.nl', { frequency: 'daily' });
  const everything = await addFollower(db, 'alles@voorbeeld.nl', { project: null, frequency: 'weekly' });
  // Follows the project and every project: one mail, through the project subscription.
  const both = await addFollower(db, 'beide@voorbeeld.nl', { frequency: 'immediate' });
  await addFollower(db, 'beide@voorbeeld.nl', { project: null, frequency: 'daily' });
  // Follows every project, and the project too but never confirmed that: the all-projects subscription counts.
  const pendingProject = await addFollower(db, 'half@voorbeeld.nl', { project: null, frequency: 'immediate' });
  await addFollower(db, 'half@voorbeeld.nl', { confirmed: false });
  Object.assign(expected, {
    'direct@voorbeeld.nl': { subscription: project.subscription, frequency: 'immediate' },
    'dagelijks@voorbeeld.nl': { subscription: daily.subscription, frequency: 'daily' },
    'alles@voorbeeld.nl': { subscription: everything.subscription, frequency: 'weekly' },
    'beide@voorbeeld.nl': { subscription: both.subscription, frequency: 'immediate' },
    'half@voorbeeld.nl': { subscription: pendingProject.subscription, frequency: 'immediate' },
  });
  // Nobody else: pending, unsubscribed (the subscriber stays, the subscription is gone), the other
  // organisation's followers (of every project, and of its own project), followers of the draft project.
  await addFollower(db, 'onbevestigd@voorbeeld.nl', { confirmed: false });
  await addFollower(db, 'onbevestigd-alles@voorbeeld.nl', { project: null, confirmed: false });
  const gone = await addFollower(db, 'afgemeld@voorbeeld.nl');
  await db.query(`delete from portal.subscriptions where id = $1`, [gone.subscription]);
  await addFollower(db, 'ander@voorbeeld.nl', { organisation: OTHERDAM, project: null });
  await addFollower(db, 'anderproject@voorbeeld.nl', { organisation: OTHERDAM, project: ANDERPROJECT });
  await addFollower(db, 'concept@voorbeeld.nl', { project: CONCEPTPROJECT });
});
afterAll(async () => {
  await portal?.close();
});

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await portal.db.query<T>(sql, params)).rows;
}


/** Writes a draft as the editor, submits it, and has the approver publish it (four eyes). */
async function publishNew(fn: string, kind: string, input: Json, project = TESTPROJECT): Promise<string> {
  const saved = await callOk(editor, fn, { project_id: project, ...input });
  const id = saved.id as string;
  await callOk(editor, 'staff_submit', { kind, id, project_id: project });
  expect(await notices(id)).toEqual([]);
  await callOk(approver, 'staff_approve', { kind, id, project_id: project });
  return id;
}

interface NoticeRow {
  email: string;
  kind: string;
  subscription_id: string;
  project_id: string;
  frequency: string;
  status: string;
  dedupe_key: string;
  due_as_expected: boolean;
}

/** The outbox rows about one record, with whether next_attempt_at is the digest moment of their frequency. */
async function notices(record: string): Promise<NoticeRow[]> {
  return query<NoticeRow>(
    `select s.email, o.kind, o.subscription_id, o.project_id, o.frequency, o.status, o.dedupe_key,
       o.next_attempt_at = portal.next_digest_at(x.frequency, o.created_at) as due_as_expected
     from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id
     join portal.subscriptions x on x.id = o.subscription_id
     where o.record_id = $1 order by s.email`, [record]);
}

/** Exactly one row per expected follower, attributed, timed and named as the contract says. */
async function expectOneEach(kind: string, record: string): Promise<void> {
  const rows = await notices(record);
  expect(rows.map((r) => r.email)).toEqual(Object.keys(expected).sort());
  for (const row of rows) {
    const want = expected[row.email];
    expect(row).toMatchObject({
      kind, project_id: TESTPROJECT, subscription_id: want?.subscription, frequency: want?.frequency, status: 'pending',
      dedupe_key: `${kind}:${record}:${want?.subscription}`, due_as_expected: true,
    });
  }
}

const UPDATE = { title: 'Nieuws uit de wijk', body_md: '# Kop\n\nTekst.' };
const DECISION = {
  decided_on: '2026-11-01', decided_by: 'College van B&W', title: 'Besluit over het plein', decision: 'Het plein wordt groen.',
  rationale: 'Omdat bewoners dat vroegen.', input_used: 'De inbreng gaf de doorslag.',
};
const KEY_DATE = {
  kind: 'walk_in', title: 'Inloopavond', starts_at: '2026-12-05T19:00:00+01:00', location: 'Buurthuis', how_to_join: 'Loop binnen.',
};
const MOMENT = { meets_on: '2026-12-10', body: 'Gemeenteraad', agenda_item: 'Punt 7', proposal: 'Vaststellen van het plan' };
const PROMISE = { body: 'We sturen een verslag.', made_on: '2026-11-01', made_by: 'Wethouder', context: 'Bewonersavond' };

describe('enqueue on publish', () => {
  it('an update: one row per confirmed follower when it is published, none again after a withdrawal and re-publish', async () => {
    const id = await publishNew('staff_save_update', 'update', UPDATE);
    await expectOneEach('update', id);
    await callOk(approver, 'staff_unpublish', { kind: 'update', id, project_id: TESTPROJECT, reason: 'Fout erin' });
    await callOk(approver, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT });
    await expectOneEach('update', id);
  });

  it('a decision', async () => {
    const id = await publishNew('staff_save_decision', 'decision', DECISION);
    await expectOneEach('decision', id);
  });

  it('a key date', async () => {
    const id = await publishNew('staff_save_key_date', 'key_date', KEY_DATE);
    await expectOneEach('key_date', id);
  });

  it('a council outcome set on a published moment; not the publication of a pending moment, nor a later change of outcome', async () => {
    const id = await publishNew('staff_save_council_moment', 'council_moment', { ...MOMENT, outcome: 'pending' });
    expect(await notices(id)).toEqual([]);
    const [moment] = await query<{ updated_at: string }>(`select updated_at from portal.council_moments where id = $1`, [id]);
    const decided = await callOk(approver, 'staff_save_council_moment', {
      ...MOMENT, id, project_id: TESTPROJECT, outcome: 'adopted', outcome_summary: 'Aangenomen', updated_at: moment?.updated_at,
    });
    expect(decided.publication).toBe('published');
    await expectOneEach('council_outcome', id);
    await callOk(approver, 'staff_save_council_moment', {
      ...MOMENT, id, project_id: TESTPROJECT, outcome: 'amended', outcome_summary: 'Toch aangepast', updated_at: decided.updated_at,
    });
    await expectOneEach('council_outcome', id);
  });

  it('a council moment published with its outcome already set', async () => {
    const id = await publishNew('staff_save_council_moment', 'council_moment', { ...MOMENT, outcome: 'rejected', outcome_summary: 'Verworpen' });
    await expectOneEach('council_outcome', id);
  });

  it('a promise status change on a published promise, about that change; not the publication of the promise nor changes of a draft', async () => {
    const id = await publishNew('staff_save_promise', 'promise', PROMISE);
    expect(await query(`select 1 from portal.outbox where record_id = $1 or record_id in (select c.id from portal.promise_status_changes c where c.promise_id = $1)`, [id])).toEqual([]);
    await callOk(editor, 'staff_change_promise_status', { project_id: TESTPROJECT, promise_id: id, status: 'in_progress', changed_by: 'Projectleider' });
    const [change] = await query<{ id: string }>(`select id from portal.promise_status_changes where promise_id = $1`, [id]);
    await expectOneEach('promise_status', change?.id ?? '');

    const draft = (await callOk(editor, 'staff_save_promise', { project_id: TESTPROJECT, ...PROMISE })).id as string;
    await callOk(editor, 'staff_change_promise_status', { project_id: TESTPROJECT, promise_id: draft, status: 'kept', changed_by: 'Projectleider' });
    expect(await query(`select 1 from portal.outbox o join portal.promise_status_changes c on c.id = o.record_id where c.promise_id = $1`, [draft])).toEqual([]);
  });

  it('a promise that goes back to open is a change too; each change of a fixture promise is its own notice', async () => {
    await callOk(editor, 'staff_change_promise_status', { project_id: TESTPROJECT, promise_id: PUBLISHED_OPEN_PROMISE, status: 'in_progress', changed_by: 'Projectleider' });
    await callOk(editor, 'staff_change_promise_status', { project_id: TESTPROJECT, promise_id: PUBLISHED_OPEN_PROMISE, status: 'open', changed_by: 'Projectleider' });
    const changes = await query<{ id: string }>(
      `select id from portal.promise_status_changes where promise_id = $1 order by changed_at desc limit 2`, [PUBLISHED_OPEN_PROMISE]);
    expect(changes).toHaveLength(2);
    for (const change of changes) await expectOneEach('promise_status', change.id);
  });

  it('nothing for a record of a draft project, though it has a confirmed follower', async () => {
    const id = await publishNew('staff_save_update', 'update', UPDATE, CONCEPTPROJECT);
    expect(await notices(id)).toEqual([]);
  });

  it('a refused or failed publish enqueues nothing', async () => {
    const saved = await callOk(editor, 'staff_save_update', { project_id: TESTPROJECT, ...UPDATE });
    const id = saved.id as string;
    const attempts: RpcOutcome[] = [
      // An editor may not publish.
      await callStaff(editor, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT }),
      // A stale form: someone changed it meanwhile.
      await callStaff(approver, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT, updated_at: '2020-01-01T00:00:00Z' }),
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 409]);
    expect(await notices(id)).toEqual([]);
    expect(await query(`select 1 from portal.updates where id = $1 and publication = 'published'`, [id])).toEqual([]);
  });

  it('the outbox never holds a row for the excluded followers, whatever was published above', async () => {
    const excluded = await query<{ email: string }>(
      `select distinct s.email from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id
       where o.kind not in ('confirm', 'welcome') and s.email <> all ($1)`, [Object.keys(expected)]);
    expect(excluded).toEqual([]);
  });
});

describe('digest moments (portal.next_digest_at)', () => {
  const cases: [string, string, string][] = [
    // [frequency, from, expected] in UTC; Amsterdam is UTC+1 in winter, UTC+2 in summer.
    ['immediate', '2026-11-28T12:34:56Z', '2026-11-28T12:34:56.000Z'],
    ['daily', '2026-11-28T05:59:59Z', '2026-11-28T06:00:00.000Z'],
    ['daily', '2026-11-28T06:00:00Z', '2026-11-29T06:00:00.000Z'],
    ['daily', '2026-11-28T22:30:00Z', '2026-11-29T06:00:00.000Z'],
    // Summer time starts on Sunday 29 March 2026 at 02:00: 07:00 that day is 05:00 UTC.
    ['daily', '2026-03-28T12:00:00Z', '2026-03-29T05:00:00.000Z'],
    ['daily', '2026-03-29T00:30:00Z', '2026-03-29T05:00:00.000Z'],
    // Winter time returns on Sunday 25 October 2026 at 03:00: 07:00 that day is 06:00 UTC.
    ['daily', '2026-10-24T12:00:00Z', '2026-10-25T06:00:00.000Z'],
    ['daily', '2026-10-25T05:30:00Z', '2026-10-25T06:00:00.000Z'],
    // Weekly: the next Monday 07:00.
    ['weekly', '2026-11-28T12:00:00Z', '2026-11-30T06:00:00.000Z'],
    ['weekly', '2026-11-30T05:59:00Z', '2026-11-30T06:00:00.000Z'],
    ['weekly', '2026-11-30T06:00:00Z', '2026-12-07T06:00:00.000Z'],
    ['weekly', '2026-03-25T12:00:00Z', '2026-03-30T05:00:00.000Z'],
    ['weekly', '2026-10-21T12:00:00Z', '2026-10-26T06:00:00.000Z'],
  ];
  it.each(cases)('%s from %s is due at %s', async (frequency, from, due) => {
    const [row] = await query<{ at: Date }>(`select portal.next_digest_at($1::portal.mail_frequency, $2::timestamptz) as at`, [frequency, from]);
    expect(row?.at.toISOString()).toBe(due);
  });
});
