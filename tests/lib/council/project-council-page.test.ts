import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../../src/i18n/index.ts';
import { buildProjectCouncilPage } from '../../../src/lib/council/project-council-page.ts';
import { buildProjectPage } from '../../../src/lib/projects/project-page.ts';
import { projectTimelineDocument } from '../support/documents.ts';

// The project's council page: the council's part in one project in full, where the project page's short lines,
// the phases, the timeline, the feeds and the council page of all projects link to.

describe('buildProjectCouncilPage', () => {
  const timeline = projectTimelineDocument('park');

  it('names the project and links back to it and to the council page of all projects', () => {
    const view = buildProjectCouncilPage(timeline, 'en');
    expect(view).toMatchObject({
      slug: 'park',
      projectTitle: timeline.project.title,
      projectTitleLang: 'nl',
      projectHref: '/en/projects/park/',
      councilHref: '/en/council/',
      role: { label: dictionaryFor('en').councilRole.besluitvormend, explanation: timeline.project.council_role_explanation },
      nothingYet: false,
    });
  });

  it('gives the council’s role in every phase, with in-page links to the motions about it', () => {
    const view = buildProjectCouncilPage(timeline, 'nl');
    const [motion] = timeline.motions;
    expect(view.phases.map((phase) => [phase.anchor, phase.council.roleLabel])).toEqual(
      timeline.phases.map((phase) => [`phase-${phase.id}`, phase.council_role === 'kaderstellend' ? 'Kaderstellend' : 'Besluitvormend']),
    );
    expect(view.phases[1]?.council.explanation).toBe(timeline.phases[1]?.council_role_explanation);
    expect(view.phases[1]?.council.motions.map((link) => link.href)).toEqual([`#motion-${motion?.id}`]);
    expect(view.phases.filter((phase) => phase.isCurrent).map((phase) => phase.id)).toEqual(
      timeline.phases.filter((phase) => phase.is_current).map((phase) => phase.id),
    );
  });

  it('tells each council moment in full, with its motions and amendments, their votes and their place in the public record', () => {
    const [moment] = buildProjectCouncilPage(timeline, 'nl').moments;
    const [sourceMoment] = timeline.council_moments;
    const [source] = timeline.motions;
    expect(moment).toMatchObject({
      anchor: `council-moment-${sourceMoment?.id}`,
      when: { datetime: '2026-05-12T17:30:00.000Z', text: '12 mei 2026, 19:30' },
      kindNote: 'gemeenteraad',
      agendaItem: sourceMoment?.agenda_item,
      proposal: sourceMoment?.proposal,
      outcomeLabel: 'Verworpen',
      outcomeSummary: sourceMoment?.outcome_summary,
      differsFromParticipation: true,
      councilReasons: sourceMoment?.council_reasons,
      effectOnPromises: sourceMoment?.effect_on_promises,
      marker: { key: `council_moment:${sourceMoment?.id}` },
    });
    expect(moment?.motions).toHaveLength(1);
    expect(moment?.motions[0]).toMatchObject({
      anchor: `motion-${source?.id}`,
      name: `Amendement ${source?.reference}`,
      title: source?.title,
      submittedBy: source?.submitted_by,
      asks: source?.asks,
      resultLabel: 'Aangenomen',
      resultSummary: source?.result_summary,
      votes: { summary: 'Aangenomen met 3 stemmen voor en 1 tegen.', totals: { for: 3, against: 1 } },
      marker: { key: `motion:${source?.id}` },
    });
    const elsewhere = {
      ...timeline,
      motions: timeline.motions.map((m) => ({ ...m, council_moment_id: '00000000-0000-4000-8000-0000000000ff' })),
    };
    expect(buildProjectCouncilPage(elsewhere, 'nl').moments[0]?.motions).toEqual([]);
  });

  it('has an element for every link the project page makes to it', () => {
    const page = buildProjectPage(timeline, 'nl');
    const council = buildProjectCouncilPage(timeline, 'nl');
    const ids = new Set([
      ...council.phases.map((phase) => phase.anchor),
      ...council.moments.flatMap((moment) => [moment.anchor, ...moment.motions.map((motion) => motion.anchor)]),
      ...council.letters.map((letter) => letter.anchor),
    ]);
    const links = [
      ...page.council.moments.flatMap((moment) => moment.motions.map((motion) => motion.href)),
      ...page.council.letters.map((letter) => letter.href),
      ...page.phases.flatMap((phase) => phase.council.motions.map((motion) => motion.href)),
      ...page.timeline.items.filter((item) => item.kind === 'council_letter').map((item) => item.href ?? ''),
    ];
    // The motion's line, the letter's line and the phase's link to the motion, at least.
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) {
      const [path, id = ''] = link.split('#');
      expect(path).toBe(page.council.href);
      expect(ids.has(id), link).toBe(true);
    }
  });

  it('lists the letters in full and only the promises made to the council, with their history', () => {
    const toResidents = { ...timeline.promises[0], id: '00000000-0000-4000-8000-0000000000ee', made_to: 'residents' } as NonNullable<
      (typeof timeline.promises)[number]
    >;
    const view = buildProjectCouncilPage({ ...timeline, promises: [...timeline.promises, toResidents] }, 'nl');
    const [letter] = timeline.council_letters;
    expect(view.letters).toEqual([
      {
        id: letter?.id,
        anchor: `council-letter-${letter?.id}`,
        sentOn: { datetime: '2026-05-20', text: '20 mei 2026' },
        reference: null,
        title: letter?.title,
        summary: letter?.summary,
        lang: {},
        untranslated: false,
        sourceUrl: null,
        marker: { key: `council_letter:${letter?.id}`, changed: null, selfApproved: null },
      },
    ]);
    expect(view.promises.map((promise) => promise.id)).toEqual([timeline.promises[0]?.id]);
    expect(view.promises[0]).toMatchObject({
      statusLabel: 'Niet nagekomen',
      madeTo: 'council',
      marker: { key: `promise:${timeline.promises[0]?.id}` },
    });
    expect(view.promises[0]?.history.map((entry) => entry.statusLabel)).toEqual(['Niet nagekomen']);
  });

  it('is made for a project the council has not met on, and then says so', () => {
    const quiet = { ...timeline, council_moments: [], motions: [], council_letters: [], promises: [] };
    const view = buildProjectCouncilPage(quiet, 'nl');
    expect(view).toMatchObject({ nothingYet: true, moments: [], letters: [], promises: [] });
    expect(view.phases).toHaveLength(timeline.phases.length);
    // A promise to the council alone is enough to have something to tell.
    expect(buildProjectCouncilPage({ ...quiet, promises: timeline.promises }, 'nl').nothingYet).toBe(false);
  });
});
