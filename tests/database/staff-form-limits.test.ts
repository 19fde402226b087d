import { readdirSync } from 'node:fs';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { statusForSqlState } from '../../src/services/local-supabase/postgrest-errors.ts';
import { formsByKind } from '../../src/lib/workspace/forms/index.ts';
import { englishKey, isTranslatable } from '../../src/lib/workspace/forms/translations.ts';
import type { FieldSpec, FormSpec } from '../../src/lib/workspace/forms/types.ts';
import { callStaff, englishClientFor, startFixturePortal, TESTDAM, TESTPROJECT } from './support.ts';

// The limits the staff forms declare (src/lib/workspace/forms/*.ts: a text's maxLength, a number's min and max, the
// bounds of a motion's votes), against the write function each form calls. For every limit the forms declare, read
// from the forms themselves: a value exactly at it is saved, and one past it is refused with a 400 whose hint names
// the field, so the form never promises more than the database takes, nor less. The English version of a field
// has the same limit as the Dutch (the form gives its English box the Dutch field's maxLength), so it is tried too.
// A value at the limit is saved in a transaction that is rolled back, as the signed-in editor (the claims of a real
// sign-in); a value past it is sent over the API as the workspace sends it, which stores nothing either.

type Json = Record<string, unknown>;

/** An input theme of testproject, which a decision's responses answer. */
const THEME = '60000000-0000-4000-8000-000000000001';

/**
 * A valid input for each write function a form with limits calls: the base each limit changes one field of. A new
 * form with a limit needs one here (the test says so). The phase edits testproject's first phase, so that position
 * 1 (the form's minimum) is its own; everything else is created anew. Ids are of tests/fixtures/hostile-seed.sql.
 */
const BASES: Record<string, Json> = {
  staff_save_project: {
    organisation_id: TESTDAM,
    slug: 'grenzen',
    title: 'Titel',
    summary: 'Samenvatting',
    theme: 'Wonen',
    area: 'Centrum',
    status: 'planned',
    starts_on: '2027-01-01',
    council_role: 'geen',
  },
  staff_save_phase: {
    project_id: TESTPROJECT,
    id: '40000000-0000-4000-8000-000000000001',
    position: 1,
    kind: 'vision',
    title: 'Visie',
    starts_on: '2026-01-01',
    participation_level: 'raadplegen',
    open_for_input: 'Inrichting',
    fixed_frames: 'Budget',
    time_asked: 'Een avond',
    results_expected: 'In mei',
    department: 'Ruimte',
  },
  staff_save_person: { organisation_id: TESTDAM, name: 'Sanne', job_title: 'Omgevingsmanager' },
  staff_save_handover: {
    project_id: TESTPROJECT,
    handed_over_on: '2027-01-01',
    from_phase_id: '40000000-0000-4000-8000-000000000002',
    to_phase_id: '40000000-0000-4000-8000-000000000003',
    from_department: 'Ruimte',
    to_department: 'Uitvoering',
    note: 'Toezeggingen gaan mee.',
  },
  staff_save_group: { project_id: TESTPROJECT, name: 'Groep', status: 'gap', note: 'Nog niet bereikt.' },
  staff_save_input_theme: { project_id: TESTPROJECT, title: 'Verkeer', you_said: 'Te hard.' },
  staff_save_update: { project_id: TESTPROJECT, title: 'Nieuws', body_md: 'Tekst' },
  staff_save_decision: {
    project_id: TESTPROJECT,
    phase_id: '40000000-0000-4000-8000-000000000002',
    decided_on: '2026-11-01',
    decided_by: 'College',
    title: 'Besluit',
    decision: 'Zo',
    rationale: 'Daarom',
    input_used: 'Gebruikt',
    responses: [{ input_theme_id: THEME, we_did: 'Bomen' }],
  },
  staff_save_promise: { project_id: TESTPROJECT, body: 'Verslag', made_on: '2026-11-01', made_by: 'Wethouder', context: 'Avond' },
  staff_change_promise_status: {
    project_id: TESTPROJECT,
    promise_id: '70000000-0000-4000-8000-000000000001',
    status: 'kept',
    changed_by: 'Projectleider',
    explanation: 'Gedaan',
  },
  staff_save_council_moment: {
    project_id: TESTPROJECT,
    meets_on: '2026-12-10',
    body: 'Gemeenteraad',
    agenda_item: 'Punt 7',
    proposal: 'Plan',
    outcome: 'pending',
  },
  // With what it changed, so that the votes can come with an adopted result.
  staff_save_motion: {
    project_id: TESTPROJECT,
    council_moment_id: '90000000-0000-4000-8000-000000000002',
    title: 'Meer bomen',
    submitted_by: 'De Vries (Lokaal)',
    asks: 'Twee bomen extra.',
    result_summary: 'Er komen twee bomen bij.',
  },
  staff_save_council_letter: { project_id: TESTPROJECT, sent_on: '2026-11-20', title: 'Stand van zaken', summary: 'Zo staat het ervoor.' },
  staff_save_key_date: {
    project_id: TESTPROJECT,
    kind: 'meeting',
    title: 'Avond',
    starts_at: '2026-12-05T19:00:00+01:00',
    how_to_join: 'Kom langs',
  },
  staff_save_lesson: {
    project_id: TESTPROJECT,
    category: 'planning',
    title: 'Begin eerder',
    lesson: 'Plan ruimer.',
    recorded_on: '2026-11-20',
  },
  staff_save_invitation: {
    project_id: TESTPROJECT,
    title: 'Doe mee',
    body: 'Kom naar de avond.',
    reply_to: 'participatie@testdam.example',
  },
};

// Every form: those the workflow knows, and any other a module of the forms folder exports.
const formsDir = new URL('../../src/lib/workspace/forms/', import.meta.url);
const modules = await Promise.all(
  readdirSync(formsDir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => import(new URL(file, formsDir).href) as Promise<Json>),
);
const isFormSpec = (value: unknown): value is FormSpec =>
  typeof value === 'object' && value !== null && typeof (value as FormSpec).save === 'string' && Array.isArray((value as FormSpec).fields);
const FORMS = [...new Set([...Object.values(formsByKind), ...modules.flatMap((exports) => Object.values(exports).filter(isFormSpec))])];

/** The properties a field may have that are no limit; any other property must be a limit this test knows. */
const NOT_A_LIMIT = new Set([
  'name',
  'type',
  'label',
  'help',
  'required',
  'createOnly',
  'showWhen',
  'enumName',
  'initial',
  'emptyLabel',
  'unavailable',
  'reference',
]);
const LIMITS = new Set(['maxLength', 'min', 'max', 'maxParties', 'maxPartyLength', 'maxVotes']);

/** Text of exactly n characters of a field of this type, as the API takes it otherwise (digits pass every pattern). */
function textOfLength(type: FieldSpec['type'], n: number): string {
  if (type === 'url') return `https://testdam.example/${'1'.repeat(n - 'https://testdam.example/'.length)}`;
  if (type === 'email') return emailOfLength(n);
  return '1'.repeat(n);
}

/** An e-mail address of exactly n characters that is otherwise valid: a local part of at most 64, labels of at most 63. */
function emailOfLength(n: number): string {
  const local = 'a'.repeat(Math.min(64, n - '@b.nl'.length));
  const labels: string[] = [];
  let left = n - local.length - '@'.length - '.nl'.length;
  while (left > 63) {
    const take = Math.min(63, left - 2);
    labels.push('b'.repeat(take));
    left -= take + 1;
  }
  labels.push('b'.repeat(left));
  return `${local}@${labels.join('.')}.nl`;
}

interface LimitCase {
  title: string;
  save: string;
  /** What the input at the limit, and the one past it, change in the base. */
  at: Json;
  past: Json;
  /** The hint the refusal must carry: the field, or translations.en.<field> for its English version. */
  hint: string;
}

/** The values that make a field shown (and so sent) by the form: those its showWhen asks for. */
function shownBy(field: FieldSpec): Json {
  if (!field.showWhen) return {};
  const { field: other, equals } = field.showWhen;
  return { [other]: Array.isArray(equals) ? equals[0] : equals };
}

/** The cases of every limit a form's fields declare: read from the form, never typed again here. */
function limitCases(spec: FormSpec): LimitCase[] {
  const cases: LimitCase[] = [];
  const add = (field: FieldSpec, what: string, at: Json, past: Json, hint = field.name) =>
    cases.push({
      title: `${spec.kind}.${field.name}: ${what}`,
      save: spec.save,
      at: { ...shownBy(field), ...at },
      past: { ...shownBy(field), ...past },
      hint,
    });
  for (const field of spec.fields) {
    const max = field.maxLength;
    if (max !== undefined) {
      const value = (n: number) =>
        field.type === 'responses' ? [{ input_theme_id: THEME, we_did: textOfLength('text', n) }] : textOfLength(field.type, n);
      add(field, `${max} characters`, { [field.name]: value(max) }, { [field.name]: value(max + 1) });
      if (isTranslatable(spec, field)) {
        // The English version needs Dutch text next to it.
        const key = field.type === 'responses' ? `responses.${THEME}` : field.name;
        const dutch =
          field.type === 'responses'
            ? { responses: [{ input_theme_id: THEME, we_did: 'Bomen' }] }
            : { [field.name]: BASES[spec.save]?.[field.name] ?? 'Tekst' };
        const english = (n: number) => ({ ...dutch, translations: { en: { [key]: textOfLength('text', n) } } });
        add(field, `English version (${englishKey(key)}) of ${max} characters`, english(max), english(max + 1), `translations.en.${key}`);
      }
    }
    if (field.type === 'integer' || field.type === 'decimal') {
      if (field.min !== undefined) add(field, `at least ${field.min}`, { [field.name]: field.min }, { [field.name]: field.min - 1 });
      if (field.max !== undefined) add(field, `at most ${field.max}`, { [field.name]: field.max }, { [field.name]: field.max + 1 });
    }
    if (field.type === 'votes') {
      const parties = (n: number) => Array.from({ length: n }, (_, index) => ({ party: `Partij ${index + 1}`, for: 1, against: 0 }));
      add(
        field,
        `${field.maxParties} parties`,
        { [field.name]: parties(field.maxParties) },
        { [field.name]: parties(field.maxParties + 1) },
      );
      const named = (n: number) => [{ party: textOfLength('text', n), for: 1, against: 0 }];
      add(
        field,
        `a party's name of ${field.maxPartyLength} characters`,
        { [field.name]: named(field.maxPartyLength) },
        { [field.name]: named(field.maxPartyLength + 1) },
      );
      const counted = (n: number) => [{ party: 'Lokaal', for: n, against: n }];
      add(
        field,
        `${field.maxVotes} votes a side`,
        { [field.name]: counted(field.maxVotes) },
        { [field.name]: counted(field.maxVotes + 1) },
      );
    }
  }
  return cases;
}

const CASES = FORMS.flatMap(limitCases);

let portal: LocalSupabase;
let editor: SupabaseClient;
/** The JWT claims of the editor's sign-in, for the saves in a transaction. */
let editorClaims: string;

beforeAll(async () => {
  portal = await startFixturePortal();
  editor = await englishClientFor(portal, 'editor');
  const token = (await editor.auth.getSession()).data.session?.access_token ?? '';
  editorClaims = Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8');
});
afterAll(async () => {
  await portal?.close();
});

type Outcome = { status: number; code?: string; message?: string; hint?: string | undefined };

/**
 * Saves as the editor as PostgREST would run the call (role, the sign-in's claims, English), in a transaction
 * that is rolled back, so that each limit is tried against the same records: 200, or the status PostgREST would
 * answer for the refusal.
 */
async function saveRolledBack(save: string, input: Json): Promise<Outcome> {
  if (!/^staff_[a-z_]+$/.test(save)) throw new Error(`Not a staff write function: ${save}`);
  let outcome: Outcome = { status: 0 };
  await portal.db.transaction(async (tx) => {
    await tx.query(
      `select set_config('search_path', 'public, extensions', true), set_config('request.jwt.claims', $1, true),
              set_config('request.headers', $2, true)`,
      [editorClaims, JSON.stringify({ 'accept-language': 'en' })],
    );
    await tx.exec('set local role authenticated');
    try {
      await tx.query(`select public.${save}($1::jsonb)`, [JSON.stringify(input)]);
      outcome = { status: 200 };
    } catch (error) {
      const { code = '', message = String(error), hint } = error as { code?: string; message?: string; hint?: string };
      outcome = { status: statusForSqlState(code, message, true), code, message, hint };
    }
    await tx.rollback();
  });
  return outcome;
}

describe('the limits of the staff forms against the write functions', () => {
  it('finds the forms and their limits', () => {
    expect(FORMS.length).toBeGreaterThanOrEqual(Object.keys(formsByKind).length);
    expect(CASES.length).toBeGreaterThan(100);
  });

  it('knows every property of every field: a property that is no limit this test tries must be listed as none', () => {
    for (const spec of FORMS) {
      for (const field of spec.fields) {
        const unknown = Object.keys(field).filter((key) => !NOT_A_LIMIT.has(key) && !LIMITS.has(key));
        expect(unknown, `${spec.kind}.${field.name}`).toEqual([]);
      }
    }
  });

  it('declares a limit wherever the API has one: a maximum length for every text, both bounds for every number', () => {
    // Every text the write functions read has a maximum length (portal.input_text), every number bounds
    // (portal.input_integer, input_numeric); a form field without them would promise more than the API takes.
    for (const spec of FORMS) {
      for (const field of spec.fields) {
        const name = `${spec.kind}.${field.name}`;
        if (['text', 'textarea', 'markdown', 'url', 'email', 'responses'].includes(field.type))
          expect(field.maxLength, name).toBeGreaterThan(0);
        if (field.type === 'integer' || field.type === 'decimal')
          expect([field.min, field.max], name).toEqual([expect.any(Number), expect.any(Number)]);
      }
    }
  });

  it('has a valid base input for every form with a limit', async () => {
    for (const save of new Set(CASES.map((entry) => entry.save))) {
      expect(BASES[save], `a base input for ${save} in this test`).toBeDefined();
      expect(await saveRolledBack(save, BASES[save] ?? {}), save).toEqual({ status: 200 });
    }
  });

  it.each(CASES)('$title: saved at the limit, refused past it', async ({ save, at, past, hint }) => {
    const base = BASES[save] ?? {};
    expect(await saveRolledBack(save, { ...base, ...at }), 'at the limit').toEqual({ status: 200 });
    const refused = await callStaff(editor, save, { ...base, ...past });
    expect({ status: refused.status, code: refused.code, hint: refused.hint }, `past the limit: ${refused.message ?? ''}`).toEqual({
      status: 400,
      code: '22023',
      hint,
    });
  });
});
