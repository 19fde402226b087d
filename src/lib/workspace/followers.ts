import * as z from 'zod/mini';

// Who follows a project, as staff may see it: counts only (public.follower_counts never answers an address),
// and per group, so the project sees which groups it has not reached. zod/mini like the other staff answers.

const count = z.int().check(z.minimum(0));

export const followerGroupCountSchema = z.object({
  group_name: z.string(),
  confirmed: count,
  pending: count,
});

/** The answer of public.follower_counts. */
export const followerCountsSchema = z.object({
  project_id: z.string(),
  confirmed: count,
  pending: count,
  participate: count,
  all_projects_confirmed: count,
  groups: z._default(z.array(followerGroupCountSchema), []),
});

export type FollowerCounts = z.output<typeof followerCountsSchema>;
export type FollowerGroupCount = z.output<typeof followerGroupCountSchema>;

/** A group of the project's own groups section (portal.groups_involved). */
export interface ProjectGroup {
  name: string;
  status: 'involved' | 'gap';
}

export interface FollowerGroupRow {
  /** The name to show: the project's own spelling when the project names the group, else as residents typed it. */
  name: string;
  confirmed: number;
  pending: number;
  /** The status in the project's groups section, or null for a group only residents named. */
  status: ProjectGroup['status'] | null;
  /** A group the project names that no confirmed follower belongs to yet: the gap staff should act on. */
  missing: boolean;
}

/**
 * How a group name is compared: residents type it themselves, so "Jongeren", "jongeren" and " Jongeren  "
 * are the same group. The API already groups by lower(); spaces inside are collapsed here too.
 */
export function groupKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * One row per group: the project's own groups first (in the order of its groups section, so staff find
 * them where they put them), each with the counts of followers who typed the same name; then the groups
 * only residents named, most confirmed followers first. A project group with no confirmed follower is
 * marked missing; a pending one does not count, it may never be confirmed.
 *
 * @example
 * followerGroupRows([{ group_name: 'jongeren', confirmed: 2, pending: 0 }], [{ name: 'Jongeren', status: 'gap' }])
 * // => [{ name: 'Jongeren', confirmed: 2, pending: 0, status: 'gap', missing: false }]
 */
export function followerGroupRows(counts: readonly FollowerGroupCount[], projectGroups: readonly ProjectGroup[]): FollowerGroupRow[] {
  const byKey = new Map<string, FollowerGroupRow>();
  for (const group of projectGroups) {
    const key = groupKey(group.name);
    if (key === '' || byKey.has(key)) continue;
    byKey.set(key, { name: group.name, confirmed: 0, pending: 0, status: group.status, missing: true });
  }
  const residentsOnly: FollowerGroupRow[] = [];
  const residentsByKey = new Map<string, FollowerGroupRow>();
  for (const group of counts) {
    const key = groupKey(group.group_name);
    const row = byKey.get(key) ?? residentsByKey.get(key);
    if (row) {
      row.confirmed += group.confirmed;
      row.pending += group.pending;
      continue;
    }
    const added: FollowerGroupRow = {
      name: group.group_name,
      confirmed: group.confirmed,
      pending: group.pending,
      status: null,
      missing: false,
    };
    residentsByKey.set(key, added);
    residentsOnly.push(added);
  }
  const projectRows = [...byKey.values()].map((row) => ({ ...row, missing: row.confirmed === 0 }));
  residentsOnly.sort((a, b) => b.confirmed - a.confirmed || b.pending - a.pending || a.name.localeCompare(b.name, 'nl'));
  return [...projectRows, ...residentsOnly];
}

/** The project's groups from staff_project's loose records, skipping any row of an unexpected shape. */
export function projectGroupsOf(records: ReadonlyArray<Record<string, unknown>>): ProjectGroup[] {
  return records.flatMap((record) => {
    const name = record['name'];
    const status = record['status'];
    return typeof name === 'string' && (status === 'involved' || status === 'gap') ? [{ name, status }] : [];
  });
}
