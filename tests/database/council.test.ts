import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { projectTimelineSchema } from '../../src/lib/api/project-timeline.ts';
import { promiseListSchema } from '../../src/lib/api/promise.ts';
import { callOk, callStaff, clientsFor, startFixturePortal, TESTPROJECT, type Actor } from './support.ts';

// The council's part of the public record, through the real API and database: the council's role per phase,
// committee and council outcomes, motions and amendments with the votes per party, raadsinformatiebrieven, and
// promises made to the council. Each is a draft until a second person approves it, with a version in the ledger.

const PLAN_PHASE = '40000000-0000-4000-8000-000000000002';
const PUBLISHED_MOMENT = '90000000-0000-4000-8000-000000000002';
const DRAFT_MOMENT = '90000000-0000-4000-8000-000000000004';
const PUBLISHED_MOTION = '91000000-0000-4000-8000-000000000001';
const DRAFT_MOTION = '91000000-0000-4000-8000-000000000003';
const DRAFT_LETTER = '92000000-0000-4000-8000-000000000002';

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
beforeAll(async () => {
  portal = await startFixturePortal();
  as = await clientsFor(portal);
});
afterAll(async () => {
  await portal?.close();
});

const MOTION = {
  project_id: TESTPROJECT,
  council_moment_id: PUBLISHED_MOMENT,
  kind: 'motion',
  reference: 'M2026-100',
  title: 'Bankjes langs de route',
  submitted_by: 'De Vries (Lokaal), Ahmed (GroenLinks)',
  asks: 'De raad vraagt het college om elke 200 meter een bankje te plaatsen.',
  result: 'adopted',
  result_summary: 'Er komen bankjes langs de hele route.',
  votes: [
    { party: 'Lokaal', for: 7, against: 0 },
    { party: 'GroenLinks', for: 5, against: 0 },
    { party: 'VVD', for: 0, against: 6 },
  ],
};

async function timeline(): Promise<ReturnType<typeof projectTimelineSchema.parse>> {
  const { data, error } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
  expect(error).toBeNull();
  return projectTimelineSchema.parse(data);
}

async function publish(kind: string, id: string): Promise<void> {
  await callOk(as.editor, 'staff_submit', { kind, id, project_id: TESTPROJECT });
  await callOk(as.approver, 'staff_approve', { kind, id, project_id: TESTPROJECT });
}

async function versions(kind: string, id: string): Promise<string[]> {
  const { rows } = await portal.db.query<{ event: string }>(
    `select event from portal.record_versions where kind = $1 and record_id = $2 order by ledger_seq`,
    [kind, id],
  );
  return rows.map((row) => row.event);
}

describe('a motion or amendment', () => {
  it('is a draft until a second person approves it; then residents see it with the votes per party, and the ledger has it', async () => {
    const saved = await callOk(as.editor, 'staff_save_motion', MOTION);
    expect(saved).toMatchObject({ publication: 'draft', result: 'adopted', votes: MOTION.votes });
    const id = String(saved['id']);
    expect((await timeline()).motions.map((motion) => motion.id)).not.toContain(id);

    await callOk(as.editor, 'staff_submit', { kind: 'motion', id, project_id: TESTPROJECT });
    // The writer cannot approve it.
    expect((await callStaff(as.editor, 'staff_approve', { kind: 'motion', id, project_id: TESTPROJECT })).status).toBe(403);
    await callOk(as.approver, 'staff_approve', { kind: 'motion', id, project_id: TESTPROJECT });

    const shown = (await timeline()).motions.find((motion) => motion.id === id);
    expect(shown).toMatchObject({
      council_moment_id: PUBLISHED_MOMENT,
      title: MOTION.title,
      result: 'adopted',
      votes: MOTION.votes,
      version: 1,
    });
    expect(await versions('motion', id)).toEqual(['publish']);

    // A change after publication is a pending revision: residents keep reading the approved words until it is approved.
    const staffMotions = (await callOk(as.editor, 'staff_project', { project_id: TESTPROJECT }))['motions'] as Array<
      Record<string, unknown>
    >;
    const current = staffMotions.find((motion) => motion['id'] === id)!;
    const revised = await callOk(as.editor, 'staff_save_motion', {
      ...MOTION,
      id,
      title: 'Bankjes en prullenbakken',
      updated_at: current['updated_at'],
    });
    expect(revised).toMatchObject({ pending: { state: 'draft' } });
    expect((await timeline()).motions.find((motion) => motion.id === id)?.title).toBe(MOTION.title);
  });

  it('refuses votes that are not a list of parties with whole numbers for and against, each party once, with a 400 naming votes', async () => {
    const bad: unknown[] = [
      { party: 'Lokaal', for: 7 },
      [{ party: 'Lokaal', for: -1, against: 0 }],
      [{ party: 'Lokaal', for: 1.5, against: 0 }],
      [{ party: 'Lokaal', for: 1000, against: 0 }],
      [{ party: 'Lokaal', for: '7', against: 0 }],
      [{ party: 'Lokaal', for: 7, against: 0, abstained: 1 }],
      [
        { party: 'Lokaal', for: 7, against: 0 },
        { party: 'lokaal', for: 1, against: 0 },
      ],
      [{ party: ' Lokaal', for: 7, against: 0 }],
      [{ party: 'x'.repeat(101), for: 7, against: 0 }],
      [{ party: '', for: 7, against: 0 }],
      'Lokaal 7-0',
    ];
    const {
      rows: [before],
    } = await portal.db.query<{ n: number }>(`select count(*)::int as n from portal.council_motions`);
    for (const votes of bad) {
      const outcome = await callStaff(as.editor, 'staff_save_motion', { ...MOTION, votes });
      expect(outcome, JSON.stringify(votes)).toMatchObject({ status: 400, hint: 'votes' });
      expect(outcome.message).toMatch(/stemmen/i);
    }
    const {
      rows: [after],
    } = await portal.db.query<{ n: number }>(`select count(*)::int as n from portal.council_motions`);
    expect(after?.n).toBe(before?.n);
  });

  it('has votes only when it was voted on, says what an adopted one changed, and belongs to a moment of its own project', async () => {
    expect(await callStaff(as.editor, 'staff_save_motion', { ...MOTION, result: 'held' })).toMatchObject({ status: 400, hint: 'votes' });
    expect(await callStaff(as.editor, 'staff_save_motion', { ...MOTION, result_summary: null })).toMatchObject({
      status: 400,
      hint: 'result_summary',
    });
    expect(await callStaff(as.editor, 'staff_save_motion', { ...MOTION, result: 'bogus' })).toMatchObject({ status: 400, hint: 'result' });
    expect(await callStaff(as.editor, 'staff_save_motion', { ...MOTION, kind: 'petition' })).toMatchObject({ status: 400, hint: 'kind' });
    expect(await callStaff(as.editor, 'staff_save_motion', { ...MOTION, title: 'x'.repeat(201) })).toMatchObject({
      status: 400,
      hint: 'title',
    });
    expect(await callStaff(as.editor, 'staff_save_motion', { ...MOTION, source_id: 'a b' })).toMatchObject({
      status: 400,
      hint: 'source_id',
    });
    expect(await callStaff(as.editor, 'staff_save_motion', { ...MOTION, source_url: 'javascript:alert(1)' })).toMatchObject({
      status: 400,
      hint: 'source_url',
    });
    // Only a moment of the project itself.
    expect(
      await callStaff(as.editor, 'staff_save_motion', { ...MOTION, council_moment_id: '99999999-0000-4000-8000-000000000000' }),
    ).toMatchObject({ status: 400, hint: 'council_moment_id' });
    // Pending, withdrawn and held ones are saved without votes.
    expect(await callOk(as.editor, 'staff_save_motion', { ...MOTION, result: 'withdrawn', votes: [], result_summary: null })).toMatchObject(
      { votes: [] },
    );
  });

  it("is refused by anyone but the project organisation's staff", async () => {
    for (const actor of ['anon', 'outsider', 'otherEditor'] as const) {
      const outcome = await callStaff(as[actor], 'staff_save_motion', MOTION);
      expect([401, 403, 404], `${actor}: ${outcome.status}`).toContain(outcome.status);
    }
  });

  it('cannot be published while its council moment is not public, and keeps that moment from being withdrawn', async () => {
    const onDraft = await callOk(as.editor, 'staff_save_motion', { ...MOTION, council_moment_id: DRAFT_MOMENT, reference: 'M2026-101' });
    await callOk(as.editor, 'staff_submit', { kind: 'motion', id: onDraft['id'], project_id: TESTPROJECT });
    const refused = await callStaff(as.approver, 'staff_approve', { kind: 'motion', id: onDraft['id'], project_id: TESTPROJECT });
    expect(refused).toMatchObject({ status: 409, hint: 'council_moment_id' });

    const withdraw = await callStaff(as.approver, 'staff_unpublish', {
      kind: 'council_moment',
      id: PUBLISHED_MOMENT,
      project_id: TESTPROJECT,
      reason: 'Dubbel.',
    });
    expect(withdraw.status).toBe(409);
    expect(withdraw.message).toMatch(/motie of het amendement/);
    expect((await timeline()).council_moments.map((moment) => moment.id)).toContain(PUBLISHED_MOMENT);
  });

  it('shows residents only what was approved: no draft or awaiting motion in the timeline, in the REST tables or in the history', async () => {
    const doc = await timeline();
    expect(doc.motions.map((motion) => motion.id)).toContain(PUBLISHED_MOTION);
    const text = JSON.stringify(doc);
    for (const marker of ['td-motion-draft', 'td-motion-awaiting', 'td-letter-draft']) expect(text).not.toContain(marker);
    const { data } = await as.anon.schema('portal').from('council_motions').select('id');
    const ids = (data ?? []).map((row: { id: string }) => row.id);
    expect(ids).not.toContain(DRAFT_MOTION);
    const letters = await as.anon.schema('portal').from('council_letters').select('id');
    expect((letters.data ?? []).map((row: { id: string }) => row.id)).not.toContain(DRAFT_LETTER);
    // Who wrote it is staff-only.
    const authors = await as.anon.schema('portal').from('council_motions').select('author_id');
    expect(authors.error).not.toBeNull();
  });
});

describe('a council moment', () => {
  const MOMENT = {
    project_id: TESTPROJECT,
    meets_on: '2027-02-10',
    starts_at: '2027-02-10T19:30:00+01:00',
    meeting_kind: 'committee',
    body: 'Commissie Ruimte',
    agenda_item: 'Bespreking van het plan',
    proposal: 'De commissie bespreekt het plan.',
  };

  it("of a committee discusses and advises: adopting, amending or rejecting is the council's, and ready for a council decision the committee's", async () => {
    for (const outcome of ['adopted', 'amended', 'rejected']) {
      expect(await callStaff(as.editor, 'staff_save_council_moment', { ...MOMENT, outcome, outcome_summary: 'Klaar.' })).toMatchObject({
        status: 400,
        hint: 'outcome',
      });
    }
    expect(
      await callStaff(as.editor, 'staff_save_council_moment', {
        ...MOMENT,
        meeting_kind: 'council',
        outcome: 'ready_for_council',
        outcome_summary: 'Door.',
      }),
    ).toMatchObject({ status: 400, hint: 'outcome' });
    for (const outcome of ['discussed', 'noted', 'ready_for_council', 'postponed']) {
      const saved = await callOk(as.editor, 'staff_save_council_moment', {
        ...MOMENT,
        outcome,
        outcome_summary: 'De commissie sprak erover.',
      });
      expect(saved).toMatchObject({ meeting_kind: 'committee', outcome, publication: 'draft' });
    }
  });

  it('has a start time on its own day, and an agenda item of the council information system once per project', async () => {
    expect(await callStaff(as.editor, 'staff_save_council_moment', { ...MOMENT, starts_at: '2027-02-11T00:30:00+01:00' })).toMatchObject({
      status: 400,
      hint: 'starts_at',
    });
    expect(await callStaff(as.editor, 'staff_save_council_moment', { ...MOMENT, meeting_kind: 'plenary' })).toMatchObject({
      status: 400,
      hint: 'meeting_kind',
    });
    expect(await callStaff(as.editor, 'staff_save_council_moment', { ...MOMENT, source_id: 'item/1' })).toMatchObject({
      status: 400,
      hint: 'source_id',
    });
    const first = await callOk(as.editor, 'staff_save_council_moment', {
      ...MOMENT,
      source_id: 'ori-test-77',
      meeting_source_id: 'ori-meeting-7',
    });
    expect(first).toMatchObject({
      source_id: 'ori-test-77',
      meeting_source_id: 'ori-meeting-7',
      starts_at: expect.stringMatching(/^2027-02-10T18:30:00/),
    });
    expect(await callStaff(as.editor, 'staff_save_council_moment', { ...MOMENT, source_id: 'ori-test-77' })).toMatchObject({
      status: 400,
      hint: 'source_id',
    });
  });

  it('shows residents the kind of meeting, its start and its ids in the council information system', async () => {
    const committee = (await timeline()).council_moments.find((moment) => moment.id === '90000000-0000-4000-8000-000000000006');
    expect(committee).toMatchObject({
      meeting_kind: 'committee',
      outcome: 'ready_for_council',
      source_id: 'ori-td-item-1',
      meeting_source_id: 'ori-td-meeting-1',
    });
    expect(committee?.starts_at).not.toBeNull();
  });
});

describe('a raadsinformatiebrief', () => {
  it('is approved like every record and then on the timeline with its date', async () => {
    const saved = await callOk(as.editor, 'staff_save_council_letter', {
      project_id: TESTPROJECT,
      phase_id: PLAN_PHASE,
      sent_on: '2026-11-20',
      reference: 'RIB 2026-12',
      title: 'Stand van zaken',
      summary: 'Het college vertelt de raad hoe het project ervoor staat.',
      source_url: 'https://raad.testdam.example/rib-2026-12',
      translations: { en: { title: 'Progress report' } },
    });
    expect(saved).toMatchObject({ publication: 'draft', reference: 'RIB 2026-12', translations: { en: { title: 'Progress report' } } });
    await publish('council_letter', String(saved['id']));
    const doc = await timeline();
    expect(doc.council_letters.find((letter) => letter.id === saved['id'])).toMatchObject({
      title: 'Stand van zaken',
      sent_on: '2026-11-20',
    });
    expect(doc.timeline.find((item) => item.ref_id === saved['id'])).toMatchObject({ kind: 'council_letter', title: 'Stand van zaken' });
    expect(await versions('council_letter', String(saved['id']))).toEqual(['publish']);
  });

  it('refuses what is not a letter: no date, no summary, a summary too long, a phase of another project', async () => {
    const base = { project_id: TESTPROJECT, sent_on: '2026-11-20', title: 'Brief', summary: 'Samenvatting.' };
    expect(await callStaff(as.editor, 'staff_save_council_letter', { ...base, sent_on: 'gisteren' })).toMatchObject({
      status: 400,
      hint: 'sent_on',
    });
    expect(await callStaff(as.editor, 'staff_save_council_letter', { ...base, summary: ' ' })).toMatchObject({
      status: 400,
      hint: 'summary',
    });
    expect(await callStaff(as.editor, 'staff_save_council_letter', { ...base, summary: 'x'.repeat(4001) })).toMatchObject({
      status: 400,
      hint: 'summary',
    });
    expect(await callStaff(as.editor, 'staff_save_council_letter', { ...base, reference: 'x'.repeat(51) })).toMatchObject({
      status: 400,
      hint: 'reference',
    });
    expect(
      await callStaff(as.editor, 'staff_save_council_letter', { ...base, phase_id: '99999999-0000-4000-8000-000000000000' }),
    ).toMatchObject({ status: 400, hint: 'phase_id' });
  });
});

describe("the council's role in a phase", () => {
  it('is part of the phase: changed as its revision, public once approved, and refused when it is no role', async () => {
    const {
      rows: [phase],
    } = await portal.db.query<{ updated_at: string }>(`select updated_at::text from portal.phases where id = $1`, [PLAN_PHASE]);
    const staffPhase = (await callOk(as.editor, 'staff_project', { project_id: TESTPROJECT }))['phases'] as Array<Record<string, unknown>>;
    const current = staffPhase.find((item) => item['id'] === PLAN_PHASE)!;
    expect(phase).toBeDefined();
    expect(await callStaff(as.editor, 'staff_save_phase', { ...current, project_id: TESTPROJECT, council_role: 'baas' })).toMatchObject({
      status: 400,
      hint: 'council_role',
    });
    const revised = await callOk(as.editor, 'staff_save_phase', {
      ...current,
      project_id: TESTPROJECT,
      council_role: 'besluitvormend',
      council_role_explanation: 'De raad besluit over het plan.',
    });
    expect(revised).toMatchObject({ pending: { state: 'draft' } });
    expect((await timeline()).phases.find((item) => item.id === PLAN_PHASE)?.council_role).not.toBe('besluitvormend');
    await publish('phase', PLAN_PHASE);
    expect((await timeline()).phases.find((item) => item.id === PLAN_PHASE)).toMatchObject({
      council_role: 'besluitvormend',
      council_role_explanation: 'De raad besluit over het plan.',
    });
  });
});

describe('a promise made to the council', () => {
  it('is a promise like every other, made to the council, on the promises list with its status', async () => {
    const saved = await callOk(as.editor, 'staff_save_promise', {
      project_id: TESTPROJECT,
      body: 'Het college stuurt de raad voor de zomer een evaluatie.',
      made_on: '2026-11-01',
      made_by: 'College van burgemeester en wethouders',
      made_to: 'council',
      context: 'Toezegging in de raadsvergadering',
      due_on: '2027-06-30',
    });
    expect(saved).toMatchObject({ made_to: 'council', status: 'open' });
    expect(await callStaff(as.editor, 'staff_save_promise', { ...saved, made_to: 'wethouder' })).toMatchObject({
      status: 400,
      hint: 'made_to',
    });
    await publish('promise', String(saved['id']));
    const { data } = await as.anon.rpc('list_promises', { org_slug: 'testdam' });
    const listed = promiseListSchema.parse(data).find((promise) => promise.id === saved['id']);
    expect(listed).toMatchObject({ made_to: 'council', made_by: 'College van burgemeester en wethouders', status: 'open' });
    // Without a choice a promise is made to residents, as before.
    const plain = await callOk(as.editor, 'staff_save_promise', {
      project_id: TESTPROJECT,
      body: 'We sturen het verslag.',
      made_on: '2026-11-01',
      made_by: 'Projectleider',
      context: 'Avond',
    });
    expect(plain['made_to']).toBe('residents');
  });
});
