import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../../src/i18n/index.ts';
import { buildProjectPage } from '../../../src/lib/projects/project-page.ts';
import { projectTimelineDocument, published } from '../support/documents.ts';

describe('buildProjectPage', () => {
  const timeline = projectTimelineDocument('park');

  it('marks exactly the phase the API calls current', () => {
    const view = buildProjectPage(timeline, 'nl');
    const current = view.phases.filter((phase) => phase.isCurrent);
    expect(current.map((phase) => phase.id)).toEqual(timeline.phases.filter((phase) => phase.is_current).map((phase) => phase.id));
  });

  it('marks untranslated database text in the facts as Dutch, and not the page’s own words', () => {
    const facts = buildProjectPage(timeline, 'en').facts;
    expect(facts.filter((fact) => fact.lang === 'nl').map((fact) => fact.value)).toEqual([timeline.project.theme, timeline.project.area]);
    expect(facts.find((fact) => fact.label === 'Status')).toEqual({ label: 'Status', value: 'Running', lang: undefined });
  });

  it('treats a null is_current (no phase started yet) as not current', () => {
    const notStarted = { ...timeline, phases: timeline.phases.map((phase) => ({ ...phase, is_current: null })) };
    expect(buildProjectPage(notStarted, 'nl').phases.some((phase) => phase.isCurrent)).toBe(false);
  });

  it('explains the participation level of every phase in the chosen language', () => {
    const t = dictionaryFor('en');
    const view = buildProjectPage(timeline, 'en');
    expect(view.phases.map((phase) => phase.levelPromise)).toEqual(
      timeline.phases.map((phase) => t.participationPromise[phase.participation_level]),
    );
  });

  it('shows people with their role, a dialable phone link and never an e-mail field', () => {
    const view = buildProjectPage(timeline, 'nl');
    expect(view.people.map((person) => person.roleLabel)).toEqual(['Contactpersoon', 'Wethouder']);
    expect(view.people[0]?.phone).toEqual({ text: '+31 (0)20 123 4567', href: 'tel:+310201234567' });
    expect(JSON.stringify(view)).not.toMatch(/e-?mail/i);
  });

  it('lists current role holders before earlier ones', () => {
    const [contact] = timeline.people;
    if (!contact) throw new Error('fixture has no contact');
    const withHandover = {
      ...timeline,
      people: [{ ...contact, name: 'Vorige', since: '2025-01-01', until: '2026-01-04' }, ...timeline.people],
    };
    const names = buildProjectPage(withHandover, 'nl').people.map((person) => [person.name, person.current]);
    expect(names.at(-1)).toEqual(['Vorige', false]);
  });

  it('gives the explanation of a promise’s current status', () => {
    const [promise] = buildProjectPage(timeline, 'en').promises;
    expect(promise?.statusLabel).toBe('Broken');
    expect(promise?.explanation).toBe(timeline.promises[0]?.history.at(-1)?.explanation);
  });

  it('describes the council’s role and flags a decision that differs from participation', () => {
    const view = buildProjectPage(timeline, 'nl');
    expect(view.council.roleLabel).toBe(dictionaryFor('nl').councilRole[timeline.project.council_role]);
    expect(view.council.moments[0]?.differsFromParticipation).toBe(true);
  });

  it('shows the newest update first, its Markdown as sanitised HTML with headings from h4', () => {
    const older = {
      id: '00000000-0000-4000-8000-0000000000aa',
      title: 'Oud',
      body_md: 'a',
      published_at: '2026-01-01T10:00:00+00:00',
      ...published,
    };
    const newer = {
      id: '00000000-0000-4000-8000-0000000000bb',
      title: 'Nieuw',
      body_md: '# b\n\nc [x](javascript:alert(1))',
      published_at: '2026-02-01T10:00:00+00:00',
      ...published,
    };
    const view = buildProjectPage({ ...timeline, updates: [older, newer] }, 'nl');
    expect(view.updates.map((update) => update.title)).toEqual(['Nieuw', 'Oud']);
    expect(view.updates[0]?.bodyHtml).toBe('<h4>b</h4>\n<p>c x</p>\n');
  });

  it('gives every phase the council’s role in it: its own, or the project’s, with links to the motions about it on the council page', () => {
    const [vision, plan] = buildProjectPage(timeline, 'nl').phases;
    const [motion] = timeline.motions;
    // The vision phase has no role of its own: the project's (besluitvormend) stands, without an explanation.
    expect(vision?.council).toEqual({
      roleLabel: 'Besluitvormend',
      roleMeaning: 'De raad neemt het besluit.',
      explanation: null,
      explanationLang: undefined,
      untranslated: false,
      motions: [],
    });
    expect(plan?.council).toMatchObject({ roleLabel: 'Kaderstellend', explanation: timeline.phases[1]?.council_role_explanation });
    expect(plan?.council.motions).toEqual([
      {
        id: motion?.id,
        href: `/projecten/park/gemeenteraad/#motion-${motion?.id}`,
        name: `Amendement ${motion?.reference}`,
        title: motion?.title,
        titleLang: undefined,
        resultLabel: 'Aangenomen',
      },
    ]);
  });

  it('says per council moment whether a committee or the council met, and when it started', () => {
    const [moment] = buildProjectPage(timeline, 'nl').council.moments;
    // The fixture's body is hostile text that does not say which kind of meeting it is: the page says it.
    expect(moment?.kindNote).toBe('gemeenteraad');
    expect(moment?.when).toEqual({ datetime: '2026-05-12T17:30:00.000Z', text: '12 mei 2026, 19:30' });
    const committee = {
      ...timeline,
      council_moments: timeline.council_moments.map((m) => ({
        ...m,
        meeting_kind: 'committee' as const,
        starts_at: null,
        outcome: 'noted' as const,
      })),
    };
    expect(buildProjectPage(committee, 'en').council.moments[0]).toMatchObject({
      kindNote: 'committee',
      when: { datetime: '2026-05-12', text: '12 May 2026' },
      outcomeLabel: 'Noted',
    });
    const named = { ...committee, council_moments: committee.council_moments.map((m) => ({ ...m, body: 'Commissie Ruimte' })) };
    expect(buildProjectPage(named, 'nl').council.moments[0]?.kindNote).toBeNull();
  });

  it('puts each motion and amendment under its council moment in one line: a link to it on the council page, and its result', () => {
    const view = buildProjectPage(timeline, 'nl');
    const [moment] = view.council.moments;
    const [source] = timeline.motions;
    expect(view.council.href).toBe('/projecten/park/gemeenteraad/');
    expect(moment?.motions).toEqual([
      {
        id: source?.id,
        href: `/projecten/park/gemeenteraad/#motion-${source?.id}`,
        name: `Amendement ${source?.reference}`,
        title: source?.title,
        titleLang: undefined,
        resultLabel: 'Aangenomen',
        resultSentence: 'Aangenomen met 3 stemmen voor en 1 tegen.',
      },
    ]);
    // Not the rest of it: that is on the council page.
    expect(JSON.stringify(view.council)).not.toContain(source?.asks);
    const withdrawn = { ...timeline, motions: timeline.motions.map((m) => ({ ...m, result: 'withdrawn' as const, votes: [] })) };
    expect(buildProjectPage(withdrawn, 'en').council.moments[0]?.motions[0]?.resultSentence).toBe('Withdrawn.');
    const elsewhere = {
      ...timeline,
      motions: timeline.motions.map((m) => ({ ...m, council_moment_id: '00000000-0000-4000-8000-0000000000ff' })),
    };
    expect(buildProjectPage(elsewhere, 'nl').council.moments[0]?.motions).toEqual([]);
  });

  it('lists the council information letters in one line each, linking to them on the council page', () => {
    const [source] = timeline.council_letters;
    expect(buildProjectPage(timeline, 'nl').council.letters).toEqual([
      {
        id: source?.id,
        anchor: `council-letter-${source?.id}`,
        href: `/projecten/park/gemeenteraad/#council-letter-${source?.id}`,
        sentOn: { datetime: '2026-05-20', text: '20 mei 2026' },
        reference: source?.reference,
        title: source?.title,
        summary: source?.summary,
        lang: {},
        untranslated: false,
        sourceUrl: source?.source_url,
      },
    ]);
    expect(buildProjectPage(timeline, 'en').council.letters[0]?.href).toBe(`/en/projects/park/council/#council-letter-${source?.id}`);
  });

  it('marks a promise made to the council, and only that one', () => {
    const [toCouncil] = timeline.promises;
    const toResidents = { ...toCouncil, id: '00000000-0000-4000-8000-0000000000ee', made_to: 'residents' } as NonNullable<typeof toCouncil>;
    const view = buildProjectPage({ ...timeline, promises: [toCouncil, toResidents].filter((p) => p !== undefined) }, 'nl');
    expect(view.promises.map((promise) => promise.madeTo === 'council')).toEqual([true, false]);
  });

  it('formats key dates as a range in Dutch time', () => {
    expect(buildProjectPage(timeline, 'nl').keyDates[0]?.when).toBe('1 april 2026, 19:30–21:30');
  });
});
