import { expect, test, type Locator } from '@playwright/test';
import { dictionaryFor, locales, pathFor } from '../../src/i18n/index.ts';
import { localize } from '../../src/lib/content-language/localize.ts';
import { paragraphs } from '../../src/lib/format/text.ts';
import { readTimelines } from './support/timelines.ts';

// Every published project of the organisation, read from the API the site was built from, checked on its
// built page in both languages' chrome: each decision with its rationale, each promise with its status (and to
// whom), each council moment with its kind and outcome and each motion in one line with its result, each council
// information letter in one line, the council's role per phase, and the current phase's expectations. Then the
// project's council page: the role per phase, every council moment in full with its motions and the votes per
// party, the letters and the promises to the council; every link from the project page lands there. Nothing
// expected is written here.

/** Whitespace as a browser renders it, so database text with line breaks compares with what is on screen. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every paragraph of a database text appears in the element, as text. */
async function expectText(where: Locator, text: string): Promise<void> {
  const shown = squash(await where.innerText());
  for (const paragraph of paragraphs(text)) expect(shown).toContain(squash(paragraph));
}

test('every published project shows every decision, promise, council moment and its expectations, in Dutch and English', async ({
  page,
  baseURL,
}) => {
  const timelines = await readTimelines(baseURL ?? '');
  expect(timelines.length).toBeGreaterThan(0);

  for (const locale of locales) {
    const t = dictionaryFor(locale);
    // Each text as a reader of this locale gets it: English where staff wrote a version, Dutch otherwise.
    const tx = (record: object, field: string): string => localize(record as Record<string, string | null>, field, locale).text;
    for (const timeline of timelines) {
      const { project } = timeline;
      await page.goto(pathFor({ page: 'project', slug: project.slug }, locale));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(tx(project, 'title'));

      const decisions = page.getByRole('region', { name: t.project.decisions, exact: true });
      await expect(decisions.getByRole('article')).toHaveCount(timeline.decisions.length);
      for (const decision of timeline.decisions) {
        const article = decisions.getByRole('article', { name: tx(decision, 'title'), exact: true });
        for (const field of ['decision', 'rationale', 'input_used']) await expectText(article, tx(decision, field));
      }

      for (const promise of timeline.promises) {
        const item = page.locator(`[id="promise-${promise.id}"]`);
        await expectText(item, tx(promise, 'body'));
        await expect(item.locator('.utrecht-badge-status').first()).toHaveText(t.promiseStatus[promise.status]);
        if (promise.is_overdue) await expect(item).toContainText(t.project.overdue);
        await expect(item.locator('details li')).toHaveCount(promise.history.length);
        await expect(item.getByText(t.councilRecords.madeToCouncil, { exact: true })).toHaveCount(promise.made_to === 'council' ? 1 : 0);
      }

      // The council in short: each council moment with its kind and outcome, each motion in one line with its result
      // (a link to it in full on the project's council page), each letter in one line, and the way to all of it.
      const councilPath = pathFor({ page: 'projectCouncil', slug: project.slug }, locale);
      const council = page.getByRole('region', { name: t.project.council, exact: true });
      await expect(council.getByRole('link', { name: t.councilRecords.everything, exact: true })).toHaveAttribute('href', councilPath);
      for (const moment of timeline.council_moments) {
        const item = page.locator(`[id="council-moment-${moment.id}"]`);
        await expectText(item, tx(moment, 'agenda_item'));
        await expect(item).toContainText(t.councilOutcome[moment.outcome]);
        // Committee or council: in the body's own name, or said after it.
        const body = tx(moment, 'body');
        const kind = t.councilMeetingKind[moment.meeting_kind].toLowerCase();
        if (!body.toLowerCase().includes(kind)) await expect(item).toContainText(`${squash(body)} (${kind})`);
        await expect(item.getByText(t.project.differs, { exact: true })).toHaveCount(moment.differs_from_participation ? 1 : 0);
        const motions = timeline.motions.filter((motion) => motion.council_moment_id === moment.id);
        await expect(item.locator('li')).toHaveCount(motions.length);
        for (const motion of motions) {
          const line = item.locator('li').filter({ has: page.locator(`a[href="${councilPath}#motion-${motion.id}"]`) });
          const name = motion.reference === null ? t.motionKind[motion.kind] : `${t.motionKind[motion.kind]} ${motion.reference}`;
          await expect(line.getByRole('link')).toHaveText(`${name}: ${squash(tx(motion, 'title'))}`);
          const votesFor = motion.votes.reduce((sum, vote) => sum + vote.for, 0);
          const against = motion.votes.reduce((sum, vote) => sum + vote.against, 0);
          const result = t.motionResult[motion.result];
          await expect(line).toContainText(
            motion.votes.length === 0 ? `${result}.` : t.councilRecords.voteSummary(result, votesFor, against),
          );
          // In one line: what it asks and the votes per party are on the council page only.
          await expect(line.getByRole('table')).toHaveCount(0);
        }
      }
      await expect(council.locator(`a[href^="${councilPath}#council-letter-"]`)).toHaveCount(timeline.council_letters.length);
      for (const letter of timeline.council_letters) {
        await expect(council.locator(`a[href="${councilPath}#council-letter-${letter.id}"]`)).toHaveText(squash(tx(letter, 'title')));
      }
      // Nothing of the council's records is told in full on the project page any more.
      await expect(
        page.locator('[data-record^="motion:"], [data-record^="council_letter:"], [data-record^="council_moment:"], table.votes'),
      ).toHaveCount(0);

      // The council's role in each phase, and a link to every motion about it on the council page.
      for (const phase of timeline.phases) {
        const item = page.locator(`[id="phase-${phase.id}"]`);
        await expect(item).toContainText(t.councilRecords.phaseRole);
        await expect(item).toContainText(t.councilRole[phase.council_role ?? project.council_role]);
        // Inside the phase's details, which are closed but for the current phase: read as text content, not as shown.
        if (phase.council_role_explanation) {
          for (const paragraph of paragraphs(tx(phase, 'council_role_explanation'))) await expect(item).toContainText(squash(paragraph));
        }
        for (const motion of timeline.motions.filter((candidate) => candidate.phase_id === phase.id)) {
          await expect(item.locator(`a[href="${councilPath}#motion-${motion.id}"]`)).toHaveCount(1);
        }
      }

      const current = timeline.phases.find((phase) => phase.is_current === true);
      if (current) {
        const card = page.getByRole('region', { name: t.project.expectations, exact: true });
        await expect(card).toContainText(tx(current, 'title'));
        await expect(card).toContainText(t.participationLevel[current.participation_level]);
        await expect(card).toContainText(t.participationPromise[current.participation_level]);
        for (const field of ['open_for_input', 'fixed_frames', 'time_asked', 'results_expected']) {
          await expectText(card, tx(current, field));
        }
        await expect(card).toContainText(t.councilRole[current.council_role ?? project.council_role]);
        for (const motion of timeline.motions.filter((candidate) => candidate.phase_id === current.id)) {
          await expect(card.locator(`a[href="${councilPath}#motion-${motion.id}"]`)).toHaveCount(1);
        }
      }

      // Every in-page link (the timeline's, the notices') leads to an element here.
      const broken = await page
        .locator('a[href^="#"]')
        .evaluateAll((links) =>
          links.map((link) => (link.getAttribute('href') ?? '').slice(1)).filter((id) => !document.getElementById(id)),
        );
      expect(broken).toEqual([]);
      // The links to the council page (the motions', the letters', the timeline's), kept to check on that page.
      const toCouncil = await page
        .locator(`a[href^="${councilPath}#"]`)
        .evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').split('#')[1] ?? ''));
      expect(toCouncil.length).toBeGreaterThanOrEqual(timeline.motions.length + timeline.council_letters.length);

      // The timeline holds every item the API lists for the project, plus the one "now" marker.
      await expect(page.locator('#timeline-items > li[data-filter]')).toHaveCount(timeline.timeline.length);
      await expect(page.locator('#timeline-items > li#now')).toHaveCount(1);

      // The project's council page: everything of the council in full.
      await page.goto(councilPath);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${t.councilRecords.pageHeading} ${squash(tx(project, 'title'))}`);
      await expect(page.getByRole('link', { name: t.councilRecords.backToProject }).first()).toHaveAttribute(
        'href',
        pathFor({ page: 'project', slug: project.slug }, locale),
      );
      const nothing =
        timeline.council_moments.length + timeline.motions.length + timeline.council_letters.length === 0 &&
        !timeline.promises.some((promise) => promise.made_to === 'council');
      await expect(page.getByText(t.councilRecords.nothingYet, { exact: true })).toHaveCount(nothing ? 1 : 0);
      // Every link from the project page lands on an element here, and so does every in-page link.
      const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), toCouncil);
      expect(missing).toEqual([]);
      const brokenHere = await page
        .locator('a[href^="#"]')
        .evaluateAll((links) =>
          links.map((link) => (link.getAttribute('href') ?? '').slice(1)).filter((id) => !document.getElementById(id)),
        );
      expect(brokenHere).toEqual([]);

      const roles = page.getByRole('region', { name: t.project.council, exact: true });
      await expect(roles).toContainText(t.councilRole[project.council_role]);
      for (const phase of timeline.phases) {
        const item = roles.locator(`[id="phase-${phase.id}"]`);
        await expect(item).toContainText(squash(tx(phase, 'title')));
        await expect(item).toContainText(t.councilRole[phase.council_role ?? project.council_role]);
        if (phase.council_role_explanation) await expectText(item, tx(phase, 'council_role_explanation'));
        for (const motion of timeline.motions.filter((candidate) => candidate.phase_id === phase.id)) {
          await expect(item.locator(`a[href="#motion-${motion.id}"]`)).toHaveCount(1);
        }
      }

      for (const moment of timeline.council_moments) {
        const item = page.locator(`[id="council-moment-${moment.id}"]`);
        await expect(item.getByRole('heading', { level: 3 })).toHaveText(squash(tx(moment, 'agenda_item')));
        await expectText(item, tx(moment, 'proposal'));
        await expect(item).toContainText(t.councilOutcome[moment.outcome]);
        if (moment.outcome_summary) await expectText(item, tx(moment, 'outcome_summary'));
        const time = item.locator('time').first();
        await expect(time).toHaveAttribute(
          'datetime',
          moment.starts_at === null ? moment.meets_on : new Date(moment.starts_at).toISOString(),
        );
        const body = tx(moment, 'body');
        const kind = t.councilMeetingKind[moment.meeting_kind].toLowerCase();
        if (!body.toLowerCase().includes(kind)) await expect(item).toContainText(`${squash(body)} (${kind})`);
        if (moment.differs_from_participation && moment.council_reasons) await expectText(item, tx(moment, 'council_reasons'));
        if (moment.effect_on_promises) await expectText(item, tx(moment, 'effect_on_promises'));
        const motions = timeline.motions.filter((motion) => motion.council_moment_id === moment.id);
        await expect(item.locator('li.motion')).toHaveCount(motions.length);
        for (const motion of motions) {
          const entry = item.locator(`[id="motion-${motion.id}"]`);
          await expectText(entry, tx(motion, 'title'));
          await expectText(entry, tx(motion, 'submitted_by'));
          await expectText(entry, tx(motion, 'asks'));
          if (motion.result_summary) await expectText(entry, tx(motion, 'result_summary'));
          await expect(entry).toContainText(t.motionResult[motion.result]);
          const table = entry.getByRole('table');
          if (motion.votes.length === 0) {
            await expect(table).toHaveCount(0);
            continue;
          }
          const votesFor = motion.votes.reduce((sum, vote) => sum + vote.for, 0);
          const against = motion.votes.reduce((sum, vote) => sum + vote.against, 0);
          await expect(entry).toContainText(t.councilRecords.voteSummary(t.motionResult[motion.result], votesFor, against));
          await expect(table.locator('caption')).toContainText(motion.reference ?? t.motionKind[motion.kind].toLowerCase());
          await expect(table.getByRole('columnheader')).toHaveText([
            t.councilRecords.party,
            t.councilRecords.votesFor,
            t.councilRecords.votesAgainst,
          ]);
          await expect(table.locator('tbody th[scope="row"]')).toHaveText(motion.votes.map((vote) => vote.party));
          await expect(table.locator('tfoot tr')).toHaveText(new RegExp(`${t.councilRecords.total}\\s*${votesFor}\\s*${against}`));
        }
      }

      const letters = page.getByRole('region', { name: t.councilRecords.letters, exact: true });
      await expect(letters.locator('li.record')).toHaveCount(timeline.council_letters.length);
      if (timeline.council_letters.length === 0) await expect(letters).toContainText(t.councilRecords.noLetters);
      for (const letter of timeline.council_letters) {
        const item = letters.locator(`[id="council-letter-${letter.id}"]`);
        await expectText(item, tx(letter, 'title'));
        await expectText(item, tx(letter, 'summary'));
        if (letter.reference) await expect(item).toContainText(letter.reference);
      }

      // The promises made to the council, with their status and their history; none made to residents.
      const promises = page.getByRole('region', { name: t.councilRecords.promisesToCouncil, exact: true });
      const toCouncilPromises = timeline.promises.filter((promise) => promise.made_to === 'council');
      await expect(promises.locator('li.record')).toHaveCount(toCouncilPromises.length);
      if (toCouncilPromises.length === 0) await expect(promises).toContainText(t.councilRecords.noPromisesToCouncil);
      for (const promise of toCouncilPromises) {
        const item = promises.locator(`[id="promise-${promise.id}"]`);
        await expectText(item, tx(promise, 'body'));
        await expect(item.locator('.utrecht-badge-status').first()).toHaveText(t.promiseStatus[promise.status]);
        await expect(item.locator('details li')).toHaveCount(promise.history.length);
      }
    }
  }
});
