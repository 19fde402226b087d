import { describe, expect, it } from 'vitest';
import { auditLogSchema, staffProjectSchema, staffWorkspaceSchema } from '../../../src/lib/workspace/schemas.ts';

describe('staff read answers', () => {
  it('reads staff_workspace, filling what a non-staff user gets as empty lists', () => {
    expect(staffWorkspaceSchema.parse({ user: { id: 'u1', email: 'x@example.org' } })).toEqual({
      user: { id: 'u1', email: 'x@example.org' },
      memberships: [],
      projects: [],
      awaiting_approval: [],
    });
    const answer = staffWorkspaceSchema.parse({
      user: { id: 'u1', email: null },
      memberships: [{ organisation_id: 'o1', slug: 'demodam', name: 'Gemeente Demodam', role: 'editor', allow_self_approval: false }],
      projects: [{ id: 'p1', organisation_id: 'o1', slug: 'plein', title: 'Plein', status: 'planned', publication: 'draft', updated_at: 't', counts: { draft: 2, awaiting_approval: 1 } }],
      awaiting_approval: [{ kind: 'update', id: 'r1', project_id: 'p1', project_title: 'Plein', title: null, submitted_at: 't', author_id: 'u1', is_mine: true }],
    });
    expect(answer.projects[0]?.counts).toEqual({ draft: 2, awaiting_approval: 1 });
    expect(answer.awaiting_approval[0]?.title).toBeNull();
  });

  it('refuses an answer of the wrong shape: an unknown role or publication state', () => {
    expect(staffWorkspaceSchema.safeParse({ user: { id: 'u1' }, memberships: [{ organisation_id: 'o1', slug: 's', name: 'n', role: 'owner' }] }).success).toBe(false);
    expect(
      staffProjectSchema.safeParse({
        project: { id: 'p1', organisation_id: 'o1', slug: 's', title: 't', publication: 'live' },
        organisation: { id: 'o1', slug: 's', name: 'n', role: 'editor' },
      }).success,
    ).toBe(false);
  });

  it('keeps every column of a record and gives promises their history', () => {
    const project = staffProjectSchema.parse({
      project: { id: 'p1', organisation_id: 'o1', slug: 's', title: 't', publication: 'draft', summary: 'Samenvatting', updated_at: 'v1' },
      organisation: { id: 'o1', slug: 's', name: 'n', role: 'approver' },
      promises: [{ id: 'pr1', body: 'Wij beloven', publication: 'published', history: [{ id: 'h1', status: 'open', changed_at: 't', changed_by: 'Team' }] }],
    });
    expect(project.project['summary']).toBe('Samenvatting');
    expect(project.phases).toEqual([]);
    expect(project.promises[0]?.history[0]).toMatchObject({ status: 'open', explanation: null });
  });

  it('reads audit rows with numeric or text ids', () => {
    const [row] = auditLogSchema.parse([{ id: 42, at: 't', action: 'update', table_name: 'updates', before: { title: 'A' }, after: { title: 'B' } }]);
    expect(row?.id).toBe('42');
    expect(row?.actor_email).toBeNull();
  });
});
