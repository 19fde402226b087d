import { expect, test, type Page } from '@playwright/test';
import { dictionaryFor, pathFor } from '../../src/i18n/index.ts';
import { changesSchema } from '../../src/lib/api/index.ts';
import { paragraphs } from '../../src/lib/format/text.ts';
import { anonApi, organisation, readTimelines } from './support/timelines.ts';

// User stories of the project page, against the real stand-in API and the site built from it. Which project
// to open is found through the API (for example the one whose council decided differently), never by name.
const nl = dictionaryFor('nl');
const en = dictionaryFor('en');

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const firstParagraph = (text: string) => squash(paragraphs(text)[0] ?? '');

/** The freshness notice has asked the API and put its answer on the page. */
async function freshnessAnswered(page: Page) {
  const notice = page.locator('[role="status"][data-checked-since]');
  await expect(notice).toHaveCount(1);
  return notice;
}

test('a resident reads why the council decided differently', async ({ page, baseURL }) => {
  const timelines = await readTimelines(baseURL ?? '');
  const project = timelines.find((timeline) => timeline.council_moments.some((moment) => moment.differs_from_participation));
  if (!project) throw new Error('The demo has no project where the council decided differently from participation.');
  const differing = project.council_moments.filter((moment) => moment.differs_from_participation);

  await page.goto('/');
  await page.getByRole('link', { name: project.project.title, exact: true }).click();
  await expect(page).toHaveURL(pathFor({ page: 'project', slug: project.project.slug }, 'nl'));

  // Said prominently, before the timeline, with the council's own reasons.
  const alert = page.getByRole('region', { name: nl.project.differsAlertTitle });
  await expect(alert).toBeVisible();
  const alertBox = await alert.boundingBox();
  const timelineBox = await page.getByRole('region', { name: nl.project.timeline, exact: true }).boundingBox();
  expect(alertBox && timelineBox && alertBox.y < timelineBox.y).toBe(true);
  for (const moment of differing) {
    await expect(alert).toContainText(nl.councilOutcome[moment.outcome]);
    if (moment.council_reasons) await expect(alert).toContainText(firstParagraph(moment.council_reasons));
    if (moment.effect_on_promises) await expect(alert).toContainText(firstParagraph(moment.effect_on_promises));
  }

  // From the notice to the council moment itself.
  const [first] = differing;
  if (!first) throw new Error('unreachable');
  await alert.getByRole('link', { name: first.agenda_item, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#council-moment-${first.id}$`));
  const moment = page.locator(`[id="council-moment-${first.id}"]`);
  await expect(moment).toBeInViewport();
  await expect(moment).toContainText(nl.project.differs);

  // The timeline says it too, in words.
  const timelineItem = page.locator('#timeline-items li', { has: page.locator(`a[href="#council-moment-${first.id}"]`) });
  await expect(timelineItem).toContainText(nl.project.differs);
});

test('a resident in English reads the same project', async ({ page, baseURL }) => {
  const timelines = await readTimelines(baseURL ?? '');
  const project = timelines.find((timeline) => timeline.decisions.length > 0 && timeline.promises.length > 0) ?? timelines[0];
  if (!project) throw new Error('The demo has no published project.');

  await page.goto(pathFor({ page: 'project', slug: project.project.slug }, 'nl'));
  await page.getByRole('navigation', { name: nl.languageNavigation }).getByRole('link', { name: en.languageName }).click();
  await expect(page).toHaveURL(pathFor({ page: 'project', slug: project.project.slug }, 'en'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The page's own words are English; the municipality's text is the same and marked as Dutch.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(project.project.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nl');
  for (const heading of [en.project.timeline, en.project.decisions, en.project.promises, en.project.council, en.project.who]) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  const decisions = page.getByRole('region', { name: en.project.decisions, exact: true });
  await expect(decisions.getByRole('article')).toHaveCount(project.decisions.length);
  for (const decision of project.decisions) {
    await expect(decisions.getByRole('heading', { name: decision.title, exact: true })).toHaveAttribute('lang', 'nl');
  }
  for (const promise of project.promises) {
    await expect(page.locator(`[id="promise-${promise.id}"] .utrecht-badge-status`).first()).toHaveText(en.promiseStatus[promise.status]);
  }
  await expect(page.locator('#timeline-items > li[data-filter]')).toHaveCount(project.timeline.length);
  const current = project.phases.find((phase) => phase.is_current === true);
  if (current) {
    await expect(page.getByRole('region', { name: en.project.expectations })).toContainText(
      en.participationPromise[current.participation_level],
    );
  }
});

test('a resident filters the timeline by kind with the keyboard, and sees everything without JavaScript', async ({
  page,
  browser,
  baseURL,
}) => {
  const timelines = await readTimelines(baseURL ?? '');
  const project = timelines.find(
    (timeline) => new Set(timeline.timeline.map((item) => item.kind)).has('decision') && timeline.timeline.length > 3,
  );
  if (!project) throw new Error('The demo has no project with decisions on its timeline.');
  const path = pathFor({ page: 'project', slug: project.project.slug }, 'nl');
  const items = page.locator('#timeline-items > li[data-filter]');
  const decisionCount = project.timeline.filter((item) => item.kind === 'decision').length;

  await page.goto(path);
  const decisionsFilter = page.getByRole('checkbox', { name: new RegExp(`^${nl.project.timelineKind.decision} \\(`) });
  await expect(decisionsFilter).toBeChecked();
  await decisionsFilter.focus();
  await page.keyboard.press('Space');
  await expect(decisionsFilter).not.toBeChecked();
  await expect(page.locator('#timeline-items > li[data-filter="decision"]:visible')).toHaveCount(0);
  await expect(items.locator('visible=true')).toHaveCount(project.timeline.length - decisionCount);
  const status = nl.project.filterStatus(project.timeline.length - decisionCount, project.timeline.length);
  await expect(page.getByRole('status').filter({ hasText: status })).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(items.locator('visible=true')).toHaveCount(project.timeline.length);

  // Without JavaScript: the whole timeline, and no filter that could not work.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(`${baseURL}${path}`);
  await expect(plain.locator('#timeline-items > li[data-filter]:visible')).toHaveCount(project.timeline.length);
  await expect(plain.getByRole('checkbox')).toHaveCount(0);
  await context.close();
});

// The honest variant of testing freshness: there is no write API yet, and the stand-in's database lives in the
// server process, so the test cannot change a record after the build. Instead it asks the notice for an
// earlier moment through the address (?since=, the same link update e-mails will use for "since your last
// visit") and compares what the notice shows with what the real API answers for that moment. No route is faked.
test('a resident sees what changed since the page was made', async ({ page, baseURL }) => {
  const supabase = await anonApi(baseURL ?? '');
  const timelines = await readTimelines(baseURL ?? '');
  const project = timelines[0];
  if (!project) throw new Error('The demo has no published project.');
  const path = pathFor({ page: 'project', slug: project.project.slug }, 'nl');

  // As built: the notice asks since the build and shows exactly what the API reports for that moment.
  await page.goto(path);
  const asBuilt = await freshnessAnswered(page);
  const builtSince = await asBuilt.getAttribute('data-checked-since');
  const sinceBuild = await supabase.rpc('changes_since', { org_slug: organisation, since: builtSince, project_slug: project.project.slug });
  expect(sinceBuild.error).toBeNull();
  await expect(asBuilt).toHaveAttribute('data-changes', String(changesSchema.parse(sinceBuild.data).changes.length));

  // A day earlier than the seed: everything in the project counts as changed.
  const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  const answer = await supabase.rpc('changes_since', { org_slug: organisation, since, project_slug: project.project.slug });
  expect(answer.error).toBeNull();
  const { changes } = changesSchema.parse(answer.data);
  expect(changes.length).toBeGreaterThan(0);

  await page.goto(`${path}?since=${encodeURIComponent(since)}`);
  const notice = await freshnessAnswered(page);
  await expect(notice).toHaveAttribute('data-checked-since', since);
  await expect(notice).toHaveAttribute('data-changes', String(changes.length));
  await expect(notice).toContainText(nl.project.freshTitle);
  const listed = notice.getByRole('listitem');
  await expect(listed).toHaveCount(Math.min(changes.length, 10));
  for (const [index, change] of changes.slice(0, 10).entries()) {
    await expect(listed.nth(index)).toContainText(`${nl.project.changeKind[change.kind]}: ${squash(change.title)}`);
  }
  if (changes.length > 10) await expect(notice).toContainText(nl.project.freshMore(changes.length - 10));
  await expect(notice.getByRole('link', { name: nl.project.freshReload })).toHaveAttribute('href', path);
});

test('a resident prints the project as a participation report', async ({ page, baseURL }) => {
  const timelines = await readTimelines(baseURL ?? '');
  const project = timelines.find((timeline) => timeline.promises.some((promise) => promise.history.length > 0));
  if (!project) throw new Error('The demo has no promise with a history.');
  await page.goto(pathFor({ page: 'project', slug: project.project.slug }, 'nl'));
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  // Screen-only parts go: the filter, the follow block, the freshness notice, the header navigation.
  for (const checkbox of await page.getByRole('checkbox').all()) await expect(checkbox).toBeHidden();
  await expect(page.getByRole('heading', { name: nl.project.follow })).toBeHidden();
  // Folded promise histories are printed open.
  const promise = project.promises.find((candidate) => candidate.history.length > 0);
  const history = page.locator(`[id="promise-${promise?.id}"] details li`).first();
  await expect(history).toBeVisible();
  // Links to other pages carry their address on paper.
  const external = page.locator('main a[href^="http"]').first();
  await expect(external).toBeVisible();
  const href = await external.getAttribute('href');
  const after = await external.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain(href);
});
