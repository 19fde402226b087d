import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/lib/api/public-record.ts';
import { buildChangesPage } from '../../../src/lib/history/changes-page.ts';
import { recordMarker } from '../../../src/lib/history/record-marker.ts';
import { organisationDocument, projectTimelineDocument } from '../support/documents.ts';

const organisation = organisationDocument();
const doc = projectTimelineDocument('park', organisation);
const [decision] = doc.decisions;
const [promise] = doc.promises;
if (!decision || !promise) throw new Error('fixture incomplete');

let seq = 0;
function entry(fields: Partial<HistoryEntry> & Pick<HistoryEntry, 'kind' | 'record_id' | 'type' | 'content'>): HistoryEntry {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    version: 1,
    at: `2026-02-${String(seq).padStart(2, '0')}T10:00:00+00:00`,
    title: null,
    promise_id: null,
    approval: 'four_eyes',
    approved_by_role: 'approver',
    reason: null,
    content_hash: 'a'.repeat(64),
    ...fields,
  };
}

const decisionV1 = { title: 'Drempels', rationale: 'Omdat het veiliger is voor kinderen.', decided_on: '2026-02-01' };
const history: HistoryEntry[] = [
  entry({
    kind: 'decision',
    record_id: decision.id,
    type: 'publish',
    title: 'Drempels',
    content: decisionV1,
    approval: 'import',
    approved_by_role: null,
  }),
  entry({
    kind: 'group',
    record_id: '00000000-0000-4000-8000-00000000a001',
    type: 'publish',
    title: 'Jongeren',
    content: { name: 'Jongeren' },
  }),
  entry({
    kind: 'decision',
    record_id: decision.id,
    type: 'revision',
    version: 2,
    title: 'Drempels',
    content: { ...decisionV1, rationale: 'Omdat het veiliger is voor kinderen en ouderen.', decided_on: '2026-02-03' },
  }),
  entry({
    kind: 'group',
    record_id: '00000000-0000-4000-8000-00000000a001',
    type: 'withdrawal',
    title: 'Jongeren',
    content: { name: 'Jongeren' },
    reason: 'Dubbel opgenomen',
    approval: 'single',
    approved_by_role: 'admin',
  }),
  entry({
    kind: 'promise_status',
    record_id: '00000000-0000-4000-8000-00000000b001',
    promise_id: promise.id,
    type: 'status_change',
    title: 'kept',
    content: { status: 'kept' },
    reason: 'Het verslag staat online.',
    approval: 'self',
  }),
];
const view = buildChangesPage({ ...doc, history }, organisation, 'nl');

describe('the changes page', () => {
  it('lists each record once, the one changed last first, with its newest event first', () => {
    expect(view.records.map((record) => record.anchor)).toEqual([
      `record-promise-${promise.id}`,
      'record-group-00000000-0000-4000-8000-00000000a001',
      `record-decision-${decision.id}`,
    ]);
    expect(view.records[2]?.events.map((event) => event.typeLabel)).toEqual(['Gewijzigd', 'Gepubliceerd']);
  });

  it('shows a revision word by word for prose and as before and after for a date', () => {
    const [revision] = view.records[2]?.events ?? [];
    expect(revision?.changes).toEqual([
      { label: 'Datum van het besluit', parts: null, before: '1 februari 2026', after: '3 februari 2026' },
      {
        label: 'Waarom',
        parts: [
          { kind: 'same', text: 'Omdat het veiliger is voor ' },
          { kind: 'removed', text: 'kinderen.' },
          { kind: 'added', text: 'kinderen en ouderen.' },
        ],
        before: 'Omdat het veiliger is voor kinderen.',
        after: 'Omdat het veiliger is voor kinderen en ouderen.',
      },
    ]);
    expect(revision?.ledger).toBe(`Grootboek regel 3, vingerafdruk ${'a'.repeat(12)}`);
  });

  it('says who approved by role and organisation, never by name, and how', () => {
    const events = view.records.flatMap((record) => record.events);
    const approvals = events.map((event) => event.approval);
    expect(approvals).toContain(`Goedgekeurd door een fiatteur van ${organisation.name}, niet door wie het schreef.`);
    expect(approvals).toContain(
      `Goedgekeurd door een fiatteur van ${organisation.name} die er zelf aan schreef: gepubliceerd zonder tweede controle.`,
    );
    expect(approvals).toContain(`Ingetrokken door een beheerder van ${organisation.name}.`);
    expect(approvals).toContain('Stond al op de website toen het grootboek begon. Het grootboek kan niet zeggen wie het toen goedkeurde.');
  });

  it('keeps a withdrawal with its reason, and says the record is no longer on the page', () => {
    const group = view.records[1];
    expect(group?.state).toBe('Is ingetrokken en staat niet meer op de projectpagina.');
    expect(group?.events[0]?.reason).toEqual({ label: 'Reden', text: 'Dubbel opgenomen' });
  });

  it('puts a status change under its promise, with the explanation', () => {
    const [status] = view.records[0]?.events ?? [];
    expect(status).toMatchObject({
      typeLabel: 'Status veranderd',
      status: 'Nieuwe status: Nagekomen',
      reason: { label: 'Uitleg', text: 'Het verslag staat online.' },
    });
  });
});

describe('the markers on the project page', () => {
  it('mark a record changed since it first went public, and one published without a second check', () => {
    const marker = recordMarker(
      'decision',
      { id: 'd1', version: 2, revised_at: '2026-03-05T18:30:00Z', self_approved: true },
      'park',
      'en',
    );
    expect(marker).toEqual({
      key: 'decision:d1',
      changed: {
        text: 'Changed on 5 March 2026, 19:30',
        linkText: 'see what changed',
        href: '/en/projects/park/changes/#record-decision-d1',
      },
      selfApproved: 'Published without a second check: the organisation allows someone to approve their own text.',
    });
    expect(recordMarker('update', { id: 'u1', version: 1, revised_at: null, self_approved: false }, 'park', 'nl')).toEqual({
      key: 'update:u1',
      changed: null,
      selfApproved: null,
    });
  });
});

describe('the changes page of the council records', () => {
  const [motion] = doc.motions;
  const [moment] = doc.council_moments;
  if (!motion || !moment) throw new Error('fixture incomplete');
  const v1 = { council_moment_id: moment.id, kind: 'amendment', result: 'pending', votes: [], title: 'Meer bomen' };
  const v2 = {
    ...v1,
    result: 'adopted',
    votes: [
      { party: 'Lokaal', for: 9, against: 2 },
      { party: 'VVD', for: 0, against: 6 },
    ],
  };
  const councilHistory: HistoryEntry[] = [
    entry({ kind: 'motion', record_id: motion.id, type: 'publish', title: 'Meer bomen', content: v1 }),
    entry({ kind: 'motion', record_id: motion.id, type: 'revision', version: 2, title: 'Meer bomen', content: v2 }),
  ];
  const page = buildChangesPage({ ...doc, history: councilHistory }, organisation, 'nl');
  const [published, revised] = [...(page.records[0]?.events ?? [])].reverse();

  it('says a motion in words: its kind, result, the moment it was voted on, and the votes per party', () => {
    expect(published?.content).toEqual(
      expect.arrayContaining([
        { label: 'Behandeld bij', value: moment.agenda_item },
        { label: 'Soort', value: 'Amendement' },
        { label: 'Uitslag', value: 'Nog niet gestemd' },
        { label: 'Stemmen per partij', value: '(leeg)' },
      ]),
    );
    expect(revised?.changes).toEqual([
      { label: 'Uitslag', parts: null, before: 'Nog niet gestemd', after: 'Aangenomen' },
      { label: 'Stemmen per partij', parts: null, before: '(leeg)', after: 'Lokaal: 9 voor, 2 tegen\nVVD: 0 voor, 6 tegen' },
    ]);
  });

  it('has a label in both languages for every public field of every kind', async () => {
    const { contentFields } = await import('../../../src/lib/records/kinds.ts');
    const { dictionaryFor } = await import('../../../src/i18n/index.ts');
    for (const locale of ['nl', 'en'] as const) {
      const labels = dictionaryFor(locale).history.fields;
      const missing = Object.entries(contentFields).flatMap(([kind, spec]) =>
        spec.fields
          .filter((field) => field !== 'translations' && !labels[`${kind}.${field}`] && !labels[field])
          .map((field) => `${kind}.${field}`),
      );
      expect(missing, locale).toEqual([]);
    }
  });
});
