// Readability of the demo: the project's own B1 measure (analyseReadability, the measure behind the workspace's
// plain-language hint) over every text of supabase/seed.sql as loaded in a real database (PGlite with every
// migration and the demo seed, read back with SQL, so defaults, triggers and the seed's own updates count).
// Per kind of text and overall: mean score (Flesch-Douma for Dutch, Flesch reading ease for English; B1 is about
// 60 or more), the share of long sentences (more than 20 words) and hard words per 100 words. English versions
// (the translations column, where the migrations have it) are measured separately, with the English measure.
// Drafts count too: they are demo text a new user reads in the workspace. See bench/README.md.
//
//   npx tsx bench/readability-demo.ts                 # the table
//   npx tsx bench/readability-demo.ts --json /tmp/readability.json --worst 10
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import type { Locale } from '../src/i18n/locales.ts';
import { analyseReadability } from '../src/lib/readability/readability.ts';
import { openDatabase } from '../src/services/local-supabase/index.ts';

/** The text residents (and staff) read, per table of the demo; names, phone numbers and URLs are left out. */
const textFields: Record<string, { table: string; fields: string[] }> = {
  project: { table: 'portal.projects', fields: ['title', 'summary', 'council_role_explanation', 'budget_note', 'unpublished_reason'] },
  phase: { table: 'portal.phases', fields: ['title', 'open_for_input', 'fixed_frames', 'time_asked', 'results_expected'] },
  handover: { table: 'portal.handovers', fields: ['note'] },
  decision: { table: 'portal.decisions', fields: ['title', 'decision', 'rationale', 'input_used'] },
  input_theme: { table: 'portal.input_themes', fields: ['title', 'you_said'] },
  input_response: { table: 'portal.input_responses', fields: ['we_did'] },
  promise: { table: 'portal.promises', fields: ['body', 'context'] },
  promise_status: { table: 'portal.promise_status_changes', fields: ['explanation'] },
  council_moment: {
    table: 'portal.council_moments',
    fields: ['agenda_item', 'proposal', 'outcome_summary', 'council_reasons', 'effect_on_promises'],
  },
  update: { table: 'portal.updates', fields: ['title', 'body_md', 'unpublished_reason'] },
  key_date: { table: 'portal.key_dates', fields: ['title', 'how_to_join'] },
  group: { table: 'portal.groups_involved', fields: ['name', 'note'] },
  lesson: { table: 'portal.lessons', fields: ['title', 'lesson'] },
};

interface Text {
  kind: string;
  field: string;
  locale: Locale;
  text: string;
}

interface Measured extends Text {
  score: number | null;
  sentences: number;
  words: number;
  longSentences: string[];
  hardWords: string[];
}

interface Summary {
  texts: number;
  words: number;
  /** Mean of the texts' scores (texts without words left out): every title counts as much as a long text. */
  meanScore: number | null;
  /** Mean of the texts' scores weighted by their words: closer to what a reader of the whole page meets. */
  wordWeightedScore: number | null;
  /** Long sentences per sentence, in percent. */
  longSentencePercent: number | null;
  hardWordsPer100Words: number | null;
}

class UsageError extends Error {}

function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'string' }, worst: { type: 'string', default: '0' } },
    strict: true,
  });
  const worst = Number(values.worst);
  if (!Number.isInteger(worst) || worst < 0 || worst > 1000)
    throw new UsageError(`--worst takes a whole number from 0 to 1000; got "${values.worst}".`);
  return { json: values.json, worst };
}

/** Every non-empty text field of every row, and its English version where the row has one. */
async function readTexts(db: PGlite): Promise<Text[]> {
  const texts: Text[] = [];
  for (const [kind, { table, fields }] of Object.entries(textFields)) {
    const { rows } = await db.query<{ row: Record<string, unknown> }>(`select to_jsonb(t) as row from ${table} t order by t::text`);
    for (const { row } of rows) {
      for (const field of fields) {
        const value = row[field];
        if (typeof value === 'string' && value.trim() !== '') texts.push({ kind, field, locale: 'nl', text: value });
      }
      const english = (row.translations as { en?: Record<string, unknown> } | undefined)?.en ?? {};
      for (const [field, value] of Object.entries(english)) {
        if (typeof value === 'string' && value.trim() !== '') texts.push({ kind, field, locale: 'en', text: value });
      }
    }
  }
  return texts;
}

function measure(text: Text): Measured {
  const report = analyseReadability(text.text, text.locale);
  return {
    ...text,
    score: report.score,
    sentences: report.sentences,
    words: report.words,
    longSentences: report.longSentences.map((sentence) => sentence.text),
    hardWords: report.hardWords.map((word) => word.word),
  };
}

function summarise(measured: Measured[]): Summary {
  const scored = measured.filter((m) => m.score !== null);
  const words = measured.reduce((sum, m) => sum + m.words, 0);
  const sentences = measured.reduce((sum, m) => sum + m.sentences, 0);
  const round1 = (value: number) => Math.round(value * 10) / 10;
  return {
    texts: measured.length,
    words,
    meanScore: scored.length === 0 ? null : round1(scored.reduce((sum, m) => sum + (m.score ?? 0), 0) / scored.length),
    wordWeightedScore: words === 0 ? null : round1(scored.reduce((sum, m) => sum + (m.score ?? 0) * m.words, 0) / words),
    longSentencePercent: sentences === 0 ? null : round1((100 * measured.reduce((sum, m) => sum + m.longSentences.length, 0)) / sentences),
    hardWordsPer100Words: words === 0 ? null : round1((100 * measured.reduce((sum, m) => sum + m.hardWords.length, 0)) / words),
  };
}

function printTable(title: string, groups: [string, Summary][]): void {
  console.log(`\n${title}`);
  console.log('kind             texts  words  mean score  by words  long sentences  hard words/100 words');
  const show = (value: number | null, suffix = '') => (value === null ? '-' : `${value.toFixed(1)}${suffix}`);
  for (const [name, s] of groups) {
    console.log(
      `${name.padEnd(16)} ${String(s.texts).padStart(5)} ${String(s.words).padStart(6)}  ${show(s.meanScore).padStart(10)}  ${show(s.wordWeightedScore).padStart(8)}  ${show(s.longSentencePercent, ' %').padStart(14)}  ${show(s.hardWordsPer100Words).padStart(20)}`,
    );
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const db = await openDatabase({ seedFiles: ['supabase/seed.sql'] });
  let measured: Measured[];
  try {
    measured = (await readTexts(db)).map(measure);
  } finally {
    await db.close();
  }

  const report: Record<string, { byKind: Record<string, Summary>; overall: Summary }> = {};
  for (const locale of ['nl', 'en'] as const) {
    const inLocale = measured.filter((m) => m.locale === locale);
    if (inLocale.length === 0) continue;
    const byKind = Object.fromEntries(
      Object.keys(textFields)
        .map((kind) => [kind, summarise(inLocale.filter((m) => m.kind === kind))] as const)
        .filter(([, s]) => s.texts > 0),
    );
    report[locale] = { byKind, overall: summarise(inLocale) };
    printTable(
      locale === 'nl'
        ? 'Dutch texts (Flesch-Douma; B1 is about 60 or more)'
        : 'English versions (Flesch reading ease; B1 is about 60 or more)',
      [...Object.entries(byKind), ['OVERALL', report[locale].overall]],
    );
  }

  if (options.worst > 0) {
    console.log(`\nThe ${options.worst} hardest texts (lowest score):`);
    for (const m of [...measured]
      .filter((m) => m.score !== null)
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
      .slice(0, options.worst)) {
      console.log(`${String(m.score).padStart(4)}  ${m.locale} ${m.kind}.${m.field}: ${m.text.replace(/\s+/g, ' ').slice(0, 110)}`);
    }
    const counts = new Map<string, number>();
    for (const word of measured.flatMap((m) => m.hardWords.map((w) => w.toLowerCase()))) counts.set(word, (counts.get(word) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, options.worst);
    console.log(`\nThe ${top.length} most frequent hard words: ${top.map(([word, n]) => `${word} (${n})`).join(', ')}`);
    console.log('\nLong sentences:');
    for (const m of measured) for (const sentence of m.longSentences) console.log(`  ${m.locale} ${m.kind}.${m.field}: ${sentence}`);
  }

  if (options.json) await writeFile(options.json, `${JSON.stringify({ measuredAt: new Date().toISOString(), report }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
