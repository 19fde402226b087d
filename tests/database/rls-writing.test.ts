import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import {
  ACTORS,
  asActor,
  startFixturePortal,
  ANDERPROJECT,
  OTHERDAM,
  TESTDAM,
  TESTPROJECT,
  type Actor,
  type SqlOutcome,
} from './support.ts';

// Who may write what. Every statement runs as the actor and is rolled back afterwards, so each expectation
// stands on its own. A refused write either raises 42501 (no grant, a row the policy rejects, or the guard on
// what is public) or, for update and delete, silently touches no row: both are how Postgres says no.
// Staff write drafts in the tables; what residents see changes only through the workflow functions, which
// run as their owner and leave a version and a ledger entry (tests/database/staff-workflow.test.ts). So no
// API role, not even an admin or the service role (which bypasses row level security), publishes, changes
// or deletes a public record by writing the table: the guard trigger refuses it.

let portal: LocalSupabase;
beforeAll(async () => {
  portal = await startFixturePortal();
  // The fixture publishes every phase, role, handover, group and input theme; each table needs a draft too.
  // Written as the owner, which the guard lets through as it does the seed.
  await portal.db.query(
    `insert into portal.phases (project_id, position, kind, title, starts_on, participation_level, open_for_input, fixed_frames,
       time_asked, results_expected, department) values ($1, 8, 'execution', 'Concept', current_date + 90, 'informeren', 'Niets', 'Alles', 'Geen', 'Een plein', 'Uitvoering')`,
    [TESTPROJECT],
  );
  await portal.db.query(
    `insert into portal.handovers (project_id, handed_over_on, from_department, to_department, note)
    values ($1, current_date, 'Ontwerp', 'Uitvoering', 'Concept')`,
    [TESTPROJECT],
  );
  await portal.db.query(
    `insert into portal.groups_involved (project_id, name, status, note) values ($1, 'Concept', 'gap', 'Nog niet bereikt')`,
    [TESTPROJECT],
  );
  await portal.db.query(`insert into portal.input_themes (project_id, title, you_said) values ($1, 'Concept', 'Meer bankjes')`, [
    TESTPROJECT,
  ]);
  await portal.db.query(
    `insert into portal.project_people (project_id, person_id, role, since) values ($1, $2, 'project_lead', current_date)`,
    [TESTPROJECT, PERSON_OF[TESTPROJECT]],
  );
});
afterAll(async () => {
  await portal?.close();
});

/** A person of the project's organisation, for a role in it. */
const PERSON_OF: Record<string, string> = {
  [TESTPROJECT]: '30000000-0000-4000-8000-000000000004',
  [ANDERPROJECT]: '30000000-0000-4000-8000-000000000005',
};

/** A valid new row for each table with a publication state, in the given project and state. */
function insertRecord(table: string, project: string, publication: 'draft' | 'published'): string {
  const published = publication === 'published' ? 'now()' : 'null';
  const common = `'${project}', '${publication}', ${published}`;
  switch (table) {
    case 'decisions':
      return `insert into portal.decisions (project_id, publication, published_at, decided_on, decided_by, title, decision, rationale, input_used)
              values (${common}, current_date, 'College', 'Titel', 'Besluit', 'Omdat', 'Zo gebruikt')`;
    case 'promises':
      return `insert into portal.promises (project_id, publication, published_at, body, made_on, made_by, context)
              values (${common}, 'We beloven', current_date, 'Wethouder', 'Avond')`;
    case 'council_moments':
      return `insert into portal.council_moments (project_id, publication, published_at, meets_on, body, agenda_item, proposal)
              values (${common}, current_date + 10, 'Gemeenteraad', 'Punt 4', 'Voorstel')`;
    case 'updates':
      return `insert into portal.updates (project_id, publication, published_at, title, body_md)
              values (${common}, 'Nieuws', 'Tekst')`;
    case 'key_dates':
      return `insert into portal.key_dates (project_id, publication, published_at, kind, title, starts_at, how_to_join)
              values (${common}, 'meeting', 'Avond', now() + interval '3 days', 'Kom langs')`;
    case 'lessons':
      return `insert into portal.lessons (project_id, publication, published_at, category, title, lesson, recorded_on)
              values (${common}, 'planning', 'Les', 'Begin eerder', current_date)`;
    case 'phases':
      return `insert into portal.phases (project_id, publication, published_at, position, kind, title, starts_on, participation_level,
                open_for_input, fixed_frames, time_asked, results_expected, department)
              values (${common}, 9, 'management', 'Beheer', current_date + 400, 'informeren', 'Niets', 'Alles', 'Geen', 'Onderhoud', 'Beheer')`;
    case 'handovers':
      return `insert into portal.handovers (project_id, publication, published_at, handed_over_on, from_department, to_department, note)
              values (${common}, current_date, 'Ontwerp', 'Beheer', 'Overgedragen')`;
    case 'groups_involved':
      return `insert into portal.groups_involved (project_id, publication, published_at, name, status, note)
              values (${common}, 'Nieuwe groep', 'involved', 'Doet mee')`;
    case 'input_themes':
      return `insert into portal.input_themes (project_id, publication, published_at, title, you_said)
              values (${common}, 'Thema', 'Meer groen')`;
    case 'project_people':
      return `insert into portal.project_people (project_id, publication, published_at, person_id, role, since)
              values (${common}, '${PERSON_OF[project]}', 'alderman', current_date)`;
    default:
      throw new Error(`No row builder for ${table}`);
  }
}

/** A column of each table that is part of its public content: what a change of the record changes. */
const CONTENT: Record<string, string> = {
  decisions: 'title',
  promises: 'body',
  council_moments: 'body',
  updates: 'title',
  key_dates: 'title',
  lessons: 'title',
  phases: 'title',
  handovers: 'note',
  groups_involved: 'note',
  input_themes: 'title',
  project_people: 'since',
};
const TABLES = Object.keys(CONTENT);
/** The guard's refusal (portal.guard_public_record), in Dutch: the fixture's callers send no language. */
const GUARDED = {
  ok: false,
  code: '42501',
  message: expect.stringMatching(/^Wat openbaar is, verandert alleen na goedkeuring door een tweede persoon\./),
};
const OUTSIDERS: Actor[] = ['outsider', 'otherEditor'];
const STAFF = ['editor', 'approver', 'admin'] as const;

async function firstId(table: string, publication: string, project = TESTPROJECT): Promise<string> {
  const { rows } = await portal.db.query<{ id: string }>(
    `select id::text as id from portal.${table} where project_id = $1 and publication = $2 limit 1`,
    [project, publication],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error(`The fixture has no ${publication} row in ${table}`);
  return id;
}

/**
 * As asActor, for the API role that has no user: the service role, which the mail worker uses and which
 * bypasses row level security. The statement runs after `setup` (as the owner, when given) and is rolled back.
 */
async function asRole(role: 'service_role' | Actor, sql: string, params: unknown[] = [], setup?: string): Promise<SqlOutcome> {
  const who = role === 'service_role' ? null : ACTORS[role];
  const dbRole = role === 'service_role' ? 'service_role' : who ? 'authenticated' : 'anon';
  const claims = JSON.stringify(who ? { sub: who.id, role: dbRole, email: who.email } : { role: dbRole });
  let outcome: SqlOutcome | undefined;
  await portal.db.transaction(async (tx) => {
    if (setup) await tx.query(setup, params);
    await tx.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [dbRole, claims]);
    try {
      const result = await tx.query<Record<string, unknown>>(sql, params);
      outcome = { ok: true, rows: result.rows, affected: result.affectedRows ?? 0 };
    } catch (error) {
      const { code = '', message = String(error) } = error as { code?: string; message?: string };
      outcome = { ok: false, code, message };
    }
    await tx.rollback();
  });
  if (!outcome) throw new Error('The transaction ended before the statement ran');
  return outcome;
}

describe.each(TABLES)('%s', (table) => {
  const column = CONTENT[table];
  const touch = `update portal.${table} set ${column} = ${column} where id = $1`;

  it('anon can write nothing: no grant at all', async () => {
    expect(await asActor(portal.db, 'anon', insertRecord(table, TESTPROJECT, 'draft'))).toMatchObject({ ok: false, code: '42501' });
    const id = await firstId(table, 'published');
    expect(await asActor(portal.db, 'anon', touch, [id])).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'anon', `delete from portal.${table} where id = $1`, [id])).toMatchObject({ ok: false, code: '42501' });
  });

  it('a signed-in non-member and staff of another organisation cannot add a draft to testdam', async () => {
    for (const actor of OUTSIDERS) {
      expect(await asActor(portal.db, actor, insertRecord(table, TESTPROJECT, 'draft')), actor).toMatchObject({ ok: false, code: '42501' });
    }
  });

  it('staff of another organisation can add a draft to their own project', async () => {
    expect(await asActor(portal.db, 'otherEditor', insertRecord(table, ANDERPROJECT, 'draft'))).toMatchObject({ ok: true, affected: 1 });
  });

  it('editors, approvers and admins of testdam can add a draft, which names them as its writer', async () => {
    for (const actor of STAFF) {
      const added = await asActor(
        portal.db,
        actor,
        `${insertRecord(table, TESTPROJECT, 'draft')} returning contributors::text[] as contributors, version`,
      );
      expect(added, actor).toMatchObject({ ok: true, affected: 1, rows: [{ contributors: [ACTORS[actor].id], version: 0 }] });
    }
  });

  it('nobody publishes by writing the table, not even an approver, an admin or the service role', async () => {
    const draft = await firstId(table, 'draft');
    // Only the state: the guard refuses before the table's own checks (and staff may not write published_at or
    // publish_at of a promise at all).
    const publish = `update portal.${table} set publication = 'published' where id = $1`;
    const schedule = `update portal.${table} set publication = 'scheduled' where id = $1`;
    for (const actor of [...STAFF, 'service_role'] as const) {
      expect(await asRole(actor, insertRecord(table, TESTPROJECT, 'published')), actor).toMatchObject(GUARDED);
      expect(await asRole(actor, publish, [draft]), actor).toMatchObject(GUARDED);
      expect(await asRole(actor, schedule, [draft]), actor).toMatchObject(GUARDED);
    }
  });

  it('nobody changes or deletes what is public by writing the table: staff see no row to change, the service role is refused', async () => {
    const published = await firstId(table, 'published');
    for (const actor of STAFF) {
      expect(await asActor(portal.db, actor, touch, [published]), actor).toMatchObject({ ok: true, affected: 0 });
      expect(await asActor(portal.db, actor, `delete from portal.${table} where id = $1`, [published]), actor).toMatchObject({
        ok: true,
        affected: 0,
      });
    }
    expect(await asRole('service_role', touch, [published])).toMatchObject(GUARDED);
    expect(await asRole('service_role', `delete from portal.${table} where id = $1`, [published])).toMatchObject(GUARDED);
    // Approved for later counts as public: it no longer changes without a new approval either.
    const draft = await firstId(table, 'draft');
    const scheduled = `update portal.${table} set publication = 'scheduled', publish_at = now() + interval '1 day' where id = $1`;
    expect(await asRole('editor', touch, [draft], scheduled)).toMatchObject(GUARDED);
    expect(await asRole('admin', `delete from portal.${table} where id = $1`, [draft], scheduled)).toMatchObject({ ok: true, affected: 0 });
  });

  it('drafts are changed and deleted by their own organisation only', async () => {
    const draft = await firstId(table, 'draft');
    for (const actor of OUTSIDERS) {
      expect(await asActor(portal.db, actor, `delete from portal.${table} where id = $1`, [draft]), actor).toMatchObject({
        ok: true,
        affected: 0,
      });
      expect(await asActor(portal.db, actor, touch, [draft]), actor).toMatchObject({ ok: true, affected: 0 });
    }
    expect(await asActor(portal.db, 'editor', touch, [draft])).toMatchObject({ ok: true, affected: 1 });
    expect(await asActor(portal.db, 'editor', `delete from portal.${table} where id = $1`, [draft])).toMatchObject({
      ok: true,
      affected: 1,
    });
  });
});

describe('projects', () => {
  const newProject = (publication: string, org = TESTDAM) =>
    `insert into portal.projects (organisation_id, slug, title, summary, theme, area, starts_on, publication, published_at)
     values ('${org}', 'nieuw-project', 'Nieuw', 'Samenvatting', 'Wonen', 'Centrum', current_date, '${publication}', ${publication === 'published' ? 'now()' : 'null'})`;

  it('only staff of the organisation create projects, and nobody publishes one by writing the table', async () => {
    expect(await asActor(portal.db, 'anon', newProject('draft'))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'outsider', newProject('draft'))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'otherEditor', newProject('draft'))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'otherEditor', newProject('draft', OTHERDAM))).toMatchObject({ ok: true, affected: 1 });
    expect(await asActor(portal.db, 'editor', newProject('draft'))).toMatchObject({ ok: true, affected: 1 });
    for (const actor of [...STAFF, 'service_role'] as const) {
      expect(await asRole(actor, newProject('published')), actor).toMatchObject(GUARDED);
    }
    // Nor is a published project changed in place: its edit is a revision, approved by someone else.
    for (const actor of STAFF) {
      expect(
        await asActor(portal.db, actor, `update portal.projects set title = 'Anders' where id = $1`, [TESTPROJECT]),
        actor,
      ).toMatchObject({ ok: true, affected: 0 });
    }
    expect(await asRole('service_role', `update portal.projects set title = 'Anders' where id = $1`, [TESTPROJECT])).toMatchObject(GUARDED);
  });

  it('only admins delete draft projects, and never published ones', async () => {
    const { rows } = await portal.db.query<{ id: string }>(
      `select id from portal.projects where organisation_id = $1 and publication = 'draft' limit 1`,
      [TESTDAM],
    );
    const draft = rows[0]?.id;
    expect(draft).toBeTruthy();
    expect(await asActor(portal.db, 'approver', 'delete from portal.projects where id = $1', [draft])).toMatchObject({
      ok: true,
      affected: 0,
    });
    expect(await asActor(portal.db, 'admin', 'delete from portal.projects where id = $1', [TESTPROJECT])).toMatchObject({
      ok: true,
      affected: 0,
    });
    expect(await asActor(portal.db, 'admin', 'delete from portal.projects where id = $1', [draft])).toMatchObject({
      ok: true,
      affected: 1,
    });
  });

  it('a project names only people of its own organisation', async () => {
    const { rows } = await portal.db.query<{ id: string }>('select id from portal.people where organisation_id = $1 limit 1', [OTHERDAM]);
    const stranger = rows[0]?.id;
    const result = await asActor(
      portal.db,
      'editor',
      `insert into portal.project_people (project_id, person_id, role, since) values ($1, $2, 'contact', current_date)`,
      [TESTPROJECT, stranger],
    );
    expect(result).toMatchObject({ ok: false, code: '23514' });
  });
});

describe('people', () => {
  const PERSON = '30000000-0000-4000-8000-000000000003';
  const newPerson = (org: string, publication = 'draft') =>
    `insert into portal.people (organisation_id, name, job_title, publication, published_at)
     values ('${org}', 'Nieuw', 'Adviseur', '${publication}', ${publication === 'published' ? 'now()' : 'null'})`;

  it('staff add draft people to their own organisation only, and nobody publishes or changes a public person directly', async () => {
    for (const actor of ['anon', ...OUTSIDERS] as Actor[]) {
      expect(await asActor(portal.db, actor, newPerson(TESTDAM)), actor).toMatchObject({ ok: false, code: '42501' });
    }
    for (const actor of STAFF) {
      expect(await asActor(portal.db, actor, newPerson(TESTDAM)), actor).toMatchObject({ ok: true, affected: 1 });
      expect(await asActor(portal.db, actor, `update portal.people set job_title = 'Anders' where id = $1`, [PERSON]), actor).toMatchObject(
        { ok: true, affected: 0 },
      );
      expect(await asActor(portal.db, actor, 'delete from portal.people where id = $1', [PERSON]), actor).toMatchObject({
        ok: true,
        affected: 0,
      });
    }
    for (const actor of [...STAFF, 'service_role'] as const) {
      expect(await asRole(actor, newPerson(TESTDAM, 'published')), actor).toMatchObject(GUARDED);
    }
    expect(await asRole('service_role', `update portal.people set job_title = 'Anders' where id = $1`, [PERSON])).toMatchObject(GUARDED);
  });
});

describe('promises keep an append-only public history', () => {
  const PROMISE = '70000000-0000-4000-8000-000000000001';
  const addChange = (status: string, explanation: string | null, recordedBy: string) =>
    `insert into portal.promise_status_changes (promise_id, project_id, status, changed_by, explanation, recorded_by)
     values ('${PROMISE}', '${TESTPROJECT}', '${status}', 'Projectleider', ${explanation === null ? 'null' : `'${explanation}'`}, '${recordedBy}')`;

  it("nobody writes a status change into the history directly, in their own name or another's: it takes an approved request", async () => {
    // A change joins the history only through staff_approve (tests/database/public-record.test.ts).
    for (const actor of ['anon', 'outsider', 'otherEditor', ...STAFF] as Actor[]) {
      const self = ACTORS[actor]?.id ?? ACTORS.editor.id;
      expect(await asActor(portal.db, actor, addChange('kept', 'Gedaan', self)), actor).toMatchObject({ ok: false, code: '42501' });
      expect(await asActor(portal.db, actor, addChange('kept', 'Gedaan', ACTORS.approver.id)), actor).toMatchObject({
        ok: false,
        code: '42501',
      });
    }
    // The service role may insert into the table; the guard still refuses.
    expect(await asRole('service_role', addChange('kept', 'Gedaan', ACTORS.editor.id))).toMatchObject(GUARDED);
    const { rows } = await portal.db.query<{ status: string }>('select status from portal.promises where id = $1', [PROMISE]);
    expect(rows[0]?.status).toBe('open');
  });

  it('the history itself refuses changed and broken without an explanation, whoever writes it', async () => {
    // The owner (the workflow, the seed) passes the guard, not the table's own rule.
    for (const status of ['changed', 'broken']) {
      for (const explanation of [null, '   ']) {
        await expect(
          portal.db.transaction(async (tx) => {
            await tx.query(addChange(status, explanation, ACTORS.editor.id));
            await tx.rollback();
          }),
          `${status} ${String(explanation)}`,
        ).rejects.toMatchObject({ code: '23514' });
      }
    }
  });

  it('history cannot be changed or deleted, not even by an admin or the owner', async () => {
    for (const actor of ['editor', 'admin'] as Actor[]) {
      expect(await asActor(portal.db, actor, `update portal.promise_status_changes set explanation = 'rewritten'`), actor).toMatchObject({
        ok: false,
        code: '42501',
      });
      expect(await asActor(portal.db, actor, 'delete from portal.promise_status_changes'), actor).toMatchObject({
        ok: false,
        code: '42501',
      });
    }
    await expect(portal.db.query(`update portal.promise_status_changes set explanation = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(portal.db.query('delete from portal.promise_status_changes')).rejects.toThrow(/append-only/);
  });

  it("a promise's status cannot be written directly", async () => {
    expect(await asActor(portal.db, 'admin', `update portal.promises set status = 'kept' where id = $1`, [PROMISE])).toMatchObject({
      ok: false,
      code: '42501',
    });
  });
});

describe('staff memberships and organisations', () => {
  const grant = (org: string) =>
    `insert into portal.staff_memberships (user_id, organisation_id, role) values ('${ACTORS.outsider.id}', '${org}', 'editor')`;

  it('only an admin adds staff, and only to their own organisation', async () => {
    for (const actor of ['anon', 'outsider', 'otherEditor', 'editor', 'approver'] as Actor[]) {
      expect(await asActor(portal.db, actor, grant(TESTDAM)), actor).toMatchObject({ ok: false, code: '42501' });
    }
    expect(await asActor(portal.db, 'admin', grant(OTHERDAM))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'admin', grant(TESTDAM))).toMatchObject({ ok: true, affected: 1 });
  });

  it('nobody promotes themselves', async () => {
    const promote = `update portal.staff_memberships set role = 'admin' where user_id = '${ACTORS.editor.id}'`;
    expect(await asActor(portal.db, 'editor', promote)).toMatchObject({ ok: true, affected: 0 });
    expect(await asActor(portal.db, 'admin', promote)).toMatchObject({ ok: true, affected: 1 });
  });

  it("only an admin changes their own organisation's settings", async () => {
    const rename = (org: string) => `update portal.organisations set name = 'Nieuwe naam' where id = '${org}'`;
    expect(await asActor(portal.db, 'anon', rename(TESTDAM))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'editor', rename(TESTDAM))).toMatchObject({ ok: true, affected: 0 });
    expect(await asActor(portal.db, 'admin', rename(OTHERDAM))).toMatchObject({ ok: true, affected: 0 });
    expect(await asActor(portal.db, 'admin', rename(TESTDAM))).toMatchObject({ ok: true, affected: 1 });
    expect(await asActor(portal.db, 'admin', `update portal.organisations set slug = 'anders' where id = '${TESTDAM}'`)).toMatchObject({
      ok: false,
      code: '42501',
    });
  });

  it('a theme that would inject CSS is refused', async () => {
    const theme = JSON.stringify({ '--portal-colour': 'red; } body { display: none' });
    expect(
      await asActor(portal.db, 'admin', `update portal.organisations set theme = $1::jsonb where id = '${TESTDAM}'`, [theme]),
    ).toMatchObject({ ok: false, code: '23514' });
  });
});
