import { glossary, type GlossaryEntry } from './glossary.ts';
import type { Locale } from './locales.ts';

// GLOSSARY.md is written from src/i18n/glossary.ts by `npx tsx scripts/glossary.ts`, and the glossary test
// fails when the two differ: the .ts is the one source, the Markdown its readable copy for newcomers.

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

const words = {
  nl: { not: 'niet', use: 'maar', allowed: 'wel als' },
  en: { not: 'not', use: 'use', allowed: 'allowed when' },
} as const;

function forbiddenList(entry: GlossaryEntry, locale: Locale): string {
  const w = words[locale];
  return entry.forbidden
    .map((variant) => {
      const allowed = variant.allowedWhen ? ` (${w.allowed} ${variant.allowedWhen})` : '';
      return `${w.not} "${variant.variant}", ${w.use} ${variant.use}${allowed}`;
    })
    .join('; ');
}

/** The glossary as a Markdown page: one table per language. */
export function glossaryMarkdown(): string {
  const lines = [
    '# Glossary',
    '',
    '<!-- Written by `npx tsx scripts/glossary.ts` from src/i18n/glossary.ts: edit that file, not this one. -->',
    '',
    'The words the portal uses, on the site, in mails, in the workspace and in the demo data, and the variants it',
    'does not use. `tests/i18n/glossary.test.ts` fails when a forbidden variant appears in a text of `src/i18n`, a',
    'label of the workspace forms or the demo seed, and when a mail subject stacks colons ("Project: besluit: …").',
    '',
  ];
  for (const [locale, heading, columns] of [
    ['nl', 'Nederlands', '| Term | Betekenis (B1) | Niet gebruiken |'],
    ['en', 'English', '| Term | Meaning (B1) | Not used |'],
  ] as const) {
    lines.push(`## ${heading}`, '', columns, '| --- | --- | --- |');
    for (const term of glossary) {
      const entry = term[locale];
      lines.push(`| ${cell(entry.term)} | ${cell(entry.definition)} | ${cell(forbiddenList(entry, locale))} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
