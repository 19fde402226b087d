// What a staff member may do with a record, from their role in its organisation and the record's state.
// The database decides in the end (the write functions and RLS); this only hides buttons that would fail.

export const staffRoles = ['editor', 'approver', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const publicationStates = ['draft', 'awaiting_approval', 'published', 'unpublished'] as const;
export type Publication = (typeof publicationStates)[number];

export type RecordAction = 'save' | 'submit' | 'approve' | 'return' | 'unpublish' | 'delete';

const rank: Record<StaffRole, number> = { editor: 1, approver: 2, admin: 3 };

export function hasRole(role: StaffRole, atLeast: StaffRole): boolean {
  return rank[role] >= rank[atLeast];
}

export interface ActionContext {
  role: StaffRole;
  publication: Publication;
  /** The caller wrote the record (author_id). */
  isMine: boolean;
  allowSelfApproval: boolean;
}

/**
 * The actions to offer on a publishable record.
 *
 * @example
 * actionsFor({ role: 'editor', publication: 'published', isMine: true, allowSelfApproval: false }) // => []
 */
export function actionsFor(context: ActionContext): RecordAction[] {
  const approver = hasRole(context.role, 'approver');
  // Approve stays on offer for one's own record: the API refuses it with a message that says why and who
  // else may approve, which teaches more than a button that silently disappears (see selfApprovalBlocked).
  const mayApprove = approver;
  switch (context.publication) {
    case 'draft':
      return ['save', 'submit', ...(mayApprove ? (['approve'] as const) : []), 'delete'];
    case 'awaiting_approval':
      return ['save', ...(mayApprove ? (['approve'] as const) : []), ...(approver ? (['return'] as const) : [])];
    case 'published':
      // Editors may not change a published record: they ask an approver, who may also withdraw it.
      return approver ? ['save', 'unpublish'] : [];
    case 'unpublished':
      return ['save', 'submit', 'delete'];
  }
}

/** True when the API will refuse approval because the caller wrote the record; the view says so beforehand. */
export function selfApprovalBlocked(context: ActionContext): boolean {
  return hasRole(context.role, 'approver') && context.isMine && !context.allowSelfApproval;
}
