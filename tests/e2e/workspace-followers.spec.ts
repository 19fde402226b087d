import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dictionaryFor, type Locale } from '../../src/i18n/index.ts';
import { fill } from '../../src/i18n/fill.ts';
import { followerCountsSchema, type FollowerCounts } from '../../src/lib/workspace/followers.ts';
import { hostile } from '../lib/support/hostile.ts';
import { call, confirmedFollower, freshAddress, organisation } from './support/follow.ts';
import {
  demodamProject,
  openProjectSection,
  rpc,
  signIn,
  staffProject,
  textFor,
  tokensFor,
  unique,
  wcag22aa,
  workspaceProjects,
  type Tokens,
} from './support/workspace.ts';

// Staff see how many people follow a project and from which neighbourhoods or groups,
// next to the project's own groups and gaps, so they see which groups are missing; never an address. The
// expected numbers are read through the API (follower_counts, as the editor) rather than written down, since
// the seed and other stories change them; the followers this story adds are checked on their own.

interface ProjectGroup {
  name: string;
  status: 'involved' | 'gap';
}

async function schoolzone(request: Parameters<typeof tokensFor>[0], editor: Tokens) {
  const project = (await workspaceProjects(request, editor)).find((candidate) => candidate.slug === demodamProject.slug);
  if (!project) throw new Error('No Schoolzone project in the demo seed');
  const staff = await staffProject(request, editor, project.id);
  return { id: project.id, groups: staff['groups'] as ProjectGroup[], organisation: String(staff['organisation']['name']) };
}

async function followerCounts(request: Parameters<typeof tokensFor>[0], editor: Tokens, projectId: string): Promise<FollowerCounts> {
  const answer = await rpc(request, editor.accessToken, 'follower_counts', { project_id: projectId });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return followerCountsSchema.parse(answer.body);
}

const key = (value: string) => value.trim().replace(/\s+/g, ' ').toLowerCase();

/** Confirmed and pending followers the API counts for a group name, compared the way residents type it. */
function apiGroup(counts: FollowerCounts, name: string): { confirmed: number; pending: number } {
  const same = counts.groups.filter((group) => key(group.group_name) === key(name));
  return { confirmed: same.reduce((sum, group) => sum + group.confirmed, 0), pending: same.reduce((sum, group) => sum + group.pending, 0) };
}

/** The value next to a label in the list of numbers. */
function fact(page: Page, label: string): Locator {
  return page
    .locator('.workspace-followers__totals dt')
    .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

function groupRow(table: Locator, name: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });
}

/** The cells of a group's row: followers, not confirmed yet, status in the groups section, note. */
async function expectRow(table: Locator, name: string, cells: [string, string, string, string]): Promise<void> {
  const row = groupRow(table, name);
  await expect(row, `row of ${name}`).toHaveCount(1);
  await expect(row.getByRole('cell')).toHaveText(cells);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

function numbers(locale: Locale) {
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL');
  return (value: number) => format.format(value);
}

/**
 * Every group of the project's groups section: its followers as the API counts them, marked when nobody from
 * it follows yet, and the summary of how many are missing; then one row for every other name the API counts.
 */
async function expectProjectGroups(
  page: Page,
  table: Locator,
  groups: ProjectGroup[],
  counts: FollowerCounts,
  locale: Locale,
): Promise<void> {
  const text = textFor(locale).followers;
  const statuses = dictionaryFor(locale).groupStatus;
  const n = numbers(locale);
  let missing = 0;
  for (const group of groups) {
    const expected = apiGroup(counts, group.name);
    if (expected.confirmed === 0) missing += 1;
    await expectRow(table, group.name, [
      n(expected.confirmed),
      n(expected.pending),
      statuses[group.status],
      expected.confirmed === 0 ? text.missing : '',
    ]);
  }
  await expect(
    page.getByText(missing > 0 ? fill(text.missingSummary, { count: missing, total: groups.length }) : text.noneMissing, { exact: true }),
  ).toBeVisible();
  const ownKeys = new Set(groups.map((group) => key(group.name)));
  const otherNames = new Set(counts.groups.map((group) => key(group.group_name)).filter((name) => !ownKeys.has(name)));
  await expect(table.locator('tbody tr')).toHaveCount(groups.length + otherNames.size);
}

test('staff see how many follow a project and which of its groups nobody follows from, without any address', async ({ page, request }) => {
  const text = textFor('nl').followers;
  const n = numbers('nl');
  const editor = await tokensFor(request, 'editor');
  const project = await schoolzone(request, editor);
  const involved = project.groups.find((group) => group.status === 'involved');
  if (!involved) throw new Error('The Schoolzone project has no involved group in the demo seed');

  const suffix = unique();
  const ownGroup = `Buurt ${suffix}`;
  const hostileGroup = hostile(`groep-${suffix}`);
  const pendingGroup = `Wacht nog ${suffix}`;
  const addresses: string[] = [];

  // A follower who types one of the project's own groups in other capitals, one with a group only residents
  // name (with stray spaces), one with a hostile group name, and one who never confirms.
  for (const [group_name, participate] of [
    [involved.name.toUpperCase(), true],
    [`  ${ownGroup} `, true],
    [hostileGroup, false],
  ] as const) {
    addresses.push((await confirmedFollower(request, demodamProject.slug, { participate, group_name })).email);
  }
  const pendingAddress = freshAddress('wachtend');
  addresses.push(pendingAddress);
  const followed = await call(request, 'follow_project', {
    organisation,
    project: demodamProject.slug,
    email: pendingAddress,
    group_name: pendingGroup,
  });
  expect(followed.status, JSON.stringify(followed.body)).toBe(200);

  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, 'editor');
  await openProjectSection(page, demodamProject.title, 'followers');
  const table = page.getByRole('table', { name: text.caption });
  await expect(table).toBeVisible();

  const counts = await followerCounts(request, editor, project.id);
  await expect(fact(page, text.confirmed)).toHaveText(n(counts.confirmed));
  await expect(fact(page, text.pending)).toHaveText(`${n(counts.pending)} (${text.pendingHelp})`);
  await expect(fact(page, text.participate)).toHaveText(`${n(counts.participate)} (${text.participateHelp})`);
  await expect(fact(page, fill(text.allProjects, { organisation: project.organisation }))).toHaveText(n(counts.all_projects_confirmed));
  expect(counts.confirmed, 'the three confirmed followers of this story are counted').toBeGreaterThanOrEqual(3);
  expect(counts.pending).toBeGreaterThanOrEqual(1);
  expect(counts.participate).toBeGreaterThanOrEqual(2);

  // The groups of this story, each as one row with its own counts.
  await expectRow(table, ownGroup, ['1', '0', text.residentsOnly, '']);
  await expectRow(table, pendingGroup, ['0', '1', text.residentsOnly, '']);
  await expectRow(table, hostileGroup, ['1', '0', text.residentsOnly, '']);

  // The involved group this story's follower typed in capitals is no longer missing.
  expect(apiGroup(counts, involved.name).confirmed).toBeGreaterThanOrEqual(1);
  await expectProjectGroups(page, table, project.groups, counts, 'nl');

  // The hostile name is text: no element of its markup exists and no script ran.
  await expect(page.locator('.workspace-view img, .workspace-view script')).toHaveCount(0);
  expect(alerts).toEqual([]);

  // No address anywhere in the page.
  const html = await page.content();
  for (const address of addresses) expect(html).not.toContain(address);
  expect(html).not.toContain('@bewoner.example');

  expect(await axeViolations(page), 'axe violations in the followers section').toEqual([]);
});

test('the followers section in English, with the same numbers as the API', async ({ page, request }) => {
  const text = textFor('en').followers;
  const n = numbers('en');
  const editor = await tokensFor(request, 'editor');
  const project = await schoolzone(request, editor);

  await signIn(page, 'editor', 'en');
  await openProjectSection(page, demodamProject.title, 'followers', 'en');
  const table = page.getByRole('table', { name: text.caption });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(Object.values(text.columns));

  const counts = await followerCounts(request, editor, project.id);
  await expect(fact(page, text.confirmed)).toHaveText(n(counts.confirmed));
  await expect(fact(page, text.pending)).toHaveText(`${n(counts.pending)} (${text.pendingHelp})`);
  await expectProjectGroups(page, table, project.groups, counts, 'en');

  expect(await axeViolations(page), 'axe violations in the followers section').toEqual([]);
});
