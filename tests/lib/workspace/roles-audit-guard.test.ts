import { describe, expect, it } from 'vitest';
import { changedFields, fieldLabel, tableLabel } from '../../../src/lib/workspace/audit.ts';
import { actionsFor } from '../../../src/lib/workspace/roles.ts';
import { createSessionGuard } from '../../../src/lib/workspace/session-guard.ts';
import type { Result } from '../../../src/lib/workspace/staff-client.ts';

describe('actions per role and state', () => {
  const base = { hasPendingChange: false, mayApprove: false };
  it('lets editors write drafts, submit them and propose changes to what is published, never approve', () => {
    expect(actionsFor({ ...base, role: 'editor', publication: 'draft' })).toEqual(['save', 'submit', 'delete']);
    expect(actionsFor({ ...base, role: 'editor', publication: 'awaiting_approval' })).toEqual(['save']);
    expect(actionsFor({ ...base, role: 'editor', publication: 'published' })).toEqual(['save']);
    expect(actionsFor({ ...base, role: 'editor', publication: 'scheduled' })).toEqual(['save']);
  });
  it('offers approval only where the database says the caller may approve', () => {
    expect(actionsFor({ ...base, role: 'approver', publication: 'awaiting_approval', mayApprove: true })).toEqual([
      'save',
      'approve',
      'schedule',
      'return',
    ]);
    expect(actionsFor({ ...base, role: 'approver', publication: 'awaiting_approval', mayApprove: false })).toEqual(['save', 'return']);
    expect(actionsFor({ ...base, role: 'admin', publication: 'published' })).toEqual(['save', 'unpublish']);
    expect(actionsFor({ ...base, role: 'approver', publication: 'unpublished' })).toEqual(['save', 'submit', 'delete']);
    expect(actionsFor({ ...base, role: 'approver', publication: 'scheduled' })).toEqual(['save', 'return']);
  });
  it('acts on the pending change of a published record, which can still be withdrawn', () => {
    expect(actionsFor({ role: 'editor', publication: 'draft', hasPendingChange: true, mayApprove: false })).toEqual([
      'save',
      'submit',
      'delete',
    ]);
    expect(actionsFor({ role: 'approver', publication: 'awaiting_approval', hasPendingChange: true, mayApprove: true })).toEqual([
      'save',
      'approve',
      'schedule',
      'return',
      'unpublish',
    ]);
  });
});

describe('audit diff', () => {
  it('lists changed fields only, without bookkeeping columns', () => {
    expect(changedFields({ title: 'A', body: 'x', updated_at: '1' }, { title: 'B', body: 'x', updated_at: '2' })).toEqual([
      { field: 'title', before: 'A', after: 'B' },
    ]);
    expect(changedFields(null, { title: 'Nieuw', phase_id: null })).toEqual([{ field: 'title', before: '', after: 'Nieuw' }]);
  });
  it('names tables and columns as the forms do, and falls back to the raw name', () => {
    expect(tableLabel('updates', 'nl')).toBe('Nieuwsbericht');
    expect(tableLabel('groups_involved', 'en')).toBe('Group');
    expect(tableLabel('key_dates', 'nl')).toBe('Belangrijke datum');
    expect(tableLabel('audit_log', 'nl')).toBe('audit_log');
    expect(fieldLabel('promises', 'made_by', 'nl')).toBe('Wie het beloofde');
    expect(fieldLabel('updates', 'publication', 'nl')).toBe('publication');
  });
});

describe('session guard', () => {
  const expired: Result<string> = { ok: false, error: { status: 401, message: 'Log eerst in.', code: '42501', sessionExpired: true } };
  it('asks for a sign-in once and retries the call after it', async () => {
    let calls = 0;
    let prompts = 0;
    const run = createSessionGuard(async () => {
      prompts += 1;
      return true;
    });
    const answer = await run(async () => (++calls === 1 ? expired : { ok: true, data: 'saved' }));
    expect(answer).toEqual({ ok: true, data: 'saved' });
    expect([calls, prompts]).toEqual([2, 1]);
  });
  it('returns the original error when the staff member closes the dialog', async () => {
    let calls = 0;
    const run = createSessionGuard(async () => false);
    expect(await run(async () => (calls++, expired))).toBe(expired);
    expect(calls).toBe(1);
  });
  it('passes other errors straight through', async () => {
    const run = createSessionGuard(async () => {
      throw new Error('must not be asked');
    });
    const invalid: Result<string> = {
      ok: false,
      error: { status: 400, message: 'Vul de titel in.', field: 'title', code: '22023', sessionExpired: false },
    };
    expect(await run(async () => invalid)).toBe(invalid);
  });
});
