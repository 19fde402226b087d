import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { noticeItemSchema } from '../../src/lib/mail/mail-batch.ts';
import {
  ANDERPROJECT,
  OTHERDAM,
  TESTPROJECT,
  addFollower,
  callOk,
  callStaff,
  clientFor,
  countAsOwner,
  fanOutNotices,
  serviceClientFor,
  startFixturePortal,
  type RpcOutcome,
} from './support.ts';

// Notifications are enqueued in the transaction that publishes, as one notice per publication event:
// every publication event (portal.publication_event: a publish, an approved revision, a withdrawal, an approved
// status change) asks portal.notify_followers what to tell, which writes one portal.notices row and no outbox row;
// the mail worker fans it out (public.fan_out_notices, here through fanOutNotices). Each kind of notice, caused
// through the real staff functions as the fixture's editor and approver, is one notice per event that fans out
// into exactly one outbox row per confirmed follower of the project, and nothing for anyone else. Writing a
// published row directly (as the owner) tells nobody, and neither does importing history into the ledger.
// notifications-fanout.test.ts tests the fan-out itself (batches, the confirmation moment, unsubscribing).

const CONCEPTPROJECT = '20000000-0000-4000-8000-000000000002';
const PUBLISHED_OPEN_PROMISE = '70000000-0000-4000-8000-000000000001';
const CHANGED_PROMISE = '70000000-0000-4000-8000-000000000004';
/** testproject's phases: 2 is the current one (started, the last that did), 3 starts next month. */
const CURRENT_PHASE = '40000000-0000-4000-8000-000000000002';
const LATER_PHASE = '40000000-0000-4000-8000-000000000003';
const PUBLISHED_LESSON = 'd0000000-0000-4000-8000-000000000001';

let portal: LocalSupabase;
let editor: SupabaseClient;
let approver: SupabaseClient;
let service: SupabaseClient;
type Json = Record<string, unknown>;

/** Who must get a notice about testproject: address → the subscription the row belongs to, and its frequency. */
const expected: Record<string, { subscription: string; frequency: string }> = {};

beforeAll(async () => {
  portal = await startFixturePortal();
  [editor, approver] = await Promise.all([clientFor(portal, 'editor'), clientFor(portal, 'approver')]);
  service = serviceClientFor(portal);
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

/**
 * Every notice and every outbox row, of every kind, once the worker fanned out what waits: what a step that must
 * tell nobody may not change.
 */
async function toldSize(): Promise<{ notices: number; outbox: number }> {
  await fanOutNotices(portal.db);
  return {
    notices: await countAsOwner(portal.db, `select 1 from portal.notices`),
    outbox: await countAsOwner(portal.db, `select 1 from portal.outbox`),
  };
}

/** Writes a draft as the editor, submits it, and has the approver publish it (four eyes). */
async function publishNew(fn: string, kind: string, input: Json, project = TESTPROJECT): Promise<string> {
  const saved = await callOk(editor, fn, { project_id: project, ...input });
  const id = saved.id as string;
  await callOk(editor, 'staff_submit', { kind, id, project_id: project });
  expect(await notices(id)).toEqual([]);
  await callOk(approver, 'staff_approve', { kind, id, project_id: project });
  // The publishing transaction writes a notice at most, never the mails: those come from the fan-out.
  expect(await outboxAbout(id)).toEqual([]);
  return id;
}

/** Where staff_project keeps each kind the tests change. */
const STAFF_LISTS: Record<string, string> = { phase: 'phases', key_date: 'key_dates', council_moment: 'council_moments' };

/** A record of testproject as the staff workspace loads it, to send back changed. */
async function staffRow(kind: string, id: string): Promise<Json> {
  const project = await callOk(editor, 'staff_project', { project_id: TESTPROJECT });
  const row = (project[STAFF_LISTS[kind] ?? ''] as Json[] | undefined)?.find((r) => r.id === id);
  expect(row, `${kind} ${id} in staff_project`).toBeDefined();
  return row as Json;
}

/** The versions of one record, as the public history keeps them, in ledger order. */
function versionsOf(kind: string, record: string): Promise<{ id: string; event: string; approval: string; reason: string | null }[]> {
  return query(`select id, event, approval, reason from portal.record_versions where kind = $1 and record_id = $2 order by ledger_seq`, [
    kind,
    record,
  ]);
}

/**
 * Changes a published record as the workspace does: the editor saves the change (a pending revision, residents
 * still see the published version) and submits it; nobody is told until the approver approves it. Returns the id
 * of the version the approval published, which the notices about a change name.
 */
async function revise(fn: string, kind: string, id: string, change: Json): Promise<string> {
  const row = await staffRow(kind, id);
  const before = await toldSize();
  const versions = await versionsOf(kind, id);
  const saved = await callOk(editor, fn, { ...row, project_id: TESTPROJECT, ...change, updated_at: row.updated_at });
  expect(saved.pending).toMatchObject({ state: 'draft' });
  await callOk(editor, 'staff_submit', { kind, id, project_id: TESTPROJECT, updated_at: saved.updated_at });
  expect(await toldSize()).toEqual(before);
  await callOk(approver, 'staff_approve', { kind, id, project_id: TESTPROJECT });
  const after = await versionsOf(kind, id);
  // The approval is one publication event: one new version, a revision.
  expect(after.slice(0, versions.length)).toEqual(versions);
  expect(after.slice(versions.length)).toMatchObject([{ event: 'revision', approval: 'four_eyes' }]);
  return after.at(-1)?.id ?? '';
}

interface NoticeRow {
  email: string;
  kind: string;
  subscription_id: string;
  project_id: string;
  frequency: string;
  status: string;
  dedupe_key: string | null;
  notice_id: number | null;
  due_as_expected: boolean;
}

/**
 * The outbox rows about one record (or version) as they are now, with whether next_attempt_at is the digest
 * moment of their frequency: at once for immediate, else the next digest moment after the publication (the
 * notice's created_at).
 */
async function outboxAbout(record: string): Promise<NoticeRow[]> {
  return query<NoticeRow>(
    `select s.email, o.kind, o.subscription_id, o.project_id, o.frequency, o.status, o.dedupe_key, o.notice_id::int as notice_id,
       o.next_attempt_at = portal.next_digest_at(x.frequency, case when x.frequency = 'immediate' then o.created_at else n.created_at end)
         as due_as_expected
     from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id
     join portal.subscriptions x on x.id = o.subscription_id
     left join portal.notices n on n.id = o.notice_id
     where o.record_id = $1 order by s.email`,
    [record],
  );
}

/** The outbox rows about one record (or version) once the mail worker fanned out every notice that waits. */
async function notices(record: string): Promise<NoticeRow[]> {
  await fanOutNotices(portal.db);
  return outboxAbout(record);
}

/**
 * One notice of this kind about the record, and after the fan-out exactly one row of it per expected follower,
 * attributed, timed and named as the contract says.
 */
async function expectOneEach(kind: string, record: string): Promise<void> {
  const rows = await notices(record);
  const told = await query<{ id: number; project_id: string; audience: string; mails: number; done: boolean }>(
    `select id::int as id, project_id, audience, mails, fanned_out_at is not null as done from portal.notices
     where kind = $1 and record_id = $2`,
    [kind, record],
  );
  expect(told).toEqual([
    { id: expect.any(Number), project_id: TESTPROJECT, audience: 'followers', mails: Object.keys(expected).length, done: true },
  ]);
  expect(rows.map((r) => r.email)).toEqual(Object.keys(expected).sort());
  for (const row of rows) {
    const want = expected[row.email];
    expect(row).toMatchObject({
      kind,
      project_id: TESTPROJECT,
      subscription_id: want?.subscription,
      frequency: want?.frequency,
      status: 'pending',
      dedupe_key: null,
      notice_id: told[0]?.id,
      due_as_expected: true,
    });
  }
}

/**
 * What the mail about a notice will say (the worker reads it through claim_mail_batch; see
 * notifications-claim.test.ts), checked against the worker's own schema for that kind, so a field the database
 * adds that the worker would refuse fails here.
 */
async function noticeRecord(kind: string, record: string): Promise<Json | null> {
  const [row] = await query<{ record: Json | null }>(`select portal.notice_record($1, $2) as record`, [kind, record]);
  const found = row?.record ?? null;
  const schema = noticeItemSchema.options.find((option) => option.shape.kind.value === kind)?.shape.record;
  if (!schema) throw new Error(`The mail worker has no schema for notices of kind ${kind}.`);
  if (found !== null) schema.parse(found);
  return found;
}

const UPDATE = { title: 'Nieuws uit de wijk', body_md: '# Kop\n\nTekst.' };
const DECISION = {
  decided_on: '2026-11-01',
  decided_by: 'College van B&W',
  title: 'Besluit over het plein',
  decision: 'Het plein wordt groen.',
  rationale: 'Omdat bewoners dat vroegen.',
  input_used: 'De inbreng gaf de doorslag.',
};
const KEY_DATE = {
  kind: 'walk_in',
  title: 'Inloopavond',
  starts_at: '2026-12-05T19:00:00+01:00',
  location: 'Buurthuis',
  how_to_join: 'Loop binnen.',
};
const MOMENT = { meets_on: '2026-12-10', body: 'Gemeenteraad', agenda_item: 'Punt 7', proposal: 'Vaststellen van het plan' };
const PROMISE = { body: 'We sturen een verslag.', made_on: '2026-11-01', made_by: 'Wethouder', context: 'Bewonersavond' };

describe('enqueue on publish', () => {
  it('an update: one row per confirmed follower when it is published, none again after a withdrawal and re-publish', async () => {
    const id = await publishNew('staff_save_update', 'update', UPDATE);
    await expectOneEach('update', id);
    await callOk(approver, 'staff_unpublish', { kind: 'update', id, project_id: TESTPROJECT, reason: 'Fout erin' });
    // The worker fans the withdrawal out while it stands (once the update is public again, a withdrawal that was
    // not fanned out yet is no news: notifications-fanout.test.ts).
    const [first] = (await versionsOf('update', id)).filter((v) => v.event === 'withdrawal');
    await expectOneEach('withdrawal', first?.id ?? '');
    await callOk(approver, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT });
    await expectOneEach('update', id);
    // Each withdrawal is an event of its own: one row per follower each, about its own version.
    await callOk(approver, 'staff_unpublish', { kind: 'update', id, project_id: TESTPROJECT, reason: 'Toch weer fout' });
    const withdrawals = (await versionsOf('update', id)).filter((v) => v.event === 'withdrawal');
    expect(withdrawals.map((v) => v.reason)).toEqual(['Fout erin', 'Toch weer fout']);
    for (const withdrawal of withdrawals) await expectOneEach('withdrawal', withdrawal.id);
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
    // Setting the outcome changes a published moment: a revision, told when the approver approves it.
    const decided = await revise('staff_save_council_moment', 'council_moment', id, { outcome: 'adopted', outcome_summary: 'Aangenomen' });
    await expectOneEach('council_outcome', id);
    const amended = await revise('staff_save_council_moment', 'council_moment', id, {
      outcome: 'amended',
      outcome_summary: 'Toch aangepast',
    });
    await expectOneEach('council_outcome', id);
    // Neither revision is a notice of its own (the outcome notice is about the moment).
    expect(await notices(decided)).toEqual([]);
    expect(await notices(amended)).toEqual([]);
  });

  it('a council moment published with its outcome already set', async () => {
    const id = await publishNew('staff_save_council_moment', 'council_moment', {
      ...MOMENT,
      outcome: 'rejected',
      outcome_summary: 'Verworpen',
    });
    await expectOneEach('council_outcome', id);
  });

  it('a new promise when it is published; its status change, about that change, only once a second person approves it', async () => {
    const id = await publishNew('staff_save_promise', 'promise', PROMISE);
    await expectOneEach('promise', id);

    const before = await toldSize();
    const asked = await callOk(editor, 'staff_change_promise_status', {
      project_id: TESTPROJECT,
      promise_id: id,
      status: 'in_progress',
      explanation: 'Het verslag wordt geschreven.',
      changed_by: 'Projectleider',
    });
    expect(asked.pending_status).toMatchObject({ status: 'in_progress', state: 'awaiting_approval' });
    // Asked, not approved: not in the public history, and nobody is told.
    expect(await query(`select 1 from portal.promise_status_changes where promise_id = $1`, [id])).toEqual([]);
    expect(await toldSize()).toEqual(before);

    await callOk(approver, 'staff_approve', { kind: 'promise_status', id, project_id: TESTPROJECT });
    const changes = await query<{ id: string }>(`select id from portal.promise_status_changes where promise_id = $1`, [id]);
    expect(changes).toHaveLength(1);
    await expectOneEach('promise_status', changes[0]?.id ?? '');
    // The status change is not a second notice of a new promise.
    await expectOneEach('promise', id);
  });

  it('no status change, and so no notice, for a promise that is not public', async () => {
    const draft = (await callOk(editor, 'staff_save_promise', { project_id: TESTPROJECT, ...PROMISE })).id as string;
    const refused = await callStaff(editor, 'staff_change_promise_status', {
      project_id: TESTPROJECT,
      promise_id: draft,
      status: 'kept',
      explanation: 'Het verslag is verstuurd.',
      changed_by: 'Projectleider',
    });
    expect(refused).toMatchObject({ status: 409, hint: 'status' });
    expect(await query(`select 1 from portal.revisions where record_id = $1`, [draft])).toEqual([]);
    expect(await query(`select 1 from portal.promise_status_changes where promise_id = $1`, [draft])).toEqual([]);
    expect(await notices(draft)).toEqual([]);
  });

  it('a promise that goes back to open is a change too; each approved change of a fixture promise is its own notice', async () => {
    const asks = [
      { status: 'in_progress', explanation: 'We zijn begonnen met het verslag.' },
      // Back to open needs no explanation.
      { status: 'open' },
    ];
    for (const ask of asks) {
      await callOk(editor, 'staff_change_promise_status', {
        project_id: TESTPROJECT,
        promise_id: PUBLISHED_OPEN_PROMISE,
        changed_by: 'Projectleider',
        ...ask,
      });
      await callOk(approver, 'staff_approve', { kind: 'promise_status', id: PUBLISHED_OPEN_PROMISE, project_id: TESTPROJECT });
    }
    const changes = await query<{ id: string; status: string }>(
      `select id, status from portal.promise_status_changes where promise_id = $1 order by changed_at desc limit 2`,
      [PUBLISHED_OPEN_PROMISE],
    );
    expect(changes.map((c) => c.status)).toEqual(['open', 'in_progress']);
    for (const change of changes) await expectOneEach('promise_status', change.id);
  });

  it('a published key date moved or its place changed: one row per follower per change, with the version before and after; not a change of its words only', async () => {
    const id = await publishNew('staff_save_key_date', 'key_date', { ...KEY_DATE, title: 'Inloopavond die verschuift' });
    await expectOneEach('key_date', id);
    // New words, same moment and place: residents read them on the site, but there is nothing to mail about.
    const reworded = await revise('staff_save_key_date', 'key_date', id, { how_to_join: 'Loop binnen, de koffie staat klaar.' });
    expect(await notices(reworded)).toEqual([]);

    const moved = await revise('staff_save_key_date', 'key_date', id, { starts_at: '2026-12-12T19:30:00+01:00' });
    await expectOneEach('key_date_changed', moved);
    expect(await noticeRecord('key_date_changed', moved)).toMatchObject({
      id,
      title: 'Inloopavond die verschuift',
      // The version before is the reworded one: the times in canonical UTC form, as versions keep them.
      before: { starts_at: '2026-12-05T18:00:00.000000Z', location: 'Buurthuis', how_to_join: 'Loop binnen, de koffie staat klaar.' },
      after: { starts_at: '2026-12-12T18:30:00.000000Z', location: 'Buurthuis' },
    });

    const relocated = await revise('staff_save_key_date', 'key_date', id, { location: 'Gemeentehuis, zaal 2' });
    await expectOneEach('key_date_changed', relocated);
    expect(await noticeRecord('key_date_changed', relocated)).toMatchObject({
      before: { starts_at: '2026-12-12T18:30:00.000000Z', location: 'Buurthuis' },
      after: { starts_at: '2026-12-12T18:30:00.000000Z', location: 'Gemeentehuis, zaal 2' },
    });
    // Still one notice of the new key date, and one per change: the move's rows are not repeated.
    await expectOneEach('key_date', id);
    await expectOneEach('key_date_changed', moved);
  });

  it('the expectations of the current phase changed: one row per follower, with before and after; not for a later phase, nor for a new title', async () => {
    const [current] = await query<{ id: string }>(`select portal.current_phase_id($1) as id`, [TESTPROJECT]);
    expect(current?.id).toBe(CURRENT_PHASE);
    const published = await staffRow('phase', CURRENT_PHASE);

    // The title is no expectation; a later phase's expectations are not what residents are asked now.
    const retitled = await revise('staff_save_phase', 'phase', CURRENT_PHASE, { title: 'Planfase, nieuwe naam' });
    expect(await notices(retitled)).toEqual([]);
    const later = await revise('staff_save_phase', 'phase', LATER_PHASE, { open_for_input: 'Straks: de keuze van de bomen.' });
    expect(await notices(later)).toEqual([]);

    const changed = await revise('staff_save_phase', 'phase', CURRENT_PHASE, { open_for_input: 'Alleen nog de plek van de bankjes.' });
    await expectOneEach('expectations_changed', changed);
    expect(await noticeRecord('expectations_changed', changed)).toMatchObject({
      id: CURRENT_PHASE,
      title: 'Planfase, nieuwe naam',
      before: { open_for_input: published.open_for_input, title: 'Planfase, nieuwe naam' },
      after: { open_for_input: 'Alleen nog de plek van de bankjes.', title: 'Planfase, nieuwe naam' },
    });

    // A version keeps its English texts; the mail worker reads them with it (this once failed its schema).
    const translated = await revise('staff_save_phase', 'phase', CURRENT_PHASE, {
      open_for_input: 'Alleen nog de bankjes.',
      translations: { en: { open_for_input: 'Only the benches now.' } },
    });
    await expectOneEach('expectations_changed', translated);
    expect(await noticeRecord('expectations_changed', translated)).toMatchObject({
      after: { open_for_input: 'Alleen nog de bankjes.', translations: { en: { open_for_input: 'Only the benches now.' } } },
    });
    // The council's role in the phase is part of what residents can expect of it: a change of it is told too.
    const role = await revise('staff_save_phase', 'phase', CURRENT_PHASE, {
      council_role: 'besluitvormend',
      council_role_explanation: 'De raad besluit over het plan.',
    });
    await expectOneEach('expectations_changed', role);
    expect(await noticeRecord('expectations_changed', role)).toMatchObject({
      before: { council_role: null, council_role_explanation: null },
      after: { council_role: 'besluitvormend', council_role_explanation: 'De raad besluit over het plan.' },
    });
  });

  it('a withdrawal, with its reason: one row per follower about the withdrawal, whatever the kind of record; a refused one tells nobody', async () => {
    const before = await toldSize();
    const refused: RpcOutcome[] = [
      // Only an approver withdraws, and never without a reason residents can read.
      await callStaff(editor, 'staff_unpublish', { kind: 'lesson', id: PUBLISHED_LESSON, project_id: TESTPROJECT, reason: 'Klopt niet' }),
      await callStaff(approver, 'staff_unpublish', { kind: 'lesson', id: PUBLISHED_LESSON, project_id: TESTPROJECT }),
    ];
    expect(refused.map((r) => [r.status, r.hint])).toEqual([
      [403, undefined],
      [400, 'reason'],
    ]);
    expect(await toldSize()).toEqual(before);

    // A lesson's publication is no news, but its withdrawal is.
    const reason = 'De les bleek niet te kloppen; we schrijven haar opnieuw.';
    await callOk(approver, 'staff_unpublish', { kind: 'lesson', id: PUBLISHED_LESSON, project_id: TESTPROJECT, reason });
    const withdrawals = (await versionsOf('lesson', PUBLISHED_LESSON)).filter((v) => v.event === 'withdrawal');
    expect(withdrawals).toMatchObject([{ approval: 'single', reason }]);
    const withdrawal = withdrawals[0]?.id ?? '';
    await expectOneEach('withdrawal', withdrawal);
    // One notice (the withdrawal), fanned out into one row per follower.
    expect(await toldSize()).toEqual({ notices: before.notices + 1, outbox: before.outbox + Object.keys(expected).length });
    expect(await noticeRecord('withdrawal', withdrawal)).toMatchObject({
      id: PUBLISHED_LESSON,
      kind: 'lesson',
      title: expect.stringMatching(/^td-lesson-published-title /),
      reason,
    });
  });

  it('a publication approved for a later moment is told when publish_due makes it public, not when it is approved', async () => {
    const id = (await callOk(editor, 'staff_save_update', { project_id: TESTPROJECT, ...UPDATE, title: 'Nieuws voor morgen' }))
      .id as string;
    await callOk(editor, 'staff_submit', { kind: 'update', id, project_id: TESTPROJECT });
    const scheduled = await callOk(approver, 'staff_approve', {
      kind: 'update',
      id,
      project_id: TESTPROJECT,
      publish_at: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(scheduled.publication).toBe('scheduled');
    expect(await notices(id)).toEqual([]);
    // Not due yet: the worker's round leaves it.
    await callOk(service, 'publish_due', {});
    expect(await notices(id)).toEqual([]);
    // The moment comes.
    await portal.db.query(`update portal.updates set publish_at = now() - interval '1 second' where id = $1`, [id]);
    expect(await callOk(service, 'publish_due', {})).toEqual({ published: 1 });
    await expectOneEach('update', id);
  });

  it('nothing for a record of a draft project, though it has a confirmed follower', async () => {
    const id = await publishNew('staff_save_update', 'update', UPDATE, CONCEPTPROJECT);
    expect(await notices(id)).toEqual([]);
  });

  it('a refused or failed publish enqueues nothing', async () => {
    const saved = await callOk(editor, 'staff_save_update', { project_id: TESTPROJECT, ...UPDATE });
    const id = saved.id as string;
    const early: RpcOutcome[] = [
      // An editor may not publish.
      await callStaff(editor, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT }),
      // A stale form: someone changed it meanwhile.
      await callStaff(approver, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT, updated_at: '2020-01-01T00:00:00Z' }),
    ];
    expect(early.map((a) => a.status)).toEqual([403, 409]);
    // The approver rewrites the draft and so may not approve it: four eyes.
    await callOk(approver, 'staff_save_update', {
      project_id: TESTPROJECT,
      ...UPDATE,
      id,
      title: 'Nieuws uit de wijk, herschreven',
      updated_at: saved.updated_at,
    });
    const own = await callStaff(approver, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT });
    expect(own.status).toBe(403);
    expect(await notices(id)).toEqual([]);
    expect(await query(`select 1 from portal.updates where id = $1 and publication = 'published'`, [id])).toEqual([]);
  });

  it('no mail for imported history: published rows written as the owner and imported into the ledger tell nobody', async () => {
    const before = await toldSize();
    // Loaded outside the workflow, as the seed or a migration of an existing portal does: no trigger enqueues.
    const [published] = await query<{ id: string }>(
      `insert into portal.updates (project_id, title, body_md, publication, published_at)
       values ($1, 'Bericht van voor de portal', 'Tekst.', 'published', now() - interval '2 years') returning id`,
      [TESTPROJECT],
    );
    const [withdrawn] = await query<{ id: string }>(
      `insert into portal.updates (project_id, title, body_md, publication, published_at, unpublished_reason)
       values ($1, 'Ingetrokken bericht van voor de portal', 'Tekst.', 'unpublished', now() - interval '2 years', 'Verouderd') returning id`,
      [TESTPROJECT],
    );
    const [change] = await query<{ id: string }>(
      `insert into portal.promise_status_changes (promise_id, project_id, status, changed_at, changed_by, explanation)
       values ($1, $2, 'in_progress', now() - interval '2 years', 'Wethouder', 'Een oude stap.') returning id`,
      [CHANGED_PROMISE, TESTPROJECT],
    );
    const records = [published?.id ?? '', withdrawn?.id ?? '', change?.id ?? ''];
    expect(await toldSize()).toEqual(before);

    const [imported] = await query<{ count: number }>(`select portal.ledger_import() as count`);
    expect(imported?.count).toBe(3);
    const versions = await query<{ id: string; record_id: string; event: string; approval: string }>(
      `select id, record_id, event, approval from portal.record_versions where record_id = any ($1::uuid[]) order by ledger_seq`,
      [records],
    );
    expect(versions.map((v) => [v.record_id, v.event, v.approval])).toEqual([
      [records[0], 'publish', 'import'],
      [records[1], 'publish', 'import'],
      [records[1], 'withdrawal', 'import'],
      [records[2], 'status_change', 'import'],
    ]);
    expect(await toldSize()).toEqual(before);
    expect(
      await query(`select 1 from portal.outbox where record_id = any ($1::uuid[])`, [[...records, ...versions.map((v) => v.id)]]),
    ).toEqual([]);
    expect(
      await query(`select 1 from portal.notices where record_id = any ($1::uuid[])`, [[...records, ...versions.map((v) => v.id)]]),
    ).toEqual([]);
  });

  it('the outbox never holds a row for the excluded followers, whatever was published above', async () => {
    await fanOutNotices(portal.db);
    expect(await query(`select id from portal.notices where fanned_out_at is null`)).toEqual([]);
    const excluded = await query<{ email: string }>(
      `select distinct s.email from portal.outbox o join portal.subscribers s on s.id = o.subscriber_id
       where o.kind not in ('confirm', 'welcome') and s.email <> all ($1)`,
      [Object.keys(expected)],
    );
    expect(excluded).toEqual([]);
  });

  it('exactly one row per confirmed follower per publication event, about what its kind names: nothing above was told twice, or about the wrong thing', async () => {
    await fanOutNotices(portal.db);
    // Every row of a notice is one of its mails, and each notice counts them.
    const miscounted = await query(
      `select n.id, n.mails, (select count(*)::int from portal.outbox o where o.notice_id = n.id) as rows from portal.notices n
       where n.mails <> (select count(*)::int from portal.outbox o where o.notice_id = n.id)
          or exists (select 1 from portal.outbox o where o.notice_id = n.id and (o.kind, o.record_id, o.project_id) <> (n.kind, n.record_id, n.project_id))`,
    );
    expect(miscounted).toEqual([]);
    expect(await query(`select 1 from portal.outbox o where o.kind not in ('confirm', 'welcome') and o.notice_id is null`)).toEqual([]);
    const doubles = await query(
      `select o.subscriber_id, o.kind, o.record_id from portal.outbox o where o.kind not in ('confirm', 'welcome')
       group by o.subscriber_id, o.kind, o.record_id having count(*) > 1`,
    );
    expect(doubles).toEqual([]);
    // Every notice names what its kind is about: the record for a new one, the status change, or the version of
    // the revision or withdrawal. A notice of any other event (or about the wrong thing) shows up here.
    const orphans = await query<{ kind: string; record_id: string }>(
      `select o.kind, o.record_id from (select kind, record_id from portal.outbox union all select kind, record_id from portal.notices) o
       where o.kind not in ('confirm', 'welcome') and not case o.kind
         when 'update' then exists (select 1 from portal.updates x where x.id = o.record_id)
         when 'decision' then exists (select 1 from portal.decisions x where x.id = o.record_id)
         when 'key_date' then exists (select 1 from portal.key_dates x where x.id = o.record_id)
         when 'promise' then exists (select 1 from portal.promises x where x.id = o.record_id)
         when 'council_outcome' then exists (select 1 from portal.council_moments x where x.id = o.record_id and x.outcome <> 'pending')
         when 'promise_status' then exists (select 1 from portal.promise_status_changes x where x.id = o.record_id)
         when 'key_date_changed' then exists (select 1 from portal.record_versions v where v.id = o.record_id and v.kind = 'key_date' and v.event = 'revision')
         when 'expectations_changed' then exists (select 1 from portal.record_versions v where v.id = o.record_id and v.kind = 'phase' and v.event = 'revision')
         when 'withdrawal' then exists (select 1 from portal.record_versions v where v.id = o.record_id and v.event = 'withdrawal')
         else false end`,
    );
    expect(orphans).toEqual([]);
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
    const [row] = await query<{ at: Date }>(`select portal.next_digest_at($1::portal.mail_frequency, $2::timestamptz) as at`, [
      frequency,
      from,
    ]);
    expect(row?.at.toISOString()).toBe(due);
  });
});
