import { describe, expect, it } from 'vitest';
import type { TimelineCouncilMoment } from '../../../src/lib/api/council-moment.ts';
import type { Handover } from '../../../src/lib/api/project-timeline.ts';
import { buildCouncilSummary, nextCouncilMoment } from '../../../src/lib/projects/council-summary.ts';
import { buildWho, handoverFor } from '../../../src/lib/projects/people-summary.ts';
import { buildProjectPage } from '../../../src/lib/projects/project-page.ts';
import { buildPromiseView } from '../../../src/lib/promises/promise-view.ts';
import { buildYouSaidWeDid } from '../../../src/lib/projects/you-said-we-did.ts';
import { projectTimelineDocument, published } from '../support/documents.ts';

const doc = projectTimelineDocument('onderdelen');
function firstOf<T>(rows: readonly T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('the fixture lacks a row this test needs');
  return row;
}
const differing = firstOf(doc.council_moments);

function moment(id: string, meetsOn: string, outcome: TimelineCouncilMoment['outcome'] = 'pending'): TimelineCouncilMoment {
  return { ...differing, id, meets_on: meetsOn, starts_at: null, differs_from_participation: false, council_reasons: null, outcome };
}

describe('buildCouncilSummary: where the council decided differently', () => {
  const now = new Date('2026-03-15T12:00:00Z');

  it('lists every differing outcome with the council’s reasons and what it means for promises', () => {
    const agreeing = moment('00000000-0000-4000-8000-00000000c001', '2026-01-10', 'adopted');
    const summary = buildCouncilSummary({ ...doc, council_moments: [agreeing, differing] }, 'en', now);
    expect(summary.differing).toEqual([
      {
        id: differing.id,
        anchor: `council-moment-${differing.id}`,
        when: { datetime: '2026-05-12T17:30:00.000Z', text: '12 May 2026, 19:30' },
        meetsOn: { datetime: differing.meets_on, text: '12 May 2026' },
        kindNote: 'municipal council',
        body: differing.body,
        agendaItem: differing.agenda_item,
        proposal: differing.proposal,
        outcome: 'rejected',
        outcomeLabel: 'Rejected',
        outcomeSummary: differing.outcome_summary,
        differsFromParticipation: true,
        councilReasons: differing.council_reasons,
        effectOnPromises: differing.effect_on_promises,
        sourceUrl: null,
        // Untranslated: the Dutch text stands in on the English page, marked as Dutch.
        lang: { body: 'nl', agenda_item: 'nl', proposal: 'nl', outcome_summary: 'nl', council_reasons: 'nl', effect_on_promises: 'nl' },
        untranslated: true,
      },
    ]);
    expect(summary.differing[0]?.untranslated).toBe(true);
  });

  it('has no differing outcomes when the council followed participation', () => {
    const followed = { ...doc, council_moments: [{ ...differing, differs_from_participation: false }] };
    expect(buildCouncilSummary(followed, 'nl', now).differing).toEqual([]);
  });

  it('names the council’s role in plain words', () => {
    const summary = buildCouncilSummary(doc, 'nl', now);
    expect(summary.roleLabel).toBe('Besluitvormend');
    expect(summary.roleMeaning).toBe('De raad neemt het besluit.');
    expect(summary.explanation).toBe(doc.project.council_role_explanation);
  });

  it('gives the next council moment that still has to decide, from the build day on', () => {
    const moments = [
      moment('00000000-0000-4000-8000-00000000c010', '2026-03-01', 'adopted'),
      moment('00000000-0000-4000-8000-00000000c011', '2026-03-15', 'adopted'),
      moment('00000000-0000-4000-8000-00000000c012', '2026-04-01'),
    ];
    expect(nextCouncilMoment(moments, '2026-03-15')?.id).toBe('00000000-0000-4000-8000-00000000c012');
    expect(nextCouncilMoment(moments.slice(0, 2), '2026-03-15')?.id).toBe('00000000-0000-4000-8000-00000000c011');
    expect(nextCouncilMoment(moments, '2026-04-02')).toBeNull();
    expect(buildCouncilSummary({ ...doc, council_moments: moments }, 'nl', now).nextMoment?.when.text).toBe('1 april 2026');
  });

  it('never takes a committee meeting for the next decision: a committee discusses, the council decides', () => {
    const committee = { ...moment('00000000-0000-4000-8000-00000000c020', '2026-03-20'), meeting_kind: 'committee' as const };
    const council = moment('00000000-0000-4000-8000-00000000c021', '2026-04-10');
    expect(nextCouncilMoment([committee, council], '2026-03-15')?.id).toBe(council.id);
    expect(nextCouncilMoment([committee], '2026-03-15')).toBeNull();
  });

  it('gives the next decision’s start time where it is known', () => {
    const timed = { ...moment('00000000-0000-4000-8000-00000000c030', '2026-04-01'), starts_at: '2026-04-01T17:30:00+00:00' };
    expect(buildCouncilSummary({ ...doc, council_moments: [timed] }, 'nl', now).nextMoment?.when).toEqual({
      datetime: '2026-04-01T17:30:00.000Z',
      text: '1 april 2026, 19:30',
    });
  });
});

describe('promises: status, due date, overdue flag and history', () => {
  const [promise] = doc.promises;
  if (!promise) throw new Error('fixture has no promise');

  it('gives the full history in words, oldest first', () => {
    const withHistory = {
      ...promise,
      history: [
        {
          id: '00000000-0000-4000-8000-00000000c001',
          status: 'open' as const,
          changed_at: '2026-01-31T23:30:00+00:00',
          changed_by: 'Wethouder',
          explanation: null,
          evidence_url: null,
        },
        {
          id: '00000000-0000-4000-8000-00000000c002',
          status: 'kept' as const,
          changed_at: '2026-03-01T09:00:00+00:00',
          changed_by: 'Projectleider',
          explanation: 'Klaar',
          evidence_url: 'https://x.example/bewijs',
        },
      ],
    };
    expect(buildPromiseView(withHistory, 'en').history).toEqual([
      {
        status: 'open',
        statusLabel: 'Open',
        changedAt: { datetime: '2026-01-31T23:30:00.000Z', text: '1 February 2026, 00:30' },
        changedOn: { datetime: '2026-02-01', text: '1 February 2026' },
        changedBy: 'Wethouder',
        explanation: null,
        evidenceUrl: null,
        lang: { changed_by: 'nl' },
        untranslated: true,
      },
      {
        status: 'kept',
        statusLabel: 'Kept',
        changedAt: { datetime: '2026-03-01T09:00:00.000Z', text: '1 March 2026, 10:00' },
        changedOn: { datetime: '2026-03-01', text: '1 March 2026' },
        changedBy: 'Projectleider',
        explanation: 'Klaar',
        evidenceUrl: 'https://x.example/bewijs',
        lang: { changed_by: 'nl', explanation: 'nl' },
        untranslated: true,
      },
    ]);
  });

  it('passes the API’s overdue flag and due date to the page', () => {
    const overdue = { ...doc, promises: [{ ...promise, status: 'open' as const, is_overdue: true, history: [] }] };
    const [view] = buildProjectPage(overdue, 'nl').promises;
    expect(view).toMatchObject({
      isOverdue: true,
      statusLabel: 'Open',
      dueOn: { datetime: '2026-02-15', text: '15 februari 2026' },
      history: [],
    });
    expect(buildProjectPage(doc, 'nl').promises[0]?.isOverdue).toBe(false);
  });

  it('counts the promises still open for the late joiner', () => {
    const statuses = ['open', 'in_progress', 'kept', 'changed', 'broken'] as const;
    const many = {
      ...doc,
      promises: statuses.map((status, index) => ({ ...promise, id: `00000000-0000-4000-8000-0000000000e${index}`, status })),
    };
    expect(buildProjectPage(many, 'nl').catchUp).toEqual({
      decisions: doc.decisions.length,
      openPromises: 2,
      influenceHref: '#expectations',
    });
  });
});

describe('buildWho', () => {
  const [contact] = doc.people;
  if (!contact) throw new Error('fixture has no contact');

  it('names the one current contact, since when and after which handover', () => {
    const previous = { ...contact, name: 'Vorige', since: '2025-06-01', until: '2026-02-28' };
    const current = { ...contact, name: 'Nieuwe', since: '2026-03-01' };
    const card = (name: string) => ({
      id: '00000000-0000-4000-8000-00000000d001',
      name,
      job_title: 'x',
      department: null,
      portfolio: null,
      phone: null,
      contact_url: null,
    });
    const handover: Handover = {
      id: '00000000-0000-4000-8000-00000000f100',
      handed_over_on: '2026-03-01',
      from_phase_id: null,
      to_phase_id: null,
      from_department: 'Ruimte',
      to_department: 'Uitvoering',
      from_person_id: null,
      to_person_id: null,
      from_person: card('Vorige'),
      to_person: card('Nieuwe'),
      note: 'n',
      ...published,
    };
    const who = buildWho({ ...doc, people: [previous, current, ...doc.people.slice(1)], handovers: [handover] }, 'en');
    expect(who.contact?.person.name).toBe('Nieuwe');
    expect(who.contact?.since.text).toBe('1 March 2026');
    expect(who.contact?.handover).toEqual({
      on: { datetime: '2026-03-01', text: '1 March 2026' },
      fromDepartment: 'Ruimte',
      toDepartment: 'Uitvoering',
    });
    expect(who.alderman?.roleLabel).toBe('Alderman');
    expect(who.projectLead).toBeNull();
    expect(JSON.stringify(who)).not.toMatch(/e-?mail/i);
  });

  it('says there is no contact rather than showing a former one', () => {
    const ended = { ...doc, people: doc.people.map((person) => ({ ...person, until: '2026-01-31' })) };
    expect(buildWho(ended, 'nl').contact).toBeNull();
  });

  it('finds the handover by the day the contact started when no handover names them', () => {
    const onThatDay: Handover = {
      id: '00000000-0000-4000-8000-00000000f200',
      handed_over_on: contact.since,
      from_phase_id: null,
      to_phase_id: null,
      from_department: 'Ruimte',
      to_department: 'Uitvoering',
      from_person_id: null,
      to_person_id: null,
      from_person: null,
      to_person: null,
      ...published,
      note: 'n',
    };
    expect(handoverFor(contact, [onThatDay])).toBe(onThatDay);
    expect(handoverFor(contact, [])).toBeNull();
  });
});

describe('buildYouSaidWeDid', () => {
  it('answers each input theme with the decision that responded, linked in the page', () => {
    const [theme] = buildYouSaidWeDid(doc, 'nl');
    const decision = doc.decisions[0];
    expect(theme?.answers).toEqual([
      {
        decisionId: decision?.id,
        decisionTitle: decision?.title,
        decisionHref: `#decision-${decision?.id}`,
        weDid: doc.input_themes[0]?.responses[0]?.we_did,
      },
    ]);
  });

  it('keeps a theme without an answer, and drops a response to a decision not on the page', () => {
    const unanswered = { ...doc, decisions: [] };
    expect(buildYouSaidWeDid(unanswered, 'nl').map((theme) => theme.answers)).toEqual([[]]);
  });
});

describe('groups and investment', () => {
  it('separates the groups involved from the named gaps', () => {
    const groups = [
      { id: '00000000-0000-4000-8000-00000000e001', name: 'Jongeren', status: 'gap' as const, note: 'Nog niet bereikt', ...published },
      {
        id: '00000000-0000-4000-8000-00000000e002',
        name: 'Ondernemers',
        status: 'involved' as const,
        note: 'Klankbordgroep',
        ...published,
      },
    ];
    expect(buildProjectPage({ ...doc, groups }, 'nl').groups).toMatchObject({
      involved: [{ name: 'Ondernemers', note: 'Klankbordgroep' }],
      gaps: [{ name: 'Jongeren', note: 'Nog niet bereikt' }],
    });
  });

  it('formats the investment per language and says when the budget is not published', () => {
    expect(buildProjectPage(doc, 'nl').investment).toEqual({
      meetingsHeld: '2',
      participantHours: '6',
      budget: '€\u00a012.500,50',
      budgetNote: null,
    });
    expect(buildProjectPage(doc, 'en').investment.budget).toBe('€12,500.50');
    const unpublished = {
      ...doc,
      project: { ...doc.project, investment: { ...doc.project.investment, budget_eur: null, participant_hours: null } },
    };
    expect(buildProjectPage(unpublished, 'en').investment).toMatchObject({ budget: null, participantHours: null });
  });
});
