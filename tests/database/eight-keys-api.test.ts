import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { callOk, clientsFor, startFixturePortal, TESTDAM, type Actor } from './support.ts';

// The eight-keys check through the API, as staff and residents meet it: the workspace's project carries the check of
// what is public with the rules' words, the approval queue says what approving a change would fix, and after the
// approval the staff check and the public timeline agree. The rules themselves: eight-keys-check.test.ts.

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
beforeAll(async () => {
  portal = await startFixturePortal();
  as = await clientsFor(portal);
});
afterAll(async () => {
  await portal?.close();
});

type Result = { rule: string; state: string };
const stateOf = (results: Result[], rule: string) => results.find((result) => result.rule === rule)?.state;

describe('the check in the workspace and in the approval queue', () => {
  it('shows what a pending change would fix, and after the approval the staff and the public see the same', async () => {
    const slug = `acht-sleutels-${Date.now()}`;
    const basics = {
      organisation_id: TESTDAM,
      slug,
      title: 'Speelplek aan de dijk',
      summary: 'We maken een speelplek.',
      theme: 'Spelen',
      area: 'Centrum',
      status: 'running',
      starts_on: '2026-01-01',
      ends_on: '2027-12-31',
      council_role: 'geen',
    };
    const saved = await callOk(as.editor, 'staff_save_project', basics);
    const id = String(saved['id']);
    const target = { kind: 'project', id, project_id: id };
    await callOk(as.editor, 'staff_submit', target);
    await callOk(as.approver, 'staff_approve', target);

    const before = (await callOk(as.editor, 'staff_project', { project_id: id }))['check'] as {
      results: Result[];
      rules: Array<{ rule: string; title: { nl: string } }>;
    };
    expect(stateOf(before.results, 'investment_stated')).toBe('open');
    expect(stateOf(before.results, 'council_role_stated')).toBe('open');
    expect(before.rules.map((rule) => rule.rule)).toEqual(before.results.map((result) => result.rule));

    // A change to the published project: the time per participant, a budget and the council's role explained.
    const version = (await callOk(as.editor, 'staff_project', { project_id: id }))['project'] as { updated_at: string };
    await callOk(as.editor, 'staff_save_project', {
      ...basics,
      id,
      updated_at: version.updated_at,
      participant_hours: 4,
      budget_eur: 2500,
      council_role_explanation: 'De raad besluit hier niet over: het college beslist, de raad controleert achteraf.',
    });
    await callOk(as.editor, 'staff_submit', target);
    // A new group waiting beside it closes another point.
    const group = await callOk(as.editor, 'staff_save_group', {
      project_id: id,
      name: 'Kinderen uit de buurt',
      status: 'involved',
      note: 'Via de school.',
    });
    await callOk(as.editor, 'staff_submit', { kind: 'group', id: group['id'], project_id: id });

    const queue = (await callOk(as.approver, 'staff_workspace'))['awaiting_approval'] as Array<{
      kind: string;
      id: string;
      check_effect: { fixes: string[]; breaks: string[] } | null;
    }>;
    expect(queue.find((item) => item.kind === 'project' && item.id === id)?.check_effect).toEqual({
      fixes: ['investment_stated', 'council_role_stated'],
      breaks: [],
    });
    expect(queue.find((item) => item.kind === 'group' && item.id === group['id'])?.check_effect).toEqual({
      fixes: ['groups_named'],
      breaks: [],
    });
    // A person belongs to no project: no effect to show.
    expect(queue.filter((item) => item.kind === 'person').every((item) => item.check_effect === null)).toBe(true);

    await callOk(as.approver, 'staff_approve', target);
    await callOk(as.approver, 'staff_approve', { kind: 'group', id: group['id'], project_id: id });
    const after = (await callOk(as.editor, 'staff_project', { project_id: id }))['check'] as { results: Result[] };
    for (const rule of ['investment_stated', 'council_role_stated', 'groups_named']) expect(stateOf(after.results, rule), rule).toBe('met');
    const { data, error } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: slug });
    expect(error).toBeNull();
    expect((data as { check: { results: Result[] } }).check.results.map((result) => [result.rule, result.state])).toEqual(
      after.results.map((result) => [result.rule, result.state]),
    );
  });

  it('gives the rules to anyone, and nothing of the check of a project that is not public to residents', async () => {
    const { data } = await as.anon.rpc('check_rules');
    expect((data as Array<{ rule: string }>).length).toBeGreaterThan(10);
    const { error } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'conceptproject' });
    expect(error?.code).toBe('PT404');
    const { error: staffOnly } = await as.anon.rpc('staff_project', { input: { project_id: '20000000-0000-4000-8000-000000000002' } });
    expect(staffOnly).not.toBeNull();
  });
});
