import type { Locale } from '../../i18n/locales.ts';
import { markdownToPlainText } from '../markdown/plain-text.ts';
import { findOfficialese } from './officialese.ts';
import { splitSentences } from './sentences.ts';
import { letterCount, syllables, tokenize } from './words.ts';

// A B1 plain-language hint for staff writing an update. It only advises: nothing here blocks saving. The
// thresholds follow common Dutch and English plain-language guidance (a sentence of at most about 20 words;
// long compounds and long words are hard for readers at B1).

/** A sentence with more words than this is long. */
export const maxSentenceWords: Record<Locale, number> = { nl: 20, en: 20 };

/** Dutch compounds: more letters than this, or at least this many syllables, is a hard word. */
const nlMaxLetters = 14;
const nlHardSyllables = 5;
/** English: at least this many syllables is a hard word. */
const enHardSyllables = 4;

export type ReadabilityLevel = 'easy' | 'fairlyEasy' | 'fairlyHard' | 'hard' | 'veryHard';

export interface LongSentence {
  /** The whole sentence. */
  text: string;
  words: number;
  /** Its first words, to find it again in the text. */
  start: string;
}

export interface HardWord {
  word: string;
  /** Why it is hard: a long word or compound, or officialese with a plainer alternative. */
  reason: 'long' | 'officialese';
  alternative: string | null;
}

export interface ReadabilityReport {
  sentences: number;
  words: number;
  /** Flesch-Douma (Dutch) or Flesch reading ease (English), 0 to 100 (higher is easier); null without words. */
  score: number | null;
  level: ReadabilityLevel | null;
  longSentences: LongSentence[];
  /** Officialese first, then long words; each word once, whatever its case. */
  hardWords: HardWord[];
}

const firstWords = 6;

/**
 * The readability of Markdown in Dutch or English: long sentences, hard words and an overall score.
 *
 * @example
 * analyseReadability('Wij faciliteren de bewonersbijeenkomst.', 'nl').hardWords.map((w) => w.word)
 * // => ['faciliteren', 'bewonersbijeenkomst']
 */
export function analyseReadability(markdown: string, locale: Locale): ReadabilityReport {
  const text = markdownToPlainText(markdown, { linkUrls: false });
  const sentences = splitSentences(text, locale);
  let wordCount = 0;
  let syllableCount = 0;
  const longSentences: LongSentence[] = [];
  const longWords = new Map<string, HardWord>();

  for (const sentence of sentences) {
    const tokens = tokenize(sentence);
    wordCount += tokens.length;
    for (const token of tokens) {
      // Numbers and addresses are read as one unit; they count as one syllable and are never hard words.
      if (token.kind !== 'word') {
        syllableCount += 1;
        continue;
      }
      syllableCount += syllables(token.text, locale);
      if (isLongWord(token.text, locale) && !longWords.has(token.text.toLowerCase())) {
        longWords.set(token.text.toLowerCase(), { word: token.text, reason: 'long', alternative: null });
      }
    }
    if (tokens.length > maxSentenceWords[locale]) {
      const words = sentence.split(/\s+/);
      longSentences.push({ text: sentence, words: tokens.length, start: `${words.slice(0, firstWords).join(' ')}…` });
    }
  }

  const officialese: HardWord[] = findOfficialese(text, locale).map(({ found, entry }) => ({
    word: found.replace(/\s+/g, ' '),
    reason: 'officialese',
    alternative: entry.alternative,
  }));
  const named = new Set(officialese.map((word) => word.word.toLowerCase()));
  const hardWords = [...officialese, ...Array.from(longWords.values()).filter((word) => !named.has(word.word.toLowerCase()))];

  const score =
    wordCount === 0 || sentences.length === 0 ? null : readingScore(wordCount / sentences.length, syllableCount / wordCount, locale);
  return { sentences: sentences.length, words: wordCount, score, level: score === null ? null : levelOf(score), longSentences, hardWords };
}

/** A long word: in Dutch a long compound, in English a word of many syllables. Each part of a hyphenated word counts on its own. */
function isLongWord(word: string, locale: Locale): boolean {
  return word
    .split(/[-‐]/)
    .some((part) =>
      locale === 'nl'
        ? letterCount(part) > nlMaxLetters || syllables(part, 'nl') >= nlHardSyllables
        : syllables(part, 'en') >= enHardSyllables,
    );
}

/**
 * Flesch-Douma (nl): 206.835 − 0.93 × words per sentence − 77 × syllables per word. Flesch reading ease (en):
 * 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Clamped to 0–100 and rounded.
 */
export function readingScore(wordsPerSentence: number, syllablesPerWord: number, locale: Locale): number {
  const raw =
    locale === 'nl'
      ? 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord
      : 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  return Math.round(Math.min(100, Math.max(0, raw)));
}

/** The usual bands of both Flesch scales; B1 text scores about 60 or more. */
export function levelOf(score: number): ReadabilityLevel {
  if (score >= 80) return 'easy';
  if (score >= 60) return 'fairlyEasy';
  if (score >= 50) return 'fairlyHard';
  if (score >= 30) return 'hard';
  return 'veryHard';
}
