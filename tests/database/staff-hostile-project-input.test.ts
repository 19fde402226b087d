import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { clientFor, startFixturePortal, TESTDAM, TESTPROJECT } from './support.ts';

// Malformed and hostile input to the structure write functions, sent by a real editor of testdam. Each one
// must be answered with a 400 whose message a staff member can act on and whose hint names the field the
// workspace puts the message next to ('' for the form as a whole), and must leave every table as it was.

let portal: LocalSupabase;
let editor: SupabaseClient;
beforeAll(async () => {
  portal = await startFixturePortal();
  editor = await clientFor(portal, 'editor');
});
afterAll(async () => {
  await portal?.close();
});

type Json = Record<string, unknown>;
const OTHERDAM_PERSON = '30000000-0000-4000-8000-000000000005';
const TESTDAM_CONTACT = '30000000-0000-4000-8000-000000000002';
const ANDERPROJECT_PHASE = '40000000-0000-4000-8000-000000000005';
const PLAN_PHASE = '40000000-0000-4000-8000-000000000002';
const DECISION_PHASE = '40000000-0000-4000-8000-000000000003';
const GROUP_GAP = 'c0000000-0000-4000-8000-000000000002';
const THEME_PENDING = '60000000-0000-4000-8000-000000000002';
const GROUP_INVOLVED_NAME_SQL = `select name from portal.groups_involved where id = 'c0000000-0000-4000-8000-000000000001'`;

const project = (over: Json = {}): Json => ({
  organisation_id: TESTDAM,
  slug: 'vijandig-project',
  title: 'Titel',
  summary: 'Samenvatting',
  theme: 'Wonen',
  area: 'Centrum',
  status: 'planned',
  starts_on: '2027-01-01',
  council_role: 'geen',
  ...over,
});
const phase = (over: Json = {}): Json => ({
  project_id: TESTPROJECT,
  position: 30,
  kind: 'plan',
  title: 'Plan',
  starts_on: '2027-01-01',
  participation_level: 'raadplegen',
  open_for_input: 'Inrichting',
  fixed_frames: 'Budget',
  time_asked: 'Een avond',
  results_expected: 'In mei',
  department: 'Ruimte',
  ...over,
});
const person = (over: Json = {}): Json => ({ organisation_id: TESTDAM, name: 'Sanne', job_title: 'Omgevingsmanager', ...over });
const handover = (over: Json = {}): Json => ({
  project_id: TESTPROJECT,
  handed_over_on: '2027-01-01',
  from_phase_id: PLAN_PHASE,
  to_phase_id: DECISION_PHASE,
  from_department: 'Ruimte',
  to_department: 'Uitvoering',
  note: 'Toezeggingen gaan mee.',
  ...over,
});
const group = (over: Json = {}): Json => ({
  project_id: TESTPROJECT,
  name: 'Vijandige groep',
  status: 'gap',
  note: 'Nog niet bereikt.',
  ...over,
});
const theme = (over: Json = {}): Json => ({ project_id: TESTPROJECT, title: 'Verkeer', you_said: 'Te hard.', ...over });
const assignment = (over: Json = {}): Json => ({
  project_id: TESTPROJECT,
  person_id: TESTDAM_CONTACT,
  role: 'alderman',
  since: '2040-01-01',
  ...over,
});

/** [what it is, function, input, the field the hint must name] */
const CASES: [string, string, unknown, string][] = [
  // The form as a whole
  ['null instead of a form', 'staff_save_project', null, ''],
  ['an array instead of an object', 'staff_save_project', [project()], ''],
  ['a string instead of an object', 'staff_save_phase', JSON.stringify(phase()), ''],
  ['a number instead of an object', 'staff_save_group', 42, ''],
  // Wrong types
  ['a number as title', 'staff_save_project', project({ title: 12345 }), 'title'],
  ['an object as title', 'staff_save_phase', phase({ title: { $ne: null } }), 'title'],
  ['an array as name', 'staff_save_group', group({ name: ['a', 'b'] }), 'name'],
  ['a boolean as a count', 'staff_save_project', project({ meetings_held: true }), 'meetings_held'],
  ['a fraction as a count', 'staff_save_project', project({ meetings_held: 1.5 }), 'meetings_held'],
  ['text as a position', 'staff_save_phase', phase({ position: '1; drop table portal.phases' }), 'position'],
  // Required and too long
  ['an empty title', 'staff_save_project', project({ title: ' \n\t ' }), 'title'],
  ['a missing project', 'staff_save_input_theme', theme({ project_id: undefined }), 'project_id'],
  ['a title of 201 characters', 'staff_save_project', project({ title: 'x'.repeat(201) }), 'title'],
  ['a summary of 2001 characters', 'staff_save_project', project({ summary: 'ä'.repeat(2001) }), 'summary'],
  ['a note of 4001 characters', 'staff_save_handover', handover({ note: 'n'.repeat(4001) }), 'note'],
  // Control characters
  ['a bell character in a title', 'staff_save_input_theme', theme({ title: 'Verkeer\u0007' }), 'title'],
  ['an escape sequence in a group note', 'staff_save_group', group({ note: 'Kijk \u001b[31mrood' }), 'note'],
  // Dates
  ['the 30th of February', 'staff_save_project', project({ starts_on: '2027-02-30' }), 'starts_on'],
  ['a Dutch date order', 'staff_save_phase', phase({ starts_on: '01-02-2027' }), 'starts_on'],
  ['a date and time in a date field', 'staff_save_handover', handover({ handed_over_on: '2027-01-01T10:00:00Z' }), 'handed_over_on'],
  ['the year 0202', 'staff_save_phase', phase({ ends_on: '0202-01-01' }), 'ends_on'],
  ['an end before the start', 'staff_save_phase', phase({ starts_on: '2027-05-01', ends_on: '2027-04-01' }), 'ends_on'],
  ['a month 13', 'staff_assign_person', assignment({ since: '2040-13-01' }), 'since'],
  // Ids
  ['an invalid uuid', 'staff_save_project', project({ organisation_id: 'testdam' }), 'organisation_id'],
  ['SQL in a uuid', 'staff_save_group', group({ id: "c0000000-0000-4000-8000-000000000002' or '1'='1" }), 'id'],
  ['a person of another organisation', 'staff_save_phase', phase({ contact_person_id: OTHERDAM_PERSON }), 'contact_person_id'],
  ['a person of another organisation in a role', 'staff_assign_person', assignment({ person_id: OTHERDAM_PERSON }), 'person_id'],
  ['a phase of another project', 'staff_save_handover', handover({ from_phase_id: ANDERPROJECT_PHASE }), 'from_phase_id'],
  ['a phase of another project for a theme', 'staff_save_input_theme', theme({ phase_id: ANDERPROJECT_PHASE }), 'phase_id'],
  // URLs
  ['a javascript: URL', 'staff_save_person', person({ contact_url: 'javascript:alert(1)' }), 'contact_url'],
  [
    'a data: URL',
    'staff_save_person',
    person({ contact_url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }),
    'contact_url',
  ],
  ['a URL with markup', 'staff_save_person', person({ contact_url: 'https://x.example/"><script>alert(1)</script>' }), 'contact_url'],
  // Enumerations
  ['a status that does not exist', 'staff_save_project', project({ status: 'deleted' }), 'status'],
  ['a council role in capitals', 'staff_save_project', project({ council_role: 'GEEN' }), 'council_role'],
  ['a phase kind that does not exist', 'staff_save_phase', phase({ kind: 'launch' }), 'kind'],
  ['a participation level that does not exist', 'staff_save_phase', phase({ participation_level: 'inspraak' }), 'participation_level'],
  ['a person role that does not exist', 'staff_assign_person', assignment({ role: 'mayor' }), 'role'],
  ['a group status that does not exist', 'staff_save_group', group({ status: 'involved; drop' }), 'status'],
  // Numbers
  ['a negative budget', 'staff_save_project', project({ budget_eur: -1 }), 'budget_eur'],
  ['a budget with letters', 'staff_save_project', project({ budget_eur: '12abc' }), 'budget_eur'],
  ['a budget beyond the column', 'staff_save_project', project({ budget_eur: 1e15 }), 'budget_eur'],
  ['a position of 0', 'staff_save_phase', phase({ position: 0 }), 'position'],
  ['a position that is taken', 'staff_save_phase', phase({ position: 2 }), 'position'],
  ['hours with two decimals', 'staff_save_phase', phase({ time_asked_hours: 2.25 }), 'time_asked_hours'],
  ['a negative count', 'staff_save_input_theme', theme({ times_raised: -1 }), 'times_raised'],
  // Web addresses (slugs)
  ['a slug with capitals and a space', 'staff_save_project', project({ slug: 'Nieuw Project' }), 'slug'],
  ['a slug that climbs directories', 'staff_save_project', project({ slug: '../../etc/passwd' }), 'slug'],
  ['a slug that is taken', 'staff_save_project', project({ slug: 'testproject' }), 'slug'],
  // Personal data
  ["an e-mail address in a person's name", 'staff_save_person', person({ name: 'Sanne <sanne@testdam.example>' }), 'name'],
  ['a spelled-out e-mail address in a job title', 'staff_save_person', person({ job_title: 'mail sanne(at)testdam.nl' }), 'job_title'],
  ['a phone number with letters', 'staff_save_person', person({ phone: 'bel me maar' }), 'phone'],
  // Other cross-field rules
  ['the same phase on both sides of a handover', 'staff_save_handover', handover({ to_phase_id: PLAN_PHASE }), 'to_phase_id'],
  [
    'a version that is a word Postgres reads as a time',
    'staff_save_group',
    group({ id: GROUP_GAP, updated_at: 'yesterday' }),
    'updated_at',
  ],
  ['a version that is a number', 'staff_save_input_theme', theme({ id: THEME_PENDING, updated_at: 1764300000 }), 'updated_at'],
];

/** A fingerprint of every table these functions write: row count and content. */
async function fingerprint(): Promise<string> {
  const tables = ['projects', 'phases', 'people', 'project_people', 'handovers', 'groups_involved', 'input_themes'];
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

/** Words that betray a raw database error instead of a message written for people. */
const SQL_JARGON = /constraint|violates|syntax|relation|column|null value|duplicate key|invalid input|permission denied|function/i;

describe('hostile input to the structure write functions', () => {
  it('has enough cases to mean something', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  // The field goes before the input, so that the test's name reads "... is refused on field title".
  const named = CASES.map(([what, fn, input, field]) => [what, fn, field, input] as const);
  it.each(named)('%s (%s) is refused on field "%s"', async (_what, fn, field, input) => {
    const before = await fingerprint();
    const { error, status } = await editor.rpc(fn, { input });
    expect(status).toBe(400);
    expect(error?.code).toBe('22023');
    expect(error?.message.length).toBeGreaterThan(5);
    expect(error?.message).not.toMatch(SQL_JARGON);
    expect(error?.hint ?? '').toBe(field);
    expect(await fingerprint()).toBe(before);
  });

  it('a group name that is taken ignores case and spaces around it', async () => {
    const { rows } = await portal.db.query<{ name: string }>(GROUP_INVOLVED_NAME_SQL);
    const taken = rows[0]?.name ?? '';
    expect(taken.length).toBeGreaterThan(0);
    const before = await fingerprint();
    const { error, status } = await editor.rpc('staff_save_group', { input: group({ name: `  ${taken.toUpperCase()}  ` }) });
    expect(status).toBe(400);
    expect(error?.hint).toBe('name');
    expect(await fingerprint()).toBe(before);
  });

  it('hostile text that is only text is stored as typed, for the site to escape', async () => {
    const title = '<script>alert(1)</script> "><img src=x onerror=alert(1)> \'); drop table x; -- {{ 7*7 }} \u202egnitset';
    const { data, error } = await editor.rpc('staff_save_input_theme', { input: theme({ title }) });
    expect(error).toBeNull();
    const { rows } = await portal.db.query<{ title: string }>(`select title from portal.input_themes where id = $1`, [(data as Json).id]);
    expect(rows[0]?.title).toBe(title);
  });
});
