import { describe, expect, it } from 'vitest';
import { auditLogSchema, staffProjectSchema, staffWorkspaceSchema } from '../../../src/lib/workspace/schemas.ts';

describe('staff read answers', () => {
  it('reads staff_workspace, filling what a non-staff user gets as empty lists', () => {
    expect(staffWorkspaceSchema.parse({ user: { id: 'u1', email: 'x@example.org' } })).toEqual({
      user: { id: 'u1', email: 'x@example.org' },
      memberships: [],
      projects: [],
      awaiting_approval: [],
      check_rules: [],
    });
    const answer = staffWorkspaceSchema.parse({
      user: { id: 'u1', email: null },
      memberships: [{ organisation_id: 'o1', slug: 'demodam', name: 'Gemeente Demodam', role: 'editor', allow_self_approval: false }],
      projects: [
        {
          id: 'p1',
          organisation_id: 'o1',
          slug: 'plein',
          title: 'Plein',
          status: 'planned',
          publication: 'draft',
          updated_at: 't',
          counts: { draft: 2, awaiting_approval: 1 },
        },
      ],
      awaiting_approval: [
        {
          kind: 'update',
          id: 'r1',
          project_id: 'p1',
          organisation_id: 'o1',
          project_title: 'Plein',
          title: null,
          state: 'awaiting_approval',
          submitted_at: 't',
          publish_at: null,
          is_revision: false,
          is_mine: true,
          may_approve: false,
          content: { title: 'Nieuw' },
          published: null,
        },
        // A change of a published record, approved for later; and a person, who belongs to no project.
        {
          kind: 'lesson',
          id: 'r2',
          project_id: 'p1',
          organisation_id: 'o1',
          project_title: 'Plein',
          title: 'Les',
          state: 'scheduled',
          submitted_at: 't',
          publish_at: 't2',
          is_revision: true,
          is_mine: false,
          may_approve: false,
          content: { title: 'Les' },
          published: { title: 'Oude les' },
        },
        {
          kind: 'person',
          id: 'r3',
          project_id: null,
          organisation_id: 'o1',
          project_title: null,
          title: 'Jan',
          state: 'awaiting_approval',
        },
      ],
    });
    expect(answer.projects[0]?.counts).toEqual({ draft: 2, awaiting_approval: 1 });
    expect(answer.awaiting_approval[0]).toMatchObject({
      title: null,
      is_revision: false,
      is_mine: true,
      content: { title: 'Nieuw' },
      published: null,
    });
    expect(answer.awaiting_approval[1]).toMatchObject({
      state: 'scheduled',
      publish_at: 't2',
      is_revision: true,
      published: { title: 'Oude les' },
    });
    // What the database leaves out reads as the safe answer: not a change, not mine, not mine to approve.
    expect(answer.awaiting_approval[2]).toMatchObject({
      project_id: null,
      project_title: null,
      submitted_at: null,
      publish_at: null,
      is_revision: false,
      is_mine: false,
      may_approve: false,
      content: null,
      published: null,
    });
  });

  it('reads the eight-keys check of a project and what a change in the queue would fix or break', () => {
    const item = { kind: 'lesson', id: 'r1', project_id: 'p1', organisation_id: 'o1', state: 'awaiting_approval' };
    const workspace = staffWorkspaceSchema.parse({
      user: { id: 'u1' },
      awaiting_approval: [item, { ...item, id: 'r2', check_effect: { fixes: ['lessons_recorded'], breaks: [] } }],
    });
    expect(workspace.awaiting_approval.map((entry) => entry.check_effect)).toEqual([null, { fixes: ['lessons_recorded'], breaks: [] }]);
    const project = {
      project: { id: 'p1', organisation_id: 'o1', slug: 's', title: 't', publication: 'published' },
      organisation: { id: 'o1', slug: 's', name: 'n', role: 'editor' },
    };
    const result = { rule: 'one_contact', key: 5, state: 'open', facts: { contacts: 0 } };
    expect(staffProjectSchema.parse({ ...project, check: { as_of: '2026-12-06', results: [result] } }).check?.results[0]).toEqual({
      ...result,
      records: [],
    });
    expect(staffProjectSchema.parse(project).check).toBeNull();
    expect(
      staffProjectSchema.safeParse({ ...project, check: { as_of: '2026-12-06', results: [{ ...result, state: 'unknown' }] } }).success,
    ).toBe(false);
  });

  it('refuses an answer of the wrong shape: an unknown role or publication state, an item without its organisation', () => {
    expect(
      staffWorkspaceSchema.safeParse({ user: { id: 'u1' }, memberships: [{ organisation_id: 'o1', slug: 's', name: 'n', role: 'owner' }] })
        .success,
    ).toBe(false);
    const item = { kind: 'update', id: 'r1', project_id: 'p1', organisation_id: 'o1', state: 'awaiting_approval' };
    expect(staffWorkspaceSchema.safeParse({ user: { id: 'u1' }, awaiting_approval: [item] }).success).toBe(true);
    expect(staffWorkspaceSchema.safeParse({ user: { id: 'u1' }, awaiting_approval: [{ ...item, state: 'pending' }] }).success).toBe(false);
    expect(
      staffWorkspaceSchema.safeParse({ user: { id: 'u1' }, awaiting_approval: [{ ...item, organisation_id: undefined }] }).success,
    ).toBe(false);
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
      lessons: [
        {
          id: 'l1',
          title: 'Nieuwe titel',
          publication: 'published',
          updated_at: 'v2',
          pending: { state: 'draft', changed_fields: ['title'], published: { title: 'Oude titel' }, i_wrote: true },
        },
      ],
      promises: [
        {
          id: 'pr1',
          body: 'Wij beloven',
          publication: 'published',
          history: [{ id: 'h1', status: 'open', changed_at: 't', changed_by: 'Team' }],
          pending_status: { status: 'kept', explanation: 'Gedaan', changed_by: 'Team', state: 'awaiting_approval', updated_at: 'v3' },
        },
      ],
    });
    expect(project.project['summary']).toBe('Samenvatting');
    expect(project.project).toMatchObject({ may_approve: false, i_wrote: false, pending: null });
    expect(project.phases).toEqual([]);
    expect(project.motions).toEqual([]);
    expect(project.council_letters).toEqual([]);
    expect(project.lessons[0]).toMatchObject({
      title: 'Nieuwe titel',
      may_approve: false,
      pending: {
        state: 'draft',
        changed_fields: ['title'],
        published: { title: 'Oude titel' },
        i_wrote: true,
        may_approve: false,
        returned_reason: null,
      },
    });
    expect(project.promises[0]?.history[0]).toMatchObject({ status: 'open', explanation: null });
    expect(project.promises[0]?.pending_status).toMatchObject({
      status: 'kept',
      state: 'awaiting_approval',
      evidence_url: null,
      may_approve: false,
    });
    // A pending change in an unknown state is a changed API, not something to show.
    expect(
      staffProjectSchema.safeParse({
        project: { id: 'p1', organisation_id: 'o1', slug: 's', title: 't', publication: 'published' },
        organisation: { id: 'o1', slug: 's', name: 'n', role: 'editor' },
        lessons: [{ id: 'l1', pending: { state: 'approved' } }],
      }).success,
    ).toBe(false);
  });

  it('reads audit rows with numeric or text ids', () => {
    const [row] = auditLogSchema.parse([
      { id: 42, at: 't', action: 'update', table_name: 'updates', before: { title: 'A' }, after: { title: 'B' } },
    ]);
    expect(row?.id).toBe('42');
    expect(row?.actor_email).toBeNull();
  });

  it('reads a project’s motions with their votes, and its council information letters', () => {
    const project = staffProjectSchema.parse({
      project: { id: 'p1', organisation_id: 'o1', slug: 's', title: 't', publication: 'published' },
      organisation: { id: 'o1', slug: 's', name: 'n', role: 'editor' },
      motions: [
        {
          id: 'm1',
          title: 'Motie bomen',
          council_moment_id: 'c1',
          result: 'adopted',
          votes: [{ party: 'Groen', for: 12, against: 3 }],
          publication: 'draft',
          updated_at: 'v1',
        },
      ],
      council_letters: [{ id: 'l1', title: 'Stand van zaken', sent_on: '2027-01-10', publication: 'published', updated_at: 'v2' }],
    });
    expect(project.motions[0]).toMatchObject({
      title: 'Motie bomen',
      votes: [{ party: 'Groen', for: 12, against: 3 }],
      may_approve: false,
      pending: null,
    });
    expect(project.council_letters[0]).toMatchObject({ sent_on: '2027-01-10', publication: 'published' });
    expect(staffProjectSchema.safeParse({ ...project, motions: [{ id: 'm1', publication: 'voted' }] }).success).toBe(false);
  });
});
