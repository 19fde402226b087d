import { expect, test } from '@playwright/test';
import { dictionaryFor, pathFor } from '../../src/i18n/index.ts';
import { paragraphs } from '../../src/lib/format/text.ts';
import { readTimelines } from './support/timelines.ts';

// A council member's view of a project, against the real stand-in API and the site built from it: from the council
// page to the project, the council's role in its current phase, the motion that changed it with how each party
// voted, and the promise the executive made to the council with its status. Which project is found through the
// API (one whose current phase has a motion that was voted on, and a promise to the council), never by name.

const nl = dictionaryFor('nl');

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const firstParagraph = (text: string) => squash(paragraphs(text)[0] ?? '');

test("a council member finds a project, the council's role in its current phase, the motion that changed it with the votes, and the promise to the council", async ({
  page,
  baseURL,
}) => {
  const timelines = await readTimelines(baseURL ?? '');
  const found = timelines.flatMap((timeline) => {
    const phase = timeline.phases.find((candidate) => candidate.is_current === true);
    const motion = timeline.motions.find(
      (candidate) => candidate.phase_id === phase?.id && candidate.votes.length > 0 && candidate.reference !== null,
    );
    const promise = timeline.promises.find((candidate) => candidate.made_to === 'council');
    return phase && motion && promise ? [{ timeline, phase, motion, promise }] : [];
  })[0];
  if (!found) throw new Error('The demo has no project whose current phase has a motion that was voted on and a promise to the council.');
  const { timeline, phase, motion, promise } = found;
  const role = phase.council_role ?? timeline.project.council_role;

  // 1. The council page, by project: the project with its council role, its motions and what was promised to the council.
  await page.goto(pathFor({ page: 'council' }, 'nl'));
  await page.getByRole('navigation', { name: nl.council.views }).getByRole('link', { name: nl.council.byProject }).click();
  const byProject = page.getByRole('region', { name: nl.council.byProject });
  const card = byProject.getByRole('listitem').filter({ has: page.getByRole('heading', { name: timeline.project.title, exact: true }) });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(motion.title);
  await expect(card).toContainText(promise.body);
  await expect(card).toContainText(nl.promiseStatus[promise.status]);

  // 2. The project: the council's role in the phase residents are in now, with the motion that set it.
  await card.getByRole('link', { name: timeline.project.title, exact: true }).click();
  await expect(page).toHaveURL(pathFor({ page: 'project', slug: timeline.project.slug }, 'nl'));
  const expectations = page.getByRole('region', { name: nl.project.expectations });
  await expect(expectations).toContainText(nl.councilRecords.phaseRole);
  await expect(expectations).toContainText(nl.councilRole[role]);
  if (phase.council_role_explanation) await expect(expectations).toContainText(firstParagraph(phase.council_role_explanation));
  const motionName = `${nl.motionKind[motion.kind]} ${motion.reference}`;
  const motionLink = expectations.getByRole('link', { name: `${motionName}: ${motion.title}` });
  await expect(motionLink).toBeVisible();

  // 3. The motion in full, on the project's council page: what it asked, its result, what it changed, and the votes
  // per party with the totals.
  await motionLink.click();
  // On the project's council page, where the motions are told in full.
  await expect(page).toHaveURL(`${pathFor({ page: 'projectCouncil', slug: timeline.project.slug }, 'nl')}#motion-${motion.id}`);
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(anchor).not.toBe('');
  const shown = page.locator(`[id="${anchor}"]`);
  await expect(shown).toBeVisible();
  await expect(shown).toContainText(motion.title);
  await expect(shown).toContainText(firstParagraph(motion.asks));
  if (motion.result_summary) await expect(shown).toContainText(firstParagraph(motion.result_summary));
  const totalFor = motion.votes.reduce((sum, vote) => sum + vote.for, 0);
  const totalAgainst = motion.votes.reduce((sum, vote) => sum + vote.against, 0);
  await expect(shown).toContainText(nl.councilRecords.voteSummary(nl.motionResult[motion.result], totalFor, totalAgainst));
  const table = shown.getByRole('table');
  await expect(table).toHaveCount(1);
  for (const vote of motion.votes) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: vote.party, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText([String(vote.for), String(vote.against)]);
  }
  const totals = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: nl.councilRecords.total }) });
  await expect(totals.getByRole('cell')).toHaveText([String(totalFor), String(totalAgainst)]);

  // 4. The promise the executive made to the council, on the promises page with the others, with its status and history.
  await page.goto(pathFor({ page: 'promises' }, 'nl'));
  const filter = page.getByRole('search', { name: nl.promises.filter.label });
  await filter.getByLabel(nl.promises.filter.madeTo).selectOption({ label: nl.promiseAudience.council });
  await expect(page).toHaveURL(/[?&]to=council(&|$)/);
  const item = page.getByRole('article', { name: promise.body, exact: true });
  await expect(item).toBeVisible();
  await expect(item).toContainText(nl.councilRecords.madeToCouncil);
  await expect(item).toContainText(nl.promiseStatus[promise.status]);
  const latest = promise.history.at(-1);
  if (latest?.explanation) await expect(item).toContainText(firstParagraph(latest.explanation));
  // Promises to residents are not on this view.
  const toResidents = timeline.promises.find((candidate) => candidate.made_to === 'residents');
  if (toResidents) await expect(page.getByRole('article', { name: toResidents.body, exact: true })).toBeHidden();
});
