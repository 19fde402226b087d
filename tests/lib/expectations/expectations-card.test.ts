import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../../src/i18n/index.ts';
import type { KeyDate } from '../../../src/lib/api/project-timeline.ts';
import { buildExpectations, expectationPhase, nextKeyDate } from '../../../src/lib/expectations/expectations-card.ts';
import { projectTimelineDocument, published } from '../support/documents.ts';

describe('buildExpectations', () => {
  const doc = projectTimelineDocument('verwachtingen');
  const now = new Date('2026-03-15T12:00:00Z');
  const current = doc.phases.find((phase) => phase.is_current === true);
  if (!current) throw new Error('fixture has no current phase');

  it('describes the current phase: what is open, what is fixed, the level and its promise, time asked, when you hear back', () => {
    const card = buildExpectations(doc, 'nl', now);
    expect(card).toMatchObject({
      phaseId: current.id,
      phaseTitle: current.title,
      notStartedYet: false,
      levelLabel: dictionaryFor('nl').participationLevel[current.participation_level],
      levelPromise: dictionaryFor('nl').participationPromise[current.participation_level],
      openForInput: current.open_for_input,
      fixedFrames: current.fixed_frames,
      timeAsked: current.time_asked,
      resultsExpected: current.results_expected,
    });
    expect(card?.resultsExpectedOn).toEqual({ datetime: '2026-07-15', text: '15 juli 2026' });
  });

  it('says what the council does in this phase, and links the motions and amendments about it', () => {
    const card = buildExpectations(doc, 'en', now);
    const [motion] = doc.motions;
    expect(card?.council).toMatchObject({
      roleLabel: dictionaryFor('en').councilRole.kaderstellend,
      roleMeaning: dictionaryFor('en').councilRoleMeaning.kaderstellend,
      explanation: current.council_role_explanation,
      explanationLang: 'nl',
    });
    // In full on the project's council page.
    expect(card?.council.motions.map((link) => link.href)).toEqual([`/en/projects/${doc.project.slug}/council/#motion-${motion?.id}`]);
    // Without a role of its own, the phase has the project's; a motion about another phase is not linked here.
    const projectRole = {
      ...doc,
      phases: doc.phases.map((phase) => ({ ...phase, council_role: null, council_role_explanation: null })),
      motions: doc.motions.map((m) => ({ ...m, phase_id: doc.phases[0]?.id ?? null })),
    };
    expect(buildExpectations(projectRole, 'nl', now)?.council).toEqual({
      roleLabel: 'Besluitvormend',
      roleMeaning: 'De raad neemt het besluit.',
      explanation: null,
      explanationLang: undefined,
      untranslated: false,
      motions: [],
    });
  });

  it('writes the hours asked the way each language writes numbers', () => {
    expect(buildExpectations(doc, 'nl', now)?.timeAskedHours).toBe('ongeveer 1,5 uur');
    expect(buildExpectations(doc, 'en', now)?.timeAskedHours).toBe('about 1.5 hours');
    const noHours = { ...doc, phases: doc.phases.map((phase) => ({ ...phase, time_asked_hours: null })) };
    expect(buildExpectations(noHours, 'en', now)?.timeAskedHours).toBeNull();
  });

  it('describes the first phase, and says so, while no phase has started', () => {
    const notStarted = { ...doc, phases: doc.phases.map((phase) => ({ ...phase, is_current: null })) };
    const card = buildExpectations(notStarted, 'en', now);
    expect(card?.notStartedYet).toBe(true);
    expect(card?.phaseId).toBe(doc.phases[0]?.id);
  });

  it('has nothing to say for a project without phases', () => {
    expect(buildExpectations({ ...doc, phases: [] }, 'nl', now)).toBeNull();
    expect(expectationPhase([])).toBeNull();
  });

  it('names the next moment to take part', () => {
    const keyDate = doc.key_dates[0];
    const card = buildExpectations(doc, 'nl', now);
    expect(card?.nextMoment).toEqual({
      id: keyDate?.id,
      kindLabel: 'Inloopbijeenkomst',
      title: keyDate?.title,
      when: '1 april 2026, 19:30–21:30',
      startsAt: '2026-04-01T17:30:00.000Z',
    });
    expect(buildExpectations(doc, 'nl', new Date('2026-05-01T00:00:00Z'))?.nextMoment).toBeNull();
  });
});

describe('nextKeyDate', () => {
  const keyDate = (id: string, startsAt: string, endsAt: string | null): KeyDate => ({
    id,
    phase_id: null,
    kind: 'survey',
    title: id,
    starts_at: startsAt,
    ends_at: endsAt,
    location: null,
    online_url: null,
    how_to_join: 'x',
    ...published,
  });
  const dates = [
    keyDate('past', '2026-01-01T10:00:00Z', null),
    keyDate('running', '2026-02-01T10:00:00Z', '2026-04-01T10:00:00Z'),
    keyDate('coming', '2026-05-01T10:00:00Z', null),
  ];

  it('counts a moment that is still going on as the next one', () => {
    expect(nextKeyDate(dates, new Date('2026-03-01T00:00:00Z'))?.id).toBe('running');
  });

  it('skips what has ended and gives null when nothing is left', () => {
    expect(nextKeyDate(dates, new Date('2026-04-02T00:00:00Z'))?.id).toBe('coming');
    expect(nextKeyDate(dates, new Date('2026-06-01T00:00:00Z'))).toBeNull();
  });
});
