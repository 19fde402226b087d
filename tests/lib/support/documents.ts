import type { Organisation } from '../../../src/lib/api/organisation.ts';
import type { ProjectCard } from '../../../src/lib/api/project-card.ts';
import type { ProjectTimeline } from '../../../src/lib/api/project-timeline.ts';
import { hostile } from './hostile.ts';

// Valid API documents, shaped as the SQL functions build them, for tests that need a small, fully controlled
// API (the fake server in fake-api.ts). Text fields are hostile by default.

let counter = 0;
/** A fresh uuid-shaped id; stable within a run, distinct per call. */
function id(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

export function organisationDocument(slug = 'fakedam'): Organisation {
  return {
    slug,
    name: hostile('organisation-name'),
    website_url: 'https://fakedam.example/?a=1&b=2',
    council_name: 'Gemeenteraad',
    theme: { '--portal-color-primary': '#1a5e8a', '--portal-font-family': "'Fira Sans', sans-serif" },
  };
}

export function projectCardDocument(slug: string): ProjectCard {
  return {
    slug,
    title: hostile(`${slug}-title`),
    summary: hostile(`${slug}-summary`),
    theme: hostile('theme'),
    area: hostile('area'),
    status: 'running',
    starts_on: '2026-01-05',
    ends_on: null,
    council_role: 'besluitvormend',
    updated_at: '2026-03-01T10:00:00.123456+00:00',
    current_phase: { kind: 'plan', title: hostile('current-phase'), participation_level: 'raadplegen' },
    next_moment: { kind: 'walk_in', title: hostile('next-moment'), starts_at: '2026-04-01T17:30:00+00:00', ends_at: null },
    open_for_input: true,
  };
}

/** The version markers of a record published once, by a second person. */
export const published = { version: 1, revised_at: null, self_approved: false } as const;

export function projectTimelineDocument(slug: string, organisation = organisationDocument()): ProjectTimeline {
  const planPhase = id();
  const decision = id();
  const promise = id();
  const councilMoment = id();
  const person = {
    id: id(),
    name: hostile('person-name'),
    job_title: hostile('job-title'),
    department: hostile('person-department'),
    portfolio: null,
    phone: '+31 (0)20 123 4567',
    contact_url: 'https://fakedam.example/contact?x="1"&y=<2>'.replace(/[<>"]/g, ''),
  };
  const { id: personId, ...card } = person;
  return {
    generated_at: '2026-03-01T10:00:00.123456+00:00',
    ledger_head: null,
    organisation,
    project: {
      id: id(),
      slug,
      title: hostile(`${slug}-title`),
      summary: hostile(`${slug}-summary`),
      theme: hostile('theme'),
      area: hostile('area'),
      status: 'running',
      starts_on: '2026-01-05',
      ends_on: null,
      council_role: 'besluitvormend',
      council_role_explanation: hostile('council-role-explanation'),
      published_at: '2026-01-05T09:00:00+00:00',
      updated_at: '2026-03-01T10:00:00+00:00',
      investment: { meetings_held: 2, participant_hours: 6, budget_eur: 12500.5, budget_note: null },
      ...published,
    },
    people: [
      { ...card, id: id(), person_id: personId, role: 'contact', since: '2026-01-05', until: null, ...published },
      {
        ...card,
        id: id(),
        person_id: id(),
        name: hostile('alderman-name'),
        role: 'alderman',
        since: '2026-01-05',
        until: null,
        ...published,
      },
    ],
    phases: [
      {
        id: id(),
        position: 1,
        kind: 'vision',
        title: hostile('vision-phase'),
        starts_on: '2026-01-05',
        ends_on: '2026-02-28',
        is_current: false,
        participation_level: 'informeren',
        open_for_input: hostile('vision-open-for-input'),
        fixed_frames: hostile('vision-fixed-frames'),
        time_asked: hostile('vision-time-asked'),
        time_asked_hours: null,
        results_expected: hostile('vision-results-expected'),
        results_expected_on: null,
        department: hostile('vision-department'),
        contact_person_id: null,
        contact: null,
        council_role: null,
        council_role_explanation: null,
        ...published,
      },
      {
        id: planPhase,
        position: 2,
        kind: 'plan',
        title: hostile('plan-phase'),
        starts_on: '2026-03-01',
        ends_on: '2026-06-30',
        is_current: true,
        participation_level: 'raadplegen',
        open_for_input: hostile('plan-open-for-input'),
        fixed_frames: hostile('plan-fixed-frames'),
        time_asked: hostile('plan-time-asked'),
        time_asked_hours: 1.5,
        results_expected: hostile('plan-results-expected'),
        results_expected_on: '2026-07-15',
        department: hostile('plan-department'),
        contact_person_id: personId,
        contact: person,
        council_role: 'kaderstellend',
        council_role_explanation: hostile('phase-council-role'),
        ...published,
      },
    ],
    handovers: [],
    decisions: [
      {
        id: decision,
        phase_id: planPhase,
        decided_on: '2026-02-20',
        decided_by: hostile('decided-by'),
        title: hostile('decision-title'),
        decision: hostile('decision-text'),
        rationale: hostile('decision-rationale'),
        input_used: hostile('decision-input-used'),
        source_url: 'https://fakedam.example/besluit?id=1&x=2',
        published_at: '2026-02-21T08:00:00+00:00',
        responses: [],
        ...published,
      },
    ],
    input_themes: [
      {
        id: id(),
        phase_id: planPhase,
        title: hostile('input-theme'),
        you_said: hostile('you-said'),
        times_raised: 3,
        responses: [{ decision_id: decision, we_did: hostile('we-did') }],
        ...published,
      },
    ],
    promises: [
      {
        id: promise,
        phase_id: planPhase,
        body: hostile('promise-body'),
        made_on: '2026-02-01',
        made_by: hostile('promise-made-by'),
        made_to: 'council',
        context: hostile('promise-context'),
        due_on: '2026-02-15',
        status: 'broken',
        is_overdue: false,
        history: [
          {
            id: id(),
            status: 'broken',
            changed_at: '2026-02-16T09:00:00+00:00',
            changed_by: hostile('promise-changed-by'),
            explanation: hostile('promise-explanation'),
            evidence_url: null,
          },
        ],
        ...published,
      },
    ],
    council_moments: [
      {
        id: councilMoment,
        meets_on: '2026-05-12',
        starts_at: '2026-05-12T17:30:00+00:00',
        meeting_kind: 'council',
        body: hostile('council-body'),
        agenda_item: hostile('agenda-item'),
        proposal: hostile('proposal'),
        outcome: 'rejected',
        outcome_summary: hostile('outcome-summary'),
        differs_from_participation: true,
        council_reasons: hostile('council-reasons'),
        effect_on_promises: hostile('effect-on-promises'),
        source_url: null,
        source_id: 'ori-agenda-1',
        meeting_source_id: 'ori-meeting-1',
        ...published,
      },
    ],
    motions: [
      {
        id: id(),
        council_moment_id: councilMoment,
        phase_id: planPhase,
        kind: 'amendment',
        reference: hostile('motion-reference').slice(0, 50),
        title: hostile('motion-title'),
        submitted_by: hostile('motion-submitted-by'),
        asks: hostile('motion-asks'),
        result: 'adopted',
        result_summary: hostile('motion-result'),
        votes: [{ party: hostile('motion-party'), for: 3, against: 1 }],
        source_url: null,
        source_id: null,
        ...published,
      },
    ],
    council_letters: [
      {
        id: id(),
        phase_id: planPhase,
        sent_on: '2026-05-20',
        reference: null,
        title: hostile('letter-title'),
        summary: hostile('letter-summary'),
        source_url: null,
        source_id: null,
        ...published,
      },
    ],
    updates: [
      {
        id: id(),
        title: hostile('update-title'),
        body_md: `${hostile('update-body')}\n\n[klik](javascript:alert(1)) <b>vet</b>`,
        published_at: '2026-02-02T12:00:00+00:00',
        ...published,
      },
    ],
    key_dates: [
      {
        id: id(),
        phase_id: planPhase,
        kind: 'walk_in',
        title: hostile('key-date-title'),
        starts_at: '2026-04-01T17:30:00+00:00',
        ends_at: '2026-04-01T19:30:00+00:00',
        location: hostile('key-date-location'),
        online_url: null,
        how_to_join: hostile('how-to-join'),
        ...published,
      },
    ],
    groups: [{ id: id(), name: hostile('group'), status: 'gap', note: hostile('group-note'), ...published }],
    lessons: [],
    withdrawn: [],
    history: [],
    timeline: [{ kind: 'phase_start', at: '2026-01-04T23:00:00+00:00', ref_id: planPhase, title: hostile('timeline-title') }],
    invitations: [],
    check: {
      as_of: '2026-03-01',
      results: [
        {
          rule: 'expectations_current_phase',
          key: 1,
          state: 'met',
          facts: { phase_id: planPhase, missing: [] },
          records: [{ kind: 'phase', id: planPhase }],
        },
        {
          rule: 'promises_on_time',
          key: 2,
          state: 'open',
          facts: { due_passed: 1, overdue: 1 },
          records: [{ kind: 'promise', id: promise, due_on: '2026-02-01' }],
        },
        { rule: 'lessons_recorded', key: 6, state: 'not_applicable', facts: { phases_ended: 0, without_lesson: 0 }, records: [] },
      ],
      series: [
        { month: '2026-01', open: [] },
        { month: '2026-02', open: ['promises_on_time'] },
      ],
    },
  };
}
