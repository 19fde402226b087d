// The kinds of record residents see, as portal.publishable_kinds lists them in the database: the one list the
// workspace, the public history and the ledger verifier share. tests/database/public-record.test.ts checks that
// this file and the database agree, field by field.

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
  'key_date',
  'update',
  'lesson',
] as const;
export type PublishableKind = (typeof publishableKinds)[number];

/**
 * The public content of each kind: exactly the fields the ledger hashes (portal.publishable_kinds.content_fields),
 * and which of them are timestamps (hashed in one canonical UTC form, whatever zone a page shows them in).
 */
export const contentFields: Readonly<Record<PublishableKind, { fields: readonly string[]; times?: readonly string[] }>> = {
  project: {
    fields: ['slug', 'title', 'summary', 'theme', 'area', 'status', 'starts_on', 'ends_on', 'council_role', 'council_role_explanation',
      'meetings_held', 'participant_hours', 'budget_eur', 'budget_note'],
  },
  phase: {
    fields: ['position', 'kind', 'title', 'starts_on', 'ends_on', 'participation_level', 'open_for_input', 'fixed_frames', 'time_asked',
      'time_asked_hours', 'results_expected', 'results_expected_on', 'department', 'contact_person_id'],
  },
  person: { fields: ['name', 'job_title', 'department', 'portfolio', 'phone', 'contact_url'] },
  assignment: { fields: ['person_id', 'role', 'since', 'until'] },
  handover: {
    fields: ['handed_over_on', 'from_phase_id', 'to_phase_id', 'from_department', 'to_department', 'from_person_id', 'to_person_id', 'note'],
  },
  group: { fields: ['name', 'status', 'note'] },
  input_theme: { fields: ['phase_id', 'title', 'you_said', 'times_raised'] },
  decision: { fields: ['phase_id', 'decided_on', 'decided_by', 'title', 'decision', 'rationale', 'input_used', 'source_url', 'responses'] },
  promise: { fields: ['phase_id', 'body', 'made_on', 'made_by', 'context', 'due_on'] },
  promise_status: { fields: ['status', 'changed_at', 'changed_by', 'explanation', 'evidence_url'], times: ['changed_at'] },
  council_moment: {
    fields: ['meets_on', 'body', 'agenda_item', 'proposal', 'outcome', 'outcome_summary', 'differs_from_participation', 'council_reasons',
      'effect_on_promises', 'source_url'],
  },
  key_date: { fields: ['phase_id', 'kind', 'title', 'starts_at', 'ends_at', 'location', 'online_url', 'how_to_join'], times: ['starts_at', 'ends_at'] },
  update: { fields: ['title', 'body_md'] },
  lesson: { fields: ['phase_id', 'category', 'title', 'lesson', 'recorded_on'] },
};
