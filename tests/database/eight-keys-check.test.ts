import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/services/local-supabase/index.ts';

// Every rule of the eight-keys check (supabase/migrations/20261206000100_eight_keys_check.sql), through the real
// migrations. A purpose-built project meets all twelve rules on a fixed day; each test builds a copy that breaks
// one thing and expects exactly that rule to change, so a rule that checks too much or too little fails here.

const AS_OF = '2026-06-15';
const ORG = 'a0000000-0000-4000-8000-000000000001';

type Row = Record<string, unknown>;
/** A project and its published records, by table; ids are filled in when it is stored. */
interface Spec {
  project: Row;
  people: Record<string, Row>;
  project_people: Row[];
  phases: Row[];
  handovers: Row[];
  decisions: Row[];
  updates: Row[];
  promises: Row[];
  promise_status_changes: Row[];
  council_moments: Row[];
  groups_involved: Row[];
  lessons: Row[];
}

/** Meets every rule on AS_OF: a contact handed over and a phase moved department, both recorded; a vision phase
 * that ended with a decision and a lesson; a decision phase the council decides in, with its moment. */
function completeProject(): Spec {
  return {
    project: {
      status: 'running',
      starts_on: '2025-01-01',
      council_role: 'besluitvormend',
      council_role_explanation: 'De raad besluit over het plan.',
      meetings_held: 3,
      participant_hours: 6,
      budget_eur: 10000,
    },
    people: {
      oldContact: { name: 'Oud Contact', job_title: 'Omgevingsmanager' },
      contact: { name: 'Nieuw Contact', job_title: 'Omgevingsmanager' },
      alderman: { name: 'Wet Houder', job_title: 'Wethouder' },
      lead: { name: 'Project Leider', job_title: 'Projectleider' },
    },
    project_people: [
      { person: 'oldContact', role: 'contact', since: '2025-01-01', until: '2025-12-31' },
      { person: 'contact', role: 'contact', since: '2026-01-01', until: null },
      { person: 'alderman', role: 'alderman', since: '2025-01-01', until: null },
      { person: 'lead', role: 'project_lead', since: '2025-01-01', until: null },
    ],
    phases: [
      {
        key: 'vision',
        position: 1,
        kind: 'vision',
        starts_on: '2025-01-01',
        ends_on: '2025-12-31',
        department: 'Ruimte',
        time_asked_hours: 4,
        results_expected_on: '2025-11-01',
      },
      {
        key: 'decision',
        position: 2,
        kind: 'decision',
        starts_on: '2026-01-01',
        ends_on: '2026-12-31',
        department: 'Wonen',
        time_asked_hours: 2,
        results_expected_on: '2026-09-01',
      },
    ],
    handovers: [{ handed_over_on: '2026-01-01', to_phase: 'decision', to_department: 'Wonen', to_person: 'contact' }],
    decisions: [{ key: 'visionDecision', phase: 'vision', decided_on: '2025-10-20' }],
    updates: [],
    promises: [{ key: 'promise', made_on: '2025-03-01', due_on: '2025-06-01' }],
    promise_status_changes: [{ promise: 'promise', status: 'kept', changed_at: '2025-05-20T10:00:00Z' }],
    council_moments: [{ meets_on: '2026-03-10' }],
    groups_involved: [
      { name: 'Buurtbewoners', status: 'involved' },
      { name: 'Jongeren', status: 'gap' },
    ],
    lessons: [{ phase: 'vision', recorded_on: '2026-01-15' }],
  };
}

let db: PGlite;
let made = 0;

/** Stores a spec as a published project (as the owner, the way the seed does) and returns its id and record ids. */
async function store(spec: Spec): Promise<{ project: string; ids: Record<string, string> }> {
  made += 1;
  const ids: Record<string, string> = {};
  const insert = async (table: string, values: Row): Promise<string> => {
    const columns = Object.keys(values);
    const { rows } = await db.query<{ id: string }>(
      `insert into portal.${table} (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
      columns.map((column) => values[column]),
    );
    return rows[0]!.id;
  };
  const published = { publication: 'published', published_at: '2025-01-01T09:00:00Z' };
  const project = await insert('projects', {
    organisation_id: ORG,
    slug: `project-${made}`,
    title: `Project ${made}`,
    summary: 'Een project.',
    theme: 'Wonen',
    area: 'Centrum',
    ...spec.project,
    ...published,
  });
  for (const [key, person] of Object.entries(spec.people)) {
    ids[key] = await insert('people', { organisation_id: ORG, ...person, ...published });
  }
  for (const { person, ...assignment } of spec.project_people) {
    await insert('project_people', { project_id: project, person_id: ids[person as string], ...assignment, ...published });
  }
  for (const { key, ...phase } of spec.phases) {
    ids[key as string] = await insert('phases', {
      project_id: project,
      title: `Fase ${String(phase.position)}`,
      participation_level: 'raadplegen',
      open_for_input: 'Het ontwerp.',
      fixed_frames: 'Het budget.',
      time_asked: 'Twee avonden.',
      results_expected: 'Na de zomer.',
      ...phase,
      ...published,
    });
  }
  for (const { to_phase, to_person, ...handover } of spec.handovers) {
    await insert('handovers', {
      project_id: project,
      from_department: 'Ruimte',
      note: 'Overgedragen met de open toezeggingen.',
      ...handover,
      to_phase_id: to_phase ? ids[to_phase as string] : null,
      to_person_id: to_person ? ids[to_person as string] : null,
      ...published,
    });
  }
  for (const { key, phase, ...decision } of spec.decisions) {
    ids[(key as string | undefined) ?? `decision-${decision.decided_on}`] = await insert('decisions', {
      project_id: project,
      phase_id: phase ? ids[phase as string] : null,
      decided_by: 'College',
      title: 'Besluit',
      decision: 'Besloten.',
      rationale: 'Omdat.',
      input_used: 'Gebruikt.',
      ...decision,
      ...published,
    });
  }
  for (const update of spec.updates) {
    await insert('updates', { project_id: project, title: 'Nieuws', body_md: 'Tekst.', ...published, ...update });
  }
  for (const { key, ...promise } of spec.promises) {
    ids[key as string] = await insert('promises', {
      project_id: project,
      body: 'Wij komen terug.',
      made_by: 'Wethouder',
      context: 'Avond',
      ...promise,
      ...published,
    });
  }
  for (const { promise, ...change } of spec.promise_status_changes) {
    await insert('promise_status_changes', {
      promise_id: ids[promise as string],
      project_id: project,
      changed_by: 'Projectleider',
      ...change,
    });
  }
  for (const moment of spec.council_moments) {
    await insert('council_moments', {
      project_id: project,
      body: 'Gemeenteraad',
      agenda_item: 'Plan',
      proposal: 'Vaststellen.',
      ...moment,
      ...published,
    });
  }
  for (const group of spec.groups_involved) {
    await insert('groups_involved', { project_id: project, note: 'Via de buurtavond.', ...group, ...published });
  }
  for (const { phase, ...lesson } of spec.lessons) {
    await insert('lessons', {
      project_id: project,
      phase_id: phase ? ids[phase as string] : null,
      category: 'planning',
      title: 'Les',
      lesson: 'Begin eerder.',
      ...lesson,
      ...published,
    });
  }
  return { project, ids };
}

interface Result {
  rule: string;
  key: number;
  state: 'met' | 'open' | 'not_applicable';
  facts: Row;
  records: Row[];
}

async function check(project: string, asOf = AS_OF): Promise<Result[]> {
  const { rows } = await db.query<{ check: Result[] }>('select portal.eight_keys(portal.check_document($1), $2::date) as check', [
    project,
    asOf,
  ]);
  return rows[0]!.check;
}

const states = (results: Result[]) => Object.fromEntries(results.map((result) => [result.rule, result.state]));
const rule = (results: Result[], name: string) => results.find((result) => result.rule === name)!;

/** Builds the complete project with one change and checks it; `changed` are the rules expected to differ. */
async function broken(change: (spec: Spec) => void, asOf = AS_OF) {
  const spec = completeProject();
  change(spec);
  const { project, ids } = await store(spec);
  return { results: await check(project, asOf), ids, project };
}

let baseline: Record<string, string>;
const tested = new Set<string>();
/** Asserts that only the named rules moved away from the complete project's states, to the given states. */
function expectOnly(results: Result[], moved: Record<string, Result['state']>) {
  for (const name of Object.keys(moved)) tested.add(name);
  expect(states(results)).toEqual({ ...baseline, ...moved });
}

beforeAll(async () => {
  db = await openDatabase();
  await db.query(`insert into portal.organisations (id, slug, name) values ($1, 'checkdam', 'Gemeente Checkdam')`, [ORG]);
  const { project } = await store(completeProject());
  baseline = states(await check(project));
});
afterAll(async () => {
  await db?.close();
});

describe('the eight-keys check', () => {
  it('has one result per rule, in the order and with the keys of check_rules, and the complete project meets all', async () => {
    const { rows } = await db.query<{ rule: string; key: number }>('select rule, key from portal.check_rules order by position');
    const { project } = await store(completeProject());
    const results = await check(project);
    expect(results.map((result) => [result.rule, result.key])).toEqual(rows.map((row) => [row.rule, row.key]));
    expect(new Set(rows.map((row) => row.key))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(Object.values(baseline).every((state) => state === 'met')).toBe(true);
  });

  it('key 1: the current phase without hours or a date for results is open; a finished project is not checked', async () => {
    const { results, ids } = await broken((spec) => {
      spec.phases[1]!.time_asked_hours = null;
      spec.phases[1]!.results_expected_on = null;
    });
    expectOnly(results, { expectations_current_phase: 'open' });
    expect(rule(results, 'expectations_current_phase').facts).toEqual({
      phase_id: ids.decision,
      missing: ['time_asked_hours', 'results_expected_on'],
    });
    // Before the first phase starts, the first phase is the one residents read.
    const early = await broken((spec) => {
      spec.phases[0]!.time_asked_hours = null;
    }, '2024-12-01');
    expect(rule(early.results, 'expectations_current_phase')).toMatchObject({ state: 'open', facts: { phase_id: early.ids.vision } });
    const none = await broken((spec) => {
      spec.phases = [];
      spec.handovers = [];
      spec.lessons = [];
      spec.decisions = [];
    });
    expect(rule(none.results, 'expectations_current_phase')).toMatchObject({ state: 'open', facts: { missing: ['phase'] } });
    const done = await broken((spec) => {
      spec.project.status = 'completed';
      spec.phases[1]!.time_asked_hours = null;
    });
    expectOnly(done.results, { expectations_current_phase: 'not_applicable' });
  });

  it('key 2: a date for results that passed without a decision or update is open; news from 14 days before counts', async () => {
    const silent = await broken((spec) => {
      spec.decisions = [{ key: 'early', phase: null, decided_on: '2025-09-01' }];
    });
    expectOnly(silent.results, { results_followed_up: 'open' });
    expect(rule(silent.results, 'results_followed_up').records).toEqual([{ kind: 'phase', id: silent.ids.vision, date: '2025-11-01' }]);
    const update = await broken((spec) => {
      spec.decisions = [];
      spec.updates = [{ published_at: '2025-10-19T12:00:00Z' }];
    });
    expectOnly(update.results, {});
    const tooEarly = await broken((spec) => {
      spec.decisions = [];
      spec.updates = [{ published_at: '2025-10-17T12:00:00Z' }];
    });
    expectOnly(tooEarly.results, { results_followed_up: 'open' });
    // Before any date for results has passed, there is nothing to check.
    const before = await broken(() => {}, '2025-10-01');
    expect(rule(before.results, 'results_followed_up').state).toBe('not_applicable');
  });

  it('key 2: a promise past its date that is still open or in progress is overdue, with its status as it stood then', async () => {
    const open = await broken((spec) => {
      spec.promise_status_changes = [];
    });
    expectOnly(open.results, { promises_on_time: 'open' });
    expect(rule(open.results, 'promises_on_time').records).toEqual([{ kind: 'promise', id: open.ids.promise, due_on: '2025-06-01' }]);
    const inProgress = await broken((spec) => {
      spec.promise_status_changes = [{ promise: 'promise', status: 'in_progress', changed_at: '2025-04-01T10:00:00Z' }];
    });
    expectOnly(inProgress.results, { promises_on_time: 'open' });
    // Kept only after its date: overdue in between, not after.
    const late = await broken((spec) => {
      spec.promise_status_changes = [{ promise: 'promise', status: 'kept', changed_at: '2025-08-01T10:00:00Z' }];
    });
    expect(rule(await check(late.project, '2025-07-01'), 'promises_on_time').state).toBe('open');
    expect(rule(late.results, 'promises_on_time').state).toBe('met');
    const broke = await broken((spec) => {
      spec.promise_status_changes = [
        { promise: 'promise', status: 'broken', changed_at: '2025-05-01T10:00:00Z', explanation: 'Geen geld.' },
      ];
    });
    expectOnly(broke.results, {});
    const noDate = await broken((spec) => {
      spec.promises = [{ key: 'promise', made_on: '2025-03-01', due_on: null }];
      spec.promise_status_changes = [];
    });
    expectOnly(noDate.results, { promises_on_time: 'not_applicable' });
  });

  it('key 3: a project that names no group is open; named gaps are counted', async () => {
    const { results } = await broken((spec) => {
      spec.groups_involved = [];
    });
    expectOnly(results, { groups_named: 'open' });
    const named = await broken(() => {});
    expect(rule(named.results, 'groups_named').facts).toEqual({ involved: 1, gaps: 1 });
    expect(rule(named.results, 'groups_named').records).toMatchObject([{ kind: 'group', name: 'Jongeren' }]);
  });

  it('key 4: without the time per participant, or without budget and budget note, the investment is open', async () => {
    const hours = await broken((spec) => {
      spec.project.participant_hours = null;
    });
    expectOnly(hours.results, { investment_stated: 'open' });
    expect(rule(hours.results, 'investment_stated').facts).toEqual({ missing: ['participant_hours'] });
    const budget = await broken((spec) => {
      spec.project.budget_eur = null;
    });
    expectOnly(budget.results, { investment_stated: 'open' });
    expect(rule(budget.results, 'investment_stated').facts).toEqual({ missing: ['budget'] });
    const note = await broken((spec) => {
      spec.project.budget_eur = null;
      spec.project.budget_note = 'Uit het budget van de wijk.';
    });
    expectOnly(note.results, {});
  });

  it('key 5: no contact person, or two at once, is open', async () => {
    const none = await broken((spec) => {
      spec.project_people = spec.project_people.filter((assignment) => assignment.role !== 'contact');
      spec.handovers[0]!.to_person = null;
    });
    expectOnly(none.results, { one_contact: 'open' });
    expect(rule(none.results, 'one_contact').facts).toEqual({ contacts: 0 });
    const two = await broken((spec) => {
      spec.project_people[0]!.until = '2026-12-31';
    });
    expectOnly(two.results, { one_contact: 'open' });
    expect(rule(two.results, 'one_contact').facts).toEqual({ contacts: 2 });
  });

  it('key 5: a new contact person or a phase in another department without a handover is open', async () => {
    const none = await broken((spec) => {
      spec.handovers = [];
    });
    expectOnly(none.results, { handovers_recorded: 'open' });
    expect(rule(none.results, 'handovers_recorded').records).toEqual([
      { kind: 'assignment', id: expect.any(String), since: '2026-01-01' },
      { kind: 'phase', id: none.ids.decision, department: 'Wonen' },
    ]);
    // A handover to the department (not naming the phase) records the phase's move; the person needs their own.
    const department = await broken((spec) => {
      spec.handovers = [{ handed_over_on: '2026-01-01', to_department: 'wonen ', to_person: null }];
    });
    expectOnly(department.results, { handovers_recorded: 'open' });
    expect(rule(department.results, 'handovers_recorded').records).toMatchObject([{ kind: 'assignment' }]);
    // One contact all along and one department: nothing to hand over.
    const steady = await broken((spec) => {
      spec.project_people = spec.project_people.filter((assignment) => assignment.person !== 'oldContact');
      spec.phases[1]!.department = 'Ruimte';
      spec.handovers = [];
    });
    expectOnly(steady.results, { handovers_recorded: 'not_applicable' });
  });

  it('key 6: a phase that ended more than 30 days ago without a lesson of that phase is open', async () => {
    const none = await broken((spec) => {
      spec.lessons = [];
    });
    expectOnly(none.results, { lessons_recorded: 'open' });
    expect(rule(none.results, 'lessons_recorded').records).toEqual([{ kind: 'phase', id: none.ids.vision, ends_on: '2025-12-31' }]);
    const unlinked = await broken((spec) => {
      spec.lessons = [{ phase: null, recorded_on: '2026-01-15' }];
    });
    expectOnly(unlinked.results, { lessons_recorded: 'open' });
    // Within 30 days of the end of the only ended phase, no lesson is asked yet.
    const recent = await broken((spec) => {
      spec.lessons = [];
    }, '2026-01-20');
    expect(rule(recent.results, 'lessons_recorded').state).toBe('not_applicable');
  });

  it('key 7: without a current alderman or project lead, each is open', async () => {
    const alderman = await broken((spec) => {
      spec.project_people = spec.project_people.filter((assignment) => assignment.role !== 'alderman');
    });
    expectOnly(alderman.results, { alderman_named: 'open' });
    const lead = await broken((spec) => {
      spec.project_people[3]!.until = '2026-05-31';
    });
    expectOnly(lead.results, { project_lead_named: 'open' });
  });

  it('key 8: the council role without explanation is open; a decision phase without a council moment is open', async () => {
    const unexplained = await broken((spec) => {
      spec.project.council_role_explanation = '  ';
    });
    expectOnly(unexplained.results, { council_role_stated: 'open' });
    const noMoment = await broken((spec) => {
      spec.council_moments = [{ meets_on: '2027-02-01' }];
    });
    expectOnly(noMoment.results, { council_moments_planned: 'open' });
    expect(rule(noMoment.results, 'council_moments_planned').records).toEqual([{ kind: 'phase', id: noMoment.ids.decision }]);
    const executive = await broken((spec) => {
      spec.project.council_role = 'geen';
      spec.council_moments = [];
    });
    expectOnly(executive.results, { council_moments_planned: 'not_applicable' });
    const notYet = await broken((spec) => {
      spec.council_moments = [];
    }, '2025-12-01');
    expect(rule(notYet.results, 'council_moments_planned').state).toBe('not_applicable');
  });

  it('has a test above for every rule', () => {
    expect([...tested].sort()).toEqual(Object.keys(baseline).sort());
  });
});

describe('a pending change laid over the check', () => {
  it('a lesson or a handover awaiting approval fixes its rule; a withdrawn explanation breaks one', async () => {
    const { project, ids } = await store(
      (() => {
        const spec = completeProject();
        spec.lessons = [];
        spec.handovers = [];
        return spec;
      })(),
    );
    const overlay = async (kind: string, id: string, content: Row) => {
      const { rows } = await db.query<{ check: Result[] }>(
        'select portal.eight_keys(portal.check_overlay(portal.check_document($1), $2, $3, $4::jsonb), $5::date) as check',
        [project, kind, id, JSON.stringify(content), AS_OF],
      );
      return states(rows[0]!.check);
    };
    const before = states(await check(project));
    expect(before).toMatchObject({ lessons_recorded: 'open', handovers_recorded: 'open' });
    const newId = 'b0000000-0000-4000-8000-000000000001';
    expect(await overlay('lesson', newId, { phase_id: ids.vision, recorded_on: '2026-02-01', title: 'Les' })).toEqual({
      ...before,
      lessons_recorded: 'met',
    });
    expect(
      await overlay('handover', newId, {
        handed_over_on: '2026-01-01',
        to_phase_id: ids.decision,
        to_person_id: ids.contact,
        to_department: 'Wonen',
      }),
    ).toEqual({ ...before, handovers_recorded: 'met' });
    expect(await overlay('project', project, { council_role_explanation: null })).toEqual({ ...before, council_role_stated: 'open' });
  });

  it('a new contact person ends the previous one, as approving it does; a status change joins the history', async () => {
    const { project, ids } = await store(
      (() => {
        const spec = completeProject();
        spec.promise_status_changes = [];
        return spec;
      })(),
    );
    const { rows } = await db.query<{ check: Result[] }>(
      `select portal.eight_keys(
         portal.check_overlay(
           portal.check_overlay(portal.check_document($1), 'assignment', 'b0000000-0000-4000-8000-000000000002',
             jsonb_build_object('person_id', $2::uuid, 'role', 'contact', 'since', '2026-06-01', 'until', null)),
           'promise_status', $3, '{"status": "kept", "changed_at": "2026-06-10T10:00:00Z"}'), $4::date) as check`,
      [project, ids.lead, ids.promise, AS_OF],
    );
    const after = rows[0]!.check;
    expect(rule(after, 'one_contact').facts).toEqual({ contacts: 1 });
    expect(rule(after, 'promises_on_time').state).toBe('met');
    // The new contact has no handover yet: approving it would open that point.
    expect(rule(after, 'handovers_recorded').state).toBe('open');
  });
});

describe('project_check', () => {
  it('gives the check of today and the open points at the end of each month since the project started', async () => {
    const { project } = await broken((spec) => {
      spec.project.starts_on = '2026-01-01';
      spec.lessons = [];
    });
    const { rows } = await db.query<{ check: { as_of: string; results: Result[]; series: { month: string; open: string[] }[] } }>(
      'select portal.project_check($1, 24) as check',
      [project],
    );
    const { as_of, results, series } = rows[0]!.check;
    const { rows: today } = await db.query<{ today: string }>(`select (now() at time zone 'Europe/Amsterdam')::date::text as today`);
    expect(as_of).toBe(today[0]!.today);
    expect(results).toHaveLength(Object.keys(baseline).length);
    expect(series[0]!.month).toBe('2026-01');
    expect(series.every((point, i) => i === 0 || point.month > series[i - 1]!.month)).toBe(true);
    // At the end of January 2026 the vision phase had ended 31 days before: its missing lesson was open then.
    expect(series[0]!.open).toContain('lessons_recorded');
  });
});
