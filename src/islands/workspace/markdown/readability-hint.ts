import type { EditorText } from '../../../i18n/text/editor.ts';
import { maxSentenceWords, type ReadabilityReport } from '../../../lib/readability/readability.ts';
import type { Locale } from '../../../i18n/locales.ts';

// What the hint under the editor says, as data: the component only lays it out. Short on purpose: at most three
// long sentences and a few hard words, so the hint helps rather than lectures.

export const maxLongSentencesShown = 3;
export const maxHardWordsShown = 5;

export interface HintList {
  title: string;
  items: string[];
  /** "And 4 more.", when the list was cut. */
  more: string | null;
}

export interface ReadabilityHint {
  tip: string;
  /** Set when there is nothing to improve. */
  fine: string | null;
  score: string | null;
  lists: HintList[];
  neverBlocks: string;
}

/**
 * The hint for a readability report, or null when there is no text to judge yet.
 *
 * @example
 * readabilityHint(analyseReadability('Wij faciliteren dit.', 'nl'), editorNl, 'nl')?.lists[0]?.items
 * // => ['“faciliteren”: schrijf liever “mogelijk maken”']
 */
export function readabilityHint(report: ReadabilityReport, text: EditorText, locale: Locale): ReadabilityHint | null {
  if (report.words === 0 || report.score === null || report.level === null) return null;
  const t = text.hint;
  const lists: HintList[] = [];
  if (report.longSentences.length > 0) {
    lists.push(
      cut(
        t.longSentences(maxSentenceWords[locale]),
        report.longSentences.map((sentence) => t.sentence(sentence.start, sentence.words)),
        maxLongSentencesShown,
        t.more,
      ),
    );
  }
  if (report.hardWords.length > 0) {
    lists.push(
      cut(
        t.hardWords,
        report.hardWords.map((word) => (word.alternative === null ? t.longWord(word.word) : t.officialese(word.word, word.alternative))),
        maxHardWordsShown,
        t.more,
      ),
    );
  }
  return {
    tip: t.tip,
    fine: lists.length === 0 ? t.fine : null,
    score: t.score(report.score, text.level[report.level]),
    lists,
    neverBlocks: t.neverBlocks,
  };
}

function cut(title: string, items: string[], max: number, more: (count: number) => string): HintList {
  return { title, items: items.slice(0, max), more: items.length > max ? more(items.length - max) : null };
}
