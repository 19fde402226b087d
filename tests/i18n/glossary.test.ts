import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { glossaryMarkdown } from '../../src/i18n/glossary-markdown.ts';
import { findForbiddenVariants, glossary } from '../../src/i18n/glossary.ts';
import { nl } from '../../src/i18n/nl.ts';
import { mailEn, mailNl } from '../../src/i18n/text/mail.ts';
import { formsByKind } from '../../src/lib/workspace/forms/index.ts';
import { openDatabase } from '../../src/services/local-supabase/index.ts';
import { sqlLiteralsOf, sqlStringLiterals, textsOf, textsOfFolder, type Text } from './collect-texts.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Each forbidden variant in the texts, as one readable line per find. */
function violations(texts: readonly Text[]): string[] {
  return texts.flatMap(({ where, locale, text }) =>
    findForbiddenVariants(text, locale).map((v) => `${where} (${locale}): "${v.found}" — use ${v.use}`),
  );
}

/** The subjects among a mail text's strings: the results of its subject functions. */
function mailSubjects(texts: readonly Text[]): Text[] {
  return texts.filter((text) => /\.subject\w*\(\)$/.test(text.where));
}

/** Subjects with more than one colon ("Project: besluit: titel"), which read as a path instead of a sentence. */
function stackedColons(subjects: readonly Text[]): string[] {
  return subjects.filter(({ text }) => (text.match(/:/g) ?? []).length > 1).map(({ where, text }) => `${where}: ${text}`);
}

describe('the glossary', () => {
  it('catches a forbidden variant, and leaves the right uses alone', () => {
    expect(findForbiddenVariants('Deze belofte is over tijd.', 'nl').map((v) => v.term)).toEqual(['promise', 'overdue']);
    expect(
      findForbiddenVariants('Volgende besluit in de raad. 3 concept(en). Neem uw ID mee.', 'nl')
        .map((v) => v.term)
        .sort(),
    ).toEqual(['identity-document', 'next-decision', 'plurals']);
    expect(findForbiddenVariants('Uw email instellingen', 'nl').length).toBeGreaterThan(0);
    expect(
      findForbiddenVariants(
        'Het volgende besluit. Een inspraakreactie. Uw e-mailadres {email} en e-mailinstellingen. Besloot, besloten. In uitvoering.',
        'nl',
      ),
    ).toEqual([]);
    expect(findForbiddenVariants('Unsubscribe. Bring your ID.', 'en')).toEqual([]);
    expect(
      findForbiddenVariants('Key dates and past due commitments', 'en')
        .map((v) => v.found)
        .sort(),
    ).toEqual(['Key dates', 'commitments', 'past due']);
  });

  it('finds a planted variant through the same walk the real texts take', () => {
    const planted = textsOf(
      { status: { in_progress: 'Mee bezig' }, count: (n: number) => `${n} wacht(en)`, label: { nl: 'Belangrijke data', en: 'Key dates' } },
      'nl',
      'planted',
    );
    const found = new Set(
      planted.flatMap(({ where, locale, text }) => findForbiddenVariants(text, locale).map((v) => `${where} ${v.term}`)),
    );
    expect([...found].sort()).toEqual([
      'planted.count() plurals',
      'planted.label.en key-date',
      'planted.label.nl key-date',
      'planted.status.in_progress promise-status',
    ]);
  });

  it('has one entry per id, and a pattern for every variant that compiles', () => {
    const ids = glossary.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const term of glossary) {
      for (const entry of [term.nl, term.en]) {
        expect(entry.term.length, term.id).toBeGreaterThan(0);
        expect(entry.definition.length, term.id).toBeGreaterThan(0);
        for (const variant of entry.forbidden) expect(() => new RegExp(variant.pattern, 'u')).not.toThrow();
      }
    }
  });

  it('is mirrored in GLOSSARY.md (run `npx tsx scripts/glossary.ts` after a change)', () => {
    expect(readFileSync(`${root}GLOSSARY.md`, 'utf8')).toBe(glossaryMarkdown());
  });
});

describe('the words residents and staff read', () => {
  it('use no forbidden variant in any text of src/i18n, the mails included', async () => {
    const texts = [...(await textsOfFolder(`${root}src/i18n/text`)), ...textsOf(nl, 'nl', 'nl.ts'), ...textsOf(en, 'en', 'en.ts')];
    expect(texts.length).toBeGreaterThan(500);
    expect(violations(texts)).toEqual([]);
  });

  it('use no forbidden variant in the labels and help of the workspace forms', () => {
    // Only the words staff read: the form's name and each field's label and help, not its machine names and types.
    const texts = Object.entries(formsByKind).flatMap(([kind, spec]) => [
      ...textsOf(spec.name, 'nl', `form ${kind}.name`),
      ...spec.fields.flatMap((field, index) => {
        const { label, help } = field as { label: unknown; help?: unknown };
        return textsOf(help === undefined ? { label } : { label, help }, 'nl', `form ${kind}.fields[${index}]`);
      }),
    ]);
    expect(texts.filter((text) => text.locale === 'en').length).toBeGreaterThan(50);
    expect(violations(texts)).toEqual([]);
  });

  it('give every mail subject at most one colon', () => {
    const subjects = mailSubjects([...textsOf(mailNl, 'nl', 'mail nl'), ...textsOf(mailEn, 'en', 'mail en')]);
    expect(subjects.length).toBeGreaterThan(20);
    expect(stackedColons(subjects)).toEqual([]);
    // The same check finds a stacked subject.
    const planted = mailSubjects(textsOf({ notice: { subject: (project: string) => `${project}: besluit: iets` } }, 'nl', 'planted'));
    expect(stackedColons(planted).length).toBeGreaterThan(0);
  });
});

describe('the demo data (supabase/seed.sql)', () => {
  it('uses no forbidden variant', () => {
    const literals = sqlStringLiterals(`${root}supabase/seed.sql`);
    expect(literals.length).toBeGreaterThan(500);
    expect(violations(literals).map((line) => line.replace(root, ''))).toEqual([]);
  });

  it('finds a planted variant in SQL, in the language of each text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    try {
      const file = join(dir, 'seed.sql');
      writeFileSync(
        file,
        `insert into t values ('De belofte is over tijd.'), ('Bring your ID to the meeting.'), ('-- niet: belofte');\n-- een belofte in commentaar telt niet\n`,
      );
      expect(violations(sqlStringLiterals(file)).map((line) => line.replace(`${file}:`, ''))).toEqual([
        '1 (nl): "belofte" — use toezegging',
        '1 (nl): "over tijd" — use te laat',
        // "--" inside a literal is text, not a comment.
        '1 (nl): "belofte" — use toezegging',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the messages of the database functions (the API)', () => {
  // Read from the migrated database, not from the migration files: a later migration may replace a function,
  // and only the definition in force speaks to residents and staff. Comments on functions are developer
  // documentation and live elsewhere (pg_description).
  it('use no forbidden variant', async () => {
    const db = await openDatabase({ seedFiles: [] });
    try {
      const { rows } = await db.query<{ name: string; body: string }>(
        `select n.nspname || '.' || p.proname as name, p.prosrc as body
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname in ('public', 'portal') and p.prolang = (select oid from pg_language where lanname = 'plpgsql')`,
      );
      expect(rows.length).toBeGreaterThan(50);
      const literals = rows.flatMap(({ name, body }) => sqlLiteralsOf(body, name));
      expect(literals.filter((text) => text.locale === 'nl').length).toBeGreaterThan(200);
      expect(violations(literals)).toEqual([]);
      // The rules of the eight-keys check are data, not function bodies: the monitor and the workspace show their words.
      const { rows: rules } = await db.query<{
        rule: string;
        title_nl: string;
        title_en: string;
        explanation_nl: string;
        explanation_en: string;
      }>('select rule, title_nl, title_en, explanation_nl, explanation_en from portal.check_rules');
      expect(rules.length).toBeGreaterThan(10);
      const ruleTexts = rules.flatMap((rule): Text[] => [
        { where: `check_rules.${rule.rule}.title_nl`, locale: 'nl', text: rule.title_nl },
        { where: `check_rules.${rule.rule}.explanation_nl`, locale: 'nl', text: rule.explanation_nl },
        { where: `check_rules.${rule.rule}.title_en`, locale: 'en', text: rule.title_en },
        { where: `check_rules.${rule.rule}.explanation_en`, locale: 'en', text: rule.explanation_en },
      ]);
      expect(violations(ruleTexts)).toEqual([]);
      // The same walk finds a variant in a function body.
      expect(violations(sqlLiteralsOf("begin perform portal.invalid('x', 'Kies het abonnement.', 'Choose.'); end", 'planted'))).toEqual([
        'planted:1 (nl): "abonnement" — use volgen',
      ]);
    } finally {
      await db.close();
    }
  });
});
