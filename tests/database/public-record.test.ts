import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { contentFields, publishableKinds } from '../../src/lib/records/kinds.ts';
import { callOk, callStaff, clientsFor, countAsOwner, startFixturePortal, TESTDAM, TESTPROJECT, type Actor } from './support.ts';

// The public record through the API, for every kind of record staff can write (migration
// 20261204000100_public_record.sql): an editor's change stays invisible to residents until someone who wrote
// none of it approves it; whoever edited it since it was submitted is refused; where the organisation allows
// self-approval the public version says so; and every publication adds exactly one ledger entry and version.
// Calls commit, so each kind works on its own fixture record.

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
beforeAll(async () => {
  portal = await startFixturePortal();
  as = await clientsFor(portal, 'en');
});
afterAll(async () => {
  await portal?.close();
});

type Row = Record<string, unknown> & { id: string; updated_at: string };

/** What residents see of testproject: project_timeline as anon. */
async function publicDocument(): Promise<
  Record<string, unknown> & { project: Row; people: Row[]; phases: Row[]; withdrawn: Row[]; history: Row[] }
> {
  const { data, error } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
  if (error) throw new Error(error.message);
  return data as never;
}

/** The records of one kind as residents see them, by id. */
async function publicRecords(list: string): Promise<Map<string, Row>> {
  const document = await publicDocument();
  if (list === 'project') return new Map([[document.project.id, document.project]]);
  if (list === 'persons') {
    // A person's card appears wherever a published record names them.
    const cards = new Map<string, Row>();
    for (const phase of document.phases) if (phase['contact']) cards.set((phase['contact'] as Row).id, phase['contact'] as Row);
    for (const person of document.people) cards.set(person['person_id'] as string, person);
    return cards;
  }
  return new Map(((document[list] ?? []) as Row[]).map((row) => [row.id, row]));
}

async function ledgerLength(): Promise<number> {
  return countAsOwner(portal.db, 'select seq from portal.ledger where organisation_id = $1', [TESTDAM]);
}

/** One staff record as the editor's workspace loads it. */
async function staffRecord(list: string, id: string, actor: Actor = 'editor'): Promise<Row> {
  const project = await callOk(as[actor], 'staff_project', { project_id: TESTPROJECT });
  if (list === 'project') return project['project'] as Row;
  const found = (project[list] as Row[]).find((row) => row.id === id);
  if (!found) throw new Error(`${list} ${id} not in staff_project`);
  return found;
}

interface KindCase {
  kind: string;
  save: string;
  /** Where staff_project and project_timeline keep it. */
  staffList: string;
  publicList: string;
  id: string;
  /** The text field the test rewrites. */
  field: string;
  /** The input of the save function, from the record as staff_project gives it. */
  input: (row: Row) => Record<string, unknown>;
}

const inProject = (row: Row) => ({ ...row, project_id: TESTPROJECT });
const CASES: KindCase[] = [
  {
    kind: 'project',
    save: 'staff_save_project',
    staffList: 'project',
    publicList: 'project',
    id: TESTPROJECT,
    field: 'summary',
    input: (row) => ({ ...row, organisation_id: TESTDAM }),
  },
  {
    kind: 'phase',
    save: 'staff_save_phase',
    staffList: 'phases',
    publicList: 'phases',
    id: '40000000-0000-4000-8000-000000000003',
    field: 'open_for_input',
    input: inProject,
  },
  {
    kind: 'person',
    save: 'staff_save_person',
    staffList: 'people',
    publicList: 'persons',
    id: '30000000-0000-4000-8000-000000000003',
    field: 'job_title',
    input: (row) => ({ ...row, organisation_id: TESTDAM }),
  },
  {
    kind: 'handover',
    save: 'staff_save_handover',
    staffList: 'handovers',
    publicList: 'handovers',
    id: 'f0000000-0000-4000-8000-000000000001',
    field: 'note',
    input: inProject,
  },
  {
    kind: 'group',
    save: 'staff_save_group',
    staffList: 'groups',
    publicList: 'groups',
    id: 'c0000000-0000-4000-8000-000000000001',
    field: 'note',
    input: inProject,
  },
  {
    kind: 'input_theme',
    save: 'staff_save_input_theme',
    staffList: 'input_themes',
    publicList: 'input_themes',
    id: '60000000-0000-4000-8000-000000000001',
    field: 'you_said',
    input: inProject,
  },
  {
    kind: 'decision',
    save: 'staff_save_decision',
    staffList: 'decisions',
    publicList: 'decisions',
    id: '50000000-0000-4000-8000-000000000001',
    field: 'rationale',
    input: inProject,
  },
  {
    kind: 'promise',
    save: 'staff_save_promise',
    staffList: 'promises',
    publicList: 'promises',
    id: '70000000-0000-4000-8000-000000000001',
    field: 'body',
    input: inProject,
  },
  {
    kind: 'council_moment',
    save: 'staff_save_council_moment',
    staffList: 'council_moments',
    publicList: 'council_moments',
    id: '90000000-0000-4000-8000-000000000001',
    field: 'proposal',
    input: inProject,
  },
  {
    kind: 'key_date',
    save: 'staff_save_key_date',
    staffList: 'key_dates',
    publicList: 'key_dates',
    id: 'b0000000-0000-4000-8000-000000000002',
    field: 'how_to_join',
    input: inProject,
  },
  {
    kind: 'update',
    save: 'staff_save_update',
    staffList: 'updates',
    publicList: 'updates',
    id: 'a0000000-0000-4000-8000-000000000002',
    field: 'title',
    input: inProject,
  },
  {
    kind: 'lesson',
    save: 'staff_save_lesson',
    staffList: 'lessons',
    publicList: 'lessons',
    id: 'd0000000-0000-4000-8000-000000000001',
    field: 'lesson',
    input: inProject,
  },
];

function target(kindCase: KindCase): Record<string, unknown> {
  return { kind: kindCase.kind, id: kindCase.id, ...(kindCase.kind === 'person' ? {} : { project_id: TESTPROJECT }) };
}

describe.each(CASES)('a published $kind', (kindCase) => {
  it('changes for residents only when someone who wrote none of the change approves it, with one ledger entry', async () => {
    const marker = `rev-${kindCase.kind}-editor`;
    const before = (await publicRecords(kindCase.publicList)).get(kindCase.id);
    expect(before, 'the fixture record is public').toBeDefined();
    const ledgerBefore = await ledgerLength();

    // The editor saves a change: it becomes a pending revision, and residents keep seeing the published words.
    const row = await staffRecord(kindCase.staffList, kindCase.id);
    const saved = await callOk(as.editor, kindCase.save, { ...kindCase.input(row), [kindCase.field]: marker, updated_at: row.updated_at });
    expect(saved[kindCase.field]).toBe(marker);
    expect(saved['pending']).toMatchObject({ state: 'draft', changed_fields: [kindCase.field] });
    expect((await publicRecords(kindCase.publicList)).get(kindCase.id)?.[kindCase.field]).toBe(before?.[kindCase.field]);
    await callOk(as.editor, 'staff_submit', { ...target(kindCase), updated_at: saved['updated_at'] });

    // The approver rewrites it after it was submitted, and may then not approve the words they wrote.
    const pending = await staffRecord(kindCase.staffList, kindCase.id, 'approver');
    const rewritten = `rev-${kindCase.kind}-approver`;
    await callOk(as.approver, kindCase.save, { ...kindCase.input(pending), [kindCase.field]: rewritten, updated_at: pending.updated_at });
    const refused = await callStaff(as.approver, 'staff_approve', target(kindCase));
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/You wrote part of this text, so another approver has to approve it/);
    expect(await ledgerLength()).toBe(ledgerBefore);
    expect((await publicRecords(kindCase.publicList)).get(kindCase.id)?.[kindCase.field]).toBe(before?.[kindCase.field]);

    // The admin wrote none of it: the change goes public, as version 2, marked changed, with one ledger entry.
    const approved = await callOk(as.admin, 'staff_approve', target(kindCase));
    expect(approved).toMatchObject({ kind: kindCase.kind, id: kindCase.id, publication: 'published', version: 2, pending: null });
    const after = (await publicRecords(kindCase.publicList)).get(kindCase.id);
    expect(after?.[kindCase.field]).toBe(rewritten);
    if (kindCase.kind !== 'person') expect(after).toMatchObject({ version: 2, self_approved: false });
    expect(await ledgerLength()).toBe(ledgerBefore + 1);
    const { rows } = await portal.db.query<{ event: Record<string, unknown> }>(
      'select event from portal.ledger where organisation_id = $1 order by seq desc limit 1',
      [TESTDAM],
    );
    expect(rows[0]?.event).toMatchObject({
      type: 'revision',
      kind: kindCase.kind,
      record_id: kindCase.id,
      version: 2,
      approval: 'four_eyes',
      approved_by_role: 'admin',
    });

    // The history keeps both versions, with the old and the new words.
    const history = (await publicDocument()).history.filter(
      (entry) => entry['record_id'] === kindCase.id && entry['kind'] === kindCase.kind,
    );
    expect(history.map((entry) => (entry['content'] as Record<string, unknown>)[kindCase.field])).toEqual([
      before?.[kindCase.field],
      rewritten,
    ]);
  });
});

describe('a new record', () => {
  it('stays a draft residents cannot see until a second person approves it', async () => {
    const created = await callOk(as.editor, 'staff_save_group', {
      project_id: TESTPROJECT,
      name: 'Nieuwe groep',
      status: 'gap',
      note: 'Nog bereiken',
    });
    expect(created).toMatchObject({ publication: 'draft', version: 0 });
    expect((await publicRecords('groups')).has(created['id'] as string)).toBe(false);
    const ledgerBefore = await ledgerLength();
    await callOk(as.editor, 'staff_submit', { kind: 'group', id: created['id'], project_id: TESTPROJECT });
    expect((await publicRecords('groups')).has(created['id'] as string)).toBe(false);
    await callOk(as.approver, 'staff_approve', { kind: 'group', id: created['id'], project_id: TESTPROJECT });
    expect((await publicRecords('groups')).get(created['id'] as string)).toMatchObject({ name: 'Nieuwe groep', version: 1 });
    expect(await ledgerLength()).toBe(ledgerBefore + 1);
  });

  it('cannot refer to a person who is not public yet', async () => {
    const person = await callOk(as.editor, 'staff_save_person', {
      organisation_id: TESTDAM,
      name: 'Nog niet openbaar',
      job_title: 'Adviseur',
    });
    const phase = await staffRecord('phases', '40000000-0000-4000-8000-000000000002');
    await callOk(as.editor, 'staff_save_phase', {
      ...phase,
      project_id: TESTPROJECT,
      contact_person_id: person['id'],
      updated_at: phase.updated_at,
    });
    const refused = await callStaff(as.approver, 'staff_approve', { kind: 'phase', id: phase.id, project_id: TESTPROJECT });
    expect(refused).toMatchObject({ status: 409, hint: 'contact_person_id' });
    expect(refused.message).toContain('Nog niet openbaar');
    await callOk(as.editor, 'staff_delete_draft', { kind: 'phase', id: phase.id, project_id: TESTPROJECT });
  });
});

describe('a new holder of a role', () => {
  it('takes over publicly only when approved, and the previous holder keeps their period', async () => {
    const contactBefore = (await publicDocument()).people.find((person) => person['role'] === 'contact' && person['until'] === null);
    const proposed = await callOk(as.editor, 'staff_assign_person', {
      project_id: TESTPROJECT,
      person_id: '30000000-0000-4000-8000-000000000003',
      role: 'contact',
      since: new Date().toISOString().slice(0, 10),
    });
    expect(proposed).toMatchObject({ publication: 'draft', role: 'contact' });
    expect((await publicDocument()).people.find((person) => person['role'] === 'contact' && person['until'] === null)?.['person_id']).toBe(
      contactBefore?.['person_id'],
    );
    const ledgerBefore = await ledgerLength();
    await callOk(as.approver, 'staff_approve', { kind: 'assignment', id: proposed['id'], project_id: TESTPROJECT });
    const people = (await publicDocument()).people;
    expect(people.find((person) => person['role'] === 'contact' && person['until'] === null)?.['person_id']).toBe(
      '30000000-0000-4000-8000-000000000003',
    );
    expect(people.find((person) => person.id === contactBefore?.id)?.['until']).not.toBeNull();
    // The new holder's publication and the end of the previous holder's period: two events.
    expect(await ledgerLength()).toBe(ledgerBefore + 2);
  });
});

describe("a promise's status", () => {
  const promise = '70000000-0000-4000-8000-000000000002';
  const publicHistory = async () => ((await publicRecords('promises')).get(promise)?.['history'] ?? []) as Row[];

  it('needs an explanation for every status but open, and joins the public history only when a second person approves it', async () => {
    const ask = { promise_id: promise, project_id: TESTPROJECT, status: 'kept', changed_by: 'Projectteam' };
    const refused = await callStaff(as.editor, 'staff_change_promise_status', ask);
    expect(refused).toMatchObject({ status: 400, hint: 'explanation' });
    const historyBefore = (await publicHistory()).length;
    const asked = await callOk(as.editor, 'staff_change_promise_status', { ...ask, explanation: 'Het verslag staat online.' });
    expect(asked['pending_status']).toMatchObject({ status: 'kept', state: 'awaiting_approval' });
    expect(await publicHistory()).toHaveLength(historyBefore);
    expect((await callStaff(as.editor, 'staff_approve', { kind: 'promise_status', id: promise, project_id: TESTPROJECT })).status).toBe(
      403,
    );

    const ledgerBefore = await ledgerLength();
    await callOk(as.approver, 'staff_approve', { kind: 'promise_status', id: promise, project_id: TESTPROJECT });
    const history = await publicHistory();
    expect(history).toHaveLength(historyBefore + 1);
    expect(history.at(-1)).toMatchObject({ status: 'kept', explanation: 'Het verslag staat online.', changed_by: 'Projectteam' });
    expect((await publicRecords('promises')).get(promise)?.['status']).toBe('kept');
    expect(await ledgerLength()).toBe(ledgerBefore + 1);
  });
});

describe('self-approval', () => {
  it('is refused by default, and where the organisation allows it the public version says so', async () => {
    const id = 'd0000000-0000-4000-8000-000000000003';
    const lesson = await staffRecord('lessons', id, 'approver');
    await callOk(as.approver, 'staff_save_lesson', {
      ...lesson,
      project_id: TESTPROJECT,
      title: 'Zelf geschreven les',
      updated_at: lesson.updated_at,
    });
    const refused = await callStaff(as.approver, 'staff_approve', { kind: 'lesson', id, project_id: TESTPROJECT });
    expect(refused.status).toBe(403);
    await portal.db.query('update portal.organisations set allow_self_approval = true where id = $1', [TESTDAM]);
    try {
      const record = await staffRecord('lessons', id, 'approver');
      expect(record['may_approve']).toBe(true);
      await callOk(as.approver, 'staff_approve', { kind: 'lesson', id, project_id: TESTPROJECT });
      expect((await publicRecords('lessons')).get(id)).toMatchObject({ title: 'Zelf geschreven les', self_approved: true });
      const { rows } = await portal.db.query<{ event: Record<string, unknown> }>(
        'select event from portal.ledger where organisation_id = $1 order by seq desc limit 1',
        [TESTDAM],
      );
      expect(rows[0]?.event).toMatchObject({ kind: 'lesson', record_id: id, approval: 'self' });
    } finally {
      await portal.db.query('update portal.organisations set allow_self_approval = false where id = $1', [TESTDAM]);
    }
  });
});

describe('two people revising one record', () => {
  it('answers the second with a 409 and keeps the first one’s words', async () => {
    const id = 'b0000000-0000-4000-8000-000000000001';
    const row = await staffRecord('key_dates', id);
    const first = await callStaff(as.editor, 'staff_save_key_date', {
      ...row,
      project_id: TESTPROJECT,
      title: 'Eerste versie',
      updated_at: row.updated_at,
    });
    expect(first.status).toBe(200);
    const second = await callStaff(as.approver, 'staff_save_key_date', {
      ...row,
      project_id: TESTPROJECT,
      title: 'Tweede versie',
      updated_at: row.updated_at,
    });
    expect(second).toMatchObject({ status: 409, hint: 'updated_at' });
    expect((await staffRecord('key_dates', id))['title']).toBe('Eerste versie');
  });
});

describe('a withdrawal', () => {
  it('needs a reason, and leaves a public notice of what was withdrawn, when and why', async () => {
    const id = 'c0000000-0000-4000-8000-000000000002';
    const noReason = await callStaff(as.approver, 'staff_unpublish', { kind: 'group', id, project_id: TESTPROJECT, reason: '  ' });
    expect(noReason).toMatchObject({ status: 400, hint: 'reason' });
    const ledgerBefore = await ledgerLength();
    await callOk(as.approver, 'staff_unpublish', { kind: 'group', id, project_id: TESTPROJECT, reason: 'Dubbel opgenomen' });
    expect((await publicRecords('groups')).has(id)).toBe(false);
    const notice = (await publicDocument()).withdrawn.find((item) => item.id === id);
    expect(notice).toMatchObject({ kind: 'group', reason: 'Dubbel opgenomen' });
    expect(notice?.['title']).toContain('td-group-gap-name');
    expect(await ledgerLength()).toBe(ledgerBefore + 1);
  });
});

describe('a withdrawn project', () => {
  type Withdrawn = { ledger_head: number | null; projects: Array<Record<string, unknown>> };
  const withdrawnProjects = async (org = 'testdam'): Promise<Withdrawn> => {
    const { data, error } = await as.anon.rpc('withdrawn_projects', { org_slug: org });
    if (error) throw new Error(error.message);
    return data as Withdrawn;
  };

  it('keeps a public notice at its address with its title and reason, until it is published again', async () => {
    // The fixture's withdrawn project, with its hostile reason as it was given.
    const before = await withdrawnProjects();
    expect(before.projects.map((project) => project['slug'])).toEqual(['ingetrokkenproject']);
    expect(before.projects[0]?.['title']).toContain('td-withdrawn-project-title');
    expect(before.projects[0]?.['reason']).toContain('td-withdrawn-project-reason');
    expect((await withdrawnProjects('otherdam')).projects).toEqual([]);

    const slug = `verdwenen-${Date.now()}`;
    const saved = await callOk(as.editor, 'staff_save_project', {
      organisation_id: TESTDAM,
      slug,
      title: 'Speeltuin aan de dijk',
      summary: 'We bouwen een speeltuin.',
      theme: 'Spelen',
      area: 'Centrum',
      status: 'planned',
      starts_on: '2027-01-01',
      ends_on: '2027-12-31',
      council_role: 'geen',
    });
    const id = String(saved['id']);
    const target = { kind: 'project', id, project_id: id };
    await callOk(as.editor, 'staff_submit', target);
    await callOk(as.approver, 'staff_approve', target);
    expect((await withdrawnProjects()).projects.some((project) => project['id'] === id)).toBe(false);

    await callOk(as.approver, 'staff_unpublish', { ...target, reason: 'De grond is verkocht; de speeltuin komt er niet.' });
    const after = await withdrawnProjects();
    expect(after.projects[0]).toEqual({
      id,
      slug,
      title: 'Speeltuin aan de dijk',
      reason: 'De grond is verkocht; de speeltuin komt er niet.',
      version: 1,
      withdrawn_at: expect.any(String),
    });
    expect(after.ledger_head).toBe(await ledgerLength());
    // Residents no longer find the project itself, only the notice.
    const { error } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: slug });
    expect(error?.code).toBe('PT404');

    await callOk(as.approver, 'staff_approve', target);
    expect((await withdrawnProjects()).projects.some((project) => project['id'] === id)).toBe(false);
  });

  it('answers an unknown organisation with 404', async () => {
    const { error } = await as.anon.rpc('withdrawn_projects', { org_slug: 'nergensdam' });
    expect(error?.code).toBe('PT404');
  });
});

describe('the kinds', () => {
  it('are the same in the database and in src/lib/records/kinds.ts, field by field', async () => {
    const { rows } = await portal.db.query<{ kind: string; content_fields: string[]; time_fields: string[] }>(
      'select kind, content_fields, time_fields from portal.publishable_kinds order by kind',
    );
    expect(rows.map((row) => row.kind).sort()).toEqual([...publishableKinds].sort());
    for (const row of rows) {
      const spec = contentFields[row.kind as keyof typeof contentFields];
      expect(row.content_fields, row.kind).toEqual([...spec.fields]);
      expect(row.time_fields, row.kind).toEqual([...(spec.times ?? [])]);
    }
  });
});
