import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { tableFingerprint } from './fingerprint.ts';
import {
  ACTORS,
  ANDERPROJECT,
  asActor,
  callOk,
  callStaff,
  clientFor,
  countAsOwner,
  englishClientFor,
  startFixturePortal,
  TESTDAM,
  TESTPROJECT,
  type Actor,
} from './support.ts';

// The import from Open Raadsinformatie in the database (20261206000200_council_import.sql): the links a project
// follows, and staff_import_council_item, which stores one agenda item with its motions whole or not at all, through
// the staff save functions, and changes nothing when it is given the same again. Called as the importer calls it:
// supabase-js against the stand-in. Every call commits, so each test uses its own agenda item ids.

let portal: LocalSupabase;
const as = {} as Record<Actor, SupabaseClient>;
let englishEditor: SupabaseClient;

beforeAll(async () => {
  portal = await startFixturePortal();
  for (const actor of Object.keys(ACTORS) as Actor[]) as[actor] = await clientFor(portal, actor);
  englishEditor = await englishClientFor(portal, 'editor');
});
afterAll(async () => {
  await portal?.close();
});

function moment(sourceId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    source_id: sourceId,
    meeting_source_id: '2000001',
    meets_on: '2026-12-10',
    starts_at: '2026-12-10T18:30:00.000Z',
    meeting_kind: 'council',
    body: 'Gemeenteraad',
    agenda_item: 'Vaststellen bestemmingsplan Stationsplein',
    proposal: 'Het college stelt de raad voor het bestemmingsplan Stationsplein vast te stellen.',
    ...overrides,
  };
}

function motion(sourceId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    source_id: sourceId,
    kind: 'motion',
    title: 'Motie Bewoners betrekken bij de inrichting',
    submitted_by: 'Lokaal Testdam, GroenLinks-PvdA',
    asks: 'Verzoekt het college om bewoners te betrekken bij het ontwerp van de inrichting.',
    result: 'adopted',
    result_summary: 'Aangenomen met 18 stemmen voor en 9 tegen.',
    votes: [
      { party: 'D66', for: 4, against: 0 },
      { party: 'VVD', for: 0, against: 6 },
    ],
    ...overrides,
  };
}

async function link(sourceId: string, project = TESTPROJECT): Promise<void> {
  await callOk(as.editor, 'staff_link_council_item', { project_id: project, source_id: sourceId });
}

const portalTables = () => tableFingerprint(portal.db, ['portal']);

describe('the links a project follows', () => {
  it('an editor links an agenda item, linking it again changes nothing, the list shows it, and unlinking removes it', async () => {
    const first = await callOk(as.editor, 'staff_link_council_item', { project_id: TESTPROJECT, source_id: '44477' });
    expect(first).toMatchObject({
      project_id: TESTPROJECT,
      project_slug: 'testproject',
      organisation_id: TESTDAM,
      source_id: '44477',
      moment: null,
    });
    const before = await portalTables();
    const again = await callOk(as.editor, 'staff_link_council_item', { project_id: TESTPROJECT, source_id: '44477' });
    expect(again['id']).toBe(first['id']);
    expect(await portalTables()).toEqual(before);

    const listed = (await callOk(as.approver, 'staff_council_links', {})) as unknown as Array<Record<string, unknown>>;
    expect(listed.filter((row) => row['source_id'] === '44477')).toEqual([
      expect.objectContaining({ id: first['id'], project_slug: 'testproject' }),
    ]);
    expect(await callOk(as.editor, 'staff_council_links', { organisation_id: TESTDAM })).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: first['id'] })]),
    );

    expect(await callOk(as.editor, 'staff_unlink_council_item', { project_id: TESTPROJECT, source_id: '44477' })).toEqual({
      project_id: TESTPROJECT,
      source_id: '44477',
      unlinked: true,
    });
    const missing = await callStaff(as.editor, 'staff_unlink_council_item', { project_id: TESTPROJECT, source_id: '44477' });
    expect(missing.status).toBe(404);
    expect(missing.message).toMatch(/niet gekoppeld/);
  });

  it("are the editors' of the project's organisation only: anyone else gets 401 or 404 and sees none", async () => {
    await link('44478');
    const before = await portalTables();
    for (const [actor, status] of [
      ['anon', 401],
      ['outsider', 404],
      ['otherEditor', 404],
    ] as const) {
      for (const fn of ['staff_link_council_item', 'staff_unlink_council_item']) {
        expect((await callStaff(as[actor], fn, { project_id: TESTPROJECT, source_id: '44478' })).status, `${actor} ${fn}`).toBe(status);
      }
    }
    expect(await portalTables()).toEqual(before);
    expect((await callStaff(as.anon, 'staff_council_links', {})).status).toBe(401);
    expect(await callOk(as.outsider, 'staff_council_links', {})).toEqual([]);
    const others = (await callOk(as.otherEditor, 'staff_council_links', {})) as unknown as Array<Record<string, unknown>>;
    expect(others.some((row) => row['organisation_id'] === TESTDAM)).toBe(false);
    expect((await callStaff(as.otherEditor, 'staff_council_links', { organisation_id: TESTDAM })).status).toBe(404);
  });

  it('refuses bad input with a 400 that names the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ project_id: TESTPROJECT }, 'source_id'],
      [{ project_id: TESTPROJECT, source_id: '44 477' }, 'source_id'],
      [{ project_id: TESTPROJECT, source_id: 'x'.repeat(101) }, 'source_id'],
      [{ project_id: TESTPROJECT, source_id: 44477 }, 'source_id'],
      [{ project_id: 'testproject', source_id: '44477' }, 'project_id'],
      [{ project_id: TESTPROJECT, source_id: '44477', created_by: ACTORS.approver.id }, 'created_by'],
    ];
    for (const [input, field] of cases) {
      const outcome = await callStaff(englishEditor, 'staff_link_council_item', input);
      expect([outcome.status, outcome.hint], JSON.stringify(input)).toEqual([400, field]);
      expect(outcome.message).toMatch(/^[A-Z].*\.$/);
    }
    expect((await callStaff(as.editor, 'staff_council_links', { organisation_id: 'testdam' })).hint).toBe('organisation_id');
  });

  it('row level security: staff of another organisation, residents and direct writes get nothing', async () => {
    await link('44479');
    expect((await asActor(portal.db, 'editor', 'select source_id from portal.council_links where source_id = $1', ['44479'])).ok).toBe(
      true,
    );
    expect(await asActor(portal.db, 'otherEditor', 'select 1 from portal.council_links')).toMatchObject({ ok: true, rows: [] });
    expect(await asActor(portal.db, 'outsider', 'select 1 from portal.council_links')).toMatchObject({ ok: true, rows: [] });
    expect(await asActor(portal.db, 'anon', 'select 1 from portal.council_links')).toMatchObject({ ok: false, code: '42501' });
    // The editor adds links only to the own organisation's projects, in the own name, and never edits one.
    expect(
      await asActor(portal.db, 'editor', 'insert into portal.council_links (project_id, source_id, created_by) values ($1, $2, $3)', [
        ANDERPROJECT,
        '44480',
        ACTORS.editor.id,
      ]),
    ).toMatchObject({ ok: false, code: '42501' });
    expect(
      await asActor(portal.db, 'editor', 'insert into portal.council_links (project_id, source_id, created_by) values ($1, $2, $3)', [
        TESTPROJECT,
        '44480',
        ACTORS.approver.id,
      ]),
    ).toMatchObject({ ok: false, code: '42501' });
    expect(
      await asActor(portal.db, 'editor', 'update portal.council_links set source_id = $1 where source_id = $2', ['44481', '44479']),
    ).toMatchObject({ ok: false, code: '42501' });
    expect(await asActor(portal.db, 'otherEditor', 'delete from portal.council_links where source_id = $1', ['44479'])).toMatchObject({
      ok: true,
      affected: 0,
    });
  });
});

describe('staff_import_council_item', () => {
  it('creates the council moment and its motions as drafts in one call, and the same call again changes nothing', async () => {
    await link('3100001');
    const input = {
      project_id: TESTPROJECT,
      moment: moment('3100001'),
      motions: [motion('4100001'), motion('4100002', { kind: 'amendment', result: 'rejected', result_summary: null })],
    };
    const created = await callOk(as.editor, 'staff_import_council_item', input);
    expect(created).toMatchObject({
      moment: 'created',
      motions: [
        { source_id: '4100001', state: 'created' },
        { source_id: '4100002', state: 'created' },
      ],
    });
    const { rows: moments } = await portal.db.query<Record<string, unknown>>(
      `select id, publication, author_id, meets_on::text, starts_at = '2026-12-10T19:30:00+01:00' as starts_right, meeting_kind, body, agenda_item,
              source_id, meeting_source_id, outcome from portal.council_moments where project_id = $1 and source_id = '3100001'`,
      [TESTPROJECT],
    );
    expect(moments).toEqual([
      expect.objectContaining({
        id: created['moment_id'],
        publication: 'draft',
        author_id: ACTORS.editor.id,
        meets_on: '2026-12-10',
        starts_right: true,
        meeting_kind: 'council',
        body: 'Gemeenteraad',
        meeting_source_id: '2000001',
        outcome: 'pending',
      }),
    ]);
    const { rows: motions } = await portal.db.query<Record<string, unknown>>(
      'select source_id, kind, result, votes, publication, council_moment_id from portal.council_motions where source_id in ($1, $2) order by source_id',
      ['4100001', '4100002'],
    );
    expect(motions).toEqual([
      {
        source_id: '4100001',
        kind: 'motion',
        result: 'adopted',
        votes: [
          { party: 'D66', for: 4, against: 0 },
          { party: 'VVD', for: 0, against: 6 },
        ],
        publication: 'draft',
        council_moment_id: created['moment_id'],
      },
      {
        source_id: '4100002',
        kind: 'amendment',
        result: 'rejected',
        votes: [
          { party: 'D66', for: 4, against: 0 },
          { party: 'VVD', for: 0, against: 6 },
        ],
        publication: 'draft',
        council_moment_id: created['moment_id'],
      },
    ]);
    const audited = await countAsOwner(portal.db, 'select 1 from portal.audit_log');
    const before = await portalTables();

    const again = await callOk(as.editor, 'staff_import_council_item', input);
    expect(again).toMatchObject({
      moment: 'unchanged',
      moment_id: created['moment_id'],
      motions: [{ state: 'unchanged' }, { state: 'unchanged' }],
    });
    // No row, updated_at, revision or audit row changed: every table of schema portal is as it was.
    expect(await portalTables()).toEqual(before);
    expect(await countAsOwner(portal.db, 'select 1 from portal.audit_log')).toBe(audited);
    // The same values written another way (a time in another zone, spaces around a text) are the same values.
    const respelled = { ...input, moment: moment('3100001', { starts_at: '2026-12-10T19:30:00+01:00', body: '  Gemeenteraad ' }) };
    expect(await callOk(as.editor, 'staff_import_council_item', respelled)).toMatchObject({ moment: 'unchanged' });
    expect(await portalTables()).toEqual(before);
  });

  it("is for the editors of the project's organisation: residents, outsiders and other organisations get 401 or 404 and nothing is written", async () => {
    await link('3100002');
    const input = { project_id: TESTPROJECT, moment: moment('3100002'), motions: [motion('4100003')] };
    const before = await portalTables();
    for (const [actor, status] of [
      ['anon', 401],
      ['outsider', 404],
      ['otherEditor', 404],
    ] as const) {
      expect((await callStaff(as[actor], 'staff_import_council_item', input)).status, actor).toBe(status);
    }
    expect((await callStaff(as.otherEditor, 'staff_import_council_item', { ...input, project_id: ANDERPROJECT })).hint).toBe(
      'moment.source_id',
    );
    expect(await portalTables()).toEqual(before);
  });

  it('refuses bad input with a 400 naming the field within the import, and keeps nothing of it', async () => {
    await link('3100003');
    const valid = { project_id: TESTPROJECT, moment: moment('3100003'), motions: [motion('4100004'), motion('4100005')] };
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['no moment', { project_id: TESTPROJECT, motions: [] }, 'moment'],
      ['a moment that is text', { ...valid, moment: 'punt 7' }, 'moment'],
      ['an agenda item too long', { ...valid, moment: moment('3100003', { agenda_item: 'a'.repeat(501) }) }, 'moment.agenda_item'],
      ['a start on another day', { ...valid, moment: moment('3100003', { starts_at: '2026-12-11T19:30:00+01:00' }) }, 'moment.starts_at'],
      ['no kind of meeting', { ...valid, moment: moment('3100003', { meeting_kind: undefined }) }, 'moment.meeting_kind'],
      ['an outcome, which staff write', { ...valid, moment: moment('3100003', { outcome: 'adopted' }) }, 'moment.outcome'],
      ['an item that is not linked', { ...valid, moment: moment('3100099') }, 'moment.source_id'],
      ['motions that are not a list', { ...valid, motions: { source_id: '4100004' } }, 'motions'],
      [
        '101 motions',
        { ...valid, motions: Array.from({ length: 101 }, (_, n) => motion(`41010${String(n).padStart(2, '0')}`)) },
        'motions',
      ],
      ['a motion that is text', { ...valid, motions: [motion('4100004'), 'motie'] }, 'motions.1'],
      ['the same motion twice', { ...valid, motions: [motion('4100004'), motion('4100004')] }, 'motions.1.source_id'],
      [
        'an adopted motion without a summary',
        { ...valid, motions: [motion('4100004'), motion('4100005', { result_summary: null })] },
        'motions.1.result_summary',
      ],
      [
        '1000 votes for a party',
        { ...valid, motions: [motion('4100004'), motion('4100005', { votes: [{ party: 'VVD', for: 1000, against: 0 }] })] },
        'motions.1.votes',
      ],
      [
        'votes without a vote',
        { ...valid, motions: [motion('4100004'), motion('4100005', { result: 'withdrawn', result_summary: null })] },
        'motions.1.votes',
      ],
      [
        'a phase, which staff choose',
        { ...valid, motions: [motion('4100004', { phase_id: '40000000-0000-4000-8000-000000000002' })] },
        'motions.0.phase_id',
      ],
    ];
    const before = await portalTables();
    for (const [what, input, field] of cases) {
      const outcome = await callStaff(englishEditor, 'staff_import_council_item', input);
      expect([outcome.status, outcome.hint], what).toEqual([400, field]);
      expect(outcome.message, what).toMatch(/^[A-Z].*\.$/);
    }
    // Nothing half-imported: not the moment, not the motions before the one that was refused.
    expect(await portalTables()).toEqual(before);
    expect(await countAsOwner(portal.db, `select 1 from portal.council_moments where source_id = '3100003'`)).toBe(0);
    expect(await callOk(as.editor, 'staff_import_council_item', valid)).toMatchObject({ moment: 'created' });
  });

  it('updates a draft in place when ORI changed, and keeps what staff wrote', async () => {
    await link('3100004');
    const input = { project_id: TESTPROJECT, moment: moment('3100004'), motions: [motion('4100006')] };
    const created = await callOk(as.editor, 'staff_import_council_item', input);
    const momentId = created['moment_id'] as string;
    const motionId = (created['motions'] as Array<{ id: string }>)[0]!.id;
    // Staff write the outcome and their own account of the motion, and add a link.
    const saved = await callOk(as.approver, 'staff_save_council_moment', {
      ...moment('3100004'),
      id: momentId,
      project_id: TESTPROJECT,
      outcome: 'adopted',
      outcome_summary: 'De raad stelde het plan vast.',
      effect_on_promises: 'De toezegging over meer groen staat in het plan.',
      source_url: 'https://testdam.example/raad/punt-7',
      translations: { en: { agenda_item: 'Adoption of the Stationsplein zoning plan' } },
    });
    const motionSaved = await callOk(as.approver, 'staff_save_motion', {
      ...motion('4100006'),
      id: motionId,
      project_id: TESTPROJECT,
      council_moment_id: momentId,
      phase_id: '40000000-0000-4000-8000-000000000002',
      result_summary: 'Bewoners praten mee over de inrichting van het plein.',
    });

    const changed = { ...input, moment: moment('3100004', { agenda_item: 'Vaststellen bestemmingsplan Stationsplein (gewijzigd)' }) };
    expect(await callOk(as.editor, 'staff_import_council_item', changed)).toMatchObject({
      moment: 'updated',
      motions: [{ state: 'unchanged' }],
    });
    const { rows } = await portal.db.query<Record<string, unknown>>(
      `select agenda_item, outcome, outcome_summary, effect_on_promises, source_url, translations, publication, updated_at > $2::timestamptz as touched
         from portal.council_moments where id = $1`,
      [momentId, saved['updated_at']],
    );
    expect(rows[0]).toEqual({
      agenda_item: 'Vaststellen bestemmingsplan Stationsplein (gewijzigd)',
      outcome: 'adopted',
      outcome_summary: 'De raad stelde het plan vast.',
      effect_on_promises: 'De toezegging over meer groen staat in het plan.',
      source_url: 'https://testdam.example/raad/punt-7',
      translations: { en: { agenda_item: 'Adoption of the Stationsplein zoning plan' } },
      publication: 'draft',
      touched: true,
    });

    // A motion whose votes changed keeps the staff's summary and phase; a new result brings the import's summary.
    const recounted = {
      ...changed,
      motions: [
        motion('4100006', {
          votes: [
            { party: 'D66', for: 4, against: 0 },
            { party: 'VVD', for: 1, against: 5 },
          ],
        }),
      ],
    };
    expect(await callOk(as.editor, 'staff_import_council_item', recounted)).toMatchObject({
      moment: 'unchanged',
      motions: [{ state: 'updated' }],
    });
    const motionRow = async () =>
      (
        await portal.db.query<Record<string, unknown>>(
          'select result, result_summary, phase_id, votes, updated_at > $2::timestamptz as touched from portal.council_motions where id = $1',
          [motionId, motionSaved['updated_at']],
        )
      ).rows[0];
    expect(await motionRow()).toMatchObject({
      result: 'adopted',
      result_summary: 'Bewoners praten mee over de inrichting van het plein.',
      phase_id: '40000000-0000-4000-8000-000000000002',
      touched: true,
    });
    const rejected = {
      ...changed,
      motions: [motion('4100006', { result: 'rejected', result_summary: 'Verworpen met 9 stemmen voor en 18 tegen.' })],
    };
    expect(await callOk(as.editor, 'staff_import_council_item', rejected)).toMatchObject({ motions: [{ state: 'updated' }] });
    expect(await motionRow()).toMatchObject({
      result: 'rejected',
      result_summary: 'Verworpen met 9 stemmen voor en 18 tegen.',
      phase_id: '40000000-0000-4000-8000-000000000002',
    });
    const before = await portalTables();
    expect(await callOk(as.editor, 'staff_import_council_item', rejected)).toMatchObject({
      moment: 'unchanged',
      motions: [{ state: 'unchanged' }],
    });
    expect(await portalTables()).toEqual(before);
  });

  it('turns a change of a published moment into a pending revision: the public record stays until a second person approves', async () => {
    await link('3100005');
    const input = { project_id: TESTPROJECT, moment: moment('3100005'), motions: [] };
    const created = await callOk(as.editor, 'staff_import_council_item', input);
    const momentId = created['moment_id'] as string;
    await callOk(as.editor, 'staff_submit', { kind: 'council_moment', id: momentId, project_id: TESTPROJECT });
    await callOk(as.approver, 'staff_approve', { kind: 'council_moment', id: momentId, project_id: TESTPROJECT });
    const published = (await portal.db.query<Record<string, unknown>>('select * from portal.council_moments where id = $1', [momentId]))
      .rows[0]!;
    expect(published['publication']).toBe('published');
    const ledger = await countAsOwner(portal.db, 'select 1 from portal.ledger');

    const moved = {
      ...input,
      moment: moment('3100005', {
        meets_on: '2026-12-17',
        starts_at: '2026-12-17T19:30:00+01:00',
        proposal: 'Het voorstel, na de commissie aangepast.',
      }),
    };
    expect(await callOk(as.editor, 'staff_import_council_item', moved)).toMatchObject({ moment: 'updated' });
    // The row residents see is the approved version; the change waits as a revision, written by the import account.
    expect(
      (await portal.db.query<Record<string, unknown>>('select * from portal.council_moments where id = $1', [momentId])).rows[0],
    ).toEqual(published);
    const { rows: revisions } = await portal.db.query<{
      content: Record<string, unknown>;
      state: string;
      contributors: string[];
      updated_at: string;
    }>(`select content, state, contributors, updated_at::text from portal.revisions where kind = 'council_moment' and record_id = $1`, [
      momentId,
    ]);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      state: 'draft',
      contributors: [ACTORS.editor.id],
      content: expect.objectContaining({ meets_on: '2026-12-17', proposal: 'Het voorstel, na de commissie aangepast.' }),
    });
    expect(await countAsOwner(portal.db, 'select 1 from portal.ledger')).toBe(ledger);
    const timeline = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
    const shown = (timeline.data as { council_moments: Array<Record<string, unknown>> }).council_moments.find(
      (row) => row['id'] === momentId,
    );
    expect(shown).toMatchObject({ meets_on: '2026-12-10', proposal: moment('3100005')['proposal'] });

    // Compared with the pending revision (the working version), the same import again changes nothing.
    const before = await portalTables();
    expect(await callOk(as.editor, 'staff_import_council_item', moved)).toMatchObject({ moment: 'unchanged' });
    expect(await portalTables()).toEqual(before);
    expect(
      ((await callOk(as.editor, 'staff_council_links', {})) as unknown as Array<Record<string, unknown>>).find(
        (row) => row['source_id'] === '3100005',
      ),
    ).toMatchObject({ moment: { id: momentId, publication: 'published', pending_revision: true, motions: 0 } });
  });
});
