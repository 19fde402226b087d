import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import {
  ACTORS,
  addFollower,
  callOk,
  callStaff,
  clientFor,
  clientsFor,
  countAsOwner,
  fanOutNotices,
  startFixturePortal,
  TESTDAM,
  TESTPROJECT,
  type Actor,
} from './support.ts';

// The workflow through the API as the workspace calls it: submit, approve, return to draft, unpublish and
// delete a draft, for each role and for every kind of record residents see, with the refusals checked for
// their status, their message and for leaving nothing behind (no record change, no audit row, no ledger
// entry, no version, no mail). The workflow functions run as their owner (security definer) and check roles
// themselves, so these calls are what stands between a role and the public record. Calls commit, so each test
// works on its own records of the fixture. tests/database/public-record.test.ts covers revisions of every
// kind; this file covers the workflow steps themselves.

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
beforeAll(async () => {
  portal = await startFixturePortal();
  as = await clientsFor(portal, 'en');
});
afterAll(async () => {
  await portal?.close();
});

const UPDATE_DRAFT = 'a0000000-0000-4000-8000-000000000003';
const UPDATE_AWAITING = 'a0000000-0000-4000-8000-000000000004';
const UPDATE_PUBLISHED = 'a0000000-0000-4000-8000-000000000001';
const DECISION_AWAITING = '50000000-0000-4000-8000-000000000003';
const LESSON_DRAFT = 'd0000000-0000-4000-8000-000000000002';
const LESSON_AWAITING = 'd0000000-0000-4000-8000-000000000003';
const KEY_DATE_PUBLISHED = 'b0000000-0000-4000-8000-000000000001';
const KEY_DATE_DRAFT = 'b0000000-0000-4000-8000-000000000003';
const KEY_DATE_AWAITING = 'b0000000-0000-4000-8000-000000000004';
const COUNCIL_PUBLISHED = '90000000-0000-4000-8000-000000000002';
const LESSON_PUBLISHED = 'd0000000-0000-4000-8000-000000000001';
const PHASE_PLAN = '40000000-0000-4000-8000-000000000002';
const PERSON_LEAD = '30000000-0000-4000-8000-000000000003';
const COUNCIL_DRAFT = '90000000-0000-4000-8000-000000000004';
const COUNCIL_AWAITING = '90000000-0000-4000-8000-000000000005';
const PROMISE_DRAFT = '70000000-0000-4000-8000-000000000006';
const PROMISE_AWAITING = '70000000-0000-4000-8000-000000000007';

async function row(table: string, id: string): Promise<Record<string, unknown> | undefined> {
  const { rows } = await portal.db.query<Record<string, unknown>>(`select * from portal.${table} where id = $1`, [id]);
  return rows[0];
}

/**
 * A fingerprint of everything a refused call could have left behind: the record itself, its pending change,
 * the audit log, the ledger, the version history, the notices to followers and the outbox.
 */
async function snapshot(table: string, id: string): Promise<string> {
  const record = await row(table, id);
  const { rows: revisions } = await portal.db.query('select * from portal.revisions where record_id = $1', [id]);
  const count = (sql: string) => countAsOwner(portal.db, sql);
  return JSON.stringify({
    record,
    revisions,
    audit: await count('select id from portal.audit_log'),
    ledger: await count('select seq from portal.ledger'),
    versions: await count('select id from portal.record_versions'),
    notices: await count('select id from portal.notices'),
    outbox: await count('select id from portal.outbox'),
  });
}

async function ledgerLength(): Promise<number> {
  return countAsOwner(portal.db, 'select seq from portal.ledger where organisation_id = $1', [TESTDAM]);
}

/** What residents see of testproject: project_timeline as anon. */
async function publicDocument(): Promise<Record<string, { id: string }[]>> {
  const { data, error } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
  if (error) throw new Error(error.message);
  return data as never;
}

/** One record as the workspace loads it through staff_project. */
async function staffRecord(list: string, id: string, actor: Actor = 'editor'): Promise<Record<string, unknown> & { updated_at: string }> {
  const project = await callOk(as[actor], 'staff_project', { project_id: TESTPROJECT });
  const found = (project[list] as { id: string }[]).find((item) => item.id === id);
  if (!found) throw new Error(`${list} ${id} not in staff_project`);
  return found as never;
}

const today = () => new Date().toISOString().slice(0, 10);

describe('an editor submits and an approver approves', () => {
  it('moves an update from draft to awaiting approval to published, with who and when', async () => {
    const submitted = await callStaff(as.editor, 'staff_submit', { kind: 'update', id: UPDATE_DRAFT, project_id: TESTPROJECT });
    expect(submitted.status).toBe(200);
    expect(submitted.data).toMatchObject({ kind: 'update', id: UPDATE_DRAFT, publication: 'awaiting_approval', published_at: null });
    expect((await row('updates', UPDATE_DRAFT))?.submitted_at).toBeInstanceOf(Date);

    const approved = await callStaff(as.approver, 'staff_approve', { kind: 'update', id: UPDATE_DRAFT, project_id: TESTPROJECT });
    expect(approved.status).toBe(200);
    expect(approved.data).toMatchObject({ kind: 'update', id: UPDATE_DRAFT, publication: 'published', version: 1, pending: null });
    const saved = await row('updates', UPDATE_DRAFT);
    expect(saved).toMatchObject({
      publication: 'published',
      approver_id: ACTORS.approver.id,
      version: 1,
      self_approved: false,
      contributors: [],
    });
    expect(saved?.published_at).toBeInstanceOf(Date);
    const { rows } = await portal.db.query<{ same: boolean }>(
      'select updated_at = $1::timestamptz as same from portal.updates where id = $2',
      [(approved.data as { updated_at: string }).updated_at, UPDATE_DRAFT],
    );
    expect(rows[0]?.same).toBe(true);
    // The publication is a public version with the words that went public, approved by someone who did not
    // write them; the ledger names the approver's role, never the person.
    const { rows: versions } = await portal.db.query<Record<string, unknown> & { content: Record<string, unknown> }>(
      'select * from portal.record_versions where kind = $1 and record_id = $2',
      ['update', UPDATE_DRAFT],
    );
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ event: 'publish', version: 1, approval: 'four_eyes', approved_by_role: 'approver' });
    expect(versions[0]?.content['title']).toBe(saved?.title);
    const { rows: entries } = await portal.db.query<{ event: Record<string, unknown> }>(
      'select event from portal.ledger where organisation_id = $1 and seq = $2',
      [TESTDAM, versions[0]?.['ledger_seq']],
    );
    expect(entries[0]?.event).toMatchObject({
      type: 'publish',
      kind: 'update',
      record_id: UPDATE_DRAFT,
      project: TESTPROJECT,
      approved_by_role: 'approver',
    });
    expect(JSON.stringify(entries[0]?.event)).not.toContain(ACTORS.approver.id);
    expect((await publicDocument())['updates']?.map((update) => update.id)).toContain(UPDATE_DRAFT);
  });

  it('approves a record of every kind residents see, each going public as its first version', async () => {
    // Phases, people, roles, handovers, groups and input themes used to be public with their project; now a
    // new one is a draft like any other record. A record goes public only once what it names is public, so
    // the person is approved before the role and the phase that name them, the phase before the handover.
    const person = await callOk(as.editor, 'staff_save_person', {
      organisation_id: TESTDAM,
      name: 'Workflow Persoon',
      job_title: 'Omgevingsmanager',
    });
    const assignment = await callOk(as.editor, 'staff_assign_person', {
      project_id: TESTPROJECT,
      person_id: person['id'],
      role: 'alderman',
      since: today(),
    });
    const phase = await callOk(as.editor, 'staff_save_phase', {
      project_id: TESTPROJECT,
      position: 4,
      kind: 'execution',
      title: 'Workflow uitvoering',
      starts_on: '2199-01-01',
      participation_level: 'informeren',
      open_for_input: 'Niets meer',
      fixed_frames: 'Het ontwerp',
      time_asked: 'Geen',
      results_expected: 'Een plein',
      department: 'Uitvoering',
      contact_person_id: person['id'],
    });
    const handover = await callOk(as.editor, 'staff_save_handover', {
      project_id: TESTPROJECT,
      handed_over_on: today(),
      from_phase_id: PHASE_PLAN,
      to_phase_id: phase['id'],
      from_department: 'Ontwerp',
      to_department: 'Uitvoering',
      from_person_id: PERSON_LEAD,
      to_person_id: person['id'],
      note: 'Workflow overdracht',
    });
    const group = await callOk(as.editor, 'staff_save_group', {
      project_id: TESTPROJECT,
      name: 'Workflow groep',
      status: 'involved',
      note: 'Doet mee',
    });
    const theme = await callOk(as.editor, 'staff_save_input_theme', {
      project_id: TESTPROJECT,
      title: 'Workflow thema',
      you_said: 'Meer groen',
      times_raised: 3,
    });
    const lesson = await callOk(as.editor, 'staff_save_lesson', {
      project_id: TESTPROJECT,
      category: 'planning',
      title: 'Workflow les',
      lesson: 'Begin op tijd',
      recorded_on: today(),
    });
    // [kind, id, where project_timeline shows it]
    const drafts: [string, string, string][] = [
      ['person', person['id'] as string, 'people'],
      ['assignment', assignment['id'] as string, 'people'],
      ['phase', phase['id'] as string, 'phases'],
      ['handover', handover['id'] as string, 'handovers'],
      ['group', group['id'] as string, 'groups'],
      ['input_theme', theme['id'] as string, 'input_themes'],
      ['lesson', lesson['id'] as string, 'lessons'],
    ];
    const inProject = (kind: string, id: string) => ({ kind, id, ...(kind === 'person' ? {} : { project_id: TESTPROJECT }) });
    for (const [kind, id] of drafts) {
      expect(await callOk(as.editor, 'staff_submit', inProject(kind, id)), kind).toMatchObject({
        kind,
        id,
        publication: 'awaiting_approval',
        version: 0,
      });
    }
    // With the fixture's records that await approval.
    const records: [string, string, string][] = [
      ...drafts,
      ['decision', DECISION_AWAITING, 'decisions'],
      ['council_moment', COUNCIL_AWAITING, 'council_moments'],
      ['promise', PROMISE_AWAITING, 'promises'],
      ['key_date', KEY_DATE_AWAITING, 'key_dates'],
    ];
    const before = await ledgerLength();
    for (const [kind, id] of records) {
      expect(await callOk(as.admin, 'staff_approve', inProject(kind, id)), kind).toMatchObject({
        kind,
        id,
        publication: 'published',
        version: 1,
        publish_at: null,
        pending: null,
      });
    }
    // One ledger entry per approval, and one more for the end of the previous alderman's period.
    expect(await ledgerLength()).toBe(before + records.length + 1);

    const document = await publicDocument();
    for (const [kind, id, list] of records) {
      const shown =
        kind === 'person'
          ? document['people']?.filter((entry) => (entry as { person_id?: string }).person_id === id)
          : document[list]?.filter((entry) => entry.id === id);
      expect(shown, kind).toHaveLength(1);
    }
  });

  it('approving a project needs an approver, and publishing it again after a withdrawal keeps its first publication date', async () => {
    const { rows } = await portal.db.query<{ id: string }>(
      `insert into portal.projects (organisation_id, slug, title, summary, theme, area, starts_on, publication, author_id, submitted_at)
       values ($1, 'workflow-project', 'Workflow', 'Samenvatting', 'Wonen', 'Centrum', current_date, 'awaiting_approval', $2, now())
       returning id`,
      [TESTDAM, ACTORS.editor.id],
    );
    const project = rows[0]?.id;
    expect(project).toBeTruthy();
    const refused = await callStaff(as.editor, 'staff_approve', { kind: 'project', id: project, project_id: project });
    expect(refused).toMatchObject({ status: 403, code: '42501', message: 'Only an approver of your organisation may do this.' });
    const approved = await callStaff(as.approver, 'staff_approve', { kind: 'project', id: project });
    expect(approved).toMatchObject({ status: 200, data: { kind: 'project', id: project, publication: 'published', version: 1 } });
    const first = (approved.data as { published_at: string }).published_at;
    expect(await callOk(as.approver, 'staff_unpublish', { kind: 'project', id: project, reason: 'Nog niet klaar' })).toMatchObject({
      publication: 'unpublished',
    });
    const again = await callStaff(as.approver, 'staff_approve', { kind: 'project', id: project });
    expect(again).toMatchObject({ status: 200, data: { publication: 'published', version: 2 } });
    expect((again.data as { published_at: string }).published_at).toBe(first);
  });
});

describe('four eyes', () => {
  it('an approver cannot approve what they wrote, unless the organisation allows it', async () => {
    await portal.db.query('update portal.lessons set author_id = $1 where id = $2', [ACTORS.approver.id, LESSON_AWAITING]);
    const before = await snapshot('lessons', LESSON_AWAITING);
    const refused = await callStaff(as.approver, 'staff_approve', { kind: 'lesson', id: LESSON_AWAITING, project_id: TESTPROJECT });
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/another approver has to approve it.*four eyes/);
    expect(await snapshot('lessons', LESSON_AWAITING)).toBe(before);

    // Another approver (the admin) may.
    await portal.db.query('update portal.lessons set author_id = $1 where id = $2', [ACTORS.approver.id, LESSON_DRAFT]);
    expect(await callStaff(as.admin, 'staff_approve', { kind: 'lesson', id: LESSON_DRAFT, project_id: TESTPROJECT })).toMatchObject({
      status: 200,
      data: { publication: 'published' },
    });

    await portal.db.query('update portal.organisations set allow_self_approval = true where id = $1', [TESTDAM]);
    try {
      expect(await callStaff(as.approver, 'staff_approve', { kind: 'lesson', id: LESSON_AWAITING, project_id: TESTPROJECT })).toMatchObject(
        { status: 200, data: { publication: 'published' } },
      );
      // The public version says its writer approved it.
      expect(await row('lessons', LESSON_AWAITING)).toMatchObject({ self_approved: true, approver_id: ACTORS.approver.id });
    } finally {
      await portal.db.query('update portal.organisations set allow_self_approval = false where id = $1', [TESTDAM]);
    }
  });

  it('whoever edited a record after it was submitted cannot approve it; someone who wrote none of it can', async () => {
    const draft = await callOk(as.editor, 'staff_save_update', {
      project_id: TESTPROJECT,
      title: 'Vier ogen',
      body_md: 'Door de redacteur.',
    });
    const id = draft['id'] as string;
    await callOk(as.editor, 'staff_submit', { kind: 'update', id, project_id: TESTPROJECT });
    // The approver improves the text while it waits: it keeps waiting, and now has two writers.
    const waiting = await staffRecord('updates', id, 'approver');
    expect(waiting['may_approve']).toBe(true);
    const edited = await callOk(as.approver, 'staff_save_update', {
      id,
      project_id: TESTPROJECT,
      title: 'Vier ogen',
      body_md: 'Door de redacteur, verbeterd door de fiatteur.',
      updated_at: waiting.updated_at,
    });
    expect(edited).toMatchObject({ publication: 'awaiting_approval', may_approve: false, i_wrote: true });

    const before = await snapshot('updates', id);
    const refused = await callStaff(as.approver, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT });
    expect(refused).toMatchObject({ status: 403, code: '42501' });
    expect(refused.message).toMatch(/^You wrote part of this text, so another approver has to approve it\./);
    expect(await snapshot('updates', id)).toBe(before);
    expect((await publicDocument())['updates']?.map((update) => update.id)).not.toContain(id);

    // The workspace shows the same answer as the database gives: the admin wrote none of it.
    expect((await staffRecord('updates', id, 'admin'))['may_approve']).toBe(true);
    expect(await callOk(as.admin, 'staff_approve', { kind: 'update', id, project_id: TESTPROJECT })).toMatchObject({
      publication: 'published',
      version: 1,
    });
    expect(await row('updates', id)).toMatchObject({
      body_md: 'Door de redacteur, verbeterd door de fiatteur.',
      approver_id: ACTORS.admin.id,
      self_approved: false,
    });
  });

  it('the refusal speaks Dutch when the workspace is in Dutch', async () => {
    const dutchApprover = await clientFor(portal, 'approver', 'nl');
    await portal.db.query('update portal.updates set author_id = $1 where id = $2', [ACTORS.approver.id, UPDATE_AWAITING]);
    const refused = await callStaff(dutchApprover, 'staff_approve', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT });
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/^U hebt aan deze tekst meegeschreven, dus een andere fiatteur moet hem goedkeuren\..*vier ogen/);
    await portal.db.query('update portal.updates set author_id = $1 where id = $2', [ACTORS.editor.id, UPDATE_AWAITING]);
  });
});

describe('what an editor may not do', () => {
  it('an editor cannot approve, return or unpublish: 403 with a message, nothing changed', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['staff_approve', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT }, UPDATE_AWAITING],
      ['staff_return_to_draft', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT }, UPDATE_AWAITING],
      ['staff_unpublish', { kind: 'update', id: UPDATE_PUBLISHED, project_id: TESTPROJECT, reason: 'Fout' }, UPDATE_PUBLISHED],
    ];
    for (const [name, input, id] of cases) {
      const before = await snapshot('updates', id);
      const refused = await callStaff(as.editor, name, input);
      expect(refused, name).toMatchObject({ status: 403, code: '42501', message: 'Only an approver of your organisation may do this.' });
      expect(await snapshot('updates', id), name).toBe(before);
    }
  });
});

describe('return to draft, unpublish, delete a draft', () => {
  it('an approver sends a record back with a reason the editor can read', async () => {
    const returned = await callStaff(as.approver, 'staff_return_to_draft', {
      kind: 'council_moment',
      id: COUNCIL_DRAFT,
      project_id: TESTPROJECT,
      reason: 'x',
    });
    expect(returned).toMatchObject({ status: 409, hint: 'publication' });
    expect(returned.message).toMatch(/only send back something that is waiting/);

    await callStaff(as.editor, 'staff_submit', { kind: 'council_moment', id: COUNCIL_DRAFT, project_id: TESTPROJECT });
    const back = await callStaff(as.approver, 'staff_return_to_draft', {
      kind: 'council_moment',
      id: COUNCIL_DRAFT,
      project_id: TESTPROJECT,
      reason: 'Voeg de datum van de commissie toe.',
    });
    expect(back).toMatchObject({ status: 200, data: { publication: 'draft' } });
    expect(await row('council_moments', COUNCIL_DRAFT)).toMatchObject({
      publication: 'draft',
      returned_reason: 'Voeg de datum van de commissie toe.',
    });
  });

  it('an approver sends a change of a published record back; residents keep the published words', async () => {
    const published = await row('council_moments', COUNCIL_PUBLISHED);
    const form = await staffRecord('council_moments', COUNCIL_PUBLISHED);
    const saved = await callOk(as.editor, 'staff_save_council_moment', {
      ...form,
      project_id: TESTPROJECT,
      proposal: 'Een herschreven voorstel',
      updated_at: form.updated_at,
    });
    const target = { kind: 'council_moment', id: COUNCIL_PUBLISHED, project_id: TESTPROJECT };
    expect(await callOk(as.editor, 'staff_submit', { ...target, updated_at: saved['updated_at'] })).toMatchObject({
      publication: 'published',
      pending: 'awaiting_approval',
    });
    const back = await callOk(as.approver, 'staff_return_to_draft', { ...target, reason: 'Noem het amendement.' });
    expect(back).toMatchObject({ publication: 'published', version: 1, pending: 'draft' });
    // The change goes back to its writers with the reason; the row residents see was never touched.
    expect((await staffRecord('council_moments', COUNCIL_PUBLISHED))['pending']).toMatchObject({
      state: 'draft',
      returned_reason: 'Noem het amendement.',
      changed_fields: ['proposal'],
    });
    expect(await row('council_moments', COUNCIL_PUBLISHED)).toEqual(published);
    // Sent back, it no longer waits: a second return is refused.
    expect(await callStaff(as.approver, 'staff_return_to_draft', target)).toMatchObject({ status: 409, hint: 'publication' });
  });

  it('unpublishing needs a reason, and leaves a version, a ledger entry, a public notice and a mail to followers', async () => {
    const before = await snapshot('key_dates', KEY_DATE_PUBLISHED);
    for (const reason of [undefined, '   ']) {
      const refused = await callStaff(as.approver, 'staff_unpublish', {
        kind: 'key_date',
        id: KEY_DATE_PUBLISHED,
        project_id: TESTPROJECT,
        reason,
      });
      expect(refused).toMatchObject({ status: 400, code: '22023', hint: 'reason', message: 'Fill in reason.' });
    }
    expect(await snapshot('key_dates', KEY_DATE_PUBLISHED)).toBe(before);
    const { subscription } = await addFollower(portal.db, 'volger-workflow@example.org');
    const title = (await row('key_dates', KEY_DATE_PUBLISHED))?.['title'];
    const ledgerBefore = await ledgerLength();
    const withdrawn = await callStaff(as.approver, 'staff_unpublish', {
      kind: 'key_date',
      id: KEY_DATE_PUBLISHED,
      project_id: TESTPROJECT,
      reason: 'De avond gaat niet door.',
    });
    expect(withdrawn).toMatchObject({ status: 200, data: { publication: 'unpublished' } });
    expect(await row('key_dates', KEY_DATE_PUBLISHED)).toMatchObject({ unpublished_reason: 'De avond gaat niet door.' });

    // The withdrawal is a public event: a version keeping what was withdrawn and why, by one approver.
    expect(await ledgerLength()).toBe(ledgerBefore + 1);
    const { rows: versions } = await portal.db.query<{ id: string; reason: string; approval: string; content: Record<string, unknown> }>(
      `select id, reason, approval, content from portal.record_versions where record_id = $1 and event = 'withdrawal'`,
      [KEY_DATE_PUBLISHED],
    );
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ reason: 'De avond gaat niet door.', approval: 'single', content: { title } });
    // Residents see a notice in its place instead of the date.
    const document = await publicDocument();
    expect(document['key_dates']?.map((date) => date.id)).not.toContain(KEY_DATE_PUBLISHED);
    expect(document['withdrawn']?.find((notice) => notice.id === KEY_DATE_PUBLISHED)).toMatchObject({
      kind: 'key_date',
      reason: 'De avond gaat niet door.',
      title,
    });
    // Followers are told, with a notice that names the withdrawal's version (what it was, and why), which the mail
    // worker fans out into their mails.
    await fanOutNotices(portal.db);
    const { rows: mail } = await portal.db.query<Record<string, unknown>>(
      'select kind, record_id, project_id, subscription_id from portal.outbox where subscription_id = $1',
      [subscription],
    );
    expect(mail).toEqual([{ kind: 'withdrawal', record_id: versions[0]?.id, project_id: TESTPROJECT, subscription_id: subscription }]);
  });

  it('an editor deletes a draft and a withdrawn record, never one that awaits approval or is published', async () => {
    for (const id of [UPDATE_AWAITING, UPDATE_PUBLISHED]) {
      const before = await snapshot('updates', id);
      const refused = await callStaff(as.editor, 'staff_delete_draft', { kind: 'update', id, project_id: TESTPROJECT });
      expect(refused).toMatchObject({ status: 409, hint: 'publication' });
      expect(refused.message).toMatch(/only delete a draft/);
      expect(await snapshot('updates', id)).toBe(before);
    }
    expect(
      await callStaff(as.editor, 'staff_delete_draft', { kind: 'key_date', id: KEY_DATE_DRAFT, project_id: TESTPROJECT }),
    ).toMatchObject({ status: 200, data: { kind: 'key_date', id: KEY_DATE_DRAFT, deleted: true } });
    expect(await row('key_dates', KEY_DATE_DRAFT)).toBeUndefined();
    expect(await callStaff(as.editor, 'staff_delete_draft', { kind: 'promise', id: PROMISE_DRAFT, project_id: TESTPROJECT })).toMatchObject(
      { status: 200, data: { deleted: true } },
    );
    expect(await row('promises', PROMISE_DRAFT)).toBeUndefined();
    // The withdrawn update of the fixture. It was public once, so its public trace stays: the versions, and
    // the notice residents see in its place.
    const withdrawn = 'a0000000-0000-4000-8000-000000000005';
    const trace = await countAsOwner(portal.db, 'select id from portal.record_versions where record_id = $1', [withdrawn]);
    expect(trace).toBeGreaterThan(0);
    expect(await callStaff(as.editor, 'staff_delete_draft', { kind: 'update', id: withdrawn, project_id: TESTPROJECT })).toMatchObject({
      status: 200,
      data: { deleted: true },
    });
    expect(await row('updates', withdrawn)).toBeUndefined();
    expect(await countAsOwner(portal.db, 'select id from portal.record_versions where record_id = $1', [withdrawn])).toBe(trace);
    expect((await publicDocument())['withdrawn']?.map((notice) => notice.id)).toContain(withdrawn);
  });

  it('on a published record, deleting discards a draft change and leaves the published record as it is', async () => {
    const target = { kind: 'lesson', id: LESSON_PUBLISHED, project_id: TESTPROJECT };
    const published = await row('lessons', LESSON_PUBLISHED);
    const form = await staffRecord('lessons', LESSON_PUBLISHED);
    const saved = await callOk(as.editor, 'staff_save_lesson', {
      ...form,
      project_id: TESTPROJECT,
      title: 'Weg te gooien',
      updated_at: form.updated_at,
    });
    await callOk(as.editor, 'staff_submit', { ...target, updated_at: saved['updated_at'] });
    // A change that waits for approval is the approver's to send back first.
    const waiting = await snapshot('lessons', LESSON_PUBLISHED);
    const refused = await callStaff(as.editor, 'staff_delete_draft', target);
    expect(refused).toMatchObject({ status: 409, hint: 'publication' });
    expect(refused.message).toMatch(/only discard a draft change/);
    expect(await snapshot('lessons', LESSON_PUBLISHED)).toBe(waiting);

    await callOk(as.approver, 'staff_return_to_draft', target);
    expect(await callOk(as.editor, 'staff_delete_draft', target)).toEqual({
      kind: 'lesson',
      id: LESSON_PUBLISHED,
      deleted: true,
      discarded_change: true,
    });
    expect(await row('lessons', LESSON_PUBLISHED)).toEqual(published);
    expect(await countAsOwner(portal.db, 'select id from portal.revisions where record_id = $1', [LESSON_PUBLISHED])).toBe(0);
    expect(await staffRecord('lessons', LESSON_PUBLISHED)).toMatchObject({ title: published?.['title'], pending: null });
  });

  it('only an admin deletes a draft project', async () => {
    const concept = '20000000-0000-4000-8000-000000000002';
    const before = await snapshot('projects', concept);
    expect(await callStaff(as.approver, 'staff_delete_draft', { kind: 'project', id: concept, project_id: concept })).toMatchObject({
      status: 403,
      message: 'Only an administrator of your organisation may do this.',
    });
    expect(await snapshot('projects', concept)).toBe(before);
  });
});

describe('outsiders and bad input', () => {
  const CALLS: [string, Record<string, unknown>][] = [
    ['staff_submit', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT }],
    ['staff_approve', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT }],
    ['staff_return_to_draft', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT }],
    ['staff_unpublish', { kind: 'update', id: UPDATE_PUBLISHED, project_id: TESTPROJECT, reason: 'Weg ermee' }],
    ['staff_delete_draft', { kind: 'lesson', id: LESSON_AWAITING, project_id: TESTPROJECT }],
    ['staff_delete_draft', { kind: 'project', id: '20000000-0000-4000-8000-000000000002' }],
  ];

  it("otherdam's editor gets the same 404 as for a project that does not exist, and changes nothing", async () => {
    for (const [name, input] of CALLS) {
      const before = await snapshot('updates', UPDATE_AWAITING);
      const refused = await callStaff(as.otherEditor, name, input);
      expect(refused, name).toMatchObject({
        status: 404,
        code: 'PT404',
        message: 'This project does not exist, or it does not belong to your organisation.',
      });
      expect(await snapshot('updates', UPDATE_AWAITING), name).toBe(before);
    }
    const unknown = await callStaff(as.editor, 'staff_submit', {
      kind: 'update',
      id: UPDATE_AWAITING,
      project_id: '20000000-0000-4000-8000-0000000000ff',
    });
    expect(unknown.message).toBe('This project does not exist, or it does not belong to your organisation.');
  });

  it('a record of another project of the same organisation is not found through this project', async () => {
    const refused = await callStaff(as.editor, 'staff_submit', {
      kind: 'update',
      id: UPDATE_AWAITING,
      project_id: '20000000-0000-4000-8000-000000000002',
    });
    expect(refused).toMatchObject({ status: 404, message: 'This item does not exist (any more), or it does not belong to this project.' });
    // Nor is a record found as a kind it is not: the kind decides the table.
    const before = await snapshot('updates', UPDATE_AWAITING);
    const otherKind = await callStaff(as.approver, 'staff_approve', { kind: 'phase', id: UPDATE_AWAITING, project_id: TESTPROJECT });
    expect(otherKind).toMatchObject({
      status: 404,
      message: 'This item does not exist (any more), or it does not belong to this project.',
    });
    expect(await snapshot('updates', UPDATE_AWAITING)).toBe(before);
  });

  it('a person, who belongs to no project, is out of reach of other organisations alike whether or not they exist', async () => {
    // People are named by id alone; the organisation they belong to is the only fence.
    const person = { kind: 'person', id: PERSON_LEAD };
    const unknown = { kind: 'person', id: '30000000-0000-4000-8000-0000000000ff' };
    for (const name of ['staff_submit', 'staff_approve', 'staff_unpublish', 'staff_delete_draft']) {
      const before = await snapshot('people', PERSON_LEAD);
      const foreign = await callStaff(as.otherEditor, name, { ...person, reason: 'Weg ermee' });
      const missing = await callStaff(as.otherEditor, name, { ...unknown, reason: 'Weg ermee' });
      expect(foreign.status, name).toBe(404);
      expect({ code: foreign.code, message: foreign.message }, name).toEqual({ code: missing.code, message: missing.message });
      expect((await callStaff(as.outsider, name, { ...person, reason: 'Weg ermee' })).status, name).toBe(404);
      expect((await callStaff(as.anon, name, { ...person, reason: 'Weg ermee' })).status, name).toBe(401);
      expect(await snapshot('people', PERSON_LEAD), name).toBe(before);
    }
  });

  it('anon gets 401 and a signed-in non-member 404', async () => {
    for (const [name, input] of CALLS) {
      const anon = await callStaff(as.anon, name, input);
      expect(anon.status, name).toBe(401);
      expect(anon.message, name).toBeTruthy();
      const outsider = await callStaff(as.outsider, name, input);
      expect(outsider.status, name).toBe(404);
    }
  });

  it('bad input is a 400 naming the field, never a 500', async () => {
    const cases: [unknown, string][] = [
      [{ kind: 'organisation', id: UPDATE_AWAITING, project_id: TESTPROJECT }, 'kind'],
      // Answers to input themes are part of their decision, not a kind of their own.
      [{ kind: 'input_response', id: UPDATE_AWAITING, project_id: TESTPROJECT }, 'kind'],
      [{ kind: 'update', id: 'not-an-id', project_id: TESTPROJECT }, 'id'],
      [{ kind: 'update', id: UPDATE_AWAITING }, 'project_id'],
      [{ kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT, updated_at: 'gisteren' }, 'updated_at'],
      [['update'], ''],
    ];
    for (const [input, field] of cases) {
      const refused = await callStaff(as.approver, 'staff_approve', input);
      expect(refused, JSON.stringify(input)).toMatchObject({ status: 400, code: '22023', hint: field });
      expect(refused.message, JSON.stringify(input)).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('a stale form is refused with 409', async () => {
    const refused = await callStaff(as.approver, 'staff_approve', {
      kind: 'update',
      id: UPDATE_AWAITING,
      project_id: TESTPROJECT,
      updated_at: '2000-01-01T00:00:00Z',
    });
    expect(refused).toMatchObject({ status: 409, code: 'PT409', hint: 'updated_at' });
  });
});

describe('site change notification', () => {
  it('a publish notifies portal_site_changed with the organisation and the project; a draft save does not', async () => {
    const heard: string[] = [];
    const unlisten = await portal.db.listen('portal_site_changed', (payload) => heard.push(payload));
    try {
      // A draft saved by an editor, committed.
      await portal.db.transaction(async (tx) => {
        await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
          JSON.stringify({ sub: ACTORS.editor.id, role: 'authenticated' }),
        ]);
        await tx.query(`insert into portal.updates (project_id, title, body_md, author_id) values ($1, 'Concept', 'Tekst', $2)`, [
          TESTPROJECT,
          ACTORS.editor.id,
        ]);
      });
      await portal.db.query('select 1');
      expect(heard).toEqual([]);

      const { rows } = await portal.db.query<{ id: string }>(`select id from portal.updates where title = 'Concept' and project_id = $1`, [
        TESTPROJECT,
      ]);
      const draft = rows[0]?.id;
      expect(await callStaff(as.editor, 'staff_submit', { kind: 'update', id: draft, project_id: TESTPROJECT })).toMatchObject({
        status: 200,
      });
      await portal.db.query('select 1');
      expect(heard).toEqual([]);

      expect(await callStaff(as.approver, 'staff_approve', { kind: 'update', id: draft, project_id: TESTPROJECT })).toMatchObject({
        status: 200,
      });
      await portal.db.query('select 1');
      expect(heard).toEqual(['testdam/testproject']);

      // A setting the site never shows does not notify; withdrawing a published record does.
      await portal.db.transaction(async (tx) => {
        await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
          JSON.stringify({ sub: ACTORS.admin.id, role: 'authenticated' }),
        ]);
        await tx.query('update portal.organisations set allow_self_approval = not allow_self_approval where id = $1', [TESTDAM]);
        await tx.query('update portal.organisations set allow_self_approval = not allow_self_approval where id = $1', [TESTDAM]);
      });
      await portal.db.query('select 1');
      expect(heard).toEqual(['testdam/testproject']);
      expect(
        await callStaff(as.approver, 'staff_unpublish', { kind: 'update', id: draft, project_id: TESTPROJECT, reason: 'Fout' }),
      ).toMatchObject({ status: 200 });
      await portal.db.query('select 1');
      expect(heard).toEqual(['testdam/testproject', 'testdam/testproject']);

      // A change that is not one project's (here the organisation's name, as its owner) names the organisation alone:
      // it is a change of the whole site.
      await portal.db.query(`update portal.organisations set name = reverse(name) where id = $1`, [TESTDAM]);
      await portal.db.query(`update portal.organisations set name = reverse(name) where id = $1`, [TESTDAM]);
      await portal.db.query('select 1');
      expect(heard).toEqual(['testdam/testproject', 'testdam/testproject', 'testdam', 'testdam']);
    } finally {
      await unlisten();
    }
  });
});
