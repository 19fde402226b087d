import type { Locale } from '../../i18n/locales.ts';

// Words and syllables for the readability hint and score. Syllables are counted with vowel groups, the usual
// approximation for both Flesch formulas: good enough to rank texts, not a hyphenation dictionary.

export type TokenKind = 'word' | 'number' | 'address';

export interface Token {
  /** The token without surrounding punctuation. */
  text: string;
  kind: TokenKind;
}

const address = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)|^[^\s@]+@[^\s@]+\.[^\s@]+$|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S*$/iu;

/**
 * The tokens of a sentence: words, numbers ("2026", "3,5", "€ 150.000") and addresses (URLs, e-mail addresses),
 * which count for a sentence's length but are never hard words.
 *
 * @example
 * tokens('Zie https://x.example/a, of bel 14 020.').map((t) => t.kind) // => ['word', 'address', 'word', 'word', 'number', 'number']
 */
export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  for (const raw of sentence.split(/\s+/)) {
    if (address.test(raw.replace(/[.,;:!?)\]"'’”]+$/u, ''))) {
      out.push({ text: raw.replace(/[.,;:!?)\]"'’”]+$/u, ''), kind: 'address' });
      continue;
    }
    const text = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (text === '') continue;
    out.push({ text, kind: /\p{L}/u.test(text) ? 'word' : 'number' });
  }
  return out;
}

/** The letters of a word, without hyphens, apostrophes and digits. */
export function letterCount(word: string): number {
  return (word.match(/\p{L}/gu) ?? []).length;
}

/**
 * Syllables of one word, at least 1. Dutch: every vowel group is a syllable ("ij" is one vowel), and a vowel with
 * a diaeresis starts a new one (coördinatie, geïnteresseerd). English: vowel groups, less a silent final e.
 *
 * @example
 * syllables('bewonersavond', 'nl') // => 5
 * syllables('community', 'en') // => 4
 */
export function syllables(word: string, locale: Locale): number {
  const lower = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (lower === '') return 1;
  return Math.max(1, locale === 'nl' ? dutchSyllables(lower) : englishSyllables(lower));
}

function dutchSyllables(word: string): number {
  // A diaeresis marks a new syllable: split there first, then count vowel groups in each part.
  const parts = word.split(/(?=[ëïöüä])/u);
  return parts.reduce((sum, part) => sum + (part.match(/(?:ij|[aeiouyàáâèéêìíîòóôùúûëïöüä])+/gu) ?? []).length, 0);
}

function englishSyllables(word: string): number {
  let stem = word;
  // Silent endings: "make", "shapes", "named" (but "table", "needed" keep theirs).
  if (stem.length > 2) stem = stem.replace(/(?:[^laeiouy]es|[^dt]ed|[^laeiouy]e)$/, (ending) => ending.slice(0, 1));
  stem = stem.replace(/^y/, '');
  return (stem.match(/[aeiouy]+/g) ?? []).length;
}
