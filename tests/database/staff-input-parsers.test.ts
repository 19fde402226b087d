import type { PGlite, Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { ACTORS, startFixturePortal, TESTDAM, TESTPROJECT, ANDERPROJECT, type Actor } from './support.ts';

// The parsers and access checks every staff write function is built on (migration 20261128000900). Each call
// runs as the actor, with the Accept-Language header PostgREST would pass, and is rolled back.

/** A phase of testproject in the hostile fixture. */
const OWN_PHASE = '40000000-0000-4000-8000-000000000002';
/** A published lesson of testproject. */
const PUBLISHED_LESSON = 'd0000000-0000-4000-8000-000000000001';

let portal: LocalSupabase;
beforeAll(async () => {
  portal = await startFixturePortal();
});
afterAll(async () => {
  await portal?.close();
});

type Outcome = { ok: true; value: unknown } | { ok: false; code: string; message: string; hint: string | undefined };

async function run(sql: string, options: { actor?: Actor; language?: string } = {}): Promise<Outcome> {
  const db: PGlite = portal.db;
  const who = ACTORS[options.actor ?? 'editor'];
  const role = who ? 'authenticated' : 'anon';
  const claims = JSON.stringify(who ? { sub: who.id, role, email: who.email } : { role });
  const headers = JSON.stringify(options.language ? { 'accept-language': options.language } : {});
  let outcome: Outcome | undefined;
  await db.transaction(async (tx: Transaction) => {
    await tx.query(
      `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true), set_config('request.headers', $3, true)`,
      [role, claims, headers],
    );
    try {
      const result = await tx.query<{ value: unknown }>(`select (${sql}) as value`);
      outcome = { ok: true, value: result.rows[0]?.value };
    } catch (error) {
      const { code = '', message = String(error), hint } = error as { code?: string; message?: string; hint?: string };
      outcome = { ok: false, code, message, hint };
    }
    await tx.rollback();
  });
  if (!outcome) throw new Error('The transaction ended before the statement ran');
  return outcome;
}

/**
 * Several statements in one transaction, each as its actor (signed-in staff), answered in order and rolled
 * back together; a refusal ends the transaction.
 */
async function runSteps(steps: [Exclude<Actor, 'anon'>, string][]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await portal.db.transaction(async (tx: Transaction) => {
    for (const [actor, sql] of steps) {
      const who = ACTORS[actor];
      await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ sub: who.id, role: 'authenticated', email: who.email }),
      ]);
      try {
        const result = await tx.query<{ value: unknown }>(`select (${sql}) as value`);
        outcomes.push({ ok: true, value: result.rows[0]?.value });
      } catch (error) {
        const { code = '', message = String(error), hint } = error as { code?: string; message?: string; hint?: string };
        outcomes.push({ ok: false, code, message, hint });
        break;
      }
    }
    await tx.rollback();
  });
  return outcomes;
}

function refusal(outcome: Outcome): { code: string; message: string; hint: string | undefined } {
  if (outcome.ok) throw new Error(`Expected a refusal, got ${JSON.stringify(outcome.value)}`);
  return outcome;
}

const text = (input: string, required = true) => `portal.input_text('${input}'::jsonb, 'title', 'De titel', 'The title', 20, ${required})`;

describe('messages follow the request language', () => {
  it('answers in Dutch by default and in English for Accept-Language: en', async () => {
    const dutch = refusal(await run(text('{}')));
    expect(dutch).toMatchObject({ code: '22023', message: 'Vul de titel in.', hint: 'title' });
    const english = refusal(await run(text('{}'), { language: 'en-GB,en;q=0.9' }));
    expect(english).toMatchObject({ code: '22023', message: 'Fill in the title.', hint: 'title' });
  });

  it('keeps Dutch for any language it does not speak', async () => {
    expect(refusal(await run(text('{}'), { language: 'de-DE' })).message).toBe('Vul de titel in.');
  });
});

describe('input_text', () => {
  it('trims the value and turns an empty optional field into null', async () => {
    expect(await run(text('{"title": "  Nieuwe speeltuin \\n"}'))).toEqual({ ok: true, value: 'Nieuwe speeltuin' });
    expect(await run(text('{"title": "   "}', false))).toEqual({ ok: true, value: null });
  });

  it.each([
    ['a number', '{"title": 12}', 'De titel moet tekst zijn.'],
    ['an array', '{"title": ["a"]}', 'De titel moet tekst zijn.'],
    ['too long', `{"title": "${'x'.repeat(21)}"}`, 'De titel is te lang: 21 tekens, hoogstens 20.'],
    ['a control character', '{"title": "bel\\u0007"}', 'De titel bevat onzichtbare tekens. Typ de tekst opnieuw.'],
  ])('refuses %s with a message on the field', async (_case, input, message) => {
    expect(refusal(await run(text(input)))).toMatchObject({ code: '22023', message, hint: 'title' });
  });
});

describe('typed fields', () => {
  const date = (value: string) => `portal.input_date('{"d": ${value}}'::jsonb, 'd', 'De datum', 'The date')`;
  const stamp = (value: string) => `portal.input_timestamp('{"t": ${value}}'::jsonb, 't', 'Het begin', 'The start')`;
  const integer = (value: string) => `portal.input_integer('{"n": ${value}}'::jsonb, 'n', 'Het aantal', 'The number', 0, 100)`;
  const numeric = (value: string) => `portal.input_numeric('{"n": ${value}}'::jsonb, 'n', 'Het budget', 'The budget', 0, 1000)`;
  const url = (value: string) => `portal.input_url('{"u": ${value}}'::jsonb, 'u', 'De link', 'The link')`;
  const choice = (value: string) =>
    `portal.input_choice('{"c": ${value}}'::jsonb, 'c', 'De status', 'The status', portal.enum_values('portal.promise_status'))`;

  it('accepts well-formed values', async () => {
    expect(await run(date('"2026-02-28"'))).toEqual({ ok: true, value: new Date('2026-02-28T00:00:00Z') });
    // The year bounds are inclusive at both ends.
    expect(await run(date('"1900-01-01"'))).toEqual({ ok: true, value: new Date('1900-01-01T00:00:00Z') });
    expect(await run(date('"2199-12-31"'))).toEqual({ ok: true, value: new Date('2199-12-31T00:00:00Z') });
    expect((await run(stamp('"2026-03-01T19:30:00+01:00"'))).ok).toBe(true);
    expect(await run(integer('"42"'))).toEqual({ ok: true, value: 42 });
    expect(await run(numeric('"12,5"'))).toEqual({ ok: true, value: '12.5' });
    expect(await run(url('"https://demodam.example/raad"'))).toEqual({ ok: true, value: 'https://demodam.example/raad' });
    expect(await run(choice('"broken"'))).toEqual({ ok: true, value: 'broken' });
  });

  it.each([
    ['a date that does not exist', date('"2026-02-30"'), 'd', 'De datum is geen geldige datum. Gebruik de vorm jjjj-mm-dd.'],
    ['a date in words', date('"morgen"'), 'd', 'De datum is geen geldige datum. Gebruik de vorm jjjj-mm-dd.'],
    ['a time without a zone', stamp('"2026-03-01T19:30"'), 't', 'Het begin is geen geldige datum en tijd.'],
    ['a fraction for a whole number', integer('1.5'), 'n', 'Het aantal moet een heel getal zijn van 0 tot en met 100.'],
    ['a number out of range', integer('101'), 'n', 'Het aantal moet een heel getal zijn van 0 tot en met 100.'],
    [
      'three decimals',
      numeric('"1,005"'),
      'n',
      'Het budget moet een getal zijn van 0 tot en met 1000, met hoogstens twee cijfers achter de komma.',
    ],
    ['a javascript: link', url('"javascript:alert(1)"'), 'u', 'De link moet een webadres zijn dat begint met https:// of http://.'],
    ['a data: link', url('"data:text/html,<script>x</script>"'), 'u', 'De link moet een webadres zijn dat begint met https:// of http://.'],
    ['an unknown status', choice('"vergeten"'), 'c', 'Kies een geldige waarde voor de status.'],
    ['a year typed as 0202', date('"0202-01-01"'), 'd', 'De datum ligt te ver weg: kies een datum tussen 1900 en 2200.'],
    ['a date after 2199', date('"2200-01-01"'), 'd', 'De datum ligt te ver weg: kies een datum tussen 1900 en 2200.'],
  ])('refuses %s', async (_case, sql, field, message) => {
    expect(refusal(await run(sql))).toMatchObject({ code: '22023', hint: field, message });
  });

  it('refuses an input that is not an object', async () => {
    expect(refusal(await run(`portal.input_object('[1, 2]'::jsonb)`))).toMatchObject({ code: '22023' });
    expect(refusal(await run(`portal.input_object(null)`))).toMatchObject({ code: '22023' });
  });
});

describe('check_version', () => {
  it('lets a save through with the loaded version and refuses one made on an older version with 409', async () => {
    const now = '2026-11-28T10:00:00+00:00';
    expect((await run(`portal.check_version('{"updated_at": "${now}"}'::jsonb, '${now}'::timestamptz)`)).ok).toBe(true);
    expect((await run(`portal.check_version('{}'::jsonb, '${now}'::timestamptz)`)).ok).toBe(true);
    const stale = refusal(await run(`portal.check_version('{"updated_at": "2026-11-28T09:00:00+00:00"}'::jsonb, '${now}'::timestamptz)`));
    expect(stale).toMatchObject({ code: 'PT409', hint: 'updated_at' });
    expect(stale.message).toMatch(/Iemand anders/);
  });

  it.each(['yesterday', 'epoch', '2026-11-28', '12'])('refuses a version that is not an ISO time (%s) with 400', async (version) => {
    const refused = refusal(await run(`portal.check_version('{"updated_at": "${version}"}'::jsonb, now())`));
    expect(refused).toMatchObject({ code: '22023', hint: 'updated_at' });
  });
});

describe('the shared answers of the write functions', () => {
  it("conflict is a 409 on updated_at, record_missing a 404, in the caller's language", async () => {
    expect(refusal(await run('portal.conflict()'))).toMatchObject({
      code: 'PT409',
      hint: 'updated_at',
      message: expect.stringMatching(/^Iemand anders/),
    });
    expect(refusal(await run('portal.conflict()', { language: 'en' })).message).toMatch(/^Someone else changed this/);
    expect(refusal(await run('portal.record_missing()'))).toMatchObject({
      code: 'PT404',
      message: 'Dit onderdeel bestaat niet, of het hoort niet bij dit project.',
    });
  });

  it('propose_revision, which replaced may_change: any staff member of the organisation, an editor too, proposes a change of a published record, which the row does not take', async () => {
    // What is published is no longer refused to editors: the change waits as the record's revision, with
    // everyone who wrote it (who then may not approve it), and residents keep the published words.
    const lesson = `'${PUBLISHED_LESSON}'::uuid`;
    const propose = (fields: string) => `portal.propose_revision('lesson', ${lesson}, ${fields}, '{}'::jsonb)`;
    const publishedTitle = `(select title from portal.lessons where id = ${lesson})`;
    const [editor, approver, row, writers, back, left] = await runSteps([
      ['editor', propose(`'{"title": "Een nieuwe titel"}'::jsonb`)],
      ['approver', propose(`'{"lesson": "Een nieuwe les"}'::jsonb`)],
      ['editor', `${publishedTitle} = (select content ->> 'title' from portal.record_versions where record_id = ${lesson})`],
      ['editor', `(select contributors::text[] from portal.revisions where kind = 'lesson' and record_id = ${lesson})`],
      // Saved back to the published words, there is nothing left to approve.
      [
        'editor',
        propose(`jsonb_build_object('title', ${publishedTitle}, 'lesson', (select lesson from portal.lessons where id = ${lesson}))`),
      ],
      ['editor', `(select count(*)::int from portal.revisions where record_id = ${lesson})`],
    ]);
    expect(editor).toMatchObject({
      ok: true,
      value: {
        title: 'Een nieuwe titel',
        publication: 'published',
        pending: { state: 'draft', changed_fields: ['title'], i_wrote: true, may_approve: false },
      },
    });
    expect((editor as { value: { pending: { published: { title: string } } } }).value.pending.published.title).toMatch(
      /^td-lesson-published-title/,
    );
    expect(approver).toMatchObject({
      ok: true,
      value: {
        title: 'Een nieuwe titel',
        lesson: 'Een nieuwe les',
        pending: { changed_fields: ['lesson', 'title'], i_wrote: true, may_approve: false },
      },
    });
    expect(row).toEqual({ ok: true, value: true });
    expect(writers).toEqual({ ok: true, value: [ACTORS.editor.id, ACTORS.approver.id] });
    expect(back).toMatchObject({ ok: true, value: { pending: null } });
    expect(left).toEqual({ ok: true, value: 0 });

    // Staff of another organisation, and a signed-in non-member, propose nothing: the revisions' policy refuses.
    for (const actor of ['otherEditor', 'outsider'] as Actor[]) {
      expect(refusal(await run(propose(`'{"title": "Overgenomen"}'::jsonb`), { actor })).code, actor).toBe('42501');
    }
  });

  it('publication_after_save makes a withdrawn record a draft and a scheduled one await approval again, and keeps the rest', async () => {
    expect(await run(`portal.publication_after_save('unpublished')`)).toEqual({ ok: true, value: 'draft' });
    expect(await run(`portal.publication_after_save('draft')`)).toEqual({ ok: true, value: 'draft' });
    expect(await run(`portal.publication_after_save('awaiting_approval')`)).toEqual({ ok: true, value: 'awaiting_approval' });
    // An approval covers the words it saw: a scheduled record that is edited waits for approval again.
    expect(await run(`portal.publication_after_save('scheduled')`)).toEqual({ ok: true, value: 'awaiting_approval' });
  });

  it('input_phase takes a phase of the project and refuses one of another project on the field', async () => {
    const phase = (id: string, project: string) => `portal.input_phase('{"p": "${id}"}'::jsonb, 'p', 'De fase', 'The phase', '${project}')`;
    expect(await run(phase(OWN_PHASE, TESTPROJECT))).toEqual({ ok: true, value: OWN_PHASE });
    expect(refusal(await run(phase(OWN_PHASE, ANDERPROJECT)))).toMatchObject({
      code: '22023',
      hint: 'p',
      message: 'Kies een fase van dit project.',
    });
    expect(await run(`portal.input_phase('{}'::jsonb, 'p', 'De fase', 'The phase', '${TESTPROJECT}')`)).toEqual({ ok: true, value: null });
  });
});

describe('staff_project_organisation', () => {
  const access = (project: string, role: string) => `portal.staff_project_organisation('${project}', '${role}')`;

  it('gives staff of the project organisation its id', async () => {
    expect(await run(access(TESTPROJECT, 'editor'), { actor: 'editor' })).toEqual({ ok: true, value: TESTDAM });
    expect(await run(access(TESTPROJECT, 'approver'), { actor: 'approver' })).toEqual({ ok: true, value: TESTDAM });
  });

  it('answers another organisation and a project that does not exist alike', async () => {
    const foreign = refusal(await run(access(ANDERPROJECT, 'editor'), { actor: 'editor' }));
    const missing = refusal(await run(access('20000000-0000-4000-8000-0000000000ff', 'editor'), { actor: 'editor' }));
    expect(foreign).toMatchObject({ code: 'PT404' });
    expect(missing).toEqual(foreign);
    expect(refusal(await run(access(TESTPROJECT, 'editor'), { actor: 'otherEditor' })).code).toBe('PT404');
    expect(refusal(await run(access(TESTPROJECT, 'editor'), { actor: 'outsider' })).code).toBe('PT404');
  });

  it('refuses a role that is too low with 42501, and anonymous callers', async () => {
    const editor = refusal(await run(access(TESTPROJECT, 'approver'), { actor: 'editor', language: 'en' }));
    expect(editor).toMatchObject({ code: '42501', message: 'Only an approver of your organisation may do this.' });
    expect(refusal(await run(access(TESTPROJECT, 'editor'), { actor: 'anon' })).code).toBe('42501');
  });
});

describe('workflow columns', () => {
  it('hides who wrote or approved a record, and what is not public yet about it, from anonymous readers, column by column', async () => {
    // Every kind residents see, the structure of a project included; the version markers and a withdrawal's
    // reason are public, the people behind the words and the moment an approval goes public are not.
    const tables = [
      'projects',
      'decisions',
      'promises',
      'council_moments',
      'key_dates',
      'lessons',
      'updates',
      'phases',
      'people',
      'project_people',
      'handovers',
      'groups_involved',
      'input_themes',
    ];
    for (const table of tables) {
      for (const column of ['author_id', 'approver_id', 'contributors', 'returned_reason', 'publish_at']) {
        const hidden = refusal(await run(`(select count(${column}) from portal.${table})`, { actor: 'anon' }));
        expect(hidden.code, `${table}.${column}`).toBe('42501');
      }
      for (const column of ['unpublished_reason', 'version', 'revised_at', 'self_approved']) {
        expect((await run(`(select count(${column}) from portal.${table})`, { actor: 'anon' })).ok, `${table}.${column}`).toBe(true);
      }
    }
  });
});
