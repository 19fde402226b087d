import { describe, expect, it } from 'vitest';
import { isConflict, toStaffError } from '../../../src/lib/workspace/errors.ts';

describe('PostgREST errors → StaffError', () => {
  it('keeps the message and puts the hint in field for a 400 from portal.invalid', () => {
    expect(toStaffError({ message: 'Vul de titel in.', code: '22023', hint: 'title', details: null }, 400, 'nl')).toEqual({
      status: 400,
      message: 'Vul de titel in.',
      field: 'title',
      code: '22023',
      sessionExpired: false,
    });
  });

  it('has no field for an empty hint or the 409 version hint, and says it is a conflict', () => {
    const conflict = toStaffError({ message: 'Iemand anders heeft dit intussen veranderd.', code: 'PT409', hint: 'updated_at' }, 409, 'nl');
    expect(conflict.field).toBeUndefined();
    expect(isConflict(conflict)).toBe(true);
    expect(toStaffError({ message: 'x', code: '22023', hint: '' }, 400, 'nl').field).toBeUndefined();
    expect(isConflict(toStaffError({ message: 'x', code: '22023' }, 400, 'nl'))).toBe(false);
  });

  it('ignores a hint that is no field name (a Postgres hint sentence)', () => {
    expect(toStaffError({ message: 'x', code: 'P0001', hint: 'Try casting the value.' }, 400, 'en').field).toBeUndefined();
  });

  it('marks 401 and PostgREST JWT codes as an expired session, with a plain message for JWT jargon', () => {
    const expired = toStaffError({ message: 'JWT expired', code: 'PGRST303' }, 401, 'en');
    expect(expired.sessionExpired).toBe(true);
    expect(expired.message).toBe('Your session has ended. Sign in again to continue.');
    expect(toStaffError({ message: 'Log eerst in.', code: '42501' }, 401, 'nl')).toMatchObject({
      sessionExpired: true,
      message: 'Log eerst in.',
    });
    expect(toStaffError({ message: 'Dit mag alleen een fiatteur.', code: '42501' }, 403, 'nl').sessionExpired).toBe(false);
  });

  it('turns a network failure (status 0 from postgrest-js) into "Geen verbinding", not a crash', () => {
    const offline = toStaffError({ message: 'TypeError: Failed to fetch', code: '' }, 0, 'nl');
    expect(offline.status).toBe(0);
    expect(offline.message).toMatch(/^Geen verbinding/);
    expect(offline.sessionExpired).toBe(false);
    expect(toStaffError(null, 0, 'en').message).toMatch(/^No connection/);
  });

  it('hides a 500’s database wording behind a plain message', () => {
    expect(
      toStaffError({ message: 'null value in column "title" violates not-null constraint', code: '23502' }, 500, 'nl').message,
    ).toMatch(/^Er ging iets mis/);
  });
});
