import { describe, expect, it } from 'vitest';
import type { Phase, ProjectTimeline } from '../../../src/lib/api/project-timeline.ts';
import type { TimelinePromise } from '../../../src/lib/api/promise.ts';
import { buildCatchUp } from '../../../src/lib/catch-up/catch-up.ts';
import { projectTimelineDocument } from '../support/documents.ts';

// A project in its execution phase: vision and plan are done, two decisions were taken, one promise is open,
// one kept, one broken, the council met once and meets again later; one moment to take part lies ahead.
function executionProject(): ProjectTimeline {
  const doc = projectTimelineDocument('uitvoering');
  const [vision, plan] = doc.phases;
  if (!vision || !plan) throw new Error('fixture has fewer than two phases');
  const execution: Phase = {
    ...plan,
    id: '00000000-0000-4000-8000-0000000e0001',
    position: 3,
    kind: 'execution',
    title: 'Uitvoering: bomen planten',
    starts_on: '2026-07-01',
    ends_on: null,
    is_current: true,
    participation_level: 'adviseren',
    open_for_input: 'Welke boomsoorten in de Lindenlaan komen.',
  };
  const basePromise = doc.promises[0];
  if (!basePromise) throw new Error('fixture has no promise');
  const promise = (id: string, status: TimelinePromise['status'], explanation: string | null): TimelinePromise => ({
    ...basePromise,
    id,
    body: `Belofte ${status}`,
    status,
    due_on: status === 'open' ? '2026-10-01' : null,
    history: [
      {
        id: `${id}-status`.slice(0, 36),
        status,
        changed_at: '2026-08-01T10:00:00+00:00',
        changed_by: 'Team',
        explanation,
        evidence_url: null,
      },
    ],
  });
  const council = doc.council_moments[0];
  if (!council) throw new Error('fixture has no council moment');
  const keyDate = doc.key_dates[0];
  if (!keyDate) throw new Error('fixture has no key date');
  return {
    ...doc,
    phases: [vision, { ...plan, ends_on: '2026-06-30', is_current: false }, execution],
    decisions: [
      ...doc.decisions,
      {
        ...doc.decisions[0]!,
        id: '00000000-0000-4000-8000-0000000d0002',
        decided_on: '2026-06-20',
        title: 'Uitvoeringsbesluit',
        rationale: 'Omdat de buurt schaduw wil.',
        input_used: 'Uw voorkeur voor linden is overgenomen.',
      },
    ],
    promises: [
      promise('00000000-0000-4000-8000-0000000b0001', 'open', null),
      promise('00000000-0000-4000-8000-0000000b0002', 'kept', null),
      promise('00000000-0000-4000-8000-0000000b0003', 'broken', 'Het budget was op.'),
      promise('00000000-0000-4000-8000-0000000b0004', 'in_progress', null),
    ],
    council_moments: [
      { ...council, meets_on: '2026-05-12' },
      { ...council, id: '00000000-0000-4000-8000-0000000c0002', meets_on: '2026-12-01', outcome: 'pending' },
    ],
    key_dates: [
      { ...keyDate, id: '00000000-0000-4000-8000-0000000a0001', starts_at: '2026-06-01T17:30:00+00:00', ends_at: null },
      { ...keyDate, id: '00000000-0000-4000-8000-0000000a0003', title: 'Later', starts_at: '2026-11-02T18:00:00+00:00', ends_at: null },
      {
        ...keyDate,
        id: '00000000-0000-4000-8000-0000000a0002',
        title: 'Plantdag',
        starts_at: '2026-09-12T08:00:00+00:00',
        ends_at: '2026-09-12T12:00:00+00:00',
      },
    ],
  };
}

describe('buildCatchUp for a project in execution', () => {
  const doc = executionProject();
  const catchUp = buildCatchUp(doc, 'nl', '2026-09-01');

  it('lists the phases done, oldest first, and the current phase with its level', () => {
    expect(catchUp.phasesDone.map((phase) => phase.kindLabel)).toEqual(['Verkenning', 'Plan maken']);
    expect(catchUp.phasesDone[1]?.period).toBe('1 maart 2026 – 30 juni 2026');
    expect(catchUp.currentPhase).toMatchObject({
      title: 'Uitvoering: bomen planten',
      kindLabel: 'Uitvoering',
      levelLabel: 'Adviseren',
      notStartedYet: false,
      period: 'vanaf 1 juli 2026',
    });
  });

  it('gives every decision with its rationale and what was done with the input', () => {
    expect(catchUp.decisions).toHaveLength(2);
    expect(catchUp.decisions[1]).toMatchObject({
      title: 'Uitvoeringsbesluit',
      decidedOn: { datetime: '2026-06-20', text: '20 juni 2026' },
      rationale: 'Omdat de buurt schaduw wil.',
      inputUsed: 'Uw voorkeur voor linden is overgenomen.',
    });
    expect(catchUp.decisions[1]?.byline).toBe(`Besloten door ${doc.decisions[0]?.decided_by} op 20 juni 2026.`);
  });

  it('splits the promises into open (with in progress), kept, and changed or broken with the explanation', () => {
    expect(catchUp.promises.open.map((promise) => promise.statusLabel)).toEqual(['Open', 'In uitvoering']);
    expect(catchUp.promises.open[0]?.dueLine).toBe('Uiterlijk 1 oktober 2026.');
    expect(catchUp.promises.kept.map((promise) => promise.body)).toEqual(['Belofte kept']);
    expect(catchUp.promises.changed).toHaveLength(1);
    expect(catchUp.promises.changed[0]).toMatchObject({ statusLabel: 'Niet nagekomen', explanation: 'Het budget was op.' });
  });

  it('shows council moments held so far with their outcome, not the ones still to come', () => {
    expect(catchUp.council.map((moment) => moment.meetsOn.text)).toEqual(['12 mei 2026']);
    expect(catchUp.council[0]).toMatchObject({ outcomeLabel: 'Verworpen', differsFromParticipation: true });
  });

  it('says what is open for input in the current phase, and the next moments from today on, soonest first', () => {
    expect(catchUp.openForInput).toMatchObject({ levelLabel: 'Adviseren', openForInput: 'Welke boomsoorten in de Lindenlaan komen.' });
    expect(catchUp.nextMoments.map((moment) => moment.title)).toEqual(['Plantdag', 'Later']);
    expect(catchUp.nextMoments[0]?.when).toBe('12 september 2026, 10:00–14:00');
    expect(buildCatchUp(doc, 'nl', '2026-09-12').nextMoments.map((moment) => moment.title)).toEqual(['Plantdag', 'Later']);
    expect(buildCatchUp(doc, 'nl', '2026-09-13').nextMoments.map((moment) => moment.title)).toEqual(['Later']);
  });

  it('names the contact person and links to the project and its join page', () => {
    expect(catchUp.contact).toMatchObject({ name: doc.people[0]?.name, roleLabel: 'Contactpersoon' });
    expect(catchUp.project).toMatchObject({ path: '/projecten/uitvoering/', joinPath: '/projecten/uitvoering/meedoen/' });
  });

  it('holds plain data only: it survives JSON unchanged (no functions, no dates as objects)', () => {
    expect(JSON.parse(JSON.stringify(catchUp))).toEqual(catchUp);
  });
});

describe('buildCatchUp in English', () => {
  const catchUp = buildCatchUp(executionProject(), 'en', '2026-09-01');

  it('has the labels, dates, headings and paths in English', () => {
    expect(catchUp.currentPhase).toMatchObject({ kindLabel: 'Execution', period: 'from 1 July 2026' });
    expect(catchUp.promises.changed[0]?.statusLabel).toBe('Broken');
    expect(catchUp.decisions[1]?.byline).toMatch(/^Decided by .+ on 20 June 2026\.$/);
    expect(catchUp.headings.decisions).toBe('Decisions');
    expect(catchUp.project.joinPath).toBe('/en/projects/uitvoering/join/');
    expect(catchUp.nextMoments[0]?.kindLabel).toBe('Walk-in session');
  });
});

describe('buildCatchUp with little to tell', () => {
  const base = projectTimelineDocument('leeg');
  const bare: ProjectTimeline = {
    ...base,
    phases: [],
    decisions: [],
    promises: [],
    council_moments: [],
    key_dates: [],
    people: [],
  };

  it('gives empty lists, nulls, and the sentences to show instead', () => {
    const catchUp = buildCatchUp(bare, 'nl', '2026-03-15');
    expect(catchUp).toMatchObject({
      phasesDone: [],
      currentPhase: null,
      decisions: [],
      promises: { open: [], kept: [], changed: [] },
      council: [],
      openForInput: null,
      nextMoments: [],
      contact: null,
    });
    expect(catchUp.empty.decisions).toBe('Er zijn nog geen besluiten genomen.');
    expect(buildCatchUp(bare, 'en', '2026-03-15').empty.nextMoments).toMatch(/^No moments are planned yet/);
  });

  it('has nothing done and the first phase as "not started yet" before the project starts', () => {
    const notStarted = { ...base, phases: base.phases.map((phase) => ({ ...phase, is_current: null })) };
    const catchUp = buildCatchUp(notStarted, 'nl', '2025-12-01');
    expect(catchUp.phasesDone).toEqual([]);
    expect(catchUp.currentPhase).toMatchObject({ id: base.phases[0]?.id, notStartedYet: true });
  });

  it('has nothing open for input in an informing phase, nor once the project is completed', () => {
    const informing = { ...base, phases: base.phases.map((phase) => ({ ...phase, participation_level: 'informeren' as const })) };
    expect(buildCatchUp(informing, 'nl', '2026-03-15').openForInput).toBeNull();
    const completed = { ...base, project: { ...base.project, status: 'completed' as const } };
    expect(buildCatchUp(completed, 'nl', '2026-03-15').openForInput).toBeNull();
    expect(buildCatchUp(base, 'nl', '2026-03-15').openForInput?.openForInput).toBe(base.phases[1]?.open_for_input);
  });

  it('falls back to the current phase contact and then the project lead', () => {
    const phaseContact = buildCatchUp({ ...base, people: [] }, 'nl', '2026-03-15').contact;
    expect(phaseContact?.name).toBe(base.phases[1]?.contact?.name);
    const person = base.people[0]!;
    const leadOnly = {
      ...base,
      people: [{ ...person, name: 'Lead', role: 'project_lead' as const }],
      phases: base.phases.map((phase) => ({ ...phase, contact: null })),
    };
    expect(buildCatchUp(leadOnly, 'en', '2026-03-15').contact).toMatchObject({ name: 'Lead', roleLabel: 'Project lead' });
  });
});
