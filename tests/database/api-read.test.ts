import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { ALL_ACTORS, callOk, clientsFor, startFixturePortal, TESTDAM, TESTPROJECT, type Actor } from './support.ts';

// The read API through supabase-js and the stand-in, as every kind of caller. The public functions show the
// public what is published, whoever calls them; the expected ids come from the database. What was public once
// stays on the record: a withdrawn record leaves a notice, and the version history keeps every published
// version (tests/database/public-record.test.ts follows them through the workflow).

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
beforeAll(async () => {
  portal = await startFixturePortal();
  as = await clientsFor(portal);
});
afterAll(async () => {
  await portal?.close();
});

type Json = Record<string, unknown>;
async function ids(sql: string, params: unknown[] = []): Promise<string[]> {
  const { rows } = await portal.db.query<{ id: string }>(sql, params);
  return rows.map((row) => row.id).sort();
}
const idsOf = (list: unknown) => (list as { id: string }[]).map((item) => item.id).sort();
/** Markers of rows that must not be public now (see the fixture's header). */
const HIDDEN_MARKER = /-draft|-awaiting|-withdrawn|td-concept|od-concept/;
/** Markers of words that were never public: not even the notices of withdrawals or the history may hold them. */
const NEVER_PUBLIC_MARKER = /-draft|-awaiting|td-concept|od-concept/;

/** Where project_timeline keeps each table's published records. */
const LISTS: [string, string][] = [
  ['decisions', 'decisions'],
  ['promises', 'promises'],
  ['council_moments', 'council_moments'],
  ['updates', 'updates'],
  ['key_dates', 'key_dates'],
  ['lessons', 'lessons'],
  ['phases', 'phases'],
  ['handovers', 'handovers'],
  ['groups', 'groups_involved'],
  ['input_themes', 'input_themes'],
  ['people', 'project_people'],
  ['invitations', 'invitations'],
];

describe('project_timeline', () => {
  beforeAll(async () => {
    // The fixture publishes the whole structure of a project; each kind gets a draft here, written through
    // the staff API, and two published records get a pending change (one still a draft, one submitted).
    // Their words carry hidden markers.
    const editor = as.editor;
    const person = await callOk(editor, 'staff_save_person', {
      organisation_id: TESTDAM,
      name: 'td-person-draft-name',
      job_title: 'td-person-draft-job-title',
    });
    const phase = await callOk(editor, 'staff_save_phase', {
      project_id: TESTPROJECT,
      position: 4,
      kind: 'execution',
      title: 'td-phase-draft-title',
      starts_on: '2199-01-01',
      participation_level: 'informeren',
      open_for_input: 'td-phase-draft-open',
      fixed_frames: 'td-phase-draft-frames',
      time_asked: 'td-phase-draft-time',
      results_expected: 'td-phase-draft-results',
      department: 'td-phase-draft-department',
      contact_person_id: person['id'],
    });
    await callOk(editor, 'staff_save_handover', {
      project_id: TESTPROJECT,
      handed_over_on: new Date().toISOString().slice(0, 10),
      from_phase_id: '40000000-0000-4000-8000-000000000002',
      to_phase_id: phase['id'],
      from_department: 'td-handover-draft-from',
      to_department: 'td-handover-draft-to',
      to_person_id: person['id'],
      note: 'td-handover-draft-note',
    });
    await callOk(editor, 'staff_save_group', {
      project_id: TESTPROJECT,
      name: 'td-group-draft-name',
      status: 'gap',
      note: 'td-group-draft-note',
    });
    await callOk(editor, 'staff_save_input_theme', {
      project_id: TESTPROJECT,
      title: 'td-theme-draft-title',
      you_said: 'td-theme-draft-you-said',
    });
    const role = await callOk(editor, 'staff_assign_person', {
      project_id: TESTPROJECT,
      person_id: person['id'],
      role: 'contact',
      since: new Date().toISOString().slice(0, 10),
    });
    await callOk(editor, 'staff_submit', { kind: 'assignment', id: role['id'], project_id: TESTPROJECT });
    const project = await callOk(editor, 'staff_project', { project_id: TESTPROJECT });
    const find = (list: string, id: string) => (project[list] as Json[]).find((row) => row['id'] === id) as Json;
    const lesson = find('lessons', 'd0000000-0000-4000-8000-000000000001');
    await callOk(editor, 'staff_save_lesson', { ...lesson, project_id: TESTPROJECT, title: 'td-lesson-revision-draft-title' });
    const decision = find('decisions', '50000000-0000-4000-8000-000000000001');
    const changed = await callOk(editor, 'staff_save_decision', {
      ...decision,
      project_id: TESTPROJECT,
      rationale: 'td-decision-revision-awaiting-rationale',
    });
    await callOk(editor, 'staff_submit', {
      kind: 'decision',
      id: decision['id'],
      project_id: TESTPROJECT,
      updated_at: changed['updated_at'],
    });
  });

  it('gives every caller the same published document of a published project', async () => {
    const docs = await Promise.all(
      ALL_ACTORS.map((actor) => as[actor].rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' })),
    );
    for (const [index, { data, error }] of docs.entries()) {
      expect(error, ALL_ACTORS[index]).toBeNull();
      const { generated_at: _ignored, ...rest } = data as Json;
      const { generated_at: _first, ...first } = docs[0]?.data as Json;
      expect(rest, ALL_ACTORS[index]).toEqual(first);
    }
  });

  it('holds exactly the published records, with rationale, history and the current phase', async () => {
    const { data, error } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
    expect(error).toBeNull();
    const doc = data as Json;
    for (const [list, table] of LISTS) {
      const expected = await ids(`select id::text as id from portal.${table} where project_id = $1 and publication = 'published'`, [
        TESTPROJECT,
      ]);
      const all = await ids(`select id::text as id from portal.${table} where project_id = $1`, [TESTPROJECT]);
      expect(expected.length, table).toBeGreaterThan(0);
      // Each table also holds records that are not public, so the comparison can tell them apart.
      expect(all.length, table).toBeGreaterThan(expected.length);
      expect(idsOf(doc[list]), list).toEqual(expected);
    }
    // Nothing that is not public now shows, a pending change of a published record included; the notices of
    // withdrawals and the version history may hold what was public once, but never what never was.
    const { withdrawn, history, ...current } = doc;
    expect(JSON.stringify(current)).not.toMatch(HIDDEN_MARKER);
    expect(JSON.stringify({ withdrawn, history })).not.toMatch(NEVER_PUBLIC_MARKER);
    const phases = doc.phases as { id: string; is_current: boolean }[];
    expect(phases.filter((phase) => phase.is_current)).toHaveLength(1);
    const promises = doc.promises as { id: string; history: unknown[] }[];
    for (const promise of promises) {
      const history = await ids(`select id::text as id from portal.promise_status_changes where promise_id = $1`, [promise.id]);
      expect(promise.history, promise.id).toHaveLength(history.length);
    }
    const timeline = doc.timeline as { at: string }[];
    const times = timeline.map((item) => Date.parse(item.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('leaves a notice where a record was withdrawn, keeps its versions, and names the ledger head it was read at', async () => {
    const { data } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
    const doc = data as Json & { withdrawn: Json[]; history: Json[]; ledger_head: Json };
    // The fixture's withdrawn update: its notice says what it was and why, not what it said.
    const { rows } = await portal.db.query<{ id: string; title: string; unpublished_reason: string; body_md: string }>(
      `select id::text, title, unpublished_reason, body_md from portal.updates where project_id = $1 and publication = 'unpublished'`,
      [TESTPROJECT],
    );
    expect(rows).toHaveLength(1);
    const update = rows[0];
    expect(doc.withdrawn.map((notice) => notice['id'])).toEqual([update?.id]);
    expect(doc.withdrawn[0]).toMatchObject({ kind: 'update', title: update?.title, reason: update?.unpublished_reason, version: 1 });
    expect(doc.withdrawn[0]?.['withdrawn_at']).toEqual(expect.any(String));
    expect(JSON.stringify(doc.withdrawn)).not.toContain(update?.body_md.slice(0, 40));
    // The history keeps the version residents saw, and the withdrawal.
    expect(doc.history.filter((entry) => entry['record_id'] === update?.id).map((entry) => entry['type'])).toEqual([
      'publish',
      'withdrawal',
    ]);

    const { rows: heads } = await portal.db.query<{ seq: number; hash: string }>(
      'select seq::int as seq, hash from portal.ledger_heads where organisation_id = $1',
      [TESTDAM],
    );
    expect(doc.ledger_head).toEqual(heads[0]);
    const seqs = doc.history.map((entry) => entry['seq'] as number);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs.every((seq) => seq <= (heads[0]?.seq ?? 0))).toBe(true);
    expect(doc.history.every((entry) => /^[0-9a-f]{64}$/.test(entry['content_hash'] as string))).toBe(true);
  });

  it('names people without an e-mail address and answers input only with published decisions', async () => {
    const { data } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
    expect(JSON.stringify(data)).not.toMatch(/[\w.+-]+@[\w-]+\.\w+/);
    const published = await ids(`select id::text as id from portal.decisions where project_id = $1 and publication = 'published'`, [
      TESTPROJECT,
    ]);
    const themes = (data as Json).input_themes as { responses: { decision_id: string }[] }[];
    const answeredBy = themes.flatMap((theme) => theme.responses.map((response) => response.decision_id));
    expect(answeredBy.length).toBeGreaterThan(0);
    expect(answeredBy.every((id) => published.includes(id))).toBe(true);
  });

  it('answers 404 for a draft project, also to its own staff, and for an unknown organisation', async () => {
    for (const actor of ['anon', 'editor', 'admin'] as Actor[]) {
      const { error, status } = await as[actor].rpc('project_timeline', { org_slug: 'testdam', project_slug: 'conceptproject' });
      expect(status, actor).toBe(404);
      expect(error?.code, actor).toBe('PT404');
    }
    const unknown = await as.anon.rpc('project_timeline', { org_slug: 'nergensdam', project_slug: 'testproject' });
    expect(unknown.status).toBe(404);
    expect(unknown.error?.message).toContain('nergensdam');
  });

  it('answers 400 with a message for missing arguments', async () => {
    const { error, status } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: '' });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/project_slug is required/);
  });
});

describe('list_projects and get_organisation', () => {
  it('lists the published projects of the organisation only', async () => {
    const expected = await ids(
      `select p.slug as id from portal.projects p join portal.organisations o on o.id = p.organisation_id where o.slug = 'testdam' and p.publication = 'published'`,
    );
    for (const actor of ALL_ACTORS) {
      const { data, error } = await as[actor].rpc('list_projects', { org_slug: 'testdam' });
      expect(error, actor).toBeNull();
      expect((data as { slug: string }[]).map((card) => card.slug).sort(), actor).toEqual(expected);
    }
  });

  it('returns the organisation profile and 404 for an unknown slug', async () => {
    const { data } = await as.anon.rpc('get_organisation', { org_slug: 'testdam' });
    expect(data).toMatchObject({ slug: 'testdam' });
    const missing = await as.anon.rpc('get_organisation', { org_slug: 'nergensdam' });
    expect(missing.status).toBe(404);
  });
});

describe('list_promises', () => {
  it('filters by status, project and overdue, and never shows drafts', async () => {
    const all = await as.anon.rpc('list_promises', { org_slug: 'testdam' });
    expect(all.error).toBeNull();
    const expected = await ids(
      `select pr.id::text as id from portal.promises pr join portal.projects p on p.id = pr.project_id where p.organisation_id = '10000000-0000-4000-8000-000000000001' and pr.publication = 'published' and p.publication = 'published'`,
    );
    expect(idsOf(all.data)).toEqual(expected);
    for (const status of ['open', 'in_progress', 'kept', 'changed', 'broken']) {
      const { data } = await as.anon.rpc('list_promises', { org_slug: 'testdam', status });
      const statuses = (data as { status: string }[]).map((promise) => promise.status);
      expect(statuses.length, status).toBeGreaterThan(0);
      expect(new Set(statuses), status).toEqual(new Set([status]));
    }
    const overdue = await as.anon.rpc('list_promises', { org_slug: 'testdam', overdue_only: true });
    const expectedOverdue = await ids(
      `select pr.id::text as id from portal.promises pr where pr.project_id = $1 and pr.publication = 'published' and pr.due_on < current_date and pr.status in ('open', 'in_progress')`,
      [TESTPROJECT],
    );
    expect(expectedOverdue.length).toBeGreaterThan(0);
    expect(idsOf(overdue.data)).toEqual(expectedOverdue);
    const none = await as.anon.rpc('list_promises', { org_slug: 'testdam', project_slug: 'conceptproject' });
    expect(none.data).toEqual([]);
  });

  it('refuses an unknown status with a 400 that lists the valid ones', async () => {
    const { error, status } = await as.anon.rpc('list_promises', { org_slug: 'testdam', status: 'forgotten' });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/open, in_progress, kept, changed, broken/);
  });
});

describe('list_council_moments and list_lessons', () => {
  it('lists published council moments, within a date range when asked', async () => {
    const { data } = await as.anon.rpc('list_council_moments', { org_slug: 'testdam' });
    const expected = await ids(
      `select c.id::text as id from portal.council_moments c join portal.projects p on p.id = c.project_id where p.organisation_id = '10000000-0000-4000-8000-000000000001' and c.publication = 'published' and p.publication = 'published'`,
    );
    expect(idsOf(data)).toEqual(expected);
    const today = new Date().toISOString().slice(0, 10);
    const coming = await as.anon.rpc('list_council_moments', { org_slug: 'testdam', from_date: today });
    const meets = (coming.data as { meets_on: string }[]).map((moment) => moment.meets_on);
    expect(meets.length).toBeGreaterThan(0);
    expect(meets.every((day) => day >= today)).toBe(true);
    expect(meets.length).toBeLessThan(expected.length);
  });

  it('lists published lessons, filtered by category, and refuses an unknown category', async () => {
    const { data } = await as.anon.rpc('list_lessons', { org_slug: 'testdam' });
    const expected = await ids(
      `select l.id::text as id from portal.lessons l join portal.projects p on p.id = l.project_id where p.organisation_id = '10000000-0000-4000-8000-000000000001' and l.publication = 'published' and p.publication = 'published'`,
    );
    expect(idsOf(data)).toEqual(expected);
    const category = (data as { category: string }[])[0]?.category;
    const filtered = await as.anon.rpc('list_lessons', { org_slug: 'testdam', category });
    expect((filtered.data as { category: string }[]).every((lesson) => lesson.category === category)).toBe(true);
    const bad = await as.anon.rpc('list_lessons', { org_slug: 'testdam', category: '<script>' });
    expect(bad.status).toBe(400);
    const badPhase = await as.anon.rpc('list_lessons', { org_slug: 'testdam', phase_kind: 'someday' });
    expect(badPhase.status).toBe(400);
  });
});

describe('changes_since', () => {
  it('reports a published change after the moment asked about, and no draft change', async () => {
    const first = await as.anon.rpc('changes_since', { org_slug: 'testdam', since: new Date().toISOString() });
    expect(first.error).toBeNull();
    const checkedAt = (first.data as { checked_at: string }).checked_at;
    expect((first.data as { changes: unknown[] }).changes).toEqual([]);

    await portal.db.query(
      `update portal.decisions set rationale = rationale || ' (aangevuld)' where id = '50000000-0000-4000-8000-000000000001'`,
    );
    await portal.db.query(
      `update portal.decisions set rationale = rationale || ' (concept)' where id = '50000000-0000-4000-8000-000000000002'`,
    );
    const later = await as.anon.rpc('changes_since', { org_slug: 'testdam', since: checkedAt });
    const changes = (later.data as { changes: { kind: string; id: string }[] }).changes;
    expect(changes.map((change) => change.id)).toEqual(['50000000-0000-4000-8000-000000000001']);
    expect(changes[0]?.kind).toBe('decision');
  });

  it('refuses a missing or malformed moment with a 400', async () => {
    const missing = await as.anon.rpc('changes_since', { org_slug: 'testdam', since: null });
    expect(missing.status).toBe(400);
    const malformed = await as.anon.rpc('changes_since', { org_slug: 'testdam', since: 'yesterday-ish' });
    expect(malformed.status).toBe(400);
  });
});

describe('my_staff_memberships', () => {
  it('is refused to anon and tells each signed-in user only their own memberships', async () => {
    const anon = await as.anon.rpc('my_staff_memberships');
    expect(anon.status).toBe(401);
    expect((await as.outsider.rpc('my_staff_memberships')).data).toEqual([]);
    expect((await as.editor.rpc('my_staff_memberships')).data).toEqual([
      { organisation: expect.objectContaining({ slug: 'testdam' }), role: 'editor' },
    ]);
    expect((await as.approver.rpc('my_staff_memberships')).data).toEqual([
      { organisation: expect.objectContaining({ slug: 'testdam' }), role: 'approver' },
    ]);
    expect((await as.admin.rpc('my_staff_memberships')).data).toEqual([
      { organisation: expect.objectContaining({ slug: 'testdam' }), role: 'admin' },
    ]);
    expect((await as.otherEditor.rpc('my_staff_memberships')).data).toEqual([
      { organisation: expect.objectContaining({ slug: 'otherdam' }), role: 'editor' },
    ]);
  });
});

describe('hostile text', () => {
  it("comes back byte for byte, neither stripped nor escaped: escaping is the page's job", async () => {
    const { rows } = await portal.db.query<{ title: string }>(
      `select title from portal.decisions where id = '50000000-0000-4000-8000-000000000001'`,
    );
    const { data } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
    const decision = ((data as Json).decisions as { id: string; title: string }[]).find(
      (item) => item.id === '50000000-0000-4000-8000-000000000001',
    );
    expect(rows[0]?.title).toContain('<script>');
    expect(decision?.title).toBe(rows[0]?.title);
  });
});

describe('project_timeline after a withdrawal', () => {
  // Last in this file: it withdraws the fixture's only kept promise.
  it("stays the same document for every caller, and the withdrawn promise's status changes keep naming it", async () => {
    const kept = '70000000-0000-4000-8000-000000000003';
    await callOk(as.approver, 'staff_unpublish', { kind: 'promise', id: kept, project_id: TESTPROJECT, reason: 'Dubbel opgenomen' });
    const docs = await Promise.all(
      ALL_ACTORS.map((actor) => as[actor].rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' })),
    );
    const { generated_at: _first, ...first } = docs[0]?.data as Json;
    for (const [index, { data, error }] of docs.entries()) {
      expect(error, ALL_ACTORS[index]).toBeNull();
      const { generated_at: _ignored, ...rest } = data as Json;
      expect(rest, ALL_ACTORS[index]).toEqual(first);
    }
    expect(idsOf(first['promises'])).not.toContain(kept);
    expect((first['withdrawn'] as Json[]).find((notice) => notice['id'] === kept)).toMatchObject({
      kind: 'promise',
      reason: 'Dubbel opgenomen',
    });
    const changes = await ids(`select id::text as id from portal.promise_status_changes where promise_id = $1`, [kept]);
    expect(changes.length).toBeGreaterThan(0);
    const statusHistory = (first['history'] as Json[]).filter(
      (entry) => entry['kind'] === 'promise_status' && changes.includes(entry['record_id'] as string),
    );
    expect(statusHistory.map((entry) => entry['record_id']).sort()).toEqual(changes);
    expect(statusHistory.every((entry) => entry['promise_id'] === kept)).toBe(true);
  });
});
