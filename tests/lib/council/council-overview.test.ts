import { describe, expect, it } from 'vitest';
import type { TimelineCouncilMoment } from '../../../src/lib/api/council-moment.ts';
import type { ProjectTimeline } from '../../../src/lib/api/project-timeline.ts';
import type { TimelinePromise } from '../../../src/lib/api/promise.ts';
import { buildCouncilOverview } from '../../../src/lib/council/council-overview.ts';
import { meetingAnchor, meetingId } from '../../../src/lib/council/meeting.ts';
import { buildPromiseView } from '../../../src/lib/promises/promise-view.ts';
import { hostile } from '../support/hostile.ts';
import { projectTimelineDocument } from '../support/documents.ts';

type MomentSpec = Partial<TimelineCouncilMoment> & { meets_on: string };

let counter = 0;
const freshId = () => `00000000-0000-4000-8000-c0c0${(counter += 1).toString(16).padStart(8, '0')}`;

/**
 * A project whose council moments are copies of the fixture's, changed as given, each its own meeting unless the
 * spec links it to one in Open Raadsinformatie; the fixture's motions stay on the first.
 */
function project(slug: string, moments: MomentSpec[]): ProjectTimeline {
  const document = projectTimelineDocument(slug);
  const template = document.council_moments[0];
  if (!template) throw new Error('The test document has no council moment.');
  const council_moments = moments.map((spec, index) => ({
    ...template,
    id: index === 0 ? template.id : freshId(),
    meeting_source_id: null,
    ...spec,
  }));
  return { ...document, council_moments };
}

const itemsOf = (overview: ReturnType<typeof buildCouncilOverview>, part: 'coming' | 'past') =>
  overview[part].map((meeting) => [meeting.body, meeting.when.datetime, meeting.items.map((item) => item.project.slug)]);

describe('buildCouncilOverview: the meetings', () => {
  it('puts the agenda items of one meeting together, across projects: by the meeting in Open Raadsinformatie, else by body and day', () => {
    const council = { body: 'Gemeenteraad', meeting_kind: 'council', starts_at: null, meeting_source_id: null } as const;
    const park = project('park', [
      { ...council, meets_on: '2026-04-02' },
      { meets_on: '2026-04-02', body: 'Commissie Ruimte', meeting_kind: 'committee', starts_at: null, meeting_source_id: null },
    ]);
    const plein = project('plein', [
      { ...council, meets_on: '2026-04-02' },
      // The same meeting in Open Raadsinformatie, whatever the body is called in each project.
      { meets_on: '2026-05-07', body: 'Raad', meeting_kind: 'council', starts_at: null, meeting_source_id: 'ori-42' },
    ]);
    const school = project('school', [
      { meets_on: '2026-05-07', body: 'Gemeenteraad Demodam', meeting_kind: 'council', starts_at: null, meeting_source_id: 'ori-42' },
    ]);
    const overview = buildCouncilOverview([park, plein, school], 'nl', '2026-03-01');
    expect(overview.coming.map((meeting) => [meeting.body, meeting.items.map((item) => item.project.slug)])).toEqual([
      ['Commissie Ruimte', ['park']],
      ['Gemeenteraad', ['park', 'plein']],
      ['Raad', ['plein', 'school']],
    ]);
  });

  it('splits the meetings at the build date: coming soonest first, past latest first, by start time on one day', () => {
    const park = project('park', [
      { meets_on: '2026-01-10', body: 'Gemeenteraad', starts_at: null },
      { meets_on: '2026-06-01', body: 'Gemeenteraad', starts_at: null },
    ]);
    const plein = project('plein', [
      { meets_on: '2026-03-10', body: 'Commissie Ruimte', meeting_kind: 'committee', starts_at: '2026-03-10T19:00:00+00:00' },
      { meets_on: '2026-03-10', body: 'Commissie Bestuur', meeting_kind: 'committee', starts_at: '2026-03-10T17:30:00+00:00' },
      { meets_on: '2026-02-20', body: 'Gemeenteraad', starts_at: null },
    ]);
    const overview = buildCouncilOverview([park, plein], 'nl', '2026-03-10');
    expect(itemsOf(overview, 'coming')).toEqual([
      ['Commissie Bestuur', '2026-03-10T17:30:00.000Z', ['plein']],
      ['Commissie Ruimte', '2026-03-10T19:00:00.000Z', ['plein']],
      ['Gemeenteraad', '2026-06-01', ['park']],
    ]);
    expect(itemsOf(overview, 'past')).toEqual([
      ['Gemeenteraad', '2026-02-20', ['plein']],
      ['Gemeenteraad', '2026-01-10', ['park']],
    ]);
  });

  it('names a meeting by its body, its kind where the name does not say it, its day and start time in the Netherlands', () => {
    const park = project('park', [
      { meets_on: '2026-05-12', body: 'Raadsvergadering', meeting_kind: 'council', starts_at: '2026-05-12T17:30:00+00:00' },
      { meets_on: '2026-05-19', body: 'Commissie Ruimte', meeting_kind: 'committee', starts_at: null },
    ]);
    const [council, committee] = buildCouncilOverview([park], 'nl', '2026-03-01').coming;
    expect(council).toMatchObject({ body: 'Raadsvergadering', kind: 'council', kindLabel: 'Gemeenteraad', kindNote: 'gemeenteraad' });
    expect(council?.when).toEqual({ datetime: '2026-05-12T17:30:00.000Z', text: '12 mei 2026, 19:30' });
    expect(committee).toMatchObject({
      body: 'Commissie Ruimte',
      kindLabel: 'Commissie',
      kindNote: null,
      when: { datetime: '2026-05-19', text: '19 mei 2026' },
    });
    expect(council?.anchor).toBe(meetingAnchor(council?.id ?? ''));
    expect(council?.id).toBe(meetingId('fakedam', 'day:2026-05-12:Raadsvergadering'));
  });

  it('keeps the outcome in its new words, and where the council differs from the participation, its reasons', () => {
    const park = project('park', [
      { meets_on: '2026-01-10', outcome: 'postponed' },
      { meets_on: '2026-01-11', outcome: 'ready_for_council', differs_from_participation: false },
    ]);
    const source = park.council_moments[0];
    const [later, earlier] = buildCouncilOverview([park], 'nl', '2026-03-10').past;
    const item = earlier?.items[0];
    expect(item?.outcomeLabel).toBe('Aangehouden');
    expect(later?.items[0]?.outcomeLabel).toBe('Rijp voor besluit in de raad');
    expect(item?.differsFromParticipation).toBe(true);
    expect(item?.councilReasons).toBe(source?.council_reasons);
    expect(item?.effectOnPromises).toBe(source?.effect_on_promises);
    expect(item?.project).toEqual({
      slug: 'park',
      title: park.project.title,
      titleLang: undefined,
      href: '/projecten/park/',
      councilRoleLabel: 'Besluitvormend',
    });
  });

  it('lists the motions and amendments under their agenda item, as links to them on the project’s council page', () => {
    const park = project('park', [{ meets_on: '2026-05-12' }, { meets_on: '2026-05-13' }]);
    const [motion] = park.motions;
    const [first, second] = buildCouncilOverview([park], 'nl', '2026-03-01').coming;
    expect(first?.items[0]?.motions).toEqual([
      {
        id: motion?.id,
        href: `/projecten/park/gemeenteraad/#motion-${motion?.id}`,
        name: `Amendement ${motion?.reference}`,
        title: motion?.title,
        titleLang: undefined,
        resultLabel: 'Aangenomen',
      },
    ]);
    expect(second?.items[0]?.motions).toEqual([]);
  });

  it('links to the English project page on English pages', () => {
    const park = project('park', [{ meets_on: '2026-01-10' }]);
    const [meeting] = buildCouncilOverview([park], 'en', '2026-03-10').past;
    expect(meeting?.items[0]?.project.href).toBe('/en/projects/park/');
    expect(meeting?.items[0]?.motions[0]?.href).toMatch(/^\/en\/projects\/park\/council\/#motion-/);
    expect(meeting?.items[0]?.outcomeLabel).toBe('Rejected');
  });

  it('has nothing coming, nothing past and no projects without projects', () => {
    expect(buildCouncilOverview([], 'nl', '2026-03-10')).toEqual({ coming: [], past: [], projects: [], notice: null });
  });
});

describe('buildCouncilOverview: the view by project', () => {
  const residents = (promise: TimelinePromise): TimelinePromise => ({
    ...promise,
    id: freshId(),
    made_to: 'residents',
    body: hostile('residents-promise'),
  });

  it('gives each project its role, its moments linked to their meetings, its motions, letters and promises to the council', () => {
    const park = project('park', [{ meets_on: '2026-05-12' }]);
    const withResidents = { ...park, promises: [...park.promises, ...park.promises.map(residents)] };
    const quiet = { ...projectTimelineDocument('stil'), council_moments: [], motions: [], council_letters: [], promises: [] };
    const overview = buildCouncilOverview([withResidents, quiet], 'nl', '2026-03-01');
    const [view, empty] = overview.projects;
    const meeting = overview.coming[0];
    expect(view?.project.slug).toBe('park');
    expect(view?.councilHref).toBe('/projecten/park/gemeenteraad/');
    expect(view?.project.councilRoleLabel).toBe('Besluitvormend');
    expect(view?.roleMeaning).toBe('De raad neemt het besluit.');
    expect(view?.moments).toEqual([
      {
        href: `#${meeting?.anchor}`,
        when: { datetime: '2026-05-12T17:30:00.000Z', text: '12 mei 2026, 19:30' },
        kindLabel: 'Gemeenteraad',
        agendaItem: park.council_moments[0]?.agenda_item,
        agendaItemLang: undefined,
        outcomeLabel: 'Verworpen',
      },
    ]);
    expect(view?.motions.map((motion) => motion.href)).toEqual(
      park.motions.map((motion) => `/projecten/park/gemeenteraad/#motion-${motion.id}`),
    );
    const [letter] = park.council_letters;
    expect(view?.letters).toEqual([
      {
        id: letter?.id,
        anchor: `council-letter-${letter?.id}`,
        href: `/projecten/park/gemeenteraad/#council-letter-${letter?.id}`,
        sentOn: { datetime: '2026-05-20', text: '20 mei 2026' },
        reference: null,
        title: letter?.title,
        summary: letter?.summary,
        lang: {},
        untranslated: false,
        sourceUrl: letter?.source_url,
      },
    ]);
    // Only the promises made to the council; those to residents are on the promises page.
    const [promise] = park.promises;
    if (promise === undefined) throw new Error('the fixture lacks a promise');
    expect(view?.promises).toEqual([{ ...buildPromiseView(promise, 'nl'), href: `/projecten/park/#promise-${promise.id}` }]);
    expect(view?.promises[0]).toMatchObject({
      body: promise.body,
      lang: {},
      status: 'broken',
      statusLabel: 'Niet nagekomen',
      isOverdue: false,
    });
    expect(empty).toMatchObject({ moments: [], motions: [], letters: [], promises: [] });
  });

  it('says once, for an English reader, that some of it is shown in Dutch', () => {
    const park = project('park', [{ meets_on: '2026-05-12' }]);
    expect(buildCouncilOverview([park], 'en', '2026-03-01').notice).toBe('This text has not been translated yet; it is shown in Dutch.');
    expect(buildCouncilOverview([park], 'nl', '2026-03-01').notice).toBeNull();
  });
});
