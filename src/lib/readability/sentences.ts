import type { Locale } from '../../i18n/locales.ts';

// Sentence splitting for the readability hint. Plain text comes from markdownToPlainText: headings, paragraphs,
// list items and table rows are on their own lines, so a line break always ends a sentence. Inside a line, a
// full stop, question mark or exclamation mark ends one, unless it belongs to an abbreviation ("o.a.", "e.g."),
// an initial ("J. Jansen") or a number ("3.5"), or the next word starts with a lower-case letter.

const abbreviations: Record<Locale, ReadonlySet<string>> = {
  nl: new Set([
    'o.a',
    'a.s',
    'bijv',
    'bv',
    'b.v',
    'ca',
    'd.w.z',
    'dhr',
    'dr',
    'drs',
    'e.a',
    'e.d',
    'evt',
    'excl',
    'i.p.v',
    'i.s.m',
    'i.v.m',
    'incl',
    'ing',
    'ir',
    'jl',
    'm.b.t',
    'm.u.v',
    'max',
    'mevr',
    'min',
    'mr',
    'n.a.v',
    'nl',
    'nr',
    'o.b.v',
    'p',
    'prof',
    'resp',
    'st',
    't.a.v',
    't.o.v',
    'vgl',
    'vs',
    'z.g.a.n',
    'z.s.m',
    'zgn',
  ]),
  en: new Set([
    'e.g',
    'i.e',
    'approx',
    'cf',
    'dept',
    'dr',
    'fig',
    'inc',
    'jr',
    'ltd',
    'mr',
    'mrs',
    'ms',
    'no',
    'nos',
    'p',
    'pp',
    'prof',
    'sr',
    'st',
    'vs',
    'a.m',
    'p.m',
    'u.k',
    'u.s',
  ]),
};

/** A list marker that markdownToPlainText writes at the start of a line: "- " or "12. ". */
const listMarker = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** A possible end of a sentence: terminators, closing quotes or brackets, then white space. */
const candidateEnd = /[.!?…]+["'”’»)\]]*\s+/g;

/**
 * The sentences of plain text, trimmed, without list markers, empty ones left out.
 *
 * @example
 * splitSentences('Wij bouwen o.a. een brug. Klaar in 2027!\n- Een lijstje', 'nl')
 * // => ['Wij bouwen o.a. een brug.', 'Klaar in 2027!', 'Een lijstje']
 */
export function splitSentences(text: string, locale: Locale): string[] {
  const sentences: string[] = [];
  for (const rawLine of text.split(/\n+/)) {
    const line = rawLine.replace(listMarker, '').trim();
    let start = 0;
    for (const match of line.matchAll(candidateEnd)) {
      const end = match.index + match[0].length;
      if (end >= line.length) break;
      if (!endsSentence(line.slice(start, match.index + 1), line.slice(end), locale)) continue;
      sentences.push(line.slice(start, end).trim());
      start = end;
    }
    const rest = line.slice(start).trim();
    if (rest !== '') sentences.push(rest);
  }
  return sentences.filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

function endsSentence(before: string, after: string, locale: Locale): boolean {
  // The next sentence starts with a capital, a digit or an opening quote; "ca. tien" is one sentence.
  if (!/^["'“‘«([]?[\p{Lu}\p{N}]/u.test(after)) return false;
  if (!before.endsWith('.')) return true;
  const lastWord =
    /(\S+)\.$/u
      .exec(before)?.[1]
      ?.replace(/^["'“‘«([]+/, '')
      .toLowerCase() ?? '';
  if (abbreviations[locale].has(lastWord)) return false;
  // An initial: "J. Jansen".
  if (/^\p{Lu}$/u.test(lastWord.toUpperCase()) && lastWord.length === 1) return false;
  return true;
}
