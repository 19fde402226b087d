import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSupabase } from '../../src/services/local-supabase/index.ts';
import { contentHash } from '../../src/lib/ledger/canonical-json.ts';
import { contentOf } from '../../src/lib/ledger/verify-site.ts';
import { contentFields, publishableKinds, translatableFields, type PublishableKind } from '../../src/lib/records/kinds.ts';
import { callOk, callStaff, clientsFor, countAsOwner, startFixturePortal, TESTDAM, TESTPROJECT, type Actor } from './support.ts';

// English versions of what staff write (publishable_kinds.translatable_fields): they are public content
// like the Dutch, so an English text added to a published record is a pending revision until someone who wrote
// none of it approves it, and then it is in the record's versions and in the ledger; hostile shapes are refused
// with a 400 that names the field; and records without English keep the content (and hashes) they had before.

const PUBLISHED_UPDATE = 'a0000000-0000-4000-8000-000000000002';
const DRAFT_UPDATE = 'a0000000-0000-4000-8000-000000000003';
const PUBLISHED_DECISION = '50000000-0000-4000-8000-000000000001';
const THEME_ONE = '60000000-0000-4000-8000-000000000001';
const PUBLISHED_PROMISE = '70000000-0000-4000-8000-000000000001';
const PUBLISHED_PERSON = '30000000-0000-4000-8000-000000000003';

let portal: LocalSupabase;
let as: Record<Actor, SupabaseClient>;
beforeAll(async () => {
  portal = await startFixturePortal();
  as = await clientsFor(portal, 'en');
});
afterAll(async () => {
  await portal?.close();
});

type Row = Record<string, unknown> & { id: string; updated_at: string };

async function timeline(): Promise<Record<string, Row[]> & { project: Row }> {
  const { data, error } = await as.anon.rpc('project_timeline', { org_slug: 'testdam', project_slug: 'testproject' });
  if (error) throw new Error(error.message);
  return data as never;
}

async function staffRow(list: string, id: string, actor: Actor = 'editor'): Promise<Row> {
  const project = await callOk(as[actor], 'staff_project', { project_id: TESTPROJECT });
  const found = (project[list] as Row[]).find((row) => row.id === id);
  if (!found) throw new Error(`${list} ${id} not in staff_project`);
  return found;
}

async function ledgerLength(): Promise<number> {
  return countAsOwner(portal.db, 'select seq from portal.ledger where organisation_id = $1', [TESTDAM]);
}

/** Everything a save could write, as one digest: any stored change alters it. */
async function digest(): Promise<string> {
  const tables = [
    'projects',
    'people',
    'updates',
    'decisions',
    'input_responses',
    'promises',
    'promise_status_changes',
    'council_moments',
    'revisions',
  ];
  const parts = tables.map((t) => `(select coalesce(md5(string_agg(r::text, '|' order by r::text)), '') from portal.${t} r)`);
  const { rows } = await portal.db.query<{ digest: string }>(`select concat_ws(',', ${parts.join(', ')}) as digest`);
  return rows[0]?.digest ?? '';
}

describe('which fields have an English version', () => {
  it('are the same in the database and in src/lib/records/kinds.ts, and each is a text column of the kind', async () => {
    const { rows } = await portal.db.query<{
      kind: PublishableKind;
      table_name: string;
      translatable_fields: Record<string, number>;
      content_fields: string[];
    }>('select kind, table_name, translatable_fields, content_fields from portal.publishable_kinds order by kind');
    expect(rows.map((row) => row.kind).sort()).toEqual([...publishableKinds].sort());
    for (const row of rows) {
      expect(row.translatable_fields, row.kind).toEqual(translatableFields[row.kind]);
      const hasText = Object.keys(row.translatable_fields).length > 0;
      expect(row.content_fields.includes('translations'), row.kind).toBe(hasText);
      expect([...contentFields[row.kind].fields].includes('translations'), row.kind).toBe(hasText);
      const { rows: columns } = await portal.db.query<{ column_name: string; data_type: string }>(
        `select column_name, data_type from information_schema.columns where table_schema = 'portal' and table_name = $1`,
        [row.table_name],
      );
      const types = new Map(columns.map((column) => [column.column_name, column.data_type]));
      expect(types.get('translations'), row.kind).toBe(hasText ? 'jsonb' : undefined);
      for (const field of Object.keys(row.translatable_fields)) {
        if (field === 'responses.*') continue;
        expect(types.get(field), `${row.kind}.${field}`).toBe('text');
      }
    }
  });
});

describe('records without English', () => {
  it('have the public content they had before English versions existed: no translations key, so old ledger hashes hold', async () => {
    const { rows } = await portal.db.query<{ kind: string; content: Record<string, unknown> }>(
      `select v.kind, v.content from portal.record_versions v where v.organisation_id = $1`,
      [TESTDAM],
    );
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(Object.keys(row.content), row.kind).not.toContain('translations');
    // The verifier computes the same hash from what a page shows, with translations {} as the API gives them.
    const document = await timeline();
    const update = document['updates']!.find((row) => row.id === PUBLISHED_UPDATE)!;
    expect(update['translations']).toEqual({});
    const { rows: hashes } = await portal.db.query<{ content_hash: string }>(
      `select l.event ->> 'content_hash' as content_hash from portal.ledger l where l.event ->> 'record_id' = $1 order by l.seq desc limit 1`,
      [PUBLISHED_UPDATE],
    );
    expect(contentHash(contentOf('update', update))).toBe(hashes[0]?.content_hash);
  });
});

describe('an English version of a published record', () => {
  it('is a pending revision until someone who wrote none of it approves it; then it is public, versioned and in the ledger', async () => {
    const row = await staffRow('updates', PUBLISHED_UPDATE);
    const ledgerBefore = await ledgerLength();
    const saved = await callOk(as.editor, 'staff_save_update', {
      ...row,
      project_id: TESTPROJECT,
      updated_at: row.updated_at,
      translations: { en: { title: '  News in English  ', body_md: 'The **English** text.' } },
    });
    expect(saved['translations']).toEqual({ en: { title: 'News in English', body_md: 'The **English** text.' } });
    expect(saved['pending']).toMatchObject({ state: 'draft', changed_fields: ['translations'] });
    // Residents still see no English: nothing is public before approval.
    expect((await timeline())['updates']!.find((u) => u.id === PUBLISHED_UPDATE)?.['translations']).toEqual({});
    expect(await ledgerLength()).toBe(ledgerBefore);

    await callOk(as.editor, 'staff_submit', { kind: 'update', id: PUBLISHED_UPDATE, project_id: TESTPROJECT });
    const refused = await callStaff(as.editor, 'staff_approve', { kind: 'update', id: PUBLISHED_UPDATE, project_id: TESTPROJECT });
    expect(refused.status).toBe(403);
    await callOk(as.approver, 'staff_approve', { kind: 'update', id: PUBLISHED_UPDATE, project_id: TESTPROJECT });

    const shown = (await timeline())['updates']!.find((u) => u.id === PUBLISHED_UPDATE)!;
    expect(shown['translations']).toEqual({ en: { title: 'News in English', body_md: 'The **English** text.' } });
    expect(await ledgerLength()).toBe(ledgerBefore + 1);
    const { rows } = await portal.db.query<{ content: Record<string, unknown>; content_hash: string; event: string }>(
      `select v.content, v.content_hash, v.event from portal.record_versions v where v.record_id = $1 order by v.ledger_seq desc limit 1`,
      [PUBLISHED_UPDATE],
    );
    expect(rows[0]?.event).toBe('revision');
    expect(rows[0]?.content['translations']).toEqual({ en: { title: 'News in English', body_md: 'The **English** text.' } });
    // The page's words, hashed as verify-ledger hashes them, are the ledger's.
    expect(contentHash(contentOf('update', shown))).toBe(rows[0]?.content_hash);
  });

  it('of a promise status change goes into the public history with the change, after approval', async () => {
    const promise = await staffRow('promises', PUBLISHED_PROMISE);
    const asked = await callOk(as.editor, 'staff_change_promise_status', {
      project_id: TESTPROJECT,
      promise_id: PUBLISHED_PROMISE,
      status: promise['status'] === 'kept' ? 'in_progress' : 'kept',
      changed_by: 'Projectleider',
      explanation: 'Gedaan.',
      translations: { en: { explanation: 'Done.', changed_by: 'Project lead' } },
    });
    expect((asked['pending_status'] as Row)['translations']).toEqual({ en: { explanation: 'Done.', changed_by: 'Project lead' } });
    await callOk(as.approver, 'staff_approve', { kind: 'promise_status', id: PUBLISHED_PROMISE, project_id: TESTPROJECT });
    const history = (await timeline())['promises']!.find((p) => p.id === PUBLISHED_PROMISE)!['history'] as Row[];
    expect(history.at(-1)?.['translations']).toEqual({ en: { explanation: 'Done.', changed_by: 'Project lead' } });
  });

  it("of a decision's answer to a theme is kept as responses.<theme id>", async () => {
    const decision = await staffRow('decisions', PUBLISHED_DECISION);
    const saved = await callOk(as.editor, 'staff_save_decision', {
      ...decision,
      project_id: TESTPROJECT,
      translations: { en: { [`responses.${THEME_ONE}`]: 'We planted trees.', title: 'Trees' } },
    });
    expect(saved['translations']).toEqual({ en: { [`responses.${THEME_ONE}`]: 'We planted trees.', title: 'Trees' } });
    expect(saved['pending']).toMatchObject({ changed_fields: ['translations'] });
  });
});

describe('an English version of a draft', () => {
  it('is saved with it in place, and removed again with null or blank text', async () => {
    const row = await staffRow('updates', DRAFT_UPDATE);
    const saved = await callOk(as.editor, 'staff_save_update', {
      ...row,
      project_id: TESTPROJECT,
      translations: { en: { title: 'Draft in English' } },
    });
    expect(saved['translations']).toEqual({ en: { title: 'Draft in English' } });
    expect(saved['pending']).toBeNull();
    const cleared = await callOk(as.editor, 'staff_save_update', {
      ...saved,
      project_id: TESTPROJECT,
      translations: { en: { title: '  ', body_md: null } },
    });
    expect(cleared['translations']).toEqual({});
    // Absent keeps what is there.
    const again = await callOk(as.editor, 'staff_save_update', {
      ...cleared,
      project_id: TESTPROJECT,
      translations: { en: { title: 'Back' } },
    });
    const { translations: _dropped, ...withoutTranslations } = again;
    const kept = await callOk(as.editor, 'staff_save_update', { ...withoutTranslations, project_id: TESTPROJECT, title: 'Nieuwe titel' });
    expect(kept['translations']).toEqual({ en: { title: 'Back' } });
  });
});

describe('hostile English versions', () => {
  const base = () => staffRow('updates', DRAFT_UPDATE);
  const cases: { name: string; fn?: string; translations: unknown; hint: string; input?: () => Promise<Record<string, unknown>> }[] = [
    { name: 'a string', translations: 'English', hint: 'translations' },
    { name: 'a list', translations: [{ en: { title: 'x' } }], hint: 'translations' },
    { name: 'a number', translations: 42, hint: 'translations' },
    { name: 'another language', translations: { de: { title: 'Nachrichten' } }, hint: 'translations' },
    { name: 'English as a string', translations: { en: 'News' }, hint: 'translations' },
    { name: 'a field that has no English version', translations: { en: { slug: 'news' } }, hint: 'translations' },
    { name: 'a made-up field with markup', translations: { en: { '<script>alert(1)</script>': 'x' } }, hint: 'translations' },
    { name: 'a number as text', translations: { en: { title: 42 } }, hint: 'translations.en.title' },
    { name: 'an object as text', translations: { en: { title: { deep: { deeper: 'x' } } } }, hint: 'translations.en.title' },
    { name: 'invisible characters', translations: { en: { title: 'News \u001b[31m red' } }, hint: 'translations.en.title' },
    { name: 'a title of 201 characters', translations: { en: { title: 'a'.repeat(201) } }, hint: 'translations.en.title' },
    { name: 'a text of 20001 characters', translations: { en: { body_md: 'a'.repeat(20001) } }, hint: 'translations.en.body_md' },
    {
      name: 'an answer to a theme the decision does not answer',
      fn: 'staff_save_decision',
      hint: `translations.en.responses.${'6'.repeat(8)}-0000-4000-8000-000000000099`,
      translations: { en: { [`responses.${'6'.repeat(8)}-0000-4000-8000-000000000099`]: 'x' } },
      input: async () => ({ ...(await staffRow('decisions', PUBLISHED_DECISION)), project_id: TESTPROJECT }),
    },
    {
      name: 'an English version of an empty Dutch field',
      fn: 'staff_save_council_moment',
      hint: 'translations.en.outcome_summary',
      translations: { en: { outcome_summary: 'Adopted' } },
      input: async () => ({
        project_id: TESTPROJECT,
        meets_on: '2026-12-10',
        body: 'Gemeenteraad',
        agenda_item: 'Punt 7',
        proposal: 'Plan',
        outcome: 'pending',
      }),
    },
    {
      name: "an e-mail address on a person's card",
      fn: 'staff_save_person',
      hint: 'translations.en.job_title',
      translations: { en: { job_title: 'Contact jan@testdam.example' } },
      input: async () => {
        const project = await callOk(as.editor, 'staff_project', { project_id: TESTPROJECT });
        const person = (project['people'] as Row[]).find((row) => row.id === PUBLISHED_PERSON)!;
        return { ...person, organisation_id: TESTDAM };
      },
    },
  ];

  it.each(cases)('$name → 400 on "$hint", nothing stored', async ({ fn = 'staff_save_update', translations, hint, input }) => {
    const form = input ? await input() : { ...(await base()), project_id: TESTPROJECT };
    const before = await digest();
    const outcome = await callStaff(as.editor, fn, { ...form, translations });
    expect(outcome.status).toBe(400);
    expect(outcome.code).toBe('22023');
    expect(outcome.hint).toBe(hint);
    expect(outcome.message).toMatch(/\S/);
    expect(outcome.message).not.toMatch(/violates|constraint|syntax|operator|invalid input|<script>/i);
    expect(await digest()).toBe(before);
  });

  it('a direct write of another shape is refused by the table itself, whoever writes', async () => {
    const refused = portal.db.query(`update portal.updates set translations = '{"fr": {"title": "x"}}' where id = $1`, [DRAFT_UPDATE]);
    await expect(refused).rejects.toMatchObject({ code: '22023' });
  });

  it('residents cannot write them at all', async () => {
    const outcome = await callStaff(as.anon, 'staff_save_update', {
      id: DRAFT_UPDATE,
      project_id: TESTPROJECT,
      title: 'x',
      body_md: 'y',
      translations: { en: { title: 'x' } },
    });
    expect([401, 403]).toContain(outcome.status);
  });
});
