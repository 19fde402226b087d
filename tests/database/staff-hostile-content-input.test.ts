import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { ANDERPROJECT, TESTPROJECT, clientFor, startFixturePortal } from './support.ts';

// Malformed and hostile input for the content write functions (migration 20261128001200), as testdam's editor
// sends it through supabase-js. Each case must be refused with a plain message (400, or 404 where it reaches
// into another organisation), a hint naming the field the workspace shows the message next to, and no change
// to any content table. The last test sends each base input unchanged, so a refusal above is known to come
// from the one bad field and not from a broken base.

const PHASE_PLAN = '40000000-0000-4000-8000-000000000002';
const ANDERPHASE = '40000000-0000-4000-8000-000000000005';
const THEME_ONE = '60000000-0000-4000-8000-000000000001';
const ANDERTHEME = '60000000-0000-4000-8000-0000000000a1';
const ANDERPROMISE = '70000000-0000-4000-8000-000000000008';
const ANDERUPDATE = 'a0000000-0000-4000-8000-000000000006';

const BASE: Record<string, Record<string, unknown>> = {
  staff_save_update: { project_id: TESTPROJECT, id: 'a0000000-0000-4000-8000-000000000003', title: 'Nieuws', body_md: 'Tekst' },
  staff_save_decision: {
    project_id: TESTPROJECT,
    phase_id: PHASE_PLAN,
    decided_on: '2026-11-01',
    decided_by: 'College',
    title: 'Besluit',
    decision: 'Zo',
    rationale: 'Daarom',
    input_used: 'Gebruikt',
    source_url: 'https://testdam.example/besluit',
    responses: [{ input_theme_id: THEME_ONE, we_did: 'Bomen' }],
  },
  staff_save_promise: {
    project_id: TESTPROJECT,
    id: '70000000-0000-4000-8000-000000000006',
    body: 'Verslag',
    made_on: '2026-11-01',
    made_by: 'Wethouder',
    context: 'Avond',
    due_on: '2026-12-01',
  },
  staff_change_promise_status: {
    project_id: TESTPROJECT,
    promise_id: '70000000-0000-4000-8000-000000000001',
    status: 'kept',
    changed_by: 'Projectleider',
    explanation: 'Gedaan',
    evidence_url: 'https://testdam.example/bewijs',
  },
  staff_save_council_moment: {
    project_id: TESTPROJECT,
    meets_on: '2026-12-10',
    body: 'Gemeenteraad',
    agenda_item: 'Punt 7',
    proposal: 'Plan',
    outcome: 'pending',
  },
  staff_save_key_date: {
    project_id: TESTPROJECT,
    id: 'b0000000-0000-4000-8000-000000000003',
    kind: 'meeting',
    title: 'Avond',
    starts_at: '2026-12-05T19:00:00+01:00',
    ends_at: '2026-12-05T21:00:00+01:00',
    location: 'Buurthuis',
    online_url: 'https://testdam.example/live',
    how_to_join: 'Kom langs',
  },
  staff_save_lesson: {
    project_id: TESTPROJECT,
    category: 'planning',
    title: 'Begin eerder',
    lesson: 'Plan ruimer.',
    recorded_on: '2026-11-20',
  },
  staff_save_motion: {
    project_id: TESTPROJECT,
    council_moment_id: '90000000-0000-4000-8000-000000000002',
    kind: 'amendment',
    title: 'Meer bomen',
    submitted_by: 'De Vries (Lokaal)',
    asks: 'Twee bomen extra.',
    result: 'rejected',
    votes: [{ party: 'Lokaal', for: 3, against: 9 }],
  },
  staff_save_council_letter: { project_id: TESTPROJECT, sent_on: '2026-11-20', title: 'Stand van zaken', summary: 'Zo staat het ervoor.' },
};

type Case = { name: string; fn: string; input: unknown; field: string; status: number };
/** A case that changes one field of the function's base input (undefined removes it). */
const bad = (name: string, fn: string, changes: Record<string, unknown>, field: string, status = 400): Case => {
  const input: Record<string, unknown> = { ...BASE[fn], ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete input[key];
  return { name, fn, input, field, status };
};
const long = (n: number) => 'a'.repeat(n);

const CASES: Case[] = [
  { name: 'null input', fn: 'staff_save_update', input: null, field: '', status: 400 },
  { name: 'an array instead of an object', fn: 'staff_save_lesson', input: [BASE.staff_save_lesson], field: '', status: 400 },
  { name: 'a string instead of an object', fn: 'staff_save_promise', input: 'toezegging', field: '', status: 400 },
  bad('title is a number', 'staff_save_update', { title: 42 }, 'title'),
  bad('title is an object', 'staff_save_update', { title: { nl: 'x' } }, 'title'),
  bad('title of 201 characters', 'staff_save_update', { title: long(201) }, 'title'),
  bad('title only whitespace', 'staff_save_lesson', { title: ' \n\t ' }, 'title'),
  bad('title with an escape character', 'staff_save_update', { title: 'Nieuws \u001b[31m rood' }, 'title'),
  bad('body_md of 20001 characters', 'staff_save_update', { body_md: long(20001) }, 'body_md'),
  bad('body_md with a bell character', 'staff_save_update', { body_md: 'Tekst \u0007 met bel' }, 'body_md'),
  bad('body_md missing', 'staff_save_update', { body_md: undefined }, 'body_md'),
  bad('project_id not a uuid', 'staff_save_update', { project_id: 'testproject' }, 'project_id'),
  bad('project_id a number', 'staff_save_lesson', { project_id: 1 }, 'project_id'),
  bad('id not a uuid', 'staff_save_update', { id: "1' or '1'='1" }, 'id'),
  bad('updated_at unreadable', 'staff_save_update', { updated_at: 'gisteren rond vijf' }, 'updated_at'),
  bad('decided_on impossible date', 'staff_save_decision', { decided_on: '2026-13-45' }, 'decided_on'),
  bad('decided_on in Dutch order', 'staff_save_decision', { decided_on: '01-11-2026' }, 'decided_on'),
  bad('decided_on a word', 'staff_save_decision', { decided_on: 'tomorrow' }, 'decided_on'),
  bad('decided_on in the year 0202', 'staff_save_decision', { decided_on: '0202-11-01' }, 'decided_on'),
  bad('source_url javascript:', 'staff_save_decision', { source_url: 'javascript:alert(1)' }, 'source_url'),
  bad('source_url data:', 'staff_save_decision', { source_url: 'data:text/html,<script>alert(1)</script>' }, 'source_url'),
  bad(
    'responses an object instead of a list',
    'staff_save_decision',
    { responses: { input_theme_id: THEME_ONE, we_did: 'x' } },
    'responses',
  ),
  bad(
    "responses pointing at another organisation's theme",
    'staff_save_decision',
    { responses: [{ input_theme_id: ANDERTHEME, we_did: 'x' }] },
    'responses',
  ),
  bad(
    'responses naming a theme twice',
    'staff_save_decision',
    {
      responses: [
        { input_theme_id: THEME_ONE, we_did: 'a' },
        { input_theme_id: THEME_ONE, we_did: 'b' },
      ],
    },
    'responses',
  ),
  bad('responses holding a string', 'staff_save_decision', { responses: ['Bomen'] }, 'responses'),
  bad(
    'responses with an invalid theme id',
    'staff_save_decision',
    { responses: [{ input_theme_id: 'thema-1', we_did: 'x' }] },
    'responses',
  ),
  bad('responses without what we did', 'staff_save_decision', { responses: [{ input_theme_id: THEME_ONE }] }, 'responses'),
  bad('phase of another organisation', 'staff_save_decision', { phase_id: ANDERPHASE }, 'phase_id'),
  bad('due_on before made_on', 'staff_save_promise', { due_on: '2026-10-01' }, 'due_on'),
  bad('made_on a number', 'staff_save_promise', { made_on: 20261101 }, 'made_on'),
  bad('body a list', 'staff_save_promise', { body: ['Verslag'] }, 'body'),
  bad('unknown promise status', 'staff_change_promise_status', { status: 'forgotten' }, 'status'),
  bad('evidence_url javascript:', 'staff_change_promise_status', { evidence_url: 'javascript:alert(document.cookie)' }, 'evidence_url'),
  bad('changed_by of 201 characters', 'staff_change_promise_status', { changed_by: long(201) }, 'changed_by'),
  bad('changed_by missing', 'staff_change_promise_status', { changed_by: undefined }, 'changed_by'),
  bad("another organisation's promise", 'staff_change_promise_status', { promise_id: ANDERPROMISE }, '', 404),
  bad('unknown council outcome', 'staff_save_council_moment', { outcome: 'approved' }, 'outcome'),
  bad(
    'differs_from_participation as text',
    'staff_save_council_moment',
    { differs_from_participation: 'yes' },
    'differs_from_participation',
  ),
  bad('meets_on 30 February', 'staff_save_council_moment', { meets_on: '2026-02-30' }, 'meets_on'),
  bad('proposal of 4001 characters', 'staff_save_council_moment', { proposal: long(4001) }, 'proposal'),
  bad('starts_at without a time zone', 'staff_save_key_date', { starts_at: '2026-12-05T19:00:00' }, 'starts_at'),
  bad('starts_at only a date', 'staff_save_key_date', { starts_at: '2026-12-05' }, 'starts_at'),
  bad('starts_at at 25 o’clock', 'staff_save_key_date', { starts_at: '2026-12-05T25:00:00Z' }, 'starts_at'),
  bad('ends_at before starts_at', 'staff_save_key_date', { ends_at: '2026-12-05T18:00:00+01:00' }, 'ends_at'),
  bad('online_url javascript:', 'staff_save_key_date', { online_url: 'javascript:alert(1)' }, 'online_url'),
  bad('online_url data:', 'staff_save_key_date', { online_url: 'data:text/html;base64,PHNjcmlwdD4=' }, 'online_url'),
  bad('online_url with markup', 'staff_save_key_date', { online_url: 'https://x.example/"><script>' }, 'online_url'),
  bad('unknown key date kind', 'staff_save_key_date', { kind: 'party' }, 'kind'),
  bad('location an object', 'staff_save_key_date', { location: { street: 'Dorpsstraat' } }, 'location'),
  bad('unknown lesson category', 'staff_save_lesson', { category: 'gossip' }, 'category'),
  bad(
    'committee that adopts',
    'staff_save_council_moment',
    { meeting_kind: 'committee', outcome: 'adopted', outcome_summary: 'Ja' },
    'outcome',
  ),
  bad('start time as a number', 'staff_save_council_moment', { starts_at: 1_700_000_000 }, 'starts_at'),
  bad('council information id with a slash', 'staff_save_council_moment', { source_id: '../etc' }, 'source_id'),
  bad('votes as an object', 'staff_save_motion', { votes: { Lokaal: 3 } }, 'votes'),
  bad('votes with a script as a key', 'staff_save_motion', { votes: [{ party: 'Lokaal', for: 3, against: 9, '<script>': 1 }] }, 'votes'),
  bad(
    'motion on a moment that does not exist',
    'staff_save_motion',
    { council_moment_id: '90000000-0000-4000-8000-0000000000ff' },
    'council_moment_id',
  ),
  bad('motion title of 201 characters', 'staff_save_motion', { title: long(201) }, 'title'),
  bad('letter without a title', 'staff_save_council_letter', { title: undefined }, 'title'),
  bad('letter dated 31 April', 'staff_save_council_letter', { sent_on: '2026-04-31' }, 'sent_on'),
  bad('promise made to the press', 'staff_save_promise', { made_to: 'press' }, 'made_to'),
  bad('recorded_on null', 'staff_save_lesson', { recorded_on: null }, 'recorded_on'),
  bad("another organisation's update in testproject", 'staff_save_update', { id: ANDERUPDATE }, '', 404),
  bad("another organisation's project", 'staff_save_lesson', { project_id: ANDERPROJECT }, '', 404),
];

let portal: LocalSupabase;
let editor: SupabaseClient;

beforeAll(async () => {
  portal = await startFixturePortal();
  await portal.db.query(`insert into portal.input_themes (id, project_id, title, you_said) values ($1, $2, 'Ander thema', 'Elders')`, [
    ANDERTHEME,
    ANDERPROJECT,
  ]);
  editor = await clientFor(portal, 'editor');
});
afterAll(async () => {
  await portal?.close();
});

/** Everything the functions could write, as one digest: any stored change alters it. */
async function contentDigest(): Promise<string> {
  const tables = [
    'updates',
    'decisions',
    'input_responses',
    'promises',
    'promise_status_changes',
    'council_moments',
    'council_motions',
    'council_letters',
    'key_dates',
    'lessons',
  ];
  const parts = tables.map((t) => `(select coalesce(md5(string_agg(r::text, '|' order by r::text)), '') from portal.${t} r)`);
  const { rows } = await portal.db.query<{ digest: string }>(`select concat_ws(',', ${parts.join(', ')}) as digest`);
  return rows[0]?.digest ?? '';
}

describe('hostile input to the content write functions', () => {
  it('has at least 25 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES)('$fn: $name → $status on "$field", nothing stored', async ({ fn, input, field, status }) => {
    const before = await contentDigest();
    const { data, error, status: got } = await editor.rpc(fn, { input });
    expect(data).toBeNull();
    expect(got).toBe(status);
    expect(error?.message).toMatch(/\S/);
    expect(error?.message).not.toMatch(/violates|constraint|syntax|operator|invalid input/i);
    if (status === 400) {
      expect(error?.code).toBe('22023');
      expect(error?.hint).toBe(field);
    }
    expect(await contentDigest()).toBe(before);
  });

  it('each base input is accepted as it is', async () => {
    for (const [fn, input] of Object.entries(BASE)) {
      const { error } = await editor.rpc(fn, { input });
      expect(error, fn).toBeNull();
    }
  });
});
