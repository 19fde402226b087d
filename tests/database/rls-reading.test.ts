import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { ALL_ACTORS, asActor, countAsOwner, startFixturePortal, TESTDAM, OTHERDAM, type Actor } from './support.ts';

// Who may read what, table by table, straight against the policies. The expected counts come from the
// database itself (read as the owner), so the tests follow the fixture instead of restating it.

let portal: LocalSupabase;
beforeAll(async () => {
  portal = await startFixturePortal();
});
afterAll(async () => {
  await portal?.close();
});

const ORG_OF_ACTOR: Record<Actor, string | null> = {
  anon: null,
  outsider: null,
  otherEditor: OTHERDAM,
  editor: TESTDAM,
  approver: TESTDAM,
  admin: TESTDAM,
};

const TABLES_WITH_PUBLICATION = ['decisions', 'promises', 'council_moments', 'updates', 'key_dates', 'lessons'];
const TABLES_OF_PROJECT = [
  'phases',
  'project_people',
  'handovers',
  'input_themes',
  'input_responses',
  'groups_involved',
  'promise_status_changes',
];

describe('residents and outsiders read only what is published', () => {
  for (const table of TABLES_WITH_PUBLICATION) {
    it(`${table}: each actor sees the published rows of published projects, plus everything of their own organisation`, async () => {
      for (const actor of ALL_ACTORS) {
        const org = ORG_OF_ACTOR[actor];
        const expected = await countAsOwner(
          portal.db,
          `select t.id from portal.${table} t join portal.projects p on p.id = t.project_id
           where (t.publication = 'published' and p.publication = 'published') or p.organisation_id = $1`,
          [org],
        );
        const seen = await asActor(portal.db, actor, `select id from portal.${table}`);
        expect(seen.ok, `${actor} reading ${table}`).toBe(true);
        if (seen.ok) expect(seen.rows.length, `${actor} reading ${table}`).toBe(expected);
      }
    });

    it(`${table}: the fixture has drafts that anon, outsiders and other organisations' staff cannot see`, async () => {
      const drafts = await countAsOwner(
        portal.db,
        `select id from portal.${table} where publication <> 'published' and project_id in (select id from portal.projects where organisation_id = $1)`,
        [TESTDAM],
      );
      expect(drafts).toBeGreaterThan(0);
      for (const actor of ['anon', 'outsider', 'otherEditor'] as Actor[]) {
        const seen = await asActor(
          portal.db,
          actor,
          `select t.id from portal.${table} t join portal.projects p on p.id = t.project_id where t.publication <> 'published' and p.organisation_id = $1`,
          [TESTDAM],
        );
        expect(seen.ok && seen.rows.length, `${actor} reading testdam's unpublished ${table}`).toBe(0);
      }
      const editorSees = await asActor(portal.db, 'editor', `select id from portal.${table} where publication <> 'published'`);
      expect(editorSees.ok && editorSees.rows.length).toBe(drafts);
    });
  }

  for (const table of TABLES_OF_PROJECT) {
    it(`${table}: rows of draft projects are hidden from everyone outside the organisation`, async () => {
      const hidden = await countAsOwner(
        portal.db,
        `select t.project_id from portal.${table} t join portal.projects p on p.id = t.project_id where p.publication <> 'published'`,
      );
      for (const actor of ['anon', 'outsider'] as Actor[]) {
        const seen = await asActor(
          portal.db,
          actor,
          `select t.project_id from portal.${table} t join portal.projects p on p.id = t.project_id where p.publication <> 'published'`,
        );
        expect(seen.ok, `${actor} reading ${table}`).toBe(true);
        if (seen.ok) expect(seen.rows.length, `${actor} reading ${table} of draft projects`).toBe(0);
      }
      const staffSee = await asActor(
        portal.db,
        'editor',
        `select t.project_id from portal.${table} t where t.project_id in (select id from portal.projects where organisation_id = $1 and publication <> 'published')`,
        [TESTDAM],
      );
      const testdamHidden = await countAsOwner(
        portal.db,
        `select t.project_id from portal.${table} t join portal.projects p on p.id = t.project_id where p.publication <> 'published' and p.organisation_id = $1`,
        [TESTDAM],
      );
      expect(staffSee.ok && staffSee.rows.length).toBe(testdamHidden);
      expect(hidden).toBeGreaterThanOrEqual(testdamHidden);
    });
  }

  it('projects: drafts are visible to their own organisation only', async () => {
    for (const actor of ALL_ACTORS) {
      const expected = await countAsOwner(
        portal.db,
        `select id from portal.projects where publication = 'published' or organisation_id = $1`,
        [ORG_OF_ACTOR[actor]],
      );
      const seen = await asActor(portal.db, actor, 'select id from portal.projects');
      expect(seen.ok && seen.rows.length, actor).toBe(expected);
    }
  });

  it('input responses to a draft decision stay hidden with the decision', async () => {
    const toDrafts = await countAsOwner(
      portal.db,
      `select r.decision_id from portal.input_responses r join portal.decisions d on d.id = r.decision_id where d.publication <> 'published'`,
    );
    expect(toDrafts).toBeGreaterThan(0);
    const anonSees = await asActor(
      portal.db,
      'anon',
      `select r.decision_id from portal.input_responses r join portal.decisions d on d.id = r.decision_id`,
    );
    const allResponses = await asActor(portal.db, 'anon', 'select decision_id from portal.input_responses');
    expect(anonSees.ok && allResponses.ok && allResponses.rows.length).toBe(anonSees.ok ? anonSees.rows.length : -1);
    const hiddenForAnon = await asActor(
      portal.db,
      'anon',
      `select decision_id from portal.input_responses where decision_id in (select id from portal.decisions)`,
    );
    expect(hiddenForAnon.ok && hiddenForAnon.rows.length).toBe(allResponses.ok ? allResponses.rows.length : -1);
    const editorSees = await asActor(portal.db, 'editor', 'select decision_id from portal.input_responses');
    expect(editorSees.ok && allResponses.ok && editorSees.rows.length).toBeGreaterThan(allResponses.ok ? allResponses.rows.length : 0);
  });
});

describe('personal data is never public', () => {
  it('anon cannot read staff memberships at all', async () => {
    const seen = await asActor(portal.db, 'anon', 'select * from portal.staff_memberships');
    expect(seen).toMatchObject({ ok: false, code: '42501' });
  });

  it("a member reads only their own membership; an admin reads their organisation's", async () => {
    const outsider = await asActor(portal.db, 'outsider', 'select * from portal.staff_memberships');
    expect(outsider.ok && outsider.rows.length).toBe(0);
    const editor = await asActor(portal.db, 'editor', 'select user_id from portal.staff_memberships');
    expect(editor.ok && editor.rows).toEqual([{ user_id: '00000000-0000-4000-8000-000000000002' }]);
    const testdamStaff = await countAsOwner(portal.db, 'select user_id from portal.staff_memberships where organisation_id = $1', [
      TESTDAM,
    ]);
    const admin = await asActor(portal.db, 'admin', 'select user_id, organisation_id from portal.staff_memberships');
    expect(admin.ok && admin.rows.length).toBe(testdamStaff);
    expect(admin.ok && admin.rows.every((row) => row.organisation_id === TESTDAM)).toBe(true);
  });

  it('anon cannot read who wrote or approved an update, nor who recorded a promise change', async () => {
    for (const sql of [
      'select author_id from portal.updates',
      'select approver_id from portal.updates',
      'select recorded_by from portal.promise_status_changes',
    ]) {
      expect(await asActor(portal.db, 'anon', sql), sql).toMatchObject({ ok: false, code: '42501' });
    }
    const publicColumns = await asActor(portal.db, 'anon', 'select title, body_md from portal.updates');
    expect(publicColumns.ok).toBe(true);
  });

  it('anon cannot read auth users, sessions or refresh tokens', async () => {
    for (const table of ['auth.users', 'auth.sessions', 'auth.refresh_tokens']) {
      expect(await asActor(portal.db, 'anon', `select * from ${table}`), table).toMatchObject({ ok: false, code: '42501' });
      expect(await asActor(portal.db, 'outsider', `select * from ${table}`), table).toMatchObject({ ok: false, code: '42501' });
    }
  });

  it('people are public only once a published project names them', async () => {
    const named = await countAsOwner(
      portal.db,
      `select id from portal.people pe where exists (select 1 from portal.project_people pp join portal.projects p on p.id = pp.project_id where pp.person_id = pe.id and p.publication = 'published') or exists (select 1 from portal.phases ph join portal.projects p on p.id = ph.project_id where ph.contact_person_id = pe.id and p.publication = 'published') or exists (select 1 from portal.handovers h join portal.projects p on p.id = h.project_id where pe.id in (h.from_person_id, h.to_person_id) and p.publication = 'published')`,
    );
    const all = await countAsOwner(portal.db, 'select id from portal.people');
    expect(all).toBeGreaterThan(named);
    const seen = await asActor(portal.db, 'anon', 'select id from portal.people');
    expect(seen.ok && seen.rows.length).toBe(named);
  });

  it("the history of a person is public exactly when the person is, and a project's only when the project is", async () => {
    // Person 306 is published, but named only in testdam's draft project: neither it nor its history is public.
    const concept = await asActor(
      portal.db,
      'anon',
      `select id from portal.record_versions where record_id = '30000000-0000-4000-8000-000000000006'`,
    );
    expect(concept).toMatchObject({ ok: true, rows: [] });
    const versions = await asActor(portal.db, 'anon', 'select kind, record_id, project_id from portal.record_versions');
    const people = await asActor(portal.db, 'anon', 'select id from portal.people');
    const publicPeople = new Set(people.ok ? people.rows.map((row) => row['id']) : []);
    expect(versions.ok).toBe(true);
    for (const row of versions.ok ? versions.rows : []) {
      if (row['kind'] === 'person') expect(publicPeople.has(row['record_id']), `person ${String(row['record_id'])}`).toBe(true);
      else expect(row['project_id'], `${String(row['kind'])} ${String(row['record_id'])}`).not.toBe('20000000-0000-4000-8000-000000000002');
    }
    // Staff read all of their organisation's history, of the draft project too.
    const staff = await asActor(
      portal.db,
      'editor',
      `select id from portal.record_versions where project_id = '20000000-0000-4000-8000-000000000002'`,
    );
    expect(staff.ok && staff.rows.length).toBeGreaterThan(0);
  });
});
