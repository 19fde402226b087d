import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import {
  ACTORS,
  callOk,
  callStaff,
  clientsFor,
  countAsOwner,
  OTHERDAM,
  startFixturePortal,
  TESTDAM,
  TESTPROJECT,
  type Actor,
} from './support.ts';

// The staff reads (workspace, one project, members) and the admin functions for members. Expected numbers
// come from the database itself, read as the owner.

const LESSON_PUBLISHED = 'd0000000-0000-4000-8000-000000000001';
const UPDATE_AWAITING = 'a0000000-0000-4000-8000-000000000004';

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
/** A person waiting for approval: people belong to the organisation, not to a project. */
let personAwaiting: string;
let lessonTitle: string;
beforeAll(async () => {
  portal = await startFixturePortal();
  as = await clientsFor(portal, 'en');
  // Besides the fixture's records awaiting approval: a change of a published lesson, submitted (a revision;
  // the lesson stays published), and a new person, submitted.
  const project = await callOk(as.editor, 'staff_project', { project_id: TESTPROJECT });
  const lesson = (project['lessons'] as Record<string, unknown>[]).find((row) => row['id'] === LESSON_PUBLISHED);
  lessonTitle = lesson?.['title'] as string;
  const saved = await callOk(as.editor, 'staff_save_lesson', {
    ...lesson,
    project_id: TESTPROJECT,
    title: 'Herziene les',
    updated_at: lesson?.['updated_at'],
  });
  await callOk(as.editor, 'staff_submit', {
    kind: 'lesson',
    id: LESSON_PUBLISHED,
    project_id: TESTPROJECT,
    updated_at: saved['updated_at'],
  });
  const person = await callOk(as.editor, 'staff_save_person', {
    organisation_id: TESTDAM,
    name: 'Wachtende Persoon',
    job_title: 'Adviseur',
  });
  personAwaiting = person['id'] as string;
  await callOk(as.editor, 'staff_submit', { kind: 'person', id: personAwaiting });
});
afterAll(async () => {
  await portal?.close();
});

/** The tables of a project's records residents can see, each with its own publication state. */
const PROJECT_RECORDS = [
  'updates',
  'decisions',
  'promises',
  'council_moments',
  'council_motions',
  'council_letters',
  'key_dates',
  'lessons',
  'phases',
  'project_people',
  'handovers',
  'groups_involved',
  'input_themes',
  'invitations',
];
const WAITING = `('awaiting_approval', 'scheduled')`;

interface AwaitingItem {
  kind: string;
  id: string;
  project_id: string | null;
  organisation_id: string;
  project_title: string | null;
  title: string;
  state: string;
  is_revision: boolean;
  is_mine: boolean;
  may_approve: boolean;
  content: Record<string, unknown> | null;
  published: Record<string, unknown> | null;
}
interface Workspace {
  user: { id: string; email: string };
  memberships: { organisation_id: string; slug: string; role: string; allow_self_approval: boolean }[];
  projects: { id: string; organisation_id: string; publication: string; counts: { draft: number; awaiting_approval: number } }[];
  awaiting_approval: AwaitingItem[];
}

describe('staff_workspace', () => {
  it('gives an editor their organisation, its projects with counts, and what awaits approval', async () => {
    const { status, data } = await callStaff(as.editor, 'staff_workspace');
    expect(status).toBe(200);
    const workspace = data as Workspace;
    expect(workspace.user).toEqual({ id: ACTORS.editor.id, email: ACTORS.editor.email });
    expect(workspace.memberships).toEqual([
      expect.objectContaining({ organisation_id: TESTDAM, slug: 'testdam', role: 'editor', allow_self_approval: false }),
    ]);
    const expectedProjects = await countAsOwner(portal.db, 'select id from portal.projects where organisation_id = $1', [TESTDAM]);
    expect(workspace.projects).toHaveLength(expectedProjects);
    expect(workspace.projects.every((p) => p.organisation_id === TESTDAM)).toBe(true);

    // A project's counts take in every kind of its records and the pending changes of published ones.
    const union = [
      ...PROJECT_RECORDS.map((t) => `select project_id, publication::text as state from portal.${t}`),
      `select project_id, state::text from portal.revisions where kind <> 'project'`,
    ].join(' union all ');
    const testproject = workspace.projects.find((p) => p.id === TESTPROJECT);
    expect(testproject?.counts).toEqual({
      draft: await countAsOwner(portal.db, `select 1 from (${union}) r where r.project_id = $1 and r.state = 'draft'`, [TESTPROJECT]),
      awaiting_approval: await countAsOwner(
        portal.db,
        `select 1 from (${union}) r where r.project_id = $1 and r.state = 'awaiting_approval'`,
        [TESTPROJECT],
      ),
    });
    expect(testproject?.counts.awaiting_approval).toBeGreaterThan(0);

    const awaitingTotal = await countAsOwner(
      portal.db,
      `select 1 from (${PROJECT_RECORDS.map((t) => `select project_id, publication from portal.${t}`).join(' union all ')}) r
         join portal.projects p on p.id = r.project_id where p.organisation_id = $1 and r.publication in ${WAITING}
       union all select 1 from portal.projects where organisation_id = $1 and publication in ${WAITING}
       union all select 1 from portal.people where organisation_id = $1 and publication in ${WAITING}
       union all select 1 from portal.revisions where organisation_id = $1 and state in ${WAITING}`,
      [TESTDAM],
    );
    expect(workspace.awaiting_approval).toHaveLength(awaitingTotal);
    expect(workspace.awaiting_approval.every((item) => item.organisation_id === TESTDAM)).toBe(true);

    // A new record: the words that would go public, written by this editor, not theirs to approve.
    const { rows } = await portal.db.query<{ title: string; body_md: string }>('select title, body_md from portal.updates where id = $1', [
      UPDATE_AWAITING,
    ]);
    const update = workspace.awaiting_approval.find((a) => a.id === UPDATE_AWAITING);
    expect(update).toMatchObject({
      kind: 'update',
      project_id: TESTPROJECT,
      organisation_id: TESTDAM,
      state: 'awaiting_approval',
      is_revision: false,
      is_mine: true,
      may_approve: false,
      content: { title: rows[0]?.title, body_md: rows[0]?.body_md },
      published: null,
    });
    expect(update?.title).toMatch(/^td-update-awaiting-title/);

    // A change of a published record: the words it would get next to the words residents see now.
    const change = workspace.awaiting_approval.find((a) => a.id === LESSON_PUBLISHED);
    expect(change).toMatchObject({
      kind: 'lesson',
      project_id: TESTPROJECT,
      state: 'awaiting_approval',
      is_revision: true,
      is_mine: true,
      may_approve: false,
      title: 'Herziene les',
      content: { title: 'Herziene les' },
      published: { title: lessonTitle },
    });

    // A person belongs to no project.
    expect(workspace.awaiting_approval.find((a) => a.id === personAwaiting)).toMatchObject({
      kind: 'person',
      project_id: null,
      project_title: null,
      organisation_id: TESTDAM,
      title: 'Wachtende Persoon',
      is_revision: false,
    });
  });

  it("is_mine is false and may_approve true for the approver looking at the editor's work", async () => {
    const workspace = (await callStaff(as.approver, 'staff_workspace')).data as Workspace;
    for (const id of [UPDATE_AWAITING, LESSON_PUBLISHED, personAwaiting]) {
      expect(
        workspace.awaiting_approval.find((a) => a.id === id),
        id,
      ).toMatchObject({ is_mine: false, may_approve: true });
    }
  });

  it("shows otherdam's editor nothing of testdam, a non-member empty lists, and anon a 401", async () => {
    const other = (await callStaff(as.otherEditor, 'staff_workspace')).data as Workspace;
    expect(other.memberships.map((m) => m.organisation_id)).toEqual([OTHERDAM]);
    expect(other.projects.every((p) => p.organisation_id === OTHERDAM)).toBe(true);
    expect(other.awaiting_approval.every((a) => a.organisation_id === OTHERDAM && a.project_id !== TESTPROJECT)).toBe(true);
    expect(await callStaff(as.outsider, 'staff_workspace')).toMatchObject({
      status: 200,
      data: { user: { id: ACTORS.outsider.id }, memberships: [], projects: [], awaiting_approval: [] },
    });
    const anon = await callStaff(as.anon, 'staff_workspace');
    expect(anon.status).toBe(401);
    expect(anon.message).toBeTruthy();
  });
});

describe('staff_project', () => {
  it('returns every record of the project, drafts included, with all columns', async () => {
    const { status, data } = await callStaff(as.editor, 'staff_project', { project_id: TESTPROJECT });
    expect(status).toBe(200);
    const doc = data as Record<string, Record<string, unknown>[]> & {
      project: Record<string, unknown>;
      organisation: Record<string, unknown>;
    };
    expect(doc.project).toMatchObject({ id: TESTPROJECT, organisation_id: TESTDAM, publication: 'published' });
    expect(Object.keys(doc.project)).toEqual(
      expect.arrayContaining([
        'author_id',
        'approver_id',
        'submitted_at',
        'unpublished_reason',
        'returned_reason',
        'version',
        'publish_at',
        'may_approve',
        'i_wrote',
        'pending',
      ]),
    );
    // Who wrote the words that are not public yet is kept for the four-eyes check, and shown only as i_wrote.
    expect(Object.keys(doc.project)).not.toContain('contributors');
    expect(doc.organisation).toMatchObject({ id: TESTDAM, slug: 'testdam', role: 'editor', allow_self_approval: false });
    const tables: [string, string][] = [
      ['updates', 'updates'],
      ['decisions', 'decisions'],
      ['promises', 'promises'],
      ['council_moments', 'council_moments'],
      ['key_dates', 'key_dates'],
      ['lessons', 'lessons'],
      ['phases', 'phases'],
      ['handovers', 'handovers'],
      ['groups', 'groups_involved'],
      ['input_themes', 'input_themes'],
      ['assignments', 'project_people'],
    ];
    for (const [key, table] of tables) {
      const ids = (
        await portal.db.query<{ id: string }>(`select id from portal.${table} where project_id = $1 order by id`, [TESTPROJECT])
      ).rows.map((r) => r.id);
      expect((doc[key] ?? []).map((r) => r.id).sort(), key).toEqual(ids);
    }
    expect(doc.people?.length).toBe(await countAsOwner(portal.db, 'select id from portal.people where organisation_id = $1', [TESTDAM]));
    const draft = doc.updates?.find((u) => u.id === 'a0000000-0000-4000-8000-000000000003');
    expect(draft).toMatchObject({
      publication: 'draft',
      author_id: ACTORS.editor.id,
      body_md: expect.stringMatching(/td-update-draft-body/),
    });

    // A published record with a pending change shows the change's words, and what residents see now.
    const lesson = doc.lessons?.find((l) => l.id === LESSON_PUBLISHED);
    expect(lesson).toMatchObject({
      title: 'Herziene les',
      publication: 'published',
      pending: {
        state: 'awaiting_approval',
        changed_fields: ['title'],
        published: { title: lessonTitle },
        i_wrote: true,
        may_approve: false,
      },
    });

    const decision = doc.decisions?.find((d) => d.id === '50000000-0000-4000-8000-000000000001');
    expect(decision?.responses).toEqual(
      expect.arrayContaining([expect.objectContaining({ input_theme_id: '60000000-0000-4000-8000-000000000001' })]),
    );
    const kept = doc.promises?.find((p) => p.id === '70000000-0000-4000-8000-000000000003');
    const history = (
      await portal.db.query<{ status: string }>(
        'select status from portal.promise_status_changes where promise_id = $1 order by changed_at, created_at',
        [kept?.id],
      )
    ).rows;
    expect(history.length).toBeGreaterThan(1);
    expect((kept?.history as { status: string }[]).map((h) => h.status)).toEqual(history.map((h) => h.status));
  });

  it('answers 404 alike for a foreign and an unknown project, 401 for anon, 400 for a bad id', async () => {
    const notFound = 'This project does not exist, or it does not belong to your organisation.';
    expect(await callStaff(as.otherEditor, 'staff_project', { project_id: TESTPROJECT })).toMatchObject({ status: 404, message: notFound });
    expect(await callStaff(as.outsider, 'staff_project', { project_id: TESTPROJECT })).toMatchObject({ status: 404, message: notFound });
    expect(await callStaff(as.editor, 'staff_project', { project_id: '20000000-0000-4000-8000-0000000000ff' })).toMatchObject({
      status: 404,
      message: notFound,
    });
    expect((await callStaff(as.anon, 'staff_project', { project_id: TESTPROJECT })).status).toBe(401);
    expect(await callStaff(as.editor, 'staff_project', { project_id: 'x' })).toMatchObject({ status: 400, hint: 'project_id' });
    expect(await callStaff(as.editor, 'staff_project', {})).toMatchObject({ status: 400, hint: 'project_id' });
  });
});

describe('members', () => {
  it('staff_members: the admin reads every member with e-mail address; nobody else does', async () => {
    const { status, data } = await callStaff(as.admin, 'staff_members', { organisation_id: TESTDAM });
    expect(status).toBe(200);
    expect((data as { email: string; role: string }[]).map((m) => [m.email, m.role])).toEqual([
      [ACTORS.admin.email, 'admin'],
      [ACTORS.approver.email, 'approver'],
      [ACTORS.editor.email, 'editor'],
    ]);
    for (const [actor, code] of [
      ['editor', 403],
      ['approver', 403],
      ['otherEditor', 404],
      ['outsider', 404],
      ['anon', 401],
    ] as [Actor, number][]) {
      const refused = await callStaff(as[actor], 'staff_members', { organisation_id: TESTDAM });
      expect(refused.status, actor).toBe(code);
      expect(refused.message, actor).toBeTruthy();
    }
    expect(await callStaff(as.admin, 'staff_members', { organisation_id: OTHERDAM })).toMatchObject({ status: 404 });
  });

  it('the admin adds an existing account by e-mail, changes its role and removes it', async () => {
    const added = await callStaff(as.admin, 'staff_set_member_role', {
      organisation_id: TESTDAM,
      email: ' Buiten@Test.example ',
      role: 'editor',
    });
    expect(added).toMatchObject({ status: 200, data: { user_id: ACTORS.outsider.id, email: 'buiten@test.example', role: 'editor' } });
    expect(
      await callStaff(as.admin, 'staff_set_member_role', { organisation_id: TESTDAM, email: ACTORS.outsider.email, role: 'approver' }),
    ).toMatchObject({ status: 200, data: { role: 'approver' } });
    expect(
      await countAsOwner(portal.db, `select 1 from portal.staff_memberships where user_id = $1 and role = 'approver'`, [
        ACTORS.outsider.id,
      ]),
    ).toBe(1);
    expect(await callStaff(as.admin, 'staff_remove_member', { organisation_id: TESTDAM, user_id: ACTORS.outsider.id })).toMatchObject({
      status: 200,
      data: { user_id: ACTORS.outsider.id, removed: true },
    });
    expect(await countAsOwner(portal.db, 'select 1 from portal.staff_memberships where user_id = $1', [ACTORS.outsider.id])).toBe(0);
    expect(await callStaff(as.admin, 'staff_remove_member', { organisation_id: TESTDAM, user_id: ACTORS.outsider.id })).toMatchObject({
      status: 404,
    });
  });

  it('adds only a confirmed account: an address someone registered without confirming it is refused', async () => {
    // On hosted Supabase with sign-ups open, anyone can register a future colleague's address without its mailbox.
    const { rows } = await portal.db.query<{ id: string }>(
      `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at)
       values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
               'nieuwe.collega@testdam.example', extensions.crypt('gekozen door een ander', extensions.gen_salt('bf')), null, now(), now())
       returning id::text as id`,
    );
    const id = rows[0]?.id;
    const memberships = () => countAsOwner(portal.db, 'select 1 from portal.staff_memberships where user_id = $1', [id]);
    const refused = await callStaff(as.admin, 'staff_set_member_role', {
      organisation_id: TESTDAM,
      email: 'Nieuwe.Collega@testdam.example',
      role: 'admin',
    });
    expect(refused).toMatchObject({ status: 400, hint: 'email' });
    expect(refused.message).toMatch(/needs an account first/);
    expect(await memberships()).toBe(0);

    // Once the address is confirmed (the colleague followed the link in their own mailbox), it can be added.
    await portal.db.query('update auth.users set email_confirmed_at = now() where id = $1', [id]);
    expect(
      await callStaff(as.admin, 'staff_set_member_role', {
        organisation_id: TESTDAM,
        email: 'nieuwe.collega@testdam.example',
        role: 'editor',
      }),
    ).toMatchObject({ status: 200, data: { user_id: id, role: 'editor' } });
    expect(await callStaff(as.admin, 'staff_remove_member', { organisation_id: TESTDAM, user_id: id })).toMatchObject({ status: 200 });

    // A deleted account is no account.
    await portal.db.query('update auth.users set deleted_at = now() where id = $1', [id]);
    expect(
      await callStaff(as.admin, 'staff_set_member_role', {
        organisation_id: TESTDAM,
        email: 'nieuwe.collega@testdam.example',
        role: 'editor',
      }),
    ).toMatchObject({ status: 400, hint: 'email' });
    expect(await memberships()).toBe(0);
  });

  it('refuses an unknown address, a bad role, the last admin, and callers who are not admin, leaving nothing behind', async () => {
    const members = () =>
      countAsOwner(portal.db, `select 1 from portal.staff_memberships m where m.organisation_id = $1 and m.role = 'admin'`, [TESTDAM]);
    const all = () => countAsOwner(portal.db, 'select 1 from portal.staff_memberships');
    const [adminsBefore, allBefore] = [await members(), await all()];
    const unknown = await callStaff(as.admin, 'staff_set_member_role', {
      organisation_id: TESTDAM,
      email: 'niemand@test.example',
      role: 'editor',
    });
    expect(unknown).toMatchObject({ status: 400, hint: 'email' });
    expect(unknown.message).toMatch(/needs an account first/);
    expect(
      await callStaff(as.admin, 'staff_set_member_role', { organisation_id: TESTDAM, email: ACTORS.outsider.email, role: 'owner' }),
    ).toMatchObject({ status: 400, hint: 'role' });
    const demote = await callStaff(as.admin, 'staff_set_member_role', {
      organisation_id: TESTDAM,
      email: ACTORS.admin.email,
      role: 'editor',
    });
    expect(demote).toMatchObject({ status: 400, hint: 'role' });
    expect(demote.message).toMatch(/last administrator/);
    expect(await callStaff(as.admin, 'staff_remove_member', { organisation_id: TESTDAM, user_id: ACTORS.admin.id })).toMatchObject({
      status: 400,
      hint: 'role',
    });
    for (const [actor, code] of [
      ['editor', 403],
      ['approver', 403],
      ['otherEditor', 404],
      ['anon', 401],
    ] as [Actor, number][]) {
      const add = await callStaff(as[actor], 'staff_set_member_role', {
        organisation_id: TESTDAM,
        email: ACTORS.outsider.email,
        role: 'admin',
      });
      expect(add.status, actor).toBe(code);
      const remove = await callStaff(as[actor], 'staff_remove_member', { organisation_id: TESTDAM, user_id: ACTORS.admin.id });
      expect(remove.status, actor).toBe(code);
    }
    // An unknown address must not be a way for non-admins to learn who has an account: same refusal.
    expect(
      await callStaff(as.editor, 'staff_set_member_role', { organisation_id: TESTDAM, email: 'niemand@test.example', role: 'editor' }),
    ).toMatchObject({ status: 403 });
    expect([await members(), await all()]).toEqual([adminsBefore, allBefore]);
  });

  it('an admin may step down once there is another admin', async () => {
    expect(
      await callStaff(as.admin, 'staff_set_member_role', { organisation_id: TESTDAM, email: ACTORS.approver.email, role: 'admin' }),
    ).toMatchObject({ status: 200 });
    expect(
      await callStaff(as.admin, 'staff_set_member_role', { organisation_id: TESTDAM, email: ACTORS.admin.email, role: 'approver' }),
    ).toMatchObject({ status: 200, data: { role: 'approver' } });
    // Now the approver is the last admin.
    expect(await callStaff(as.approver, 'staff_remove_member', { organisation_id: TESTDAM, user_id: ACTORS.approver.id })).toMatchObject({
      status: 400,
      hint: 'role',
    });
  });
});
