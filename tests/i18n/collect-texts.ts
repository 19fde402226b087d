import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/i18n/locales.ts';

/** One text a reader sees, with where it comes from, so a failing test names the key to fix. */
export interface Text {
  readonly where: string;
  readonly locale: Locale;
  readonly text: string;
}

// Stand-ins for the values a text function is called with. Several sets, because a function may branch on its
// argument (a count of 1 or more, daily or weekly): each set shows one branch.
const argumentSets: readonly unknown[][] = [
  ['Xx', 'Xx', 'Xx', 'Xx'],
  [1, 1, 1, 1],
  [2, 2, 2, 2],
  ['daily', 2, 'Xx', 'Xx'],
];

/**
 * Every string in a value: strings themselves, the results of text functions called with stand-in arguments,
 * and, in an object holding `{ nl, en }` (a workspace label), each language under its own locale.
 * @example textsOf({ a: 'Open', b: (n: number) => `${n} keer` }, 'nl', 'x') // x.a "Open", x.b "1 keer", …
 */
export function textsOf(value: unknown, locale: Locale, where: string): Text[] {
  if (typeof value === 'string') return [{ where, locale, text: value }];
  if (typeof value === 'function') {
    const results = new Map<string, Text>();
    for (const args of argumentSets) {
      let result: unknown;
      try {
        result = (value as (...args: unknown[]) => unknown)(...args);
      } catch {
        // A function that needs other arguments than these shows its text with the sets that do fit.
        continue;
      }
      // A function may return a string or a structure of them (the sections of a statement).
      for (const text of textsOf(result, locale, `${where}()`)) results.set(`${text.where}\u0000${text.text}`, text);
    }
    if (results.size === 0) throw new Error(`${where}: no stand-in arguments fit this text function`);
    return [...results.values()];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => textsOf(item, locale, `${where}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record['nl'] === 'string' && typeof record['en'] === 'string') {
      return [...textsOf(record['nl'], 'nl', `${where}.nl`), ...textsOf(record['en'], 'en', `${where}.en`)];
    }
    return Object.entries(record).flatMap(([key, child]) => textsOf(child, locale, `${where}.${key}`));
  }
  return [];
}

/** The language of an export of src/i18n/text: `projectNl` is Dutch, `projectEn` English, others neither. */
export function localeOfExport(name: string): Locale | null {
  if (name.endsWith('Nl')) return 'nl';
  if (name.endsWith('En')) return 'en';
  return null;
}

/** Every text of the UI text modules in a folder, by their exports' names. */
export async function textsOfFolder(folder: string): Promise<Text[]> {
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.ts'))
    .sort();
  const texts: Text[] = [];
  for (const file of files) {
    const module = (await import(join(folder, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const locale = localeOfExport(name);
      if (locale) texts.push(...textsOf(value, locale, `${file} ${name}`));
    }
  }
  return texts;
}

const dutchWords = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'is',
  'niet',
  'voor',
  'met',
  'op',
  'wij',
  'u',
  'we',
  'in',
  'dat',
  'die',
  'er',
  'ook',
]);
const englishWords = new Set(['the', 'and', 'of', 'is', 'not', 'for', 'with', 'on', 'we', 'you', 'in', 'that', 'to', 'a', 'it', 'are']);

/**
 * Dutch or English, by counting common short words; Dutch when in doubt, as the demo is Dutch first.
 * @example languageOf('The council decided.') // 'en'
 */
export function languageOf(text: string): Locale {
  let dutch = 0;
  let english = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (dutchWords.has(word)) dutch += 1;
    if (englishWords.has(word)) english += 1;
  }
  return english > dutch ? 'en' : 'nl';
}

/**
 * The string literals of an SQL file that a reader may see (comments left out, and literals without a space,
 * which are identifiers, keys and codes), each with the line it starts on.
 */
export function sqlStringLiterals(path: string): Text[] {
  return sqlLiteralsOf(readFileSync(path, 'utf8'), path);
}

/** As sqlStringLiterals, for SQL source text (a function body, say); `where` names it in the results. */
export function sqlLiteralsOf(source: string, where: string): Text[] {
  const texts: Text[] = [];
  // A literal is '...' with '' for a quote inside; a comment runs from -- outside a literal to the line's end.
  const token = /'((?:[^']|'')*)'|--[^\n]*/g;
  for (const match of source.matchAll(token)) {
    if (match[1] === undefined) continue;
    const text = match[1].replaceAll("''", "'");
    if (!/\s/.test(text)) continue;
    const line = source.slice(0, match.index).split('\n').length;
    texts.push({ where: `${where}:${line}`, locale: languageOf(text), text });
  }
  return texts;
}
