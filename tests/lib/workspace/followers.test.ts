import { describe, expect, it } from 'vitest';
import { followerCountsSchema, followerGroupRows, groupKey, projectGroupsOf } from '../../../src/lib/workspace/followers.ts';
import { hostile } from '../support/hostile.ts';

describe('follower counts for staff', () => {
  it('reads the answer of follower_counts and refuses one of another shape', () => {
    const answer = followerCountsSchema.parse({ project_id: 'p1', confirmed: 3, pending: 1, participate: 2, all_projects_confirmed: 5 });
    expect(answer.groups).toEqual([]);
    expect(
      followerCountsSchema.safeParse({ project_id: 'p1', confirmed: -1, pending: 0, participate: 0, all_projects_confirmed: 0 }).success,
    ).toBe(false);
    expect(
      followerCountsSchema.safeParse({ project_id: 'p1', confirmed: 1.5, pending: 0, participate: 0, all_projects_confirmed: 0 }).success,
    ).toBe(false);
    expect(
      followerCountsSchema.safeParse({ project_id: 'p1', confirmed: '1', pending: 0, participate: 0, all_projects_confirmed: 0 }).success,
    ).toBe(false);
  });

  it('compares group names as residents type them: case and spaces do not matter', () => {
    expect(groupKey('  Ouders  van De Regenboog ')).toBe(groupKey('ouders van de regenboog'));
    expect(groupKey('Jongeren')).not.toBe(groupKey('Jongerenpanel'));
  });

  it("puts the project's own groups first, with the counts of the names residents typed, and marks those nobody follows from", () => {
    const rows = followerGroupRows(
      [
        { group_name: 'bewoners lindelaan', confirmed: 2, pending: 1 },
        { group_name: 'Oost', confirmed: 1, pending: 0 },
        { group_name: 'Ouders die weinig Nederlands spreken', confirmed: 0, pending: 3 },
        { group_name: 'Zuid', confirmed: 4, pending: 0 },
      ],
      [
        { name: 'Bewoners Lindelaan', status: 'involved' },
        { name: 'Ouders die weinig Nederlands spreken', status: 'gap' },
        { name: 'Ondernemers', status: 'involved' },
      ],
    );
    expect(rows).toEqual([
      { name: 'Bewoners Lindelaan', confirmed: 2, pending: 1, status: 'involved', missing: false },
      // Pending followers may never confirm: a group with only those is still missing.
      { name: 'Ouders die weinig Nederlands spreken', confirmed: 0, pending: 3, status: 'gap', missing: true },
      { name: 'Ondernemers', confirmed: 0, pending: 0, status: 'involved', missing: true },
      { name: 'Zuid', confirmed: 4, pending: 0, status: null, missing: false },
      { name: 'Oost', confirmed: 1, pending: 0, status: null, missing: false },
    ]);
  });

  it('adds up spellings that differ only in spaces, and never marks a group only residents named as missing', () => {
    const rows = followerGroupRows(
      [
        { group_name: 'Noord  West', confirmed: 1, pending: 0 },
        { group_name: 'noord west', confirmed: 2, pending: 2 },
      ],
      [],
    );
    expect(rows).toEqual([{ name: 'Noord  West', confirmed: 3, pending: 2, status: null, missing: false }]);
  });

  it('keeps a hostile group name as it was typed: it is data, the view renders it as text', () => {
    const name = hostile('groep');
    expect(followerGroupRows([{ group_name: name, confirmed: 1, pending: 0 }], [])[0]?.name).toBe(name);
  });

  it("reads the project's groups from staff_project and skips records of another shape", () => {
    expect(
      projectGroupsOf([
        { id: 'g1', name: 'Jongeren', status: 'gap' },
        { id: 'g2', name: 'Ondernemers', status: 'involved' },
        { id: 'g3', name: 'Vreemd', status: 'other' },
        { id: 'g4', status: 'gap' },
      ]),
    ).toEqual([
      { name: 'Jongeren', status: 'gap' },
      { name: 'Ondernemers', status: 'involved' },
    ]);
  });
});
