import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { dictionaryFor, pathFor } from '../../src/i18n/index.ts';
import { councilMomentListSchema, type CouncilMomentListItem } from '../../src/lib/api/index.ts';
import { localize } from '../../src/lib/content-language/localize.ts';
import { gatherMeetings } from '../../src/lib/council/meeting.ts';
import { anonApi, organisation, readTimelines } from './support/timelines.ts';

// The expected council moments, meetings, motions and promises come from the API the site was built from, never
// from a list here.

async function listCouncilMoments(baseURL: string): Promise<CouncilMomentListItem[]> {
  const { data, error } = await (await anonApi(baseURL)).rpc('list_council_moments', { org_slug: organisation });
  expect(error).toBeNull();
  return councilMomentListSchema.parse(data);
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

for (const [locale, path, text] of [
  ['nl', '/gemeenteraad/', { coming: 'Binnenkort in de raad', past: 'Eerder in de raad', reasons: 'Waarom de raad anders besloot' }],
  [
    'en',
    '/en/council/',
    { coming: 'Coming up in the council', past: 'Earlier in the council', reasons: 'Why the council decided differently' },
  ],
] as const) {
  test(`every council moment is on the council page, at its meeting, coming or past (${locale})`, async ({ page, baseURL }) => {
    const t = dictionaryFor(locale);
    const moments = await listCouncilMoments(baseURL ?? '');
    const timelines = await readTimelines(baseURL ?? '');
    const meetings = gatherMeetings(timelines);
    expect(moments.length).toBeGreaterThan(0);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const coming = page.getByRole('region', { name: text.coming });
    const past = page.getByRole('region', { name: text.past });
    await expect(coming.getByRole('article').or(past.getByRole('article'))).toHaveCount(moments.length);
    // One heading per meeting, the agenda items of every project under it.
    await expect(coming.locator('.meeting').or(past.locator('.meeting'))).toHaveCount(meetings.length);

    for (const moment of moments) {
      const region = moment.meets_on >= today() ? coming : past;
      const meeting = meetings.find((candidate) => candidate.agenda.some((item) => item.moment.id === moment.id));
      if (!meeting) throw new Error(`No meeting for council moment ${moment.id}`);
      const block = region.locator(`.meeting:has(h3[id="meeting-${meeting.id}"])`);
      await expect(block.getByRole('heading', { level: 3 })).toContainText(localize(meeting.first, 'body', locale).text);
      const time = block.locator('h3 time');
      await expect(time).toHaveAttribute(
        'datetime',
        meeting.first.starts_at === null ? meeting.first.meets_on : new Date(meeting.first.starts_at).toISOString(),
      );
      const article = block.getByRole('article', { name: localize(moment, 'agenda_item', locale).text, exact: true });
      await expect(article).toHaveCount(1);
      await expect(article).toContainText(localize(moment.project, 'title', locale).text);
      await expect(article).toContainText(firstLine(localize(moment, 'proposal', locale).text));
      await expect(article).toContainText(t.councilOutcome[moment.outcome]);
      if (moment.differs_from_participation && moment.council_reasons) {
        await expect(article.getByRole('heading', { name: text.reasons })).toBeVisible();
        await expect(article).toContainText(firstLine(localize(moment, 'council_reasons', locale).text));
      }
      const motions = timelines.flatMap((timeline) => timeline.motions).filter((motion) => motion.council_moment_id === moment.id);
      for (const motion of motions) {
        await expect(article.locator(`a[href$="#motion-${motion.id}"]`)).toContainText(localize(motion, 'title', locale).text);
        await expect(article).toContainText(`(${t.motionResult[motion.result]})`);
      }
    }
  });

  test(`the council page shows each project's council role and what the council did in it (${locale})`, async ({ page, baseURL }) => {
    const t = dictionaryFor(locale);
    const timelines = await readTimelines(baseURL ?? '');
    await page.goto(path);
    const byProject = page.getByRole('region', { name: t.council.byProject, exact: true });
    await expect(byProject.getByRole('heading', { level: 3 })).toHaveCount(timelines.length);
    for (const timeline of timelines) {
      const card = byProject
        .locator('.card')
        .filter({ has: page.getByRole('heading', { level: 3, name: localize(timeline.project, 'title', locale).text, exact: true }) });
      await expect(card).toContainText(t.councilRole[timeline.project.council_role]);
      for (const moment of timeline.council_moments) await expect(card).toContainText(localize(moment, 'agenda_item', locale).text);
      // The motions and letters link to the project's council page; so does the card itself.
      const councilPath = pathFor({ page: 'projectCouncil', slug: timeline.project.slug }, locale);
      for (const motion of timeline.motions) await expect(card.locator(`a[href="${councilPath}#motion-${motion.id}"]`)).toHaveCount(1);
      for (const letter of timeline.council_letters)
        await expect(card.locator(`a[href="${councilPath}#council-letter-${letter.id}"]`)).toHaveCount(1);
      await expect(card.getByRole('link', { name: t.councilRecords.everything, exact: true })).toHaveAttribute('href', councilPath);
      const toCouncil = timeline.promises.filter((promise) => promise.made_to === 'council');
      await expect(card.locator('a[href*="#promise-"]')).toHaveCount(toCouncil.length);
      for (const promise of toCouncil) {
        const item = card.locator('li').filter({ has: page.locator(`a[href$="#promise-${promise.id}"]`) });
        await expect(item).toContainText(t.promiseStatus[promise.status]);
      }
    }
  });
}

test('a resident reads on the council page why the council decided differently', async ({ page, baseURL }) => {
  const moments = await listCouncilMoments(baseURL ?? '');
  const differing = moments.filter((moment) => moment.differs_from_participation);
  expect(differing.length, 'the demo has a council that decided differently').toBeGreaterThan(0);
  await page.goto('/gemeenteraad/');
  await expect(page.getByText('De raad besloot anders dan de uitkomst van de participatie.')).toHaveCount(differing.length);
  const moment = differing[0];
  if (!moment?.council_reasons) throw new Error('A differing council moment must give its reasons.');
  await expect(page.getByText(firstLine(moment.council_reasons), { exact: false })).toBeVisible();
  await page.getByRole('link', { name: moment.project.title, exact: true }).first().click();
  await expect(page).toHaveURL(`/projecten/${moment.project.slug}/`);
});

test('a resident follows an amendment from the council page to how each party voted on it', async ({ page, baseURL }) => {
  const timelines = await readTimelines(baseURL ?? '');
  const voted = timelines
    .flatMap((timeline) => timeline.motions.map((motion) => ({ timeline, motion })))
    .find(({ motion }) => motion.votes.length > 0);
  if (!voted) throw new Error('The demo has a motion or amendment with votes per party.');
  const { timeline, motion } = voted;
  await page.goto('/gemeenteraad/');
  await page.getByRole('region', { name: 'Eerder in de raad' }).locator(`a[href$="#motion-${motion.id}"]`).click();
  // To the project's council page, where the motions are told in full.
  await expect(page).toHaveURL(`/projecten/${timeline.project.slug}/gemeenteraad/#motion-${motion.id}`);
  const entry = page.locator(`[id="motion-${motion.id}"]`);
  await expect(entry.getByRole('heading', { level: 4 })).toContainText(motion.title);
  const votesFor = motion.votes.reduce((sum, vote) => sum + vote.for, 0);
  const against = motion.votes.reduce((sum, vote) => sum + vote.against, 0);
  const result = dictionaryFor('nl').motionResult[motion.result];
  await expect(entry).toContainText(`${result} met ${votesFor} stemmen voor en ${against} tegen.`);
  const table = entry.getByRole('table', {
    name: `Hoe de partijen stemden over ${motion.kind === 'amendment' ? 'amendement' : 'motie'} ${motion.reference ?? ''}`.trim(),
  });
  await expect(table).toBeVisible();
  for (const vote of motion.votes) {
    await expect(table.getByRole('row', { name: new RegExp(`^${vote.party} ${vote.for} ${vote.against}$`) })).toHaveCount(1);
  }
  await expect(table.getByRole('row', { name: `Totaal ${votesFor} ${against}` })).toHaveCount(1);
});

test('a resident puts the council meetings in a calendar: every meeting to come, at its start time', async ({ page, request, baseURL }) => {
  const timelines = await readTimelines(baseURL ?? '');
  const meetings = gatherMeetings(timelines);
  const coming = meetings.filter((meeting) => meeting.date >= today());
  expect(coming.length, 'the demo has meetings to come').toBeGreaterThan(0);
  await page.goto('/gemeenteraad/');
  const href = await page.getByRole('link', { name: 'Zet de vergaderingen in uw agenda' }).getAttribute('href');
  expect(href).toBe('/gemeenteraad/vergaderingen.ics');
  for (const path of ['/gemeenteraad/vergaderingen.ics', '/en/council/meetings.ics']) {
    const answer = await request.get(path);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(await answer.text()))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(meetings.length);
    for (const meeting of coming) {
      const event = events.find((candidate) => candidate.uid === `meeting-${meeting.id}@participatieportaal`);
      expect(event, meeting.key).toBeDefined();
      if (meeting.first.starts_at === null) expect(event?.startDate.isDate).toBe(true);
      else expect(event?.startDate.toJSDate().getTime()).toBe(Date.parse(meeting.first.starts_at));
    }
  }
});
