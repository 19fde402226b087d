// The kinds of record residents see, as portal.publishable_kinds lists them in the database: the one list the
// workspace, the public history and the ledger verifier share, with what the TypeScript side knows of each kind
// besides (where a project's document lists it, which page shows it). tests/database/public-record.test.ts checks
// that this file and the database agree, field by field. Imports nothing, so any code can take it in.

/** Every kind of record that goes through the public workflow (a promise's status change included). */
export const publishableKinds = [
  'project',
  'phase',
  'person',
  'assignment',
  'handover',
  'group',
  'input_theme',
  'decision',
  'promise',
  'promise_status',
  'council_moment',
  'motion',
  'council_letter',
  'key_date',
  'update',
  'lesson',
  'invitation',
] as const;
export type PublishableKind = (typeof publishableKinds)[number];

/**
 * Where a project's document (public.project_timeline, src/lib/api/project-timeline.ts) lists each kind's records:
 * the key of its list; null for what it does not list on its own (the project itself, a person, who is named inside
 * their role, phase or handover, and a promise's status change, in its promise's history). The workspace's
 * staff_project uses the same keys, but for the role assignments (its `assignments`; its `people` are persons).
 * src/lib/api/project-timeline.ts checks that every key is a list of the document.
 */
export const documentLists = {
  project: null,
  phase: 'phases',
  person: null,
  assignment: 'people',
  handover: 'handovers',
  group: 'groups',
  input_theme: 'input_themes',
  decision: 'decisions',
  promise: 'promises',
  promise_status: null,
  council_moment: 'council_moments',
  motion: 'motions',
  council_letter: 'council_letters',
  key_date: 'key_dates',
  update: 'updates',
  lesson: 'lessons',
  invitation: 'invitations',
} as const satisfies Record<PublishableKind, string | null>;
export type DocumentList = NonNullable<(typeof documentLists)[PublishableKind]>;

/**
 * The page of a project that shows each kind's records in full (src/i18n/routes.ts names the pages): the council's
 * own records (its moments, the motions and amendments with the votes per party, the council information letters) on
 * the project's council page, which the project page sums up in a line each and links to; an invitation on the join
 * page; everything else on the project page, a person through their role or phase and a status change in its
 * promise's history. verify-ledger looks for each record on its page; the changes page says a record is on the
 * project page now.
 */
export const recordPages = {
  project: 'project',
  phase: 'project',
  person: 'project',
  assignment: 'project',
  handover: 'project',
  group: 'project',
  input_theme: 'project',
  decision: 'project',
  promise: 'project',
  promise_status: 'project',
  council_moment: 'projectCouncil',
  motion: 'projectCouncil',
  council_letter: 'projectCouncil',
  key_date: 'project',
  update: 'project',
  lesson: 'project',
  invitation: 'projectJoin',
} as const satisfies Record<PublishableKind, 'project' | 'projectCouncil' | 'projectJoin'>;
export type RecordPage = (typeof recordPages)[PublishableKind];

/**
 * The public content of each kind: exactly the fields the ledger hashes (portal.publishable_kinds.content_fields),
 * and which of them are timestamps (hashed in one canonical UTC form, whatever zone a page shows them in).
 * `translations` (the English versions) is hashed only when it is not empty, so content written before English
 * versions existed keeps its hash (hasNoTranslations; portal.record_content does the same).
 */
export const contentFields: Readonly<Record<PublishableKind, { fields: readonly string[]; times?: readonly string[] }>> = {
  project: {
    fields: [
      'slug',
      'title',
      'summary',
      'theme',
      'area',
      'status',
      'starts_on',
      'ends_on',
      'council_role',
      'council_role_explanation',
      'meetings_held',
      'participant_hours',
      'budget_eur',
      'budget_note',
      'translations',
    ],
  },
  phase: {
    fields: [
      'position',
      'kind',
      'title',
      'starts_on',
      'ends_on',
      'participation_level',
      'open_for_input',
      'fixed_frames',
      'time_asked',
      'time_asked_hours',
      'results_expected',
      'results_expected_on',
      'department',
      'contact_person_id',
      'council_role',
      'council_role_explanation',
      'translations',
    ],
  },
  person: { fields: ['name', 'job_title', 'department', 'portfolio', 'phone', 'contact_url', 'translations'] },
  assignment: { fields: ['person_id', 'role', 'since', 'until'] },
  handover: {
    fields: [
      'handed_over_on',
      'from_phase_id',
      'to_phase_id',
      'from_department',
      'to_department',
      'from_person_id',
      'to_person_id',
      'note',
      'translations',
    ],
  },
  group: { fields: ['name', 'status', 'note', 'translations'] },
  input_theme: { fields: ['phase_id', 'title', 'you_said', 'times_raised', 'translations'] },
  decision: {
    fields: [
      'phase_id',
      'decided_on',
      'decided_by',
      'title',
      'decision',
      'rationale',
      'input_used',
      'source_url',
      'responses',
      'translations',
    ],
  },
  promise: { fields: ['phase_id', 'body', 'made_on', 'made_by', 'made_to', 'context', 'due_on', 'translations'] },
  promise_status: { fields: ['status', 'changed_at', 'changed_by', 'explanation', 'evidence_url', 'translations'], times: ['changed_at'] },
  council_moment: {
    fields: [
      'meets_on',
      'starts_at',
      'meeting_kind',
      'body',
      'agenda_item',
      'proposal',
      'outcome',
      'outcome_summary',
      'differs_from_participation',
      'council_reasons',
      'effect_on_promises',
      'source_url',
      'source_id',
      'meeting_source_id',
      'translations',
    ],
    times: ['starts_at'],
  },
  motion: {
    fields: [
      'council_moment_id',
      'phase_id',
      'kind',
      'reference',
      'title',
      'submitted_by',
      'asks',
      'result',
      'result_summary',
      'votes',
      'source_url',
      'source_id',
      'translations',
    ],
  },
  council_letter: { fields: ['phase_id', 'sent_on', 'reference', 'title', 'summary', 'source_url', 'source_id', 'translations'] },
  key_date: {
    fields: ['phase_id', 'kind', 'title', 'starts_at', 'ends_at', 'location', 'online_url', 'how_to_join', 'translations'],
    times: ['starts_at', 'ends_at'],
  },
  update: { fields: ['title', 'body_md', 'translations'] },
  lesson: { fields: ['phase_id', 'category', 'title', 'lesson', 'recorded_on', 'translations'] },
  invitation: { fields: ['key_date_id', 'title', 'body', 'group_name', 'translations'] },
};

/**
 * The text fields of each kind that may have an English version, with the most characters that version may have
 * (portal.publishable_kinds.translatable_fields; tests/database/translations.test.ts checks they agree).
 * `responses.*` stands for a decision's answer to an input theme, translated as `responses.<theme id>`.
 */
export const translatableFields: Readonly<Record<PublishableKind, Readonly<Record<string, number>>>> = {
  project: { title: 200, summary: 2000, theme: 100, area: 100, council_role_explanation: 2000, budget_note: 1000 },
  phase: {
    title: 200,
    open_for_input: 4000,
    fixed_frames: 4000,
    time_asked: 1000,
    results_expected: 1000,
    department: 200,
    council_role_explanation: 2000,
  },
  person: { job_title: 200, department: 200, portfolio: 500 },
  assignment: {},
  handover: { from_department: 200, to_department: 200, note: 4000 },
  group: { name: 200, note: 2000 },
  input_theme: { title: 200, you_said: 4000 },
  decision: { decided_by: 200, title: 200, decision: 4000, rationale: 8000, input_used: 8000, 'responses.*': 4000 },
  promise: { body: 2000, made_by: 200, context: 500 },
  promise_status: { changed_by: 200, explanation: 4000 },
  council_moment: { body: 200, agenda_item: 500, proposal: 4000, outcome_summary: 4000, council_reasons: 8000, effect_on_promises: 4000 },
  motion: { title: 200, submitted_by: 500, asks: 4000, result_summary: 4000 },
  council_letter: { title: 200, summary: 4000 },
  key_date: { title: 200, location: 500, how_to_join: 2000 },
  update: { title: 200, body_md: 20000 },
  lesson: { title: 200, lesson: 4000 },
  invitation: { title: 200, body: 4000 },
};

/** The English versions of a record's texts, as the API gives them: {} or {"en": {"<field>": "<English text>"}}. */
export type Translations = { readonly en?: Readonly<Record<string, string>> };

/**
 * True when a record's translations hold no text: such a record's content is hashed without them.
 *
 * @example
 * hasNoTranslations({}) // => true
 * hasNoTranslations({ en: { title: 'School zone' } }) // => false
 */
export function hasNoTranslations(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'object') return false;
  return Object.keys(value).length === 0;
}
