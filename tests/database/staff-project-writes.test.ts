import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import {
  ANDERPROJECT,
  clientsFor,
  englishClientFor,
  OTHERDAM,
  startFixturePortal,
  TESTDAM,
  TESTPROJECT,
  ACTORS,
  type Actor,
} from './support.ts';

// The staff write functions for a project's structure (migration 20261128001100), through supabase-js and the
// stand-in, as the workspace calls them. Structure records have a publication state too
// (20261204000100_public_record.sql): a new one is a draft, a save of a published one is its pending revision,
// deleting is staff_delete_draft and what is public is withdrawn with staff_unpublish. Writes commit, so every
// test that changes something works on records it made itself, or says which fixture record it changes and why
// no other test depends on it.

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
let editorEn: SupabaseClient;
beforeAll(async () => {
  portal = await startFixturePortal();
  as = await clientsFor(portal);
  editorEn = await englishClientFor(portal, 'editor');
});
afterAll(async () => {
  await portal?.close();
});

type Json = Record<string, unknown>;
type Call = { data: unknown; error: { code: string; message: string; hint: string | null } | null; status: number };

/** Fixture ids (tests/fixtures/hostile-seed.sql). */
const PERSON = {
  previousContact: '30000000-0000-4000-8000-000000000001',
  contact: '30000000-0000-4000-8000-000000000002',
  lead: '30000000-0000-4000-8000-000000000003',
  otherdam: '30000000-0000-4000-8000-000000000005',
};
const PHASE = {
  vision: '40000000-0000-4000-8000-000000000001',
  plan: '40000000-0000-4000-8000-000000000002',
  decision: '40000000-0000-4000-8000-000000000003',
  anderproject: '40000000-0000-4000-8000-000000000005',
};
const GROUP_INVOLVED = 'c0000000-0000-4000-8000-000000000001';
const THEME_ANSWERED = '60000000-0000-4000-8000-000000000001';
const HANDOVER = 'f0000000-0000-4000-8000-000000000001';
const CONCEPTPROJECT = '20000000-0000-4000-8000-000000000002';

let counter = 0;
/** A name no other test uses, so tests that commit never collide. */
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

async function call(client: SupabaseClient, fn: string, input: unknown): Promise<Call> {
  const { data, error, status } = await client.rpc(fn, { input });
  return { data, error: error as Call['error'], status };
}
async function ok(client: SupabaseClient, fn: string, input: unknown): Promise<Json> {
  const result = await call(client, fn, input);
  expect(result.error, `${fn}: ${result.error?.message}`).toBeNull();
  expect(result.status).toBe(200);
  return result.data as Json;
}
async function row(table: string, id: string): Promise<Json | undefined> {
  const { rows } = await portal.db.query<Json>(`select to_jsonb(t) as row from portal.${table} t where id = $1`, [id]);
  return rows[0]?.row as Json | undefined;
}

const newProject = (over: Json = {}): Json => ({
  organisation_id: TESTDAM,
  slug: unique('project'),
  title: 'Nieuwe speeltuin',
  summary: 'We bouwen een speeltuin.',
  theme: 'Spelen',
  area: 'Centrum',
  status: 'planned',
  starts_on: '2027-01-01',
  ends_on: '2027-12-31',
  council_role: 'geen',
  meetings_held: 2,
  budget_eur: '12500,50',
  ...over,
});
const newPhase = (over: Json = {}): Json => ({
  project_id: CONCEPTPROJECT,
  position: 45,
  kind: 'plan',
  title: 'Plan maken',
  starts_on: '2027-01-01',
  ends_on: '2027-03-01',
  participation_level: 'adviseren',
  open_for_input: 'De inrichting',
  fixed_frames: 'Het budget',
  time_asked: 'Twee avonden',
  time_asked_hours: '2,5',
  results_expected: 'In april',
  department: 'Ruimte',
  contact_person_id: PERSON.contact,
  ...over,
});
const newPerson = (over: Json = {}): Json => ({
  organisation_id: TESTDAM,
  name: 'Sanne de Vries',
  job_title: 'Omgevingsmanager',
  department: 'Ruimte',
  phone: '+31 (0)20-555 0199',
  contact_url: 'https://testdam.example/contact',
  ...over,
});
const newHandover = (over: Json = {}): Json => ({
  project_id: TESTPROJECT,
  handed_over_on: '2026-06-01',
  from_phase_id: PHASE.plan,
  to_phase_id: PHASE.decision,
  from_department: 'Ruimte',
  to_department: 'Uitvoering',
  from_person_id: PERSON.contact,
  to_person_id: PERSON.lead,
  note: 'Open toezeggingen gaan mee.',
  ...over,
});
const newGroup = (over: Json = {}): Json => ({
  project_id: TESTPROJECT,
  name: unique('Groep'),
  status: 'gap',
  note: 'Nog niet bereikt.',
  ...over,
});
const newTheme = (over: Json = {}): Json => ({
  project_id: TESTPROJECT,
  phase_id: PHASE.plan,
  title: 'Verkeer',
  you_said: 'Te hard rijden.',
  times_raised: 12,
  ...over,
});

/** What residents see of testproject: project_timeline as anon. */
async function publicTestproject(): Promise<Json & { project: Json; phases: Json[] }> {
  const { data, error } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
  expect(error).toBeNull();
  return data as Json & { project: Json; phases: Json[] };
}
/** The length of testdam's ledger: every publication event adds one entry. */
async function ledgerLength(): Promise<number> {
  const { rows } = await portal.db.query<{ n: number }>('select count(*)::int as n from portal.ledger where organisation_id = $1', [
    TESTDAM,
  ]);
  return rows[0]?.n ?? 0;
}
/** A person of testdam residents may see: saved by the editor, approved by the approver. */
async function publishedPerson(): Promise<Json> {
  const person = await ok(as.editor, 'staff_save_person', newPerson());
  expect(await ok(as.approver, 'staff_approve', { kind: 'person', id: person.id })).toMatchObject({ publication: 'published' });
  return person;
}

describe('staff_save_project', () => {
  it('an editor creates a draft project written by them', async () => {
    const input = newProject();
    const saved = await ok(as.editor, 'staff_save_project', input);
    expect(saved).toMatchObject({
      publication: 'draft',
      author_id: ACTORS.editor.id,
      organisation_id: TESTDAM,
      slug: input.slug,
      budget_eur: 12500.5,
    });
    expect(await row('projects', saved.id as string)).toMatchObject({
      title: 'Nieuwe speeltuin',
      publication: 'draft',
      author_id: ACTORS.editor.id,
    });
  });

  it('ignores a publication state or author sent along: a save never publishes', async () => {
    const saved = await ok(
      as.editor,
      'staff_save_project',
      newProject({ publication: 'published', author_id: ACTORS.approver.id, published_at: '2026-01-01T00:00:00Z' }),
    );
    expect(saved).toMatchObject({ publication: 'draft', author_id: ACTORS.editor.id, published_at: null });
  });

  it('refuses a web address that is taken with a message on the slug field, not a 409', async () => {
    const result = await call(as.editor, 'staff_save_project', newProject({ slug: 'testproject' }));
    expect(result).toMatchObject({ status: 400, error: { code: '22023', hint: 'slug' } });
    expect(result.error?.message).toMatch(/al een project met dit webadres/);
    // otherdam has no project called testproject's sibling: the same slug is free in another organisation.
    const elsewhere = await ok(as.otherEditor, 'staff_save_project', newProject({ organisation_id: OTHERDAM, slug: 'testproject' }));
    expect(elsewhere.organisation_id).toBe(OTHERDAM);
  });

  it('changes an own draft with the version it loaded, and refuses a stale version with 409', async () => {
    const created = await ok(as.editor, 'staff_save_project', newProject());
    const changed = await ok(as.editor, 'staff_save_project', {
      ...newProject({ slug: created.slug }),
      id: created.id,
      title: 'Andere titel',
      updated_at: created.updated_at,
    });
    expect(changed).toMatchObject({ id: created.id, title: 'Andere titel', publication: 'draft' });
    const stale = await call(as.editor, 'staff_save_project', {
      ...newProject({ slug: created.slug }),
      id: created.id,
      title: 'Te laat',
      updated_at: created.updated_at,
    });
    expect(stale).toMatchObject({ status: 409, error: { code: 'PT409', hint: 'updated_at' } });
    expect((await row('projects', created.id as string))?.title).toBe('Andere titel');
  });

  it("an editor's change of a published project is a pending revision: the row and residents keep the published project; an approver's change too", async () => {
    const before = await row('projects', TESTPROJECT);
    const ledgerBefore = await ledgerLength();
    const input = {
      ...newProject({ slug: 'testproject' }),
      id: TESTPROJECT,
      organisation_id: TESTDAM,
      starts_on: before?.starts_on,
      ends_on: before?.ends_on,
    };
    // Editors may save a change of what is public now; it waits as a draft revision for a second person.
    const saved = await ok(as.editor, 'staff_save_project', { ...input, updated_at: before?.updated_at });
    expect(saved).toMatchObject({
      id: TESTPROJECT,
      publication: 'published',
      slug: 'testproject',
      title: 'Nieuwe speeltuin',
      summary: 'We bouwen een speeltuin.',
    });
    expect(saved.pending).toMatchObject({
      state: 'draft',
      i_wrote: true,
      may_approve: false,
      published: { title: before?.title, summary: before?.summary },
    });
    expect((saved.pending as Json).changed_fields).toEqual(expect.arrayContaining(['title', 'summary', 'budget_eur']));
    expect(await row('projects', TESTPROJECT)).toEqual(before);
    expect((await publicTestproject()).project).toMatchObject({ title: before?.title, summary: before?.summary });

    // From now on the form's version is the revision's: the row's own version is stale, also in English.
    const stale = await call(editorEn, 'staff_save_project', { ...input, title: 'Te laat', updated_at: before?.updated_at });
    expect(stale).toMatchObject({ status: 409, error: { code: 'PT409', hint: 'updated_at' } });
    expect(stale.error?.message).toMatch(/^Someone else changed this/);

    // The approver puts the title back on top of the editor's revision: still a revision, the row is untouched.
    // The fixture project keeps its pending change; later tests only read its id, organisation and web address.
    const byApprover = await ok(as.approver, 'staff_save_project', { ...input, title: before?.title, updated_at: saved.updated_at });
    expect(byApprover).toMatchObject({
      publication: 'published',
      title: before?.title,
      pending: { state: 'draft', i_wrote: true, may_approve: false },
    });
    expect((byApprover.pending as Json).changed_fields).not.toContain('title');
    expect((byApprover.pending as Json).changed_fields).toContain('summary');
    expect(await row('projects', TESTPROJECT)).toEqual(before);
    expect((await publicTestproject()).project).toMatchObject({ title: before?.title, summary: before?.summary });
    expect(await ledgerLength()).toBe(ledgerBefore);
  });

  it('keeps an awaiting project awaiting, and makes an unpublished one a draft again', async () => {
    const awaiting = await ok(as.editor, 'staff_save_project', newProject());
    await portal.db.query(`update portal.projects set publication = 'awaiting_approval', submitted_at = now() where id = $1`, [
      awaiting.id,
    ]);
    expect(await ok(as.editor, 'staff_save_project', { ...newProject({ slug: awaiting.slug }), id: awaiting.id })).toMatchObject({
      publication: 'awaiting_approval',
    });

    const withdrawn = await ok(as.editor, 'staff_save_project', newProject());
    await portal.db.query(
      `update portal.projects set publication = 'unpublished', unpublished_reason = 'Fout', published_at = now() where id = $1`,
      [withdrawn.id],
    );
    expect(await ok(as.editor, 'staff_save_project', { ...newProject({ slug: withdrawn.slug }), id: withdrawn.id })).toMatchObject({
      publication: 'draft',
    });
  });

  it('keeps the web address of a project that has been public', async () => {
    const result = await call(as.approver, 'staff_save_project', { ...newProject({ slug: unique('nieuw-adres') }), id: TESTPROJECT });
    expect(result).toMatchObject({ status: 400, error: { hint: 'slug' } });
    const draft = await ok(as.editor, 'staff_save_project', newProject());
    const renamed = unique('ander-adres');
    expect(await ok(as.editor, 'staff_save_project', { ...newProject({ slug: renamed }), id: draft.id })).toMatchObject({ slug: renamed });
  });

  it('refuses an end date before the start on the end date field', async () => {
    const result = await call(as.editor, 'staff_save_project', newProject({ starts_on: '2027-05-01', ends_on: '2027-04-30' }));
    expect(result).toMatchObject({ status: 400, error: { code: '22023', hint: 'ends_on' } });
  });
});

describe('staff_save_phase, and deleting or withdrawing a phase', () => {
  it('an editor adds and changes a phase, also of a published project', async () => {
    const created = await ok(as.editor, 'staff_save_phase', newPhase({ project_id: TESTPROJECT, position: 20 }));
    expect(created).toMatchObject({ project_id: TESTPROJECT, position: 20, time_asked_hours: 2.5, contact_person_id: PERSON.contact });
    const changed = await ok(
      as.editor,
      'staff_save_phase',
      newPhase({ id: created.id, project_id: TESTPROJECT, position: 21, title: 'Nieuwe titel', updated_at: created.updated_at }),
    );
    expect(changed).toMatchObject({ id: created.id, position: 21, title: 'Nieuwe titel' });
    const stale = await call(
      as.editor,
      'staff_save_phase',
      newPhase({ id: created.id, project_id: TESTPROJECT, position: 21, updated_at: created.updated_at }),
    );
    expect(stale).toMatchObject({ status: 409, error: { code: 'PT409' } });
  });

  it('refuses a position that is taken, and a contact person of another organisation, on their fields', async () => {
    const taken = await call(as.editor, 'staff_save_phase', newPhase({ project_id: TESTPROJECT, position: 2 }));
    expect(taken).toMatchObject({ status: 400, error: { code: '22023', hint: 'position' } });
    const foreign = await call(as.editor, 'staff_save_phase', newPhase({ contact_person_id: PERSON.otherdam }));
    expect(foreign).toMatchObject({ status: 400, error: { code: '22023', hint: 'contact_person_id' } });
  });

  it('answers 404 for a phase id of another project', async () => {
    const result = await call(as.editor, 'staff_save_phase', newPhase({ id: PHASE.anderproject, project_id: TESTPROJECT, position: 30 }));
    expect(result).toMatchObject({ status: 404, error: { code: 'PT404' } });
  });

  it('an editor deletes a draft phase with staff_delete_draft', async () => {
    // Deleting used to be for approvers; a draft was never public, so its editors may throw it away.
    const created = await ok(as.editor, 'staff_save_phase', newPhase({ position: 40 }));
    expect(created.publication).toBe('draft');
    const deleted = await ok(as.editor, 'staff_delete_draft', { kind: 'phase', id: created.id, project_id: CONCEPTPROJECT });
    expect(deleted).toEqual({ kind: 'phase', id: created.id, deleted: true });
    expect(await row('phases', created.id as string)).toBeUndefined();
  });

  it('a published phase is not deleted: a draft change of it is discarded, and an approver withdraws it with a reason before it can go', async () => {
    const created = await ok(
      as.editor,
      'staff_save_phase',
      newPhase({ project_id: TESTPROJECT, position: 42, title: 'Fase om terug te trekken' }),
    );
    const id = created.id as string;
    const target = { kind: 'phase', id, project_id: TESTPROJECT };
    await ok(as.editor, 'staff_submit', target);
    expect(await ok(as.approver, 'staff_approve', target)).toMatchObject({ publication: 'published', version: 1 });
    expect((await publicTestproject()).phases.find((phase) => phase.id === id)).toMatchObject({ title: 'Fase om terug te trekken' });

    // A draft change of a published phase can be thrown away; the published phase stays as it was.
    const changed = await ok(as.editor, 'staff_save_phase', newPhase({ id, project_id: TESTPROJECT, position: 42, title: 'Andere titel' }));
    expect(changed.pending).toMatchObject({ state: 'draft' });
    expect(await ok(as.editor, 'staff_delete_draft', target)).toEqual({ kind: 'phase', id, deleted: true, discarded_change: true });
    expect(await row('phases', id)).toMatchObject({ publication: 'published', title: 'Fase om terug te trekken' });
    expect((await portal.db.query('select 1 from portal.revisions where record_id = $1', [id])).rows).toHaveLength(0);

    // What residents see is not deleted, by anyone.
    for (const client of [as.editor, as.approver, as.admin]) {
      expect(await call(client, 'staff_delete_draft', target)).toMatchObject({ status: 409, error: { code: 'PT409' } });
    }
    expect(await row('phases', id)).toMatchObject({ publication: 'published' });

    // Withdrawing it takes an approver and a reason residents see.
    const byEditor = await call(as.editor, 'staff_unpublish', { ...target, reason: 'Deze fase gaat niet door.' });
    expect(byEditor).toMatchObject({ status: 403, error: { code: '42501' } });
    expect(byEditor.error?.message).toMatch(/fiatteur/);
    expect(await call(as.approver, 'staff_unpublish', target)).toMatchObject({ status: 400, error: { hint: 'reason' } });
    expect(await row('phases', id)).toMatchObject({ publication: 'published' });
    expect(await ok(as.approver, 'staff_unpublish', { ...target, reason: 'Deze fase gaat niet door.' })).toMatchObject({
      kind: 'phase',
      id,
      publication: 'unpublished',
    });
    expect((await publicTestproject()).phases.find((phase) => phase.id === id)).toBeUndefined();

    // Withdrawn, its editor may delete it; its public trace stays.
    expect(await ok(as.editor, 'staff_delete_draft', target)).toEqual({ kind: 'phase', id, deleted: true });
    expect(await row('phases', id)).toBeUndefined();
    const { rows } = await portal.db.query<{ event: string; reason: string | null }>(
      "select event, reason from portal.record_versions where kind = 'phase' and record_id = $1 order by at, version",
      [id],
    );
    expect(rows).toEqual([
      { event: 'publish', reason: null },
      { event: 'withdrawal', reason: 'Deze fase gaat niet door.' },
    ]);
  });
});

describe('staff_save_person', () => {
  it('an editor adds and changes a person of their organisation', async () => {
    const created = await ok(as.editor, 'staff_save_person', newPerson());
    expect(created).toMatchObject({ organisation_id: TESTDAM, name: 'Sanne de Vries', phone: '+31 (0)20-555 0199' });
    const changed = await ok(
      as.editor,
      'staff_save_person',
      newPerson({ id: created.id, job_title: 'Projectleider', updated_at: created.updated_at }),
    );
    expect(changed).toMatchObject({ id: created.id, job_title: 'Projectleider' });
    const stale = await call(as.editor, 'staff_save_person', newPerson({ id: created.id, updated_at: created.updated_at }));
    expect(stale).toMatchObject({ status: 409, error: { code: 'PT409' } });
  });

  it('refuses an e-mail address in any field, since people become public', async () => {
    for (const [field, value] of [
      ['name', 'Sanne sanne@testdam.example'],
      ['job_title', 'Bereikbaar via sanne(at)testdam.nl'],
      ['department', 'Ruimte, ruimte [at] testdam.nl'],
      ['portfolio', 'Mail wethouder@testdam.example'],
      ['contact_url', 'https://testdam.example/contact?to=sanne@testdam.example'],
    ] as const) {
      const result = await call(as.editor, 'staff_save_person', newPerson({ [field]: value }));
      expect(result, field).toMatchObject({ status: 400, error: { code: '22023', hint: field } });
      expect(result.error?.message, field).toMatch(/e-mailadres/);
    }
  });

  it('answers 404 for a person of another organisation', async () => {
    const result = await call(as.editor, 'staff_save_person', newPerson({ id: PERSON.otherdam }));
    expect(result).toMatchObject({ status: 404, error: { code: 'PT404' } });
  });
});

describe('staff_assign_person', () => {
  it('proposes a new contact as a draft; only its approval ends the current one the day before, keeping the history', async () => {
    // The new holder must be a person residents may see, or the approval is refused (public-record.test.ts).
    const person = await publishedPerson();
    const { rows } = await portal.db.query<{ id: string; since: string }>(
      `select id::text as id, since::text as since from portal.project_people where project_id = $1 and role = 'contact' and until is null and publication = 'published'`,
      [CONCEPTPROJECT],
    );
    const previous = rows[0];
    expect(previous).toBeDefined();
    const proposals = () =>
      portal.db.query(`select 1 from portal.project_people where project_id = $1 and role = 'contact' and publication <> 'published'`, [
        CONCEPTPROJECT,
      ]);

    const proposed = await ok(as.editor, 'staff_assign_person', {
      project_id: CONCEPTPROJECT,
      person_id: person.id,
      role: 'contact',
      since: '2030-02-01',
    });
    expect(proposed).toMatchObject({
      project_id: CONCEPTPROJECT,
      person_id: person.id,
      role: 'contact',
      since: '2030-02-01',
      until: null,
      publication: 'draft',
      author_id: ACTORS.editor.id,
    });
    expect(await row('project_people', previous?.id ?? '')).toMatchObject({
      since: previous?.since,
      until: null,
      publication: 'published',
    });
    // Proposing again changes the proposal: one per role.
    const again = await ok(as.editor, 'staff_assign_person', {
      project_id: CONCEPTPROJECT,
      person_id: person.id,
      role: 'contact',
      since: '2030-03-01',
    });
    expect(again).toMatchObject({ id: proposed.id, since: '2030-03-01', publication: 'draft' });
    expect((await proposals()).rows).toHaveLength(1);
    expect(await row('project_people', previous?.id ?? '')).toMatchObject({ until: null });

    // The approver, who wrote none of it, approves: the new holder is public, the previous one's period ends the day before.
    expect(await ok(as.approver, 'staff_approve', { kind: 'assignment', id: proposed.id, project_id: CONCEPTPROJECT })).toMatchObject({
      publication: 'published',
    });
    expect(await row('project_people', proposed.id as string)).toMatchObject({
      since: '2030-03-01',
      until: null,
      publication: 'published',
    });
    expect(await row('project_people', previous?.id ?? '')).toMatchObject({
      since: previous?.since,
      until: '2030-02-28',
      publication: 'published',
    });
    // The same person again changes nothing, and proposes nobody.
    expect(
      await ok(as.editor, 'staff_assign_person', {
        project_id: CONCEPTPROJECT,
        person_id: person.id,
        role: 'contact',
        since: '2030-04-01',
      }),
    ).toMatchObject({ id: proposed.id, since: '2030-03-01', publication: 'published' });
    expect((await proposals()).rows).toHaveLength(0);
  });

  it('on the same first day the previous holder ends that day, once someone who did not propose it approves', async () => {
    const first = await publishedPerson();
    const second = await publishedPerson();
    const a = await ok(as.editor, 'staff_assign_person', {
      project_id: CONCEPTPROJECT,
      person_id: first.id,
      role: 'alderman',
      since: '2031-01-01',
    });
    await ok(as.approver, 'staff_approve', { kind: 'assignment', id: a.id, project_id: CONCEPTPROJECT });
    expect(await row('project_people', a.id as string)).toMatchObject({ since: '2031-01-01', until: null, publication: 'published' });

    // The approver proposes the next holder, so another approver has to approve it.
    const b = await ok(as.approver, 'staff_assign_person', {
      project_id: CONCEPTPROJECT,
      person_id: second.id,
      role: 'alderman',
      since: '2031-01-01',
    });
    const refused = await call(as.approver, 'staff_approve', { kind: 'assignment', id: b.id, project_id: CONCEPTPROJECT });
    expect(refused).toMatchObject({ status: 403, error: { code: '42501' } });
    expect(refused.error?.message).toMatch(/^U hebt aan deze tekst meegeschreven, dus een andere fiatteur moet hem goedkeuren/);
    expect(await row('project_people', a.id as string)).toMatchObject({ until: null });
    expect(await row('project_people', b.id as string)).toMatchObject({ publication: 'draft' });

    await ok(as.admin, 'staff_approve', { kind: 'assignment', id: b.id, project_id: CONCEPTPROJECT });
    expect(await row('project_people', a.id as string)).toMatchObject({ since: '2031-01-01', until: '2031-01-01' });
    expect(await row('project_people', b.id as string)).toMatchObject({ since: '2031-01-01', until: null, publication: 'published' });
  });

  it('refuses a person of another organisation and a date before the current holder began', async () => {
    const foreign = await call(as.editor, 'staff_assign_person', {
      project_id: TESTPROJECT,
      person_id: PERSON.otherdam,
      role: 'contact',
      since: '2026-01-01',
    });
    expect(foreign).toMatchObject({ status: 400, error: { code: '22023', hint: 'person_id' } });
    const early = await call(as.editor, 'staff_assign_person', {
      project_id: TESTPROJECT,
      person_id: PERSON.previousContact,
      role: 'project_lead',
      since: '1990-01-01',
    });
    expect(early).toMatchObject({ status: 400, error: { code: '22023', hint: 'since' } });
  });
});

describe('staff_save_handover', () => {
  it('an editor records and changes a handover on a published project', async () => {
    const created = await ok(as.editor, 'staff_save_handover', newHandover());
    expect(created).toMatchObject({ project_id: TESTPROJECT, from_phase_id: PHASE.plan, to_phase_id: PHASE.decision });
    const changed = await ok(
      as.editor,
      'staff_save_handover',
      newHandover({ id: created.id, note: 'Anders', updated_at: created.updated_at }),
    );
    expect(changed).toMatchObject({ note: 'Anders' });
    const stale = await call(as.editor, 'staff_save_handover', newHandover({ id: created.id, updated_at: created.updated_at }));
    expect(stale).toMatchObject({ status: 409 });
  });

  it('refuses phases of another project, the same phase twice and people of another organisation, by field', async () => {
    for (const [over, field] of [
      [{ from_phase_id: PHASE.anderproject }, 'from_phase_id'],
      [{ to_phase_id: PHASE.anderproject }, 'to_phase_id'],
      [{ to_phase_id: PHASE.plan }, 'to_phase_id'],
      [{ from_person_id: PERSON.otherdam }, 'from_person_id'],
      [{ to_person_id: PERSON.otherdam }, 'to_person_id'],
    ] as const) {
      const result = await call(as.editor, 'staff_save_handover', newHandover(over));
      expect(result, field).toMatchObject({ status: 400, error: { code: '22023', hint: field } });
    }
  });
});

describe('staff_save_group, and deleting a group', () => {
  it('an editor adds and changes a group; a duplicate name is refused on the name field', async () => {
    const created = await ok(as.editor, 'staff_save_group', newGroup({ name: 'Jongeren uit de wijk' }));
    const duplicate = await call(as.editor, 'staff_save_group', newGroup({ name: 'jongeren uit de wijk' }));
    expect(duplicate).toMatchObject({ status: 400, error: { code: '22023', hint: 'name' } });
    const changed = await ok(
      as.editor,
      'staff_save_group',
      newGroup({ id: created.id, name: 'Jongeren uit de wijk', status: 'involved', updated_at: created.updated_at }),
    );
    expect(changed).toMatchObject({ status: 'involved' });
    const stale = await call(as.editor, 'staff_save_group', newGroup({ id: created.id, updated_at: created.updated_at }));
    expect(stale).toMatchObject({ status: 409 });
  });

  it('an editor deletes a draft group with staff_delete_draft; one that awaits approval or is published is not deleted', async () => {
    const created = await ok(as.editor, 'staff_save_group', newGroup());
    const target = { kind: 'group', id: created.id, project_id: TESTPROJECT };
    // Awaiting approval, it is in the approver's hands: they send it back before it can go.
    await ok(as.editor, 'staff_submit', target);
    expect(await call(as.editor, 'staff_delete_draft', target)).toMatchObject({ status: 409, error: { code: 'PT409' } });
    expect(await row('groups_involved', created.id as string)).toMatchObject({ publication: 'awaiting_approval' });
    await ok(as.approver, 'staff_return_to_draft', { ...target, reason: 'Toch niet nodig' });
    expect(await ok(as.editor, 'staff_delete_draft', target)).toEqual({ kind: 'group', id: created.id, deleted: true });
    expect(await row('groups_involved', created.id as string)).toBeUndefined();

    // A published group stays, whoever asks: withdrawing it (staff_unpublish, public-record.test.ts) takes it off the site.
    const before = await row('groups_involved', GROUP_INVOLVED);
    for (const client of [as.editor, as.approver, as.admin]) {
      expect(await call(client, 'staff_delete_draft', { kind: 'group', id: GROUP_INVOLVED, project_id: TESTPROJECT })).toMatchObject({
        status: 409,
        error: { code: 'PT409' },
      });
    }
    expect(await row('groups_involved', GROUP_INVOLVED)).toEqual(before);
  });

  it('staff_delete_draft takes the table it deletes from only from the list of publishable kinds', async () => {
    // A kind becomes a table name in dynamic SQL only through portal.kind_table; anything else is refused before
    // a record is looked up, so even an admin and a valid record of that table are out of its reach.
    for (const kind of ['projects', 'staff_memberships', 'revisions', 'group; delete from portal.projects']) {
      const result = await call(as.admin, 'staff_delete_draft', { kind, id: TESTPROJECT, project_id: TESTPROJECT });
      expect(result, kind).toMatchObject({ status: 400, error: { code: '22023', hint: 'kind' } });
    }
    const { rows } = await portal.db.query<{ projects: string | null; group: string | null }>(
      "select portal.kind_table('projects') as projects, portal.kind_table('group') as group",
    );
    expect(rows[0]).toEqual({ projects: null, group: 'groups_involved' });
    expect(await row('projects', TESTPROJECT)).toBeDefined();
  });
});

describe('staff_save_input_theme', () => {
  it('an editor adds and changes a theme; a phase of another project is refused', async () => {
    const created = await ok(as.editor, 'staff_save_input_theme', newTheme());
    expect(created).toMatchObject({ project_id: TESTPROJECT, phase_id: PHASE.plan, times_raised: 12 });
    const changed = await ok(
      as.editor,
      'staff_save_input_theme',
      newTheme({ id: created.id, phase_id: null, times_raised: null, updated_at: created.updated_at }),
    );
    expect(changed).toMatchObject({ phase_id: null, times_raised: null });
    expect(await call(as.editor, 'staff_save_input_theme', newTheme({ id: created.id, updated_at: created.updated_at }))).toMatchObject({
      status: 409,
    });
    expect(await call(as.editor, 'staff_save_input_theme', newTheme({ phase_id: PHASE.anderproject }))).toMatchObject({
      status: 400,
      error: { hint: 'phase_id' },
    });
  });
});

/** Draft records of testdam, made in 'who may call them': only a draft can be deleted. */
const drafts = { phase: '', group: '', person: '' };
/** Every function with a valid input on testdam's records: staff of testdam could run each of these. */
const ON_TESTDAM: [string, () => Json][] = [
  ['staff_save_project (create)', () => newProject()],
  ['staff_save_project (change)', () => ({ ...newProject({ slug: 'testproject' }), id: TESTPROJECT })],
  ['staff_save_phase (create)', () => newPhase({ position: 49 })],
  ['staff_save_phase (change)', () => newPhase({ id: PHASE.plan, project_id: TESTPROJECT, position: 2 })],
  ['staff_delete_draft (phase)', () => ({ kind: 'phase', id: drafts.phase, project_id: TESTPROJECT })],
  ['staff_save_person (create)', () => newPerson()],
  ['staff_save_person (change)', () => newPerson({ id: PERSON.contact })],
  ['staff_delete_draft (person)', () => ({ kind: 'person', id: drafts.person })],
  ['staff_assign_person', () => ({ project_id: TESTPROJECT, person_id: PERSON.lead, role: 'contact', since: '2040-01-01' })],
  ['staff_save_handover (create)', () => newHandover()],
  ['staff_save_handover (change)', () => newHandover({ id: HANDOVER })],
  ['staff_save_group (create)', () => newGroup()],
  ['staff_save_group (change)', () => newGroup({ id: GROUP_INVOLVED })],
  ['staff_delete_draft (group)', () => ({ kind: 'group', id: drafts.group, project_id: TESTPROJECT })],
  ['staff_unpublish (group)', () => ({ kind: 'group', id: GROUP_INVOLVED, project_id: TESTPROJECT, reason: 'Dubbel opgenomen' })],
  ['staff_save_input_theme (create)', () => newTheme()],
  ['staff_save_input_theme (change)', () => newTheme({ id: THEME_ANSWERED })],
];
const fnOf = (label: string) => label.split(' ')[0] ?? label;

/** A fingerprint of every table these functions write, to prove a refused call stored nothing. */
async function fingerprint(): Promise<string> {
  // Revisions too: a save of a published record is stored there, not in its table.
  const tables = ['projects', 'phases', 'people', 'project_people', 'handovers', 'groups_involved', 'input_themes', 'revisions'];
  const parts = await Promise.all(
    tables.map(async (table) => {
      const { rows } = await portal.db.query<{ f: string }>(
        `select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t.id)), '') as f from portal.${table} t`,
      );
      return `${table}=${rows[0]?.f}`;
    }),
  );
  return parts.join(' ');
}

describe('who may call them', () => {
  beforeAll(async () => {
    drafts.phase = (await ok(as.editor, 'staff_save_phase', newPhase({ project_id: TESTPROJECT, position: 43 }))).id as string;
    drafts.group = (await ok(as.editor, 'staff_save_group', newGroup())).id as string;
    drafts.person = (await ok(as.editor, 'staff_save_person', newPerson())).id as string;
  });

  it.each(ON_TESTDAM)("%s: otherdam's editor and a signed-in non-member get 404; anon gets 401; nothing changes", async (label, input) => {
    const before = await fingerprint();
    for (const actor of ['otherEditor', 'outsider'] as const) {
      const result = await call(as[actor], fnOf(label), input());
      expect(result, actor).toMatchObject({ status: 404, error: { code: 'PT404' } });
    }
    const anon = await call(as.anon, fnOf(label), input());
    expect(anon).toMatchObject({ status: 401, error: { code: '42501' } });
    expect(await fingerprint()).toBe(before);
  });

  it("otherdam's editor cannot reach testdam records through their own project or organisation either", async () => {
    for (const [fn, input] of [
      ['staff_save_phase', newPhase({ id: PHASE.plan, project_id: ANDERPROJECT, position: 2 })],
      [
        'staff_save_handover',
        newHandover({
          id: HANDOVER,
          project_id: ANDERPROJECT,
          from_phase_id: null,
          to_phase_id: null,
          from_person_id: null,
          to_person_id: null,
        }),
      ],
      ['staff_save_group', newGroup({ id: GROUP_INVOLVED, project_id: ANDERPROJECT })],
      ['staff_save_input_theme', newTheme({ id: THEME_ANSWERED, project_id: ANDERPROJECT, phase_id: null })],
      ['staff_delete_draft', { kind: 'group', id: drafts.group, project_id: ANDERPROJECT }],
      ['staff_unpublish', { kind: 'group', id: GROUP_INVOLVED, project_id: ANDERPROJECT, reason: 'Dubbel opgenomen' }],
      ['staff_save_person', newPerson({ id: PERSON.contact, organisation_id: OTHERDAM })],
    ] as const) {
      expect(await call(as.otherEditor, fn, input), fn).toMatchObject({ status: 404, error: { code: 'PT404' } });
    }
  });
});

describe('language', () => {
  it('answers in English when the workspace asks for it, and in Dutch otherwise', async () => {
    const input = newProject({ title: '' });
    expect((await call(as.editor, 'staff_save_project', input)).error?.message).toBe('Vul titel in.');
    expect((await call(editorEn, 'staff_save_project', input)).error?.message).toBe('Fill in title.');
    const taken = await call(editorEn, 'staff_save_group', newGroup({ name: 'x', id: undefined }));
    expect(taken.status).toBe(200);
    expect((await call(editorEn, 'staff_save_group', newGroup({ name: 'X' }))).error?.message).toMatch(
      /^This project already has a group with this name/,
    );
    expect((await call(editorEn, 'staff_save_person', newPerson({ name: 'a@b.nl' }))).error?.message).toMatch(/e-mail address/);
    expect((await call(editorEn, 'staff_save_phase', newPhase({ id: PHASE.anderproject, position: 33 }))).error?.message).toMatch(
      /^This item does not exist/,
    );
    expect(
      (await call(editorEn, 'staff_unpublish', { kind: 'group', id: GROUP_INVOLVED, project_id: TESTPROJECT, reason: 'Dubbel' })).error
        ?.message,
    ).toMatch(/^Only an approver/);
    const created = await ok(editorEn, 'staff_save_input_theme', newTheme());
    await ok(editorEn, 'staff_save_input_theme', newTheme({ id: created.id, updated_at: created.updated_at }));
    expect(
      (await call(editorEn, 'staff_save_input_theme', newTheme({ id: created.id, updated_at: created.updated_at }))).error?.message,
    ).toMatch(/^Someone else changed this/);
  });
});
