import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { ACTORS, ANDERPROJECT, TESTDAM, TESTPROJECT, clientFor, countAsOwner, startFixturePortal, type Actor } from './support.ts';

// The staff write functions for a project's content (migration 20261128001200), called the way the workspace
// calls them: supabase-js against the stand-in. A save of a published record is its pending revision and a
// promise's status change waits for approval (20261204000100_public_record.sql); the approval workflow itself
// is tested for every kind in public-record.test.ts. Every call commits, so each test makes its own records or
// only touches fixture records no other test here depends on.

const PHASE_PLAN = '40000000-0000-4000-8000-000000000002';
const THEME_ONE = '60000000-0000-4000-8000-000000000001';
const THEME_TWO = '60000000-0000-4000-8000-000000000002';
const ANDERTHEME = '60000000-0000-4000-8000-0000000000a1';

/** A valid new record for each function, in testproject. */
const CREATE: Record<string, () => Record<string, unknown>> = {
  staff_save_update: () => ({ project_id: TESTPROJECT, title: 'Nieuws uit de wijk', body_md: '# Kop\n\nTekst met *nadruk*.' }),
  staff_save_decision: () => ({
    project_id: TESTPROJECT,
    phase_id: PHASE_PLAN,
    decided_on: '2026-11-01',
    decided_by: 'College van B&W',
    title: 'Besluit over het plein',
    decision: 'Het plein wordt groen.',
    rationale: 'Omdat bewoners dat vroegen.',
    input_used: 'De inbreng gaf de doorslag.',
    source_url: 'https://testdam.example/besluit',
    responses: [{ input_theme_id: THEME_ONE, we_did: 'Meer bomen' }],
  }),
  staff_save_promise: () => ({
    project_id: TESTPROJECT,
    phase_id: PHASE_PLAN,
    body: 'We sturen een verslag.',
    made_on: '2026-11-01',
    made_by: 'Wethouder',
    context: 'Bewonersavond',
    due_on: '2026-12-01',
  }),
  staff_save_council_moment: () => ({
    project_id: TESTPROJECT,
    meets_on: '2026-12-10',
    body: 'Gemeenteraad',
    agenda_item: 'Punt 7',
    proposal: 'Vaststellen van het plan',
    outcome: 'pending',
  }),
  staff_save_key_date: () => ({
    project_id: TESTPROJECT,
    kind: 'walk_in',
    title: 'Inloopavond',
    starts_at: '2026-12-05T19:00:00+01:00',
    ends_at: '2026-12-05T21:00:00+01:00',
    location: 'Buurthuis',
    online_url: 'https://testdam.example/meedoen',
    how_to_join: 'Loop binnen, aanmelden hoeft niet.',
  }),
  staff_save_lesson: () => ({
    project_id: TESTPROJECT,
    category: 'inclusion',
    title: 'Ga naar mensen toe',
    lesson: 'Een avond in het buurthuis bereikt jongeren niet.',
    recorded_on: '2026-11-20',
  }),
};
const SAVE_FUNCTIONS = Object.keys(CREATE);
const TABLE: Record<string, string> = {
  staff_save_update: 'updates',
  staff_save_decision: 'decisions',
  staff_save_promise: 'promises',
  staff_save_council_moment: 'council_moments',
  staff_save_key_date: 'key_dates',
  staff_save_lesson: 'lessons',
};
/** A published fixture record and a draft one of testproject, per function. */
const FIXTURE: Record<string, { published: string; draft: string }> = {
  staff_save_update: { published: 'a0000000-0000-4000-8000-000000000001', draft: 'a0000000-0000-4000-8000-000000000003' },
  staff_save_decision: { published: '50000000-0000-4000-8000-000000000001', draft: '50000000-0000-4000-8000-000000000002' },
  staff_save_promise: { published: '70000000-0000-4000-8000-000000000001', draft: '70000000-0000-4000-8000-000000000006' },
  staff_save_council_moment: { published: '90000000-0000-4000-8000-000000000001', draft: '90000000-0000-4000-8000-000000000004' },
  staff_save_key_date: { published: 'b0000000-0000-4000-8000-000000000001', draft: 'b0000000-0000-4000-8000-000000000003' },
  staff_save_lesson: { published: 'd0000000-0000-4000-8000-000000000001', draft: 'd0000000-0000-4000-8000-000000000002' },
};
const PROMISE_PUBLISHED_OPEN = '70000000-0000-4000-8000-000000000001';
const PROMISE_PUBLISHED_IN_PROGRESS = '70000000-0000-4000-8000-000000000002';

let portal: LocalSupabase;
const clients = {} as Record<Actor, SupabaseClient>;
let englishEditor: SupabaseClient;

beforeAll(async () => {
  portal = await startFixturePortal();
  // A theme of otherdam's project, for responses that point across organisations.
  await portal.db.query(
    `insert into portal.input_themes (id, project_id, title, you_said) values ($1, $2, 'Ander thema', 'Elders gezegd')`,
    [ANDERTHEME, ANDERPROJECT],
  );
  for (const actor of Object.keys(ACTORS) as Actor[]) clients[actor] = await clientFor(portal, actor);
  englishEditor = createClient(portal.url, portal.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { headers: { 'Accept-Language': 'en' } },
  });
  const { error } = await englishEditor.auth.signInWithPassword({ email: ACTORS.editor.email, password: 'test-wachtwoord' });
  if (error) throw error;
});
afterAll(async () => {
  await portal?.close();
});

type Saved = Record<string, unknown> & { id: string; updated_at: string; publication?: string };

async function call(actor: Actor | SupabaseClient, fn: string, input: unknown) {
  const client = typeof actor === 'string' ? clients[actor] : actor;
  const { data, error, status } = await client.rpc(fn, { input });
  return { data: data as Saved | null, error, status };
}

async function save(actor: Actor, fn: string, input: Record<string, unknown>): Promise<Saved> {
  const { data, error } = await call(actor, fn, input);
  expect(error, `${fn} as ${actor}`).toBeNull();
  if (!data) throw new Error(`${fn} returned nothing`);
  return data;
}

async function row(table: string, id: string): Promise<Record<string, unknown>> {
  const { rows } = await portal.db.query<Record<string, unknown>>(`select * from portal.${table} where id = $1`, [id]);
  if (!rows[0]) throw new Error(`No ${table} row ${id}`);
  return rows[0];
}

/** A record of testproject as residents see it: project_timeline as anon, the list named like its table. */
async function publicRecord(list: string, id: string): Promise<Record<string, unknown> | undefined> {
  const { data, error } = await clients.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
  expect(error).toBeNull();
  return ((data as Record<string, Array<Record<string, unknown>>>)[list] ?? []).find((item) => item.id === id);
}

/** The length of testdam's ledger: every publication event adds one entry. */
function ledgerLength(): Promise<number> {
  return countAsOwner(portal.db, 'select 1 from portal.ledger where organisation_id = $1', [TESTDAM]);
}

describe.each(SAVE_FUNCTIONS)('%s', (fn) => {
  const table = TABLE[fn] ?? '';
  const fixture = FIXTURE[fn] ?? { published: '', draft: '' };

  it('an editor creates a draft they are the author of, then edits it with the version they loaded', async () => {
    const created = await save('editor', fn, CREATE[fn]?.() ?? {});
    expect(created).toMatchObject({ project_id: TESTPROJECT, publication: 'draft', author_id: ACTORS.editor.id });
    const stored = await row(table, created.id);
    expect(stored.publication).toBe('draft');

    const titleField = fn === 'staff_save_promise' ? 'body' : fn === 'staff_save_council_moment' ? 'agenda_item' : 'title';
    const edited = await save('editor', fn, {
      ...CREATE[fn]?.(),
      id: created.id,
      updated_at: created.updated_at,
      [titleField]: 'Bijgewerkt',
    });
    expect(edited.id).toBe(created.id);
    expect(edited[titleField]).toBe('Bijgewerkt');
    expect((await row(table, created.id))[titleField]).toBe('Bijgewerkt');
  });

  it('a stale form is refused with 409 and changes nothing', async () => {
    const created = await save('editor', fn, CREATE[fn]?.() ?? {});
    await save('editor', fn, { ...CREATE[fn]?.(), id: created.id, updated_at: created.updated_at });
    const before = await row(table, created.id);
    const stale = await call('editor', fn, {
      ...CREATE[fn]?.(),
      id: created.id,
      updated_at: created.updated_at,
      title: 'Te laat',
      body: 'Te laat',
      agenda_item: 'Te laat',
    });
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toMatch(/Iemand anders/);
    expect(await row(table, created.id)).toEqual(before);
  });

  it('anon gets 401 and a signed-in outsider 404; nothing is stored', async () => {
    const count = await countAsOwner(portal.db, `select 1 from portal.${table}`);
    const anon = await call('anon', fn, CREATE[fn]?.());
    expect(anon.status).toBe(401);
    const outsider = await call('outsider', fn, CREATE[fn]?.());
    expect(outsider.status).toBe(404);
    expect(outsider.error?.message).toMatch(/bestaat niet/);
    expect(await countAsOwner(portal.db, `select 1 from portal.${table}`)).toBe(count);
  });

  it("otherdam's editor gets 404 for testdam's records, also through their own project", async () => {
    const before = await row(table, fixture.draft);
    const create = await call('otherEditor', fn, CREATE[fn]?.());
    expect(create.status).toBe(404);
    const edit = await call('otherEditor', fn, { ...CREATE[fn]?.(), id: fixture.draft });
    expect(edit.status).toBe(404);
    const smuggled = await call('otherEditor', fn, {
      ...CREATE[fn]?.(),
      phase_id: null,
      responses: [],
      project_id: ANDERPROJECT,
      id: fixture.draft,
    });
    expect(smuggled.status).toBe(404);
    expect(smuggled.error?.message).toMatch(/bestaat niet/);
    expect(await row(table, fixture.draft)).toEqual(before);
  });

  it("an editor's or approver's change of a published record is a pending revision: the row and residents keep the published words", async () => {
    const titleField = fn === 'staff_save_promise' ? 'body' : fn === 'staff_save_council_moment' ? 'agenda_item' : 'title';
    const before = await row(table, fixture.published);
    const shownBefore = await publicRecord(table, fixture.published);
    expect(shownBefore, 'the fixture record is public').toBeDefined();
    expect(shownBefore?.[titleField]).toBe(before[titleField]);
    const ledgerBefore = await ledgerLength();

    // Editors may save a change of what is public now; it waits as a draft revision for a second person.
    const byEditor = await save('editor', fn, { ...CREATE[fn]?.(), id: fixture.published, [titleField]: 'Voorstel van de redacteur' });
    expect(byEditor).toMatchObject({ id: fixture.published, publication: 'published', [titleField]: 'Voorstel van de redacteur' });
    const pending = byEditor.pending as Record<string, unknown> | null;
    expect(pending).toMatchObject({ state: 'draft', i_wrote: true, may_approve: false });
    expect(pending?.changed_fields).toContain(titleField);
    expect((pending?.published as Record<string, unknown>)[titleField]).toBe(before[titleField]);
    expect(await row(table, fixture.published)).toEqual(before);
    expect((await publicRecord(table, fixture.published))?.[titleField]).toBe(before[titleField]);

    // An approver's save is a revision too (no more editing what is public in place), on top of the editor's,
    // with the revision's version as the one the form loaded; having written it, they may not approve it.
    const byApprover = await save('approver', fn, {
      ...CREATE[fn]?.(),
      id: fixture.published,
      [titleField]: 'Voorstel van de fiatteur',
      updated_at: byEditor.updated_at,
    });
    expect(byApprover).toMatchObject({
      publication: 'published',
      [titleField]: 'Voorstel van de fiatteur',
      pending: { state: 'draft', i_wrote: true, may_approve: false },
    });
    expect(await row(table, fixture.published)).toEqual(before);
    expect((await publicRecord(table, fixture.published))?.[titleField]).toBe(before[titleField]);
    expect(await ledgerLength()).toBe(ledgerBefore);

    // The editor's form from before the approver's save is stale now, and says so in English.
    const stale = await call(englishEditor, fn, { ...CREATE[fn]?.(), id: fixture.published, updated_at: byEditor.updated_at });
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toMatch(/Someone else changed this/);
    expect(await row(table, fixture.published)).toEqual(before);
  });

  it('English callers get English messages', async () => {
    const { status, error } = await call(englishEditor, fn, { ...CREATE[fn]?.(), title: 42, body: 42, agenda_item: 42 });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/must be text/);
  });
});

describe('publication state after a save', () => {
  it('saving an unpublished update makes it a draft again; an awaiting one stays awaiting', async () => {
    const unpublished = await save('editor', 'staff_save_update', {
      ...CREATE.staff_save_update?.(),
      id: 'a0000000-0000-4000-8000-000000000005',
    });
    expect(unpublished.publication).toBe('draft');
    const awaiting = await save('editor', 'staff_save_update', {
      ...CREATE.staff_save_update?.(),
      id: 'a0000000-0000-4000-8000-000000000004',
    });
    expect(awaiting.publication).toBe('awaiting_approval');
  });

  it('Markdown is stored as written, apart from blank lines around it', async () => {
    const body = '    indented code\n\n<script>alert(1)</script> [x](javascript:alert(1))';
    const saved = await save('editor', 'staff_save_update', { project_id: TESTPROJECT, title: 'Opmaak', body_md: `\n\n${body}\n\n` });
    expect(saved.body_md).toBe(body);
  });
});

describe('staff_save_decision responses', () => {
  it('replaces the responses with the given list, and leaves them when the list is absent', async () => {
    const created = await save('editor', 'staff_save_decision', CREATE.staff_save_decision?.() ?? {});
    expect(created.responses).toEqual([{ input_theme_id: THEME_ONE, we_did: 'Meer bomen' }]);
    const replaced = await save('editor', 'staff_save_decision', {
      ...CREATE.staff_save_decision?.(),
      id: created.id,
      updated_at: created.updated_at,
      responses: [{ input_theme_id: THEME_TWO, we_did: 'Een bankje' }],
    });
    expect(replaced.responses).toEqual([{ input_theme_id: THEME_TWO, we_did: 'Een bankje' }]);
    const { responses: _omit, ...withoutResponses } = CREATE.staff_save_decision?.() ?? {};
    const kept = await save('editor', 'staff_save_decision', { ...withoutResponses, id: created.id, updated_at: replaced.updated_at });
    expect(kept.responses).toEqual([{ input_theme_id: THEME_TWO, we_did: 'Een bankje' }]);
    expect(await countAsOwner(portal.db, 'select 1 from portal.input_responses where decision_id = $1', [created.id])).toBe(1);
  });

  it('refuses a theme of another project and a theme listed twice (400 on responses), storing nothing', async () => {
    const before = await countAsOwner(portal.db, 'select 1 from portal.decisions');
    for (const responses of [
      [{ input_theme_id: ANDERTHEME, we_did: 'Elders' }],
      [
        { input_theme_id: THEME_ONE, we_did: 'Een' },
        { input_theme_id: THEME_ONE, we_did: 'Twee' },
      ],
    ]) {
      const { status, error } = await call('editor', 'staff_save_decision', { ...CREATE.staff_save_decision?.(), responses });
      expect(status).toBe(400);
      expect(error?.hint).toBe('responses');
    }
    expect(await countAsOwner(portal.db, 'select 1 from portal.decisions')).toBe(before);
  });
});

describe('staff_save_council_moment', () => {
  it('an outcome needs its summary, and a departure from participation needs the reasons: residents are owed them', async () => {
    const before = await countAsOwner(portal.db, 'select 1 from portal.council_moments');
    const noSummary = await call('editor', 'staff_save_council_moment', { ...CREATE.staff_save_council_moment?.(), outcome: 'adopted' });
    expect(noSummary).toMatchObject({ status: 400, error: { hint: 'outcome_summary' } });
    expect(noSummary.error?.message).toMatch(/Inwoners/);
    const noReasons = await call(englishEditor, 'staff_save_council_moment', {
      ...CREATE.staff_save_council_moment?.(),
      outcome: 'amended',
      outcome_summary: 'Aangepast',
      differs_from_participation: true,
    });
    expect(noReasons).toMatchObject({ status: 400, error: { hint: 'council_reasons' } });
    expect(noReasons.error?.message).toMatch(/residents are owed/i);
    expect(await countAsOwner(portal.db, 'select 1 from portal.council_moments')).toBe(before);
    const saved = await save('editor', 'staff_save_council_moment', {
      ...CREATE.staff_save_council_moment?.(),
      outcome: 'amended',
      outcome_summary: 'Aangepast',
      differs_from_participation: true,
      council_reasons: 'Geld',
    });
    expect(saved).toMatchObject({ outcome: 'amended', differs_from_participation: true, council_reasons: 'Geld' });
  });
});

describe('staff_change_promise_status', () => {
  const change = (promise: string, extra: Record<string, unknown>) => ({
    promise_id: promise,
    project_id: TESTPROJECT,
    changed_by: 'Projectleider',
    ...extra,
  });
  const historyCount = (promise: string) =>
    countAsOwner(portal.db, 'select 1 from portal.promise_status_changes where promise_id = $1', [promise]);
  const pendingCount = (promise: string) =>
    countAsOwner(portal.db, "select 1 from portal.revisions where kind = 'promise_status' and record_id = $1", [promise]);

  it('refuses every status but open without an explanation, saying residents see it, and stores nothing', async () => {
    const before = { open: await historyCount(PROMISE_PUBLISHED_OPEN), inProgress: await historyCount(PROMISE_PUBLISHED_IN_PROGRESS) };
    const dutch = await call(
      'editor',
      'staff_change_promise_status',
      change(PROMISE_PUBLISHED_IN_PROGRESS, { status: 'broken', explanation: '   ' }),
    );
    expect(dutch).toMatchObject({ status: 400, error: { hint: 'explanation' } });
    expect(dutch.error?.message).toBe(
      'Leg uit wat er met deze toezegging is gebeurd. Inwoners zien deze uitleg in de geschiedenis van de toezegging.',
    );
    const english = await call(englishEditor, 'staff_change_promise_status', change(PROMISE_PUBLISHED_IN_PROGRESS, { status: 'changed' }));
    expect(english).toMatchObject({ status: 400, error: { hint: 'explanation' } });
    expect(english.error?.message).toMatch(/Residents see this explanation/);
    // Not only broken and changed: residents are owed the reason for progress too (kept is in public-record.test.ts).
    const progress = await call('editor', 'staff_change_promise_status', change(PROMISE_PUBLISHED_OPEN, { status: 'in_progress' }));
    expect(progress).toMatchObject({ status: 400, error: { hint: 'explanation' } });
    expect(await historyCount(PROMISE_PUBLISHED_IN_PROGRESS)).toBe(before.inProgress);
    expect(await historyCount(PROMISE_PUBLISHED_OPEN)).toBe(before.open);
    expect(await pendingCount(PROMISE_PUBLISHED_IN_PROGRESS)).toBe(0);
    expect(await pendingCount(PROMISE_PUBLISHED_OPEN)).toBe(0);
    expect((await row('promises', PROMISE_PUBLISHED_IN_PROGRESS)).status).toBe('in_progress');
    expect((await row('promises', PROMISE_PUBLISHED_OPEN)).status).toBe('open');
  });

  it('refuses the status the promise already has', async () => {
    const { status, error } = await call(
      'editor',
      'staff_change_promise_status',
      change(PROMISE_PUBLISHED_IN_PROGRESS, { status: 'in_progress' }),
    );
    expect(status).toBe(400);
    expect(error).toMatchObject({ hint: 'status', message: 'De toezegging heeft deze status al.' });
  });

  it("an editor's status change waits for approval; residents see it in project_timeline only once an approver approves it", async () => {
    const publicPromise = async () => {
      const { data, error } = await clients.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
      expect(error).toBeNull();
      return (data as { promises: Array<{ id: string; status: string; history: Array<Record<string, unknown>> }> }).promises.find(
        (p) => p.id === PROMISE_PUBLISHED_OPEN,
      );
    };
    const historyBefore = await historyCount(PROMISE_PUBLISHED_OPEN);
    const publicHistoryBefore = (await publicPromise())?.history.length;
    expect(publicHistoryBefore).toBeDefined();

    // Asking for the status stores it as a pending change that awaits approval at once; nothing is public yet.
    const asked = await save(
      'editor',
      'staff_change_promise_status',
      change(PROMISE_PUBLISHED_OPEN, {
        status: 'broken',
        explanation: 'Het budget is geschrapt.',
        evidence_url: 'https://testdam.example/raadsbesluit',
        changed_by: 'Wethouder Jansen',
      }),
    );
    expect(asked.status).toBe('open');
    expect(asked.pending_status).toMatchObject({
      status: 'broken',
      explanation: 'Het budget is geschrapt.',
      evidence_url: 'https://testdam.example/raadsbesluit',
      changed_by: 'Wethouder Jansen',
      state: 'awaiting_approval',
      i_wrote: true,
      may_approve: false,
    });
    expect((asked.history as unknown[]).length).toBe(historyBefore);
    expect(await historyCount(PROMISE_PUBLISHED_OPEN)).toBe(historyBefore);
    expect((await row('promises', PROMISE_PUBLISHED_OPEN)).status).toBe('open');
    expect(await publicPromise()).toMatchObject({ status: 'open' });
    expect((await publicPromise())?.history).toHaveLength(publicHistoryBefore ?? -1);

    // One at a time: another status cannot be asked for while this one awaits approval.
    const second = await call(
      'editor',
      'staff_change_promise_status',
      change(PROMISE_PUBLISHED_OPEN, { status: 'kept', explanation: 'Toch gedaan.' }),
    );
    expect(second).toMatchObject({ status: 409, error: { hint: 'status' } });
    expect((await row('promises', PROMISE_PUBLISHED_OPEN)).status).toBe('open');

    // The approver approves it: it joins the public history, recorded as asked for by the editor.
    const approved = await save('approver', 'staff_approve', {
      kind: 'promise_status',
      id: PROMISE_PUBLISHED_OPEN,
      project_id: TESTPROJECT,
    });
    expect(approved).toMatchObject({ kind: 'promise_status', id: PROMISE_PUBLISHED_OPEN, pending: null });
    expect(await historyCount(PROMISE_PUBLISHED_OPEN)).toBe(historyBefore + 1);
    expect(await pendingCount(PROMISE_PUBLISHED_OPEN)).toBe(0);
    const { rows } = await portal.db.query<{ recorded_by: string }>(
      `select recorded_by::text as recorded_by from portal.promise_status_changes where promise_id = $1 order by changed_at desc limit 1`,
      [PROMISE_PUBLISHED_OPEN],
    );
    expect(rows[0]?.recorded_by).toBe(ACTORS.editor.id);

    const promise = await publicPromise();
    expect(promise?.status).toBe('broken');
    expect(promise?.history).toHaveLength((publicHistoryBefore ?? -1) + 1);
    const last = promise?.history.at(-1);
    expect(last).toMatchObject({ status: 'broken', changed_by: 'Wethouder Jansen', explanation: 'Het budget is geschrapt.' });
    expect(typeof last?.changed_at).toBe('string');
    expect(last).not.toHaveProperty('recorded_by');
  });

  it('401 for anon, 404 for an outsider and for otherdam, 409 on a stale promise and on one that is not public', async () => {
    const promise = FIXTURE.staff_save_promise?.draft ?? '';
    const before = await historyCount(promise);
    const input = change(promise, { status: 'kept', explanation: 'Gedaan.' });
    expect((await call('anon', 'staff_change_promise_status', input)).status).toBe(401);
    expect((await call('outsider', 'staff_change_promise_status', input)).status).toBe(404);
    expect((await call('otherEditor', 'staff_change_promise_status', input)).status).toBe(404);
    expect((await call('otherEditor', 'staff_change_promise_status', { ...input, project_id: ANDERPROJECT })).status).toBe(404);
    const stale = await call('editor', 'staff_change_promise_status', { ...input, updated_at: '2020-01-01T00:00:00Z' });
    expect(stale.status).toBe(409);
    expect(stale.error?.hint).toBe('updated_at');
    // A status is part of what residents see: a draft promise has none to change until it is public.
    const draft = await call('editor', 'staff_change_promise_status', input);
    expect(draft).toMatchObject({ status: 409, error: { hint: 'status' } });
    expect(await historyCount(promise)).toBe(before);
    expect(await pendingCount(promise)).toBe(0);
  });
});
