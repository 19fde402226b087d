import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/local-supabase/index.ts';
import { ACTORS, asActor, startFixturePortal, ANDERPROJECT, OTHERDAM, TESTDAM, TESTPROJECT, type Actor } from './support.ts';

// Who may write what. Every statement runs as the actor and is rolled back afterwards, so each expectation
// stands on its own. A refused write either raises 42501 (no grant, or a row the policy rejects) or, for
// update and delete, silently touches no row: both are how Postgres row level security says no.

let portal: LocalSupabase;
beforeAll(async () => {
  portal = await startFixturePortal();
});
afterAll(async () => {
  await portal?.close();
});

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
    default:
      throw new Error(`No row builder for ${table}`);
  }
}

const TABLES = ['decisions', 'promises', 'council_moments', 'updates', 'key_dates', 'lessons'];
const OUTSIDERS: Actor[] = ['outsider', 'otherEditor'];
const STAFF: Actor[] = ['editor', 'approver', 'admin'];
const APPROVERS: Actor[] = ['approver', 'admin'];

async function firstId(table: string, publication: string, project = TESTPROJECT): Promise<string> {
  const { rows } = await portal.db.query<{ id: string }>(
    `select id::text as id from portal.${table} where project_id = $1 and publication = $2 limit 1`,
    [project, publication],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error(`The fixture has no ${publication} row in ${table}`);
  return id;
}

describe.each(TABLES)('%s', (table) => {
  it('anon can write nothing: no grant at all', async () => {
    expect(await asActor(portal.db, 'anon', insertRecord(table, TESTPROJECT, 'draft'))).toMatchObject({ ok: false, code: '42501' });
    const id = await firstId(table, 'published');
    expect(await asActor(portal.db, 'anon', `update portal.${table} set published_at = published_at where id = $1`, [id])).toMatchObject({ ok: false, code: '42501' });
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

  it('editors, approvers and admins of testdam can add a draft', async () => {
    for (const actor of STAFF) {
      expect(await asActor(portal.db, actor, insertRecord(table, TESTPROJECT, 'draft')), actor).toMatchObject({ ok: true, affected: 1 });
    }
  });

  it('an editor cannot publish; approvers and admins can', async () => {
    expect(await asActor(portal.db, 'editor', insertRecord(table, TESTPROJECT, 'published'))).toMatchObject({ ok: false, code: '42501' });
    const draft = await firstId(table, 'draft');
    expect(
      await asActor(portal.db, 'editor', `update portal.${table} set publication = 'published', published_at = now() where id = $1`, [draft]),
    ).toMatchObject({ ok: false, code: '42501' });
    for (const actor of APPROVERS) {
      expect(await asActor(portal.db, actor, insertRecord(table, TESTPROJECT, 'published')), actor).toMatchObject({ ok: true, affected: 1 });
      expect(
        await asActor(portal.db, actor, `update portal.${table} set publication = 'published', published_at = now() where id = $1`, [draft]),
        actor,
      ).toMatchObject({ ok: true, affected: 1 });
    }
  });

  it('an editor cannot change or delete what is published; an approver can change it', async () => {
    const published = await firstId(table, 'published');
    expect(await asActor(portal.db, 'editor', `update portal.${table} set published_at = published_at where id = $1`, [published])).toMatchObject({ ok: true, affected: 0 });
    expect(await asActor(portal.db, 'editor', `delete from portal.${table} where id = $1`, [published])).toMatchObject({ ok: true, affected: 0 });
    expect(await asActor(portal.db, 'approver', `update portal.${table} set published_at = published_at where id = $1`, [published])).toMatchObject({ ok: true, affected: 1 });
  });

  it('drafts are deleted by their own organisation only', async () => {
    const draft = await firstId(table, 'draft');
    for (const actor of OUTSIDERS) {
      expect(await asActor(portal.db, actor, `delete from portal.${table} where id = $1`, [draft]), actor).toMatchObject({ ok: true, affected: 0 });
      expect(await asActor(portal.db, actor, `update portal.${table} set published_at = published_at where id = $1`, [draft]), actor).toMatchObject({ ok: true, affected: 0 });
    }
    expect(await asActor(portal.db, 'editor', `delete from portal.${table} where id = $1`, [draft])).toMatchObject({ ok: true, affected: 1 });
  });
});

describe('projects', () => {
  const newProject = (publication: string, org = TESTDAM) =>
    `insert into portal.projects (organisation_id, slug, title, summary, theme, area, starts_on, publication, published_at)
     values ('${org}', 'nieuw-project', 'Nieuw', 'Samenvatting', 'Wonen', 'Centrum', current_date, '${publication}', ${publication === 'published' ? 'now()' : 'null'})`;

  it('only staff of the organisation create projects, and only approvers publish them', async () => {
    expect(await asActor(portal.db, 'anon', newProject('draft'))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'outsider', newProject('draft'))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'otherEditor', newProject('draft'))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'otherEditor', newProject('draft', OTHERDAM))).toMatchObject({ ok: true, affected: 1 });
    expect(await asActor(portal.db, 'editor', newProject('draft'))).toMatchObject({ ok: true, affected: 1 });
    expect(await asActor(portal.db, 'editor', newProject('published'))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'approver', newProject('published'))).toMatchObject({ ok: true, affected: 1 });
  });

  it('only admins delete draft projects, and never published ones', async () => {
    const { rows } = await portal.db.query<{ id: string }>(`select id from portal.projects where organisation_id = $1 and publication = 'draft' limit 1`, [TESTDAM]);
    const draft = rows[0]?.id;
    expect(draft).toBeTruthy();
    expect(await asActor(portal.db, 'approver', 'delete from portal.projects where id = $1', [draft])).toMatchObject({ ok: true, affected: 0 });
    expect(await asActor(portal.db, 'admin', 'delete from portal.projects where id = $1', [TESTPROJECT])).toMatchObject({ ok: true, affected: 0 });
    expect(await asActor(portal.db, 'admin', 'delete from portal.projects where id = $1', [draft])).toMatchObject({ ok: true, affected: 1 });
  });

  it('a project names only people of its own organisation', async () => {
    const { rows } = await portal.db.query<{ id: string }>('select id from portal.people where organisation_id = $1 limit 1', [OTHERDAM]);
    const stranger = rows[0]?.id;
    const result = await asActor(portal.db, 'editor',
      `insert into portal.project_people (project_id, person_id, role, since) values ($1, $2, 'contact', current_date)`, [TESTPROJECT, stranger]);
    expect(result).toMatchObject({ ok: false, code: '23514' });
  });
});

describe('promises keep an append-only public history', () => {
  const PROMISE = '70000000-0000-4000-8000-000000000001';
  const addChange = (status: string, explanation: string | null, recordedBy: string) =>
    `insert into portal.promise_status_changes (promise_id, project_id, status, changed_by, explanation, recorded_by)
     values ('${PROMISE}', '${TESTPROJECT}', '${status}', 'Projectleider', ${explanation === null ? 'null' : `'${explanation}'`}, '${recordedBy}')`;

  it('an editor records a status change, which becomes the promise\'s status', async () => {
    const editor = ACTORS.editor.id;
    let status: unknown;
    await portal.db.transaction(async (tx) => {
      await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [JSON.stringify({ sub: editor, role: 'authenticated' })]);
      await tx.query(addChange('kept', 'Gedaan', editor));
      status = (await tx.query<{ status: string }>('select status from portal.promises where id = $1', [PROMISE])).rows[0]?.status;
      await tx.rollback();
    });
    expect(status).toBe('kept');
  });

  it('changed and broken are refused without an explanation', async () => {
    for (const status of ['changed', 'broken']) {
      expect(await asActor(portal.db, 'editor', addChange(status, null, ACTORS.editor.id)), status).toMatchObject({ ok: false, code: '23514' });
      expect(await asActor(portal.db, 'editor', addChange(status, '   ', ACTORS.editor.id)), status).toMatchObject({ ok: false, code: '23514' });
    }
  });

  it('nobody outside testdam records a change, and nobody records one in someone else\'s name', async () => {
    expect(await asActor(portal.db, 'anon', addChange('kept', 'x', ACTORS.editor.id))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'outsider', addChange('kept', 'x', ACTORS.outsider.id))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'otherEditor', addChange('kept', 'x', ACTORS.otherEditor.id))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'editor', addChange('kept', 'x', ACTORS.approver.id))).toMatchObject({ ok: false, code: '42501' });
  });

  it('history cannot be changed or deleted, not even by an admin or the owner', async () => {
    for (const actor of ['editor', 'admin'] as Actor[]) {
      expect(await asActor(portal.db, actor, `update portal.promise_status_changes set explanation = 'rewritten'`), actor).toMatchObject({ ok: false, code: '42501' });
      expect(await asActor(portal.db, actor, 'delete from portal.promise_status_changes'), actor).toMatchObject({ ok: false, code: '42501' });
    }
    await expect(portal.db.query(`update portal.promise_status_changes set explanation = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(portal.db.query('delete from portal.promise_status_changes')).rejects.toThrow(/append-only/);
  });

  it('a promise\'s status cannot be written directly', async () => {
    expect(await asActor(portal.db, 'admin', `update portal.promises set status = 'kept' where id = $1`, [PROMISE])).toMatchObject({ ok: false, code: '42501' });
  });
});

describe('staff memberships and organisations', () => {
  const grant = (org: string) => `insert into portal.staff_memberships (user_id, organisation_id, role) values ('${ACTORS.outsider.id}', '${org}', 'editor')`;

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

  it('only an admin changes their own organisation\'s settings', async () => {
    const rename = (org: string) => `update portal.organisations set name = 'Nieuwe naam' where id = '${org}'`;
    expect(await asActor(portal.db, 'anon', rename(TESTDAM))).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'editor', rename(TESTDAM))).toMatchObject({ ok: true, affected: 0 });
    expect(await asActor(portal.db, 'admin', rename(OTHERDAM))).toMatchObject({ ok: true, affected: 0 });
    expect(await asActor(portal.db, 'admin', rename(TESTDAM))).toMatchObject({ ok: true, affected: 1 });
    expect(await asActor(portal.db, 'admin', `update portal.organisations set slug = 'anders' where id = '${TESTDAM}'`)).toMatchObject({ ok: false, code: '42501' });
  });

  it('a theme that would inject CSS is refused', async () => {
    const theme = JSON.stringify({ '--portal-colour': 'red; } body { display: none' });
    expect(await asActor(portal.db, 'admin', `update portal.organisations set theme = $1::jsonb where id = '${TESTDAM}'`, [theme])).toMatchObject({ ok: false, code: '23514' });
  });
});
