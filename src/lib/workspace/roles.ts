// What a staff member may do with a record, from their role in its organisation and the record's state.
// The database decides in the end (the write functions, the workflow functions and RLS); this only shows the
// buttons that will work. Whether the caller may approve (role, and four eyes) comes from the database itself
// (may_approve), so the workspace never offers an approval the API would refuse.

export const staffRoles = ['editor', 'approver', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const publicationStates = ['draft', 'awaiting_approval', 'scheduled', 'published', 'unpublished'] as const;
export type Publication = (typeof publicationStates)[number];

/** schedule: approve now, publish at a chosen moment. delete: a draft, or the pending change of a published record. */
export type RecordAction = 'save' | 'submit' | 'approve' | 'schedule' | 'return' | 'unpublish' | 'delete';

const rank: Record<StaffRole, number> = { editor: 1, approver: 2, admin: 3 };

export function hasRole(role: StaffRole, atLeast: StaffRole): boolean {
  return rank[role] >= rank[atLeast];
}

export interface ActionContext {
  role: StaffRole;
  /** The state the actions act on: a pending change's, else the record's own. */
  publication: Publication;
  /** The record is public and has a change waiting: the actions act on the change, and it can still be withdrawn. */
  hasPendingChange: boolean;
  /** The database's answer: an approver who wrote none of the words (or self-approval allowed). */
  mayApprove: boolean;
}

/**
 * The actions to offer on a record.
 *
 * @example
 * actionsFor({ role: 'editor', publication: 'published', hasPendingChange: false, mayApprove: false }) // => ['save']
 */
export function actionsFor(context: ActionContext): RecordAction[] {
  const approver = hasRole(context.role, 'approver');
  const approve = context.mayApprove ? (['approve', 'schedule'] as const) : [];
  const withdraw = approver && context.hasPendingChange ? (['unpublish'] as const) : [];
  switch (context.publication) {
    case 'draft':
      return ['save', 'submit', ...approve, 'delete', ...withdraw];
    case 'awaiting_approval':
      return ['save', ...approve, ...(approver ? (['return'] as const) : []), ...withdraw];
    case 'scheduled':
      return ['save', ...(approver ? (['return'] as const) : []), ...withdraw];
    case 'published':
      // Anyone may propose a change (it waits for approval); an approver may also withdraw it.
      return ['save', ...(approver ? (['unpublish'] as const) : [])];
    case 'unpublished':
      return ['save', 'submit', 'delete'];
  }
}
