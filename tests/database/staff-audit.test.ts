import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import {
  ACTORS,
  asActor,
  callStaff,
  clientsFor,
  countAsOwner,
  OTHERDAM,
  startFixturePortal,
  TESTDAM,
  TESTPROJECT,
  type Actor,
} from './support.ts';

// The audit log: a staff write leaves one row with who, what and before/after; only the organisation's admins
// read it, through staff_audit_log or the table; nobody writes it directly.

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
beforeAll(async () => {
  portal = await startFixturePortal();
  // An admin of another organisation, to show that being an admin somewhere is not enough.
  await portal.db.query(`update portal.staff_memberships set role = 'admin' where user_id = $1 and organisation_id = $2`, [
    ACTORS.otherEditor.id,
    OTHERDAM,
  ]);
  as = await clientsFor(portal, 'en');
});
afterAll(async () => {
  await portal?.close();
});

const UPDATE_DRAFT = 'a0000000-0000-4000-8000-000000000003';

interface AuditEntry {
  id: number;
  actor_id: string;
  actor_email: string | null;
  action: string;
  table_name: string;
  record_id: string;
  project_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('what the audit log records', () => {
  it('the seed and the fixture are system writes and are not audited', async () => {
    expect(await countAsOwner(portal.db, 'select id from portal.audit_log')).toBe(0);
  });

  it('a staff write leaves one row with who, the record, and before and after', async () => {
    const submitted = await callStaff(as.editor, 'staff_submit', { kind: 'update', id: UPDATE_DRAFT, project_id: TESTPROJECT });
    expect(submitted.status).toBe(200);
    const log = await callStaff(as.admin, 'staff_audit_log', { organisation_id: TESTDAM });
    expect(log.status).toBe(200);
    const entries = log.data as AuditEntry[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_id: ACTORS.editor.id,
      actor_email: ACTORS.editor.email,
      action: 'update',
      table_name: 'updates',
      record_id: UPDATE_DRAFT,
      project_id: TESTPROJECT,
      before: { id: UPDATE_DRAFT, publication: 'draft' },
      after: { id: UPDATE_DRAFT, publication: 'awaiting_approval' },
    });
  });

  it('inserts and deletes are recorded with the row they made or removed', async () => {
    const { rows } = await portal.db.query<{ count: number }>('select count(*)::int as count from portal.audit_log');
    const start = rows[0]?.count ?? 0;
    await portal.db.transaction(async (tx) => {
      await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ sub: ACTORS.editor.id, role: 'authenticated' }),
      ]);
      await tx.query(
        `insert into portal.groups_involved (id, project_id, name, status, note)
                      values ('c0000000-0000-4000-8000-0000000000aa', $1, 'Audit', 'gap', 'Nog niet bereikt')`,
        [TESTPROJECT],
      );
      // Saving without a change is no news for the log.
      await tx.query(`update portal.groups_involved set note = note where id = 'c0000000-0000-4000-8000-0000000000aa'`);
    });
    await portal.db.transaction(async (tx) => {
      await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ sub: ACTORS.approver.id, role: 'authenticated' }),
      ]);
      await tx.query(`delete from portal.groups_involved where id = 'c0000000-0000-4000-8000-0000000000aa'`);
    });
    const log = (await callStaff(as.admin, 'staff_audit_log', { organisation_id: TESTDAM, limit: 2 })).data as AuditEntry[];
    expect(await countAsOwner(portal.db, 'select id from portal.audit_log')).toBe(start + 2);
    expect(log.map((e) => [e.action, e.actor_id, e.table_name])).toEqual([
      ['delete', ACTORS.approver.id, 'groups_involved'],
      ['insert', ACTORS.editor.id, 'groups_involved'],
    ]);
    expect(log[0]).toMatchObject({ before: { name: 'Audit', status: 'gap' }, after: null });
    expect(log[1]).toMatchObject({ before: null, after: { name: 'Audit', status: 'gap' } });
  });

  it("a change of a published record is logged as its revision, and the approval as the approver's change of the record", async () => {
    // The workflow functions write as their owner (security definer); the log still names who called them.
    const lesson = 'd0000000-0000-4000-8000-000000000001';
    const target = { kind: 'lesson', id: lesson, project_id: TESTPROJECT };
    const project = (await callStaff(as.editor, 'staff_project', { project_id: TESTPROJECT })).data as {
      lessons: Record<string, unknown>[];
    };
    const form = project.lessons.find((row) => row['id'] === lesson);
    const oldTitle = form?.['title'];
    const start = await countAsOwner(portal.db, 'select id from portal.audit_log');
    const saved = await callStaff(as.editor, 'staff_save_lesson', {
      ...form,
      project_id: TESTPROJECT,
      title: 'Herziene les',
      updated_at: form?.['updated_at'],
    });
    expect(saved.status).toBe(200);
    const proposed = (await callStaff(as.admin, 'staff_audit_log', { organisation_id: TESTDAM })).data as AuditEntry[];
    const writes = proposed.slice(0, (await countAsOwner(portal.db, 'select id from portal.audit_log')) - start);
    // The published row is untouched: only the pending change is written, by the editor.
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((e) => e.table_name === 'revisions' && e.actor_id === ACTORS.editor.id)).toBe(true);
    expect(writes[0]?.after).toMatchObject({
      kind: 'lesson',
      record_id: lesson,
      content: { title: 'Herziene les' },
      contributors: [ACTORS.editor.id],
    });

    expect(await callStaff(as.editor, 'staff_submit', target)).toMatchObject({ status: 200 });
    expect(await callStaff(as.approver, 'staff_approve', target)).toMatchObject({ status: 200 });
    const log = (await callStaff(as.admin, 'staff_audit_log', { organisation_id: TESTDAM, limit: 2 })).data as AuditEntry[];
    expect(log.map((e) => [e.action, e.actor_id, e.table_name])).toEqual([
      ['delete', ACTORS.approver.id, 'revisions'],
      ['update', ACTORS.approver.id, 'lessons'],
    ]);
    expect(log[1]).toMatchObject({
      record_id: lesson,
      project_id: TESTPROJECT,
      before: { title: oldTitle, version: 1 },
      after: { title: 'Herziene les', version: 2 },
    });
  });

  it('pages newest first, by before_id and limit, and filters by project', async () => {
    const all = (await callStaff(as.admin, 'staff_audit_log', { organisation_id: TESTDAM })).data as AuditEntry[];
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
    const first = all[0];
    if (!first) throw new Error('no audit rows');
    const next = (await callStaff(as.admin, 'staff_audit_log', { organisation_id: TESTDAM, before_id: first.id, limit: 1 }))
      .data as AuditEntry[];
    expect(next.map((e) => e.id)).toEqual([all[1]?.id]);
    const none = await callStaff(as.admin, 'staff_audit_log', {
      organisation_id: TESTDAM,
      project_id: '20000000-0000-4000-8000-000000000002',
    });
    expect(none).toMatchObject({ status: 200, data: [] });
    for (const limit of [0, 201, 'veel']) {
      expect(await callStaff(as.admin, 'staff_audit_log', { organisation_id: TESTDAM, limit }), String(limit)).toMatchObject({
        status: 400,
        code: '22023',
        hint: 'limit',
      });
    }
  });
});

describe('who reads the audit log', () => {
  it("staff_audit_log: only the organisation's admins; the rest get a 4xx with a message", async () => {
    const expected: [Actor, number, string][] = [
      ['anon', 401, ''],
      ['outsider', 404, 'This organisation does not exist, or you do not work for it.'],
      ['otherEditor', 404, 'This organisation does not exist, or you do not work for it.'],
      ['editor', 403, 'Only an administrator of your organisation may do this.'],
      ['approver', 403, 'Only an administrator of your organisation may do this.'],
    ];
    for (const [actor, status, message] of expected) {
      const refused = await callStaff(as[actor], 'staff_audit_log', { organisation_id: TESTDAM });
      expect(refused.status, actor).toBe(status);
      expect(refused.message, actor).toBeTruthy();
      if (message) expect(refused.message, actor).toBe(message);
    }
    // The admin of otherdam reads otherdam's log, which holds nothing of testdam.
    expect(await callStaff(as.otherEditor, 'staff_audit_log', { organisation_id: OTHERDAM })).toMatchObject({ status: 200, data: [] });
  });

  it("the table itself: rows for testdam's admin, none for anyone else", async () => {
    const total = await countAsOwner(portal.db, 'select id from portal.audit_log where organisation_id = $1', [TESTDAM]);
    expect(total).toBeGreaterThan(0);
    expect(await asActor(portal.db, 'admin', 'select count(*)::int as n from portal.audit_log')).toMatchObject({
      ok: true,
      rows: [{ n: total }],
    });
    for (const actor of ['outsider', 'otherEditor', 'editor', 'approver'] as Actor[]) {
      expect(await asActor(portal.db, actor, 'select id from portal.audit_log'), actor).toMatchObject({ ok: true, rows: [] });
    }
    expect(await asActor(portal.db, 'anon', 'select id from portal.audit_log')).toMatchObject({ ok: false, code: '42501' });
  });

  it("nobody writes the audit log directly, not even its organisation's admin", async () => {
    const writes = [
      `insert into portal.audit_log (actor_id, organisation_id, table_name, record_id, action) values ('${ACTORS.admin.id}', '${TESTDAM}', 'x', 'x', 'insert')`,
      `update portal.audit_log set actor_id = '${ACTORS.approver.id}'`,
      'delete from portal.audit_log',
    ];
    for (const actor of ['anon', 'editor', 'admin'] as Actor[]) {
      for (const sql of writes) {
        expect(await asActor(portal.db, actor, sql), `${actor}: ${sql}`).toMatchObject({ ok: false, code: '42501' });
      }
    }
  });

  it('a refused call leaves no audit row', async () => {
    const before = await countAsOwner(portal.db, 'select id from portal.audit_log');
    await callStaff(as.editor, 'staff_approve', { kind: 'update', id: UPDATE_DRAFT, project_id: TESTPROJECT });
    await callStaff(as.otherEditor, 'staff_submit', { kind: 'update', id: UPDATE_DRAFT, project_id: TESTPROJECT });
    await callStaff(as.approver, 'staff_unpublish', {
      kind: 'update',
      id: 'a0000000-0000-4000-8000-000000000001',
      project_id: TESTPROJECT,
    });
    expect(await countAsOwner(portal.db, 'select id from portal.audit_log')).toBe(before);
  });
});
