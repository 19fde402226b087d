import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/local-supabase/index.ts';
import { ACTORS, callStaff, clientFor, clientsFor, countAsOwner, startFixturePortal, TESTDAM, TESTPROJECT, type Actor } from './support.ts';

// The workflow through the API as the workspace calls it: submit, approve, return to draft, unpublish and
// delete a draft, for each role, with the refusals checked for their status, their message and for leaving
// nothing behind. Calls commit, so each test works on its own records of the fixture.

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
beforeAll(async () => {
  portal = await startFixturePortal();
  as = await clientsFor(portal, 'en');
});
afterAll(async () => {
  await portal?.close();
});

const UPDATE_DRAFT = 'a0000000-0000-4000-8000-000000000003';
const UPDATE_AWAITING = 'a0000000-0000-4000-8000-000000000004';
const UPDATE_PUBLISHED = 'a0000000-0000-4000-8000-000000000001';
const DECISION_AWAITING = '50000000-0000-4000-8000-000000000003';
const LESSON_DRAFT = 'd0000000-0000-4000-8000-000000000002';
const LESSON_AWAITING = 'd0000000-0000-4000-8000-000000000003';
const KEY_DATE_PUBLISHED = 'b0000000-0000-4000-8000-000000000001';
const KEY_DATE_DRAFT = 'b0000000-0000-4000-8000-000000000003';
const COUNCIL_DRAFT = '90000000-0000-4000-8000-000000000004';
const COUNCIL_AWAITING = '90000000-0000-4000-8000-000000000005';
const PROMISE_DRAFT = '70000000-0000-4000-8000-000000000006';
const PROMISE_AWAITING = '70000000-0000-4000-8000-000000000007';

async function row(table: string, id: string): Promise<Record<string, unknown> | undefined> {
  const { rows } = await portal.db.query<Record<string, unknown>>(`select * from portal.${table} where id = $1`, [id]);
  return rows[0];
}

/** A fingerprint of everything a refused call could have left behind: the record itself and the audit log. */
async function snapshot(table: string, id: string): Promise<string> {
  const record = await row(table, id);
  const audit = await countAsOwner(portal.db, 'select id from portal.audit_log');
  return JSON.stringify({ record, audit });
}

describe('an editor submits and an approver approves', () => {
  it('moves an update from draft to awaiting approval to published, with who and when', async () => {
    const submitted = await callStaff(as.editor, 'staff_submit', { kind: 'update', id: UPDATE_DRAFT, project_id: TESTPROJECT });
    expect(submitted.status).toBe(200);
    expect(submitted.data).toMatchObject({ kind: 'update', id: UPDATE_DRAFT, publication: 'awaiting_approval', published_at: null });
    expect((await row('updates', UPDATE_DRAFT))?.submitted_at).toBeInstanceOf(Date);

    const approved = await callStaff(as.approver, 'staff_approve', { kind: 'update', id: UPDATE_DRAFT, project_id: TESTPROJECT });
    expect(approved.status).toBe(200);
    expect(approved.data).toMatchObject({ kind: 'update', id: UPDATE_DRAFT, publication: 'published' });
    const saved = await row('updates', UPDATE_DRAFT);
    expect(saved).toMatchObject({ publication: 'published', approver_id: ACTORS.approver.id });
    expect(saved?.published_at).toBeInstanceOf(Date);
    const { rows } = await portal.db.query<{ same: boolean }>('select updated_at = $1::timestamptz as same from portal.updates where id = $2',
      [(approved.data as { updated_at: string }).updated_at, UPDATE_DRAFT]);
    expect(rows[0]?.same).toBe(true);
  });

  it('approves every publishable kind', async () => {
    for (const [kind, id] of [['decision', DECISION_AWAITING], ['council_moment', COUNCIL_AWAITING], ['promise', PROMISE_AWAITING]]) {
      const approved = await callStaff(as.admin, 'staff_approve', { kind, id, project_id: TESTPROJECT });
      expect(approved.status, kind).toBe(200);
      expect(approved.data, kind).toMatchObject({ kind, id, publication: 'published' });
    }
  });

  it('approving a project needs an approver and keeps its first publication date', async () => {
    const { rows } = await portal.db.query<{ id: string }>(
      `insert into portal.projects (organisation_id, slug, title, summary, theme, area, starts_on, publication, author_id, submitted_at)
       values ($1, 'workflow-project', 'Workflow', 'Samenvatting', 'Wonen', 'Centrum', current_date, 'awaiting_approval', $2, now())
       returning id`,
      [TESTDAM, ACTORS.editor.id],
    );
    const project = rows[0]?.id;
    expect(project).toBeTruthy();
    const refused = await callStaff(as.editor, 'staff_approve', { kind: 'project', id: project, project_id: project });
    expect(refused).toMatchObject({ status: 403, code: '42501', message: 'Only an approver of your organisation may do this.' });
    const approved = await callStaff(as.approver, 'staff_approve', { kind: 'project', id: project });
    expect(approved).toMatchObject({ status: 200, data: { kind: 'project', id: project, publication: 'published' } });
    const first = (approved.data as { published_at: string }).published_at;
    await portal.db.query(`update portal.projects set publication = 'draft' where id = $1`, [project]);
    const again = await callStaff(as.approver, 'staff_approve', { kind: 'project', id: project });
    expect((again.data as { published_at: string }).published_at).toBe(first);
  });
});

describe('four eyes', () => {
  it('an approver cannot approve what they wrote, unless the organisation allows it', async () => {
    await portal.db.query('update portal.lessons set author_id = $1 where id = $2', [ACTORS.approver.id, LESSON_AWAITING]);
    const before = await snapshot('lessons', LESSON_AWAITING);
    const refused = await callStaff(as.approver, 'staff_approve', { kind: 'lesson', id: LESSON_AWAITING, project_id: TESTPROJECT });
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/another approver has to approve it.*four eyes/);
    expect(await snapshot('lessons', LESSON_AWAITING)).toBe(before);

    // Another approver (the admin) may.
    await portal.db.query('update portal.lessons set author_id = $1 where id = $2', [ACTORS.approver.id, LESSON_DRAFT]);
    expect(await callStaff(as.admin, 'staff_approve', { kind: 'lesson', id: LESSON_DRAFT, project_id: TESTPROJECT }))
      .toMatchObject({ status: 200, data: { publication: 'published' } });

    await portal.db.query('update portal.organisations set allow_self_approval = true where id = $1', [TESTDAM]);
    try {
      expect(await callStaff(as.approver, 'staff_approve', { kind: 'lesson', id: LESSON_AWAITING, project_id: TESTPROJECT }))
        .toMatchObject({ status: 200, data: { publication: 'published' } });
    } finally {
      await portal.db.query('update portal.organisations set allow_self_approval = false where id = $1', [TESTDAM]);
    }
  });

  it('the refusal speaks Dutch when the workspace is in Dutch', async () => {
    const dutchApprover = await clientFor(portal, 'approver', 'nl');
    await portal.db.query('update portal.updates set author_id = $1 where id = $2', [ACTORS.approver.id, UPDATE_AWAITING]);
    const refused = await callStaff(dutchApprover, 'staff_approve', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT });
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/vier ogen/);
    await portal.db.query('update portal.updates set author_id = $1 where id = $2', [ACTORS.editor.id, UPDATE_AWAITING]);
  });
});

describe('what an editor may not do', () => {
  it('an editor cannot approve, return or unpublish: 403 with a message, nothing changed', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['staff_approve', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT }, UPDATE_AWAITING],
      ['staff_return_to_draft', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT }, UPDATE_AWAITING],
      ['staff_unpublish', { kind: 'update', id: UPDATE_PUBLISHED, project_id: TESTPROJECT, reason: 'Fout' }, UPDATE_PUBLISHED],
    ];
    for (const [name, input, id] of cases) {
      const before = await snapshot('updates', id);
      const refused = await callStaff(as.editor, name, input);
      expect(refused, name).toMatchObject({ status: 403, code: '42501', message: 'Only an approver of your organisation may do this.' });
      expect(await snapshot('updates', id), name).toBe(before);
    }
  });
});

describe('return to draft, unpublish, delete a draft', () => {
  it('an approver sends a record back with a reason the editor can read', async () => {
    const returned = await callStaff(as.approver, 'staff_return_to_draft',
      { kind: 'council_moment', id: COUNCIL_DRAFT, project_id: TESTPROJECT, reason: 'x' });
    expect(returned).toMatchObject({ status: 409, hint: 'publication' });
    expect(returned.message).toMatch(/only send back something that is waiting/);

    await callStaff(as.editor, 'staff_submit', { kind: 'council_moment', id: COUNCIL_DRAFT, project_id: TESTPROJECT });
    const back = await callStaff(as.approver, 'staff_return_to_draft',
      { kind: 'council_moment', id: COUNCIL_DRAFT, project_id: TESTPROJECT, reason: 'Voeg de datum van de commissie toe.' });
    expect(back).toMatchObject({ status: 200, data: { publication: 'draft' } });
    expect(await row('council_moments', COUNCIL_DRAFT)).toMatchObject({ publication: 'draft', returned_reason: 'Voeg de datum van de commissie toe.' });
  });

  it('unpublishing needs a reason', async () => {
    const before = await snapshot('key_dates', KEY_DATE_PUBLISHED);
    for (const reason of [undefined, '   ']) {
      const refused = await callStaff(as.approver, 'staff_unpublish', { kind: 'key_date', id: KEY_DATE_PUBLISHED, project_id: TESTPROJECT, reason });
      expect(refused).toMatchObject({ status: 400, code: '22023', hint: 'reason', message: 'Fill in reason.' });
    }
    expect(await snapshot('key_dates', KEY_DATE_PUBLISHED)).toBe(before);
    const withdrawn = await callStaff(as.approver, 'staff_unpublish',
      { kind: 'key_date', id: KEY_DATE_PUBLISHED, project_id: TESTPROJECT, reason: 'De avond gaat niet door.' });
    expect(withdrawn).toMatchObject({ status: 200, data: { publication: 'unpublished' } });
    expect(await row('key_dates', KEY_DATE_PUBLISHED)).toMatchObject({ unpublished_reason: 'De avond gaat niet door.' });
  });

  it('an editor deletes a draft and a withdrawn record, never one that awaits approval or is published', async () => {
    for (const id of [UPDATE_AWAITING, UPDATE_PUBLISHED]) {
      const before = await snapshot('updates', id);
      const refused = await callStaff(as.editor, 'staff_delete_draft', { kind: 'update', id, project_id: TESTPROJECT });
      expect(refused).toMatchObject({ status: 409, hint: 'publication' });
      expect(refused.message).toMatch(/only delete a draft/);
      expect(await snapshot('updates', id)).toBe(before);
    }
    expect(await callStaff(as.editor, 'staff_delete_draft', { kind: 'key_date', id: KEY_DATE_DRAFT, project_id: TESTPROJECT }))
      .toMatchObject({ status: 200, data: { kind: 'key_date', id: KEY_DATE_DRAFT, deleted: true } });
    expect(await row('key_dates', KEY_DATE_DRAFT)).toBeUndefined();
    expect(await callStaff(as.editor, 'staff_delete_draft', { kind: 'promise', id: PROMISE_DRAFT, project_id: TESTPROJECT }))
      .toMatchObject({ status: 200, data: { deleted: true } });
    expect(await row('promises', PROMISE_DRAFT)).toBeUndefined();
    // The withdrawn update of the fixture.
    const withdrawn = 'a0000000-0000-4000-8000-000000000005';
    expect(await callStaff(as.editor, 'staff_delete_draft', { kind: 'update', id: withdrawn, project_id: TESTPROJECT }))
      .toMatchObject({ status: 200, data: { deleted: true } });
    expect(await row('updates', withdrawn)).toBeUndefined();
  });

  it('only an admin deletes a draft project', async () => {
    const concept = '20000000-0000-4000-8000-000000000002';
    const before = await snapshot('projects', concept);
    expect(await callStaff(as.approver, 'staff_delete_draft', { kind: 'project', id: concept, project_id: concept }))
      .toMatchObject({ status: 403, message: 'Only an administrator of your organisation may do this.' });
    expect(await snapshot('projects', concept)).toBe(before);
  });
});

describe('outsiders and bad input', () => {
  const CALLS: [string, Record<string, unknown>][] = [
    ['staff_submit', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT }],
    ['staff_approve', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT }],
    ['staff_return_to_draft', { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT }],
    ['staff_unpublish', { kind: 'update', id: UPDATE_PUBLISHED, project_id: TESTPROJECT, reason: 'Weg ermee' }],
    ['staff_delete_draft', { kind: 'lesson', id: LESSON_AWAITING, project_id: TESTPROJECT }],
    ['staff_delete_draft', { kind: 'project', id: '20000000-0000-4000-8000-000000000002' }],
  ];

  it('otherdam\'s editor gets the same 404 as for a project that does not exist, and changes nothing', async () => {
    for (const [name, input] of CALLS) {
      const before = await snapshot('updates', UPDATE_AWAITING);
      const refused = await callStaff(as.otherEditor, name, input);
      expect(refused, name).toMatchObject({
        status: 404, code: 'PT404', message: 'This project does not exist, or it does not belong to your organisation.',
      });
      expect(await snapshot('updates', UPDATE_AWAITING), name).toBe(before);
    }
    const unknown = await callStaff(as.editor, 'staff_submit', { kind: 'update', id: UPDATE_AWAITING, project_id: '20000000-0000-4000-8000-0000000000ff' });
    expect(unknown.message).toBe('This project does not exist, or it does not belong to your organisation.');
  });

  it('a record of another project of the same organisation is not found through this project', async () => {
    const refused = await callStaff(as.editor, 'staff_submit', { kind: 'update', id: UPDATE_AWAITING, project_id: '20000000-0000-4000-8000-000000000002' });
    expect(refused).toMatchObject({ status: 404, message: 'This item does not exist (any more), or it does not belong to this project.' });
  });

  it('anon gets 401 and a signed-in non-member 404', async () => {
    for (const [name, input] of CALLS) {
      const anon = await callStaff(as.anon, name, input);
      expect(anon.status, name).toBe(401);
      expect(anon.message, name).toBeTruthy();
      const outsider = await callStaff(as.outsider, name, input);
      expect(outsider.status, name).toBe(404);
    }
  });

  it('bad input is a 400 naming the field, never a 500', async () => {
    const cases: [unknown, string][] = [
      [{ kind: 'organisation', id: UPDATE_AWAITING, project_id: TESTPROJECT }, 'kind'],
      [{ kind: 'phase', id: UPDATE_AWAITING, project_id: TESTPROJECT }, 'kind'],
      [{ kind: 'update', id: 'not-an-id', project_id: TESTPROJECT }, 'id'],
      [{ kind: 'update', id: UPDATE_AWAITING }, 'project_id'],
      [{ kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT, updated_at: 'gisteren' }, 'updated_at'],
      [['update'], ''],
    ];
    for (const [input, field] of cases) {
      const refused = await callStaff(as.approver, 'staff_approve', input);
      expect(refused, JSON.stringify(input)).toMatchObject({ status: 400, code: '22023', hint: field });
      expect(refused.message, JSON.stringify(input)).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('a stale form is refused with 409', async () => {
    const refused = await callStaff(as.approver, 'staff_approve',
      { kind: 'update', id: UPDATE_AWAITING, project_id: TESTPROJECT, updated_at: '2000-01-01T00:00:00Z' });
    expect(refused).toMatchObject({ status: 409, code: 'PT409', hint: 'updated_at' });
  });
});

describe('site change notification', () => {
  it('a publish notifies portal_site_changed with the organisation; a draft save does not', async () => {
    const heard: string[] = [];
    const unlisten = await portal.db.listen('portal_site_changed', (payload) => heard.push(payload));
    try {
      // A draft saved by an editor, committed.
      await portal.db.transaction(async (tx) => {
        await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`,
          [JSON.stringify({ sub: ACTORS.editor.id, role: 'authenticated' })]);
        await tx.query(`insert into portal.updates (project_id, title, body_md, author_id) values ($1, 'Concept', 'Tekst', $2)`,
          [TESTPROJECT, ACTORS.editor.id]);
      });
      await portal.db.query('select 1');
      expect(heard).toEqual([]);

      const { rows } = await portal.db.query<{ id: string }>(`select id from portal.updates where title = 'Concept' and project_id = $1`, [TESTPROJECT]);
      const draft = rows[0]?.id;
      expect(await callStaff(as.editor, 'staff_submit', { kind: 'update', id: draft, project_id: TESTPROJECT })).toMatchObject({ status: 200 });
      await portal.db.query('select 1');
      expect(heard).toEqual([]);

      expect(await callStaff(as.approver, 'staff_approve', { kind: 'update', id: draft, project_id: TESTPROJECT })).toMatchObject({ status: 200 });
      await portal.db.query('select 1');
      expect(heard).toEqual(['testdam']);

      // A setting the site never shows does not notify; withdrawing a published record does.
      await portal.db.transaction(async (tx) => {
        await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`,
          [JSON.stringify({ sub: ACTORS.admin.id, role: 'authenticated' })]);
        await tx.query('update portal.organisations set allow_self_approval = not allow_self_approval where id = $1', [TESTDAM]);
        await tx.query('update portal.organisations set allow_self_approval = not allow_self_approval where id = $1', [TESTDAM]);
      });
      await portal.db.query('select 1');
      expect(heard).toEqual(['testdam']);
      expect(await callStaff(as.approver, 'staff_unpublish', { kind: 'update', id: draft, project_id: TESTPROJECT, reason: 'Fout' }))
        .toMatchObject({ status: 200 });
      await portal.db.query('select 1');
      expect(heard).toEqual(['testdam', 'testdam']);
    } finally {
      await unlisten();
    }
  });
});
