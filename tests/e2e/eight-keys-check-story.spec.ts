import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/i18n/index.ts';
import { workspaceNl } from '../../src/i18n/text/workspace.ts';
import { amsterdamDate } from '../../src/lib/timeline/amsterdam-date.ts';
import {
  approvalItem,
  openProjectSection,
  pollPublicPage,
  recordItem,
  signIn,
  signOut,
  staffProject,
  submitForApproval,
  tokensFor,
  unique,
  waitForQuietSite,
  workspaceProjects,
} from './support/workspace.ts';

// An editor opens a project whose eight-keys check has an open point (a phase that ended without a lesson),
// follows the checklist's link to the form that fixes it, writes the lesson and submits it; the approval queue says
// the change closes that point; once approved, the point is gone from the checklist and, after the rebuild, from
// the public monitor.

const text = workspaceNl;
/** A Demodam project no other story writes to, whose ended phase has no lesson yet (supabase/seed.sql). */
const project = { slug: 'zonneveld-polderweg' };

test('a point open in the eight-keys check is fixed through its link, approved, and gone from the checklist and the monitor', async ({
  page,
  request,
}) => {
  const tokens = await tokensFor(request, 'editor');
  const found = (await workspaceProjects(request, tokens)).find((candidate) => candidate.slug === project.slug);
  if (!found) throw new Error(`No ${project.slug} project in the demo seed`);
  const staff = await staffProject(request, tokens, found.id);
  const open = (staff['check'].results as Array<{ rule: string; state: string; records: Array<{ id: string }> }>).find(
    (result) => result.rule === 'lessons_recorded',
  );
  expect(open?.state, 'the demo project has an ended phase without a lesson').toBe('open');
  expect(open?.records, 'exactly one such phase').toHaveLength(1);
  const phase = (staff['phases'] as Array<{ id: string; position: number; title: string }>).find(
    (candidate) => candidate.id === open!.records[0]!.id,
  )!;
  const ruleTitle = (staff['check'].rules as Array<{ rule: string; title: { nl: string } }>).find(
    (rule) => rule.rule === 'lessons_recorded',
  )!.title.nl;
  const openBefore = (staff['check'].results as Array<{ state: string }>).filter((result) => result.state === 'open').length;

  // The monitor lists the project under the rule before the fix.
  const monitorPath = pathFor({ page: 'monitor' }, 'nl');
  await page.goto(monitorPath);
  const ruleBlock = page.locator('#rule-lessons-recorded');
  await expect(ruleBlock.getByRole('link', { name: found.title, exact: true })).toBeVisible();

  await signIn(page, 'editor');
  await openProjectSection(page, found.title, 'basics');
  const summary = page.locator('#check-summary').getByRole('link');
  await expect(summary).toHaveText(openBefore === 1 ? text.check.summaryOne : text.check.summary.replace('{count}', String(openBefore)));
  await summary.click();
  await expect(page.getByRole('heading', { level: 2, name: text.editor.sections.check })).toBeVisible();
  const point = page.locator('[data-rule="lessons_recorded"]');
  await expect(point).toHaveAttribute('data-state', 'open');
  await expect(point).toContainText(text.check.state.open);
  await expect(point).toContainText(phase.title);
  await point.getByRole('link', { name: text.check.fix.replace('{section}', text.editor.sections.lessons.toLowerCase()) }).click();
  await expect(page.getByRole('heading', { level: 2, name: text.editor.sections.lessons })).toBeVisible();

  const title = `Na de fase: eerder de buurt vragen (${unique()})`;
  await page.getByRole('button', { name: text.editor.add.replace('{kind}', 'les') }).click();
  const form = page.locator('#lesson-new');
  await form.getByLabel(/^Onderwerp/).selectOption({ label: 'Planning' });
  await form.getByLabel(/^Titel/).fill(title);
  await form.getByLabel(/^Fase/).selectOption({ label: `${phase.position}. ${phase.title}` });
  await form.getByLabel(/^Les/).fill('Vraag de buurt om mee te denken voordat het ontwerp vastligt.');
  await form.getByLabel(/^Datum/).fill(amsterdamDate(new Date().toISOString()));
  await form.getByRole('button', { name: text.form.saveNew }).click();
  const item = recordItem(page, title);
  await expect(item).toBeVisible();
  await submitForApproval(page, item, title);
  await signOut(page);

  await signIn(page, 'approver');
  await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.approvals }).click();
  const queued = approvalItem(page, title);
  await expect(queued.locator('[data-check-effect]')).toContainText(`${text.approvals.fixes}${ruleTitle}`);
  await waitForQuietSite();
  await queued.getByRole('button', { name: text.actions.approve }).click();
  await expect(approvalItem(page, title)).toHaveCount(0);
  const approvedAt = Date.now();

  await page.getByRole('navigation', { name: text.nav.label }).getByRole('link', { name: text.nav.projects }).click();
  await openProjectSection(page, found.title, 'check');
  await expect(page.locator('[data-rule="lessons_recorded"]')).toHaveAttribute('data-state', 'met');
  await signOut(page);

  const seconds = await pollPublicPage(page, monitorPath, approvedAt, async (resident) => {
    await expect(resident.locator('#rule-lessons-recorded').getByRole('link', { name: found.title, exact: true })).toHaveCount(0, {
      timeout: 1_000,
    });
  });
  console.log(`publish-to-visible (eight-keys story, monitor): ${seconds.toFixed(1)} s`);
});
