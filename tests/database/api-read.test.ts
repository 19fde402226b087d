import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/local-supabase/index.ts';
import { ALL_ACTORS, clientsFor, startFixturePortal, TESTPROJECT, type Actor } from './support.ts';

// The read API through supabase-js and the stand-in, as every kind of caller. The public functions show the
// public what is published, whoever calls them; the expected ids come from the database.

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
beforeAll(async () => {
  portal = await startFixturePortal();
  as = await clientsFor(portal);
});
afterAll(async () => {
  await portal?.close();
});

type Json = Record<string, unknown>;
async function ids(sql: string, params: unknown[] = []): Promise<string[]> {
  const { rows } = await portal.db.query<{ id: string }>(sql, params);
  return rows.map((row) => row.id).sort();
}
const idsOf = (list: unknown) => (list as { id: string }[]).map((item) => item.id).sort();
/** Markers of rows that must never be public (see the fixture's header). */
const HIDDEN_MARKER = /-draft|-awaiting|-withdrawn|td-concept|od-concept/;

describe('project_timeline', () => {
  it('gives every caller the same published document of a published project', async () => {
    const docs = await Promise.all(ALL_ACTORS.map((actor) => as[actor].rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' })));
    for (const [index, { data, error }] of docs.entries()) {
      expect(error, ALL_ACTORS[index]).toBeNull();
      const { generated_at: _ignored, ...rest } = data as Json;
      const { generated_at: _first, ...first } = docs[0]?.data as Json;
      expect(rest, ALL_ACTORS[index]).toEqual(first);
    }
  });

  it('holds exactly the published records, with rationale, history and the current phase', async () => {
    const { data, error } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
    expect(error).toBeNull();
    const doc = data as Json;
    for (const table of ['decisions', 'promises', 'council_moments', 'updates', 'key_dates', 'lessons']) {
      const expected = await ids(`select id::text as id from portal.${table} where project_id = $1 and publication = 'published'`, [TESTPROJECT]);
      expect(expected.length, table).toBeGreaterThan(0);
      expect(idsOf(doc[table]), table).toEqual(expected);
    }
    expect(JSON.stringify(doc)).not.toMatch(HIDDEN_MARKER);
    const phases = doc.phases as { id: string; is_current: boolean }[];
    expect(phases.filter((phase) => phase.is_current)).toHaveLength(1);
    const promises = doc.promises as { id: string; history: unknown[] }[];
    for (const promise of promises) {
      const history = await ids(`select id::text as id from portal.promise_status_changes where promise_id = $1`, [promise.id]);
      expect(promise.history, promise.id).toHaveLength(history.length);
    }
    const timeline = doc.timeline as { at: string }[];
    const times = timeline.map((item) => Date.parse(item.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('names people without an e-mail address and answers input only with published decisions', async () => {
    const { data } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
    expect(JSON.stringify(data)).not.toMatch(/[\w.+-]+@[\w-]+\.\w+/);
    const published = await ids(`select id::text as id from portal.decisions where project_id = $1 and publication = 'published'`, [TESTPROJECT]);
    const themes = (data as Json).input_themes as { responses: { decision_id: string }[] }[];
    const answeredBy = themes.flatMap((theme) => theme.responses.map((response) => response.decision_id));
    expect(answeredBy.length).toBeGreaterThan(0);
    expect(answeredBy.every((id) => published.includes(id))).toBe(true);
  });

  it('answers 404 for a draft project, also to its own staff, and for an unknown organisation', async () => {
    for (const actor of ['anon', 'editor', 'admin'] as Actor[]) {
      const { error, status } = await as[actor].rpc('project_timeline', { org_slug: 'testdam', project_slug: 'conceptproject' });
      expect(status, actor).toBe(404);
      expect(error?.code, actor).toBe('PT404');
    }
    const unknown = await as.anon.rpc('project_timeline', { org_slug: 'nergensdam', project_slug: 'testproject' });
    expect(unknown.status).toBe(404);
    expect(unknown.error?.message).toContain('nergensdam');
  });

  it('answers 400 with a message for missing arguments', async () => {
    const { error, status } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: '' });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/project_slug is required/);
  });
});

describe('list_projects and get_organisation', () => {
  it('lists the published projects of the organisation only', async () => {
    const expected = await ids(`select p.slug as id from portal.projects p join portal.organisations o on o.id = p.organisation_id where o.slug = 'testdam' and p.publication = 'published'`);
    for (const actor of ALL_ACTORS) {
      const { data, error } = await as[actor].rpc('list_projects', { org_slug: 'testdam' });
      expect(error, actor).toBeNull();
      expect((data as { slug: string }[]).map((card) => card.slug).sort(), actor).toEqual(expected);
    }
  });

  it('returns the organisation profile and 404 for an unknown slug', async () => {
    const { data } = await as.anon.rpc('get_organisation', { org_slug: 'testdam' });
    expect(data).toMatchObject({ slug: 'testdam' });
    const missing = await as.anon.rpc('get_organisation', { org_slug: 'nergensdam' });
    expect(missing.status).toBe(404);
  });
});

describe('list_promises', () => {
  it('filters by status, project and overdue, and never shows drafts', async () => {
    const all = await as.anon.rpc('list_promises', { org_slug: 'testdam' });
    expect(all.error).toBeNull();
    const expected = await ids(`select pr.id::text as id from portal.promises pr join portal.projects p on p.id = pr.project_id where p.organisation_id = '10000000-0000-4000-8000-000000000001' and pr.publication = 'published' and p.publication = 'published'`);
    expect(idsOf(all.data)).toEqual(expected);
    for (const status of ['open', 'in_progress', 'kept', 'changed', 'broken']) {
      const { data } = await as.anon.rpc('list_promises', { org_slug: 'testdam', status });
      const statuses = (data as { status: string }[]).map((promise) => promise.status);
      expect(statuses.length, status).toBeGreaterThan(0);
      expect(new Set(statuses), status).toEqual(new Set([status]));
    }
    const overdue = await as.anon.rpc('list_promises', { org_slug: 'testdam', overdue_only: true });
    const expectedOverdue = await ids(`select pr.id::text as id from portal.promises pr where pr.project_id = $1 and pr.publication = 'published' and pr.due_on < current_date and pr.status in ('open', 'in_progress')`, [TESTPROJECT]);
    expect(expectedOverdue.length).toBeGreaterThan(0);
    expect(idsOf(overdue.data)).toEqual(expectedOverdue);
    const none = await as.anon.rpc('list_promises', { org_slug: 'testdam', project_slug: 'conceptproject' });
    expect(none.data).toEqual([]);
  });

  it('refuses an unknown status with a 400 that lists the valid ones', async () => {
    const { error, status } = await as.anon.rpc('list_promises', { org_slug: 'testdam', status: 'forgotten' });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/open, in_progress, kept, changed, broken/);
  });
});

describe('list_council_moments and list_lessons', () => {
  it('lists published council moments, within a date range when asked', async () => {
    const { data } = await as.anon.rpc('list_council_moments', { org_slug: 'testdam' });
    const expected = await ids(`select c.id::text as id from portal.council_moments c join portal.projects p on p.id = c.project_id where p.organisation_id = '10000000-0000-4000-8000-000000000001' and c.publication = 'published' and p.publication = 'published'`);
    expect(idsOf(data)).toEqual(expected);
    const today = new Date().toISOString().slice(0, 10);
    const coming = await as.anon.rpc('list_council_moments', { org_slug: 'testdam', from_date: today });
    const meets = (coming.data as { meets_on: string }[]).map((moment) => moment.meets_on);
    expect(meets.length).toBeGreaterThan(0);
    expect(meets.every((day) => day >= today)).toBe(true);
    expect(meets.length).toBeLessThan(expected.length);
  });

  it('lists published lessons, filtered by category, and refuses an unknown category', async () => {
    const { data } = await as.anon.rpc('list_lessons', { org_slug: 'testdam' });
    const expected = await ids(`select l.id::text as id from portal.lessons l join portal.projects p on p.id = l.project_id where p.organisation_id = '10000000-0000-4000-8000-000000000001' and l.publication = 'published' and p.publication = 'published'`);
    expect(idsOf(data)).toEqual(expected);
    const category = (data as { category: string }[])[0]?.category;
    const filtered = await as.anon.rpc('list_lessons', { org_slug: 'testdam', category });
    expect((filtered.data as { category: string }[]).every((lesson) => lesson.category === category)).toBe(true);
    const bad = await as.anon.rpc('list_lessons', { org_slug: 'testdam', category: '<script>' });
    expect(bad.status).toBe(400);
    const badPhase = await as.anon.rpc('list_lessons', { org_slug: 'testdam', phase_kind: 'someday' });
    expect(badPhase.status).toBe(400);
  });
});

describe('changes_since', () => {
  it('reports a published change after the moment asked about, and no draft change', async () => {
    const first = await as.anon.rpc('changes_since', { org_slug: 'testdam', since: new Date().toISOString() });
    expect(first.error).toBeNull();
    const checkedAt = (first.data as { checked_at: string }).checked_at;
    expect((first.data as { changes: unknown[] }).changes).toEqual([]);

    await portal.db.query(`update portal.decisions set rationale = rationale || ' (aangevuld)' where id = '50000000-0000-4000-8000-000000000001'`);
    await portal.db.query(`update portal.decisions set rationale = rationale || ' (concept)' where id = '50000000-0000-4000-8000-000000000002'`);
    const later = await as.anon.rpc('changes_since', { org_slug: 'testdam', since: checkedAt });
    const changes = (later.data as { changes: { kind: string; id: string }[] }).changes;
    expect(changes.map((change) => change.id)).toEqual(['50000000-0000-4000-8000-000000000001']);
    expect(changes[0]?.kind).toBe('decision');
  });

  it('refuses a missing or malformed moment with a 400', async () => {
    const missing = await as.anon.rpc('changes_since', { org_slug: 'testdam', since: null });
    expect(missing.status).toBe(400);
    const malformed = await as.anon.rpc('changes_since', { org_slug: 'testdam', since: 'yesterday-ish' });
    expect(malformed.status).toBe(400);
  });
});

describe('my_staff_memberships', () => {
  it('is refused to anon and tells each signed-in user only their own memberships', async () => {
    const anon = await as.anon.rpc('my_staff_memberships');
    expect(anon.status).toBe(401);
    expect((await as.outsider.rpc('my_staff_memberships')).data).toEqual([]);
    expect((await as.editor.rpc('my_staff_memberships')).data).toEqual([{ organisation: expect.objectContaining({ slug: 'testdam' }), role: 'editor' }]);
    expect((await as.approver.rpc('my_staff_memberships')).data).toEqual([{ organisation: expect.objectContaining({ slug: 'testdam' }), role: 'approver' }]);
    expect((await as.admin.rpc('my_staff_memberships')).data).toEqual([{ organisation: expect.objectContaining({ slug: 'testdam' }), role: 'admin' }]);
    expect((await as.otherEditor.rpc('my_staff_memberships')).data).toEqual([{ organisation: expect.objectContaining({ slug: 'otherdam' }), role: 'editor' }]);
  });
});

describe('hostile text', () => {
  it('comes back byte for byte, neither stripped nor escaped: escaping is the page\'s job', async () => {
    const { rows } = await portal.db.query<{ title: string }>(`select title from portal.decisions where id = '50000000-0000-4000-8000-000000000001'`);
    const { data } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
    const decision = ((data as Json).decisions as { id: string; title: string }[]).find((item) => item.id === '50000000-0000-4000-8000-000000000001');
    expect(rows[0]?.title).toContain('<script>');
    expect(decision?.title).toBe(rows[0]?.title);
  });
});
