import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/local-supabase/index.ts';
import { ANDERPROJECT, clientsFor, englishClientFor, OTHERDAM, startFixturePortal, TESTDAM, TESTPROJECT, ACTORS, type Actor } from './support.ts';

// The staff write functions for a project's structure (migration 20261128001100), through supabase-js and the
// stand-in, as the workspace calls them. Writes commit, so every test that changes something works on records
// it made itself, or says which fixture record it changes and why no other test depends on it.

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
const PERSON = { previousContact: '30000000-0000-4000-8000-000000000001', contact: '30000000-0000-4000-8000-000000000002', lead: '30000000-0000-4000-8000-000000000003', otherdam: '30000000-0000-4000-8000-000000000005' };
const PHASE = { vision: '40000000-0000-4000-8000-000000000001', plan: '40000000-0000-4000-8000-000000000002', decision: '40000000-0000-4000-8000-000000000003', anderproject: '40000000-0000-4000-8000-000000000005' };
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
  organisation_id: TESTDAM, slug: unique('project'), title: 'Nieuwe speeltuin', summary: 'We bouwen een speeltuin.',
  theme: 'Spelen', area: 'Centrum', status: 'planned', starts_on: '2027-01-01', ends_on: '2027-12-31',
  council_role: 'geen', meetings_held: 2, budget_eur: '12500,50', ...over,
});
const newPhase = (over: Json = {}): Json => ({
  project_id: CONCEPTPROJECT, position: 45, kind: 'plan', title: 'Plan maken', starts_on: '2027-01-01',
  ends_on: '2027-03-01', participation_level: 'adviseren', open_for_input: 'De inrichting', fixed_frames: 'Het budget',
  time_asked: 'Twee avonden', time_asked_hours: '2,5', results_expected: 'In april', department: 'Ruimte',
  contact_person_id: PERSON.contact, ...over,
});
const newPerson = (over: Json = {}): Json => ({
  organisation_id: TESTDAM, name: 'Sanne de Vries', job_title: 'Omgevingsmanager', department: 'Ruimte',
  phone: '+31 (0)20-555 0199', contact_url: 'https://testdam.example/contact', ...over,
});
const newHandover = (over: Json = {}): Json => ({
  project_id: TESTPROJECT, handed_over_on: '2026-06-01', from_phase_id: PHASE.plan, to_phase_id: PHASE.decision,
  from_department: 'Ruimte', to_department: 'Uitvoering', from_person_id: PERSON.contact, to_person_id: PERSON.lead,
  note: 'Open toezeggingen gaan mee.', ...over,
});
const newGroup = (over: Json = {}): Json => ({ project_id: TESTPROJECT, name: unique('Groep'), status: 'gap', note: 'Nog niet bereikt.', ...over });
const newTheme = (over: Json = {}): Json => ({
  project_id: TESTPROJECT, phase_id: PHASE.plan, title: 'Verkeer', you_said: 'Te hard rijden.', times_raised: 12, ...over,
});

describe('staff_save_project', () => {
  it('an editor creates a draft project written by them', async () => {
    const input = newProject();
    const saved = await ok(as.editor, 'staff_save_project', input);
    expect(saved).toMatchObject({ publication: 'draft', author_id: ACTORS.editor.id, organisation_id: TESTDAM, slug: input.slug, budget_eur: 12500.5 });
    expect(await row('projects', saved.id as string)).toMatchObject({ title: 'Nieuwe speeltuin', publication: 'draft', author_id: ACTORS.editor.id });
  });

  it('ignores a publication state or author sent along: a save never publishes', async () => {
    const saved = await ok(as.editor, 'staff_save_project', newProject({ publication: 'published', author_id: ACTORS.approver.id, published_at: '2026-01-01T00:00:00Z' }));
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
    const changed = await ok(as.editor, 'staff_save_project', { ...newProject({ slug: created.slug }), id: created.id, title: 'Andere titel', updated_at: created.updated_at });
    expect(changed).toMatchObject({ id: created.id, title: 'Andere titel', publication: 'draft' });
    const stale = await call(as.editor, 'staff_save_project', { ...newProject({ slug: created.slug }), id: created.id, title: 'Te laat', updated_at: created.updated_at });
    expect(stale).toMatchObject({ status: 409, error: { code: 'PT409', hint: 'updated_at' } });
    expect((await row('projects', created.id as string))?.title).toBe('Andere titel');
  });

  it('an editor may not change a published project; the message says to ask an approver; an approver may', async () => {
    const before = await row('projects', TESTPROJECT);
    const input = { ...newProject({ slug: 'testproject' }), id: TESTPROJECT, organisation_id: TESTDAM, starts_on: before?.starts_on, ends_on: before?.ends_on };
    const refused = await call(as.editor, 'staff_save_project', input);
    expect(refused).toMatchObject({ status: 403, error: { code: '42501' } });
    expect(refused.error?.message).toMatch(/fiatteur/);
    const english = await call(editorEn, 'staff_save_project', input);
    expect(english.error?.message).toMatch(/approver/);
    expect((await row('projects', TESTPROJECT))?.updated_at).toBe(before?.updated_at);
    // The approver edits the published fixture project; later tests only read its id and organisation.
    const saved = await ok(as.approver, 'staff_save_project', { ...input, title: before?.title });
    expect(saved).toMatchObject({ publication: 'published', slug: 'testproject' });
  });

  it('keeps an awaiting project awaiting, and makes an unpublished one a draft again', async () => {
    const awaiting = await ok(as.editor, 'staff_save_project', newProject());
    await portal.db.query(`update portal.projects set publication = 'awaiting_approval', submitted_at = now() where id = $1`, [awaiting.id]);
    expect(await ok(as.editor, 'staff_save_project', { ...newProject({ slug: awaiting.slug }), id: awaiting.id })).toMatchObject({ publication: 'awaiting_approval' });

    const withdrawn = await ok(as.editor, 'staff_save_project', newProject());
    await portal.db.query(`update portal.projects set publication = 'unpublished', unpublished_reason = 'Fout', published_at = now() where id = $1`, [withdrawn.id]);
    expect(await ok(as.editor, 'staff_save_project', { ...newProject({ slug: withdrawn.slug }), id: withdrawn.id })).toMatchObject({ publication: 'draft' });
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

describe('staff_save_phase and staff_delete_phase', () => {
  it('an editor adds and changes a phase, also of a published project', async () => {
    const created = await ok(as.editor, 'staff_save_phase', newPhase({ project_id: TESTPROJECT, position: 20 }));
    expect(created).toMatchObject({ project_id: TESTPROJECT, position: 20, time_asked_hours: 2.5, contact_person_id: PERSON.contact });
    const changed = await ok(as.editor, 'staff_save_phase', newPhase({ id: created.id, project_id: TESTPROJECT, position: 21, title: 'Nieuwe titel', updated_at: created.updated_at }));
    expect(changed).toMatchObject({ id: created.id, position: 21, title: 'Nieuwe titel' });
    const stale = await call(as.editor, 'staff_save_phase', newPhase({ id: created.id, project_id: TESTPROJECT, position: 21, updated_at: created.updated_at }));
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

  it('deleting a phase is for approvers: an editor gets 403, an approver deletes it', async () => {
    const created = await ok(as.editor, 'staff_save_phase', newPhase({ position: 40 }));
    const refused = await call(as.editor, 'staff_delete_phase', { id: created.id, project_id: CONCEPTPROJECT });
    expect(refused).toMatchObject({ status: 403, error: { code: '42501' } });
    expect(refused.error?.message).toMatch(/fiatteur/);
    expect(await row('phases', created.id as string)).toBeDefined();
    const deleted = await ok(as.approver, 'staff_delete_phase', { id: created.id, project_id: CONCEPTPROJECT });
    expect(deleted.id).toBe(created.id);
    expect(await row('phases', created.id as string)).toBeUndefined();
  });
});

describe('staff_save_person', () => {
  it('an editor adds and changes a person of their organisation', async () => {
    const created = await ok(as.editor, 'staff_save_person', newPerson());
    expect(created).toMatchObject({ organisation_id: TESTDAM, name: 'Sanne de Vries', phone: '+31 (0)20-555 0199' });
    const changed = await ok(as.editor, 'staff_save_person', newPerson({ id: created.id, job_title: 'Projectleider', updated_at: created.updated_at }));
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
  it('names a new contact and closes the current one the day before, keeping the history', async () => {
    const person = await ok(as.editor, 'staff_save_person', newPerson());
    const { rows } = await portal.db.query<{ id: string; since: string }>(
      `select id::text as id, since::text as since from portal.project_people where project_id = $1 and role = 'contact' and until is null`, [CONCEPTPROJECT]);
    const previous = rows[0];
    expect(previous).toBeDefined();
    const saved = await ok(as.editor, 'staff_assign_person', { project_id: CONCEPTPROJECT, person_id: person.id, role: 'contact', since: '2030-02-01' });
    expect(saved).toMatchObject({ project_id: CONCEPTPROJECT, person_id: person.id, role: 'contact', since: '2030-02-01', until: null });
    expect(await row('project_people', previous?.id ?? '')).toMatchObject({ until: '2030-01-31' });
    // The same person again changes nothing.
    expect(await ok(as.editor, 'staff_assign_person', { project_id: CONCEPTPROJECT, person_id: person.id, role: 'contact', since: '2030-03-01' })).toMatchObject({ id: saved.id, since: '2030-02-01' });
  });

  it('on the same first day the previous holder ends that day', async () => {
    const first = await ok(as.editor, 'staff_save_person', newPerson());
    const second = await ok(as.editor, 'staff_save_person', newPerson());
    const a = await ok(as.editor, 'staff_assign_person', { project_id: CONCEPTPROJECT, person_id: first.id, role: 'alderman', since: '2031-01-01' });
    await ok(as.editor, 'staff_assign_person', { project_id: CONCEPTPROJECT, person_id: second.id, role: 'alderman', since: '2031-01-01' });
    expect(await row('project_people', a.id as string)).toMatchObject({ since: '2031-01-01', until: '2031-01-01' });
  });

  it('refuses a person of another organisation and a date before the current holder began', async () => {
    const foreign = await call(as.editor, 'staff_assign_person', { project_id: TESTPROJECT, person_id: PERSON.otherdam, role: 'contact', since: '2026-01-01' });
    expect(foreign).toMatchObject({ status: 400, error: { code: '22023', hint: 'person_id' } });
    const early = await call(as.editor, 'staff_assign_person', { project_id: TESTPROJECT, person_id: PERSON.previousContact, role: 'project_lead', since: '1990-01-01' });
    expect(early).toMatchObject({ status: 400, error: { code: '22023', hint: 'since' } });
  });
});

describe('staff_save_handover', () => {
  it('an editor records and changes a handover on a published project', async () => {
    const created = await ok(as.editor, 'staff_save_handover', newHandover());
    expect(created).toMatchObject({ project_id: TESTPROJECT, from_phase_id: PHASE.plan, to_phase_id: PHASE.decision });
    const changed = await ok(as.editor, 'staff_save_handover', newHandover({ id: created.id, note: 'Anders', updated_at: created.updated_at }));
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

describe('staff_save_group and staff_delete_group', () => {
  it('an editor adds and changes a group; a duplicate name is refused on the name field', async () => {
    const created = await ok(as.editor, 'staff_save_group', newGroup({ name: 'Jongeren uit de wijk' }));
    const duplicate = await call(as.editor, 'staff_save_group', newGroup({ name: 'jongeren uit de wijk' }));
    expect(duplicate).toMatchObject({ status: 400, error: { code: '22023', hint: 'name' } });
    const changed = await ok(as.editor, 'staff_save_group', newGroup({ id: created.id, name: 'Jongeren uit de wijk', status: 'involved', updated_at: created.updated_at }));
    expect(changed).toMatchObject({ status: 'involved' });
    const stale = await call(as.editor, 'staff_save_group', newGroup({ id: created.id, updated_at: created.updated_at }));
    expect(stale).toMatchObject({ status: 409 });
  });

  it('deleting a group is for approvers', async () => {
    const created = await ok(as.editor, 'staff_save_group', newGroup());
    expect(await call(as.editor, 'staff_delete_group', { id: created.id, project_id: TESTPROJECT })).toMatchObject({ status: 403 });
    expect(await ok(as.approver, 'staff_delete_group', { id: created.id, project_id: TESTPROJECT })).toMatchObject({ id: created.id });
    expect(await row('groups_involved', created.id as string)).toBeUndefined();
  });

  it('the shared delete helper puts no other table name into its dynamic SQL', async () => {
    // Checked before anything else, so even a valid record of that table is out of its reach.
    await expect(portal.db.query(`select portal.structure_delete('{"id": "${TESTPROJECT}", "project_id": "${TESTPROJECT}"}'::jsonb, 'projects', 'x', 'x', 'x', 'x')`))
      .rejects.toThrow(/does not delete from projects/);
    expect(await row('projects', TESTPROJECT)).toBeDefined();
  });
});

describe('staff_save_input_theme', () => {
  it('an editor adds and changes a theme; a phase of another project is refused', async () => {
    const created = await ok(as.editor, 'staff_save_input_theme', newTheme());
    expect(created).toMatchObject({ project_id: TESTPROJECT, phase_id: PHASE.plan, times_raised: 12 });
    const changed = await ok(as.editor, 'staff_save_input_theme', newTheme({ id: created.id, phase_id: null, times_raised: null, updated_at: created.updated_at }));
    expect(changed).toMatchObject({ phase_id: null, times_raised: null });
    expect(await call(as.editor, 'staff_save_input_theme', newTheme({ id: created.id, updated_at: created.updated_at }))).toMatchObject({ status: 409 });
    expect(await call(as.editor, 'staff_save_input_theme', newTheme({ phase_id: PHASE.anderproject }))).toMatchObject({ status: 400, error: { hint: 'phase_id' } });
  });
});

/** Every function with a valid input on testdam's records: staff of testdam could run each of these. */
const ON_TESTDAM: [string, () => Json][] = [
  ['staff_save_project (create)', () => newProject()],
  ['staff_save_project (change)', () => ({ ...newProject({ slug: 'testproject' }), id: TESTPROJECT })],
  ['staff_save_phase (create)', () => newPhase({ position: 49 })],
  ['staff_save_phase (change)', () => newPhase({ id: PHASE.plan, project_id: TESTPROJECT, position: 2 })],
  ['staff_delete_phase', () => ({ id: PHASE.vision, project_id: TESTPROJECT })],
  ['staff_save_person (create)', () => newPerson()],
  ['staff_save_person (change)', () => newPerson({ id: PERSON.contact })],
  ['staff_assign_person', () => ({ project_id: TESTPROJECT, person_id: PERSON.lead, role: 'contact', since: '2040-01-01' })],
  ['staff_save_handover (create)', () => newHandover()],
  ['staff_save_handover (change)', () => newHandover({ id: HANDOVER })],
  ['staff_save_group (create)', () => newGroup()],
  ['staff_save_group (change)', () => newGroup({ id: GROUP_INVOLVED })],
  ['staff_delete_group', () => ({ id: GROUP_INVOLVED, project_id: TESTPROJECT })],
  ['staff_save_input_theme (create)', () => newTheme()],
  ['staff_save_input_theme (change)', () => newTheme({ id: THEME_ANSWERED })],
];
const fnOf = (label: string) => label.split(' ')[0] ?? label;

/** A fingerprint of every table these functions write, to prove a refused call stored nothing. */
async function fingerprint(): Promise<string> {
  const tables = ['projects', 'phases', 'people', 'project_people', 'handovers', 'groups_involved', 'input_themes'];
  const parts = await Promise.all(tables.map(async (table) => {
    const { rows } = await portal.db.query<{ f: string }>(`select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t.id)), '') as f from portal.${table} t`);
    return `${table}=${rows[0]?.f}`;
  }));
  return parts.join(' ');
}

describe('who may call them', () => {
  it.each(ON_TESTDAM)('%s: otherdam\'s editor and a signed-in non-member get 404; anon gets 401; nothing changes', async (label, input) => {
    const before = await fingerprint();
    for (const actor of ['otherEditor', 'outsider'] as const) {
      const result = await call(as[actor], fnOf(label), input());
      expect(result, actor).toMatchObject({ status: 404, error: { code: 'PT404' } });
    }
    const anon = await call(as.anon, fnOf(label), input());
    expect(anon).toMatchObject({ status: 401, error: { code: '42501' } });
    expect(await fingerprint()).toBe(before);
  });

  it('otherdam\'s editor cannot reach testdam records through their own project or organisation either', async () => {
    for (const [fn, input] of [
      ['staff_save_phase', newPhase({ id: PHASE.plan, project_id: ANDERPROJECT, position: 2 })],
      ['staff_save_handover', newHandover({ id: HANDOVER, project_id: ANDERPROJECT, from_phase_id: null, to_phase_id: null, from_person_id: null, to_person_id: null })],
      ['staff_save_group', newGroup({ id: GROUP_INVOLVED, project_id: ANDERPROJECT })],
      ['staff_save_input_theme', newTheme({ id: THEME_ANSWERED, project_id: ANDERPROJECT, phase_id: null })],
      ['staff_delete_group', { id: GROUP_INVOLVED, project_id: ANDERPROJECT }],
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
    expect((await call(editorEn, 'staff_save_group', newGroup({ name: 'X' }))).error?.message).toMatch(/^This project already has a group with this name/);
    expect((await call(editorEn, 'staff_save_person', newPerson({ name: 'a@b.nl' }))).error?.message).toMatch(/e-mail address/);
    expect((await call(editorEn, 'staff_save_phase', newPhase({ id: PHASE.anderproject, position: 33 }))).error?.message).toMatch(/^This item does not exist/);
    expect((await call(editorEn, 'staff_delete_group', { id: GROUP_INVOLVED, project_id: TESTPROJECT })).error?.message).toMatch(/^Only an approver/);
    const created = await ok(editorEn, 'staff_save_input_theme', newTheme());
    await ok(editorEn, 'staff_save_input_theme', newTheme({ id: created.id, updated_at: created.updated_at }));
    expect((await call(editorEn, 'staff_save_input_theme', newTheme({ id: created.id, updated_at: created.updated_at }))).error?.message).toMatch(/^Someone else changed this/);
  });
});
