import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { Motion, PartyVote } from '../api/council-moment.ts';
import type { MotionKind, MotionResult } from '../api/enums.ts';
import { localize, localizeFields, type LocalizedFields } from '../content-language/localize.ts';
import { recordAnchor } from '../records/anchors.ts';

// One view of a motion or amendment for every page that shows one: the project's council page in full (with the
// votes per party); the project page in one line, the phases and the council page as a link to it.

export interface VoteTotals {
  for: number;
  against: number;
}

/** The votes per party as a table, with the totals and one sentence that says the result in words. */
export interface VotesView {
  caption: string;
  /** "Aangenomen met 19 stemmen voor en 12 tegen.": the table's gist for who does not read tables. */
  summary: string;
  rows: PartyVote[];
  totals: VoteTotals;
}

export interface MotionView {
  id: string;
  /** The element id on the project's council page (recordAnchor('motion', id)). */
  anchor: string;
  kind: MotionKind;
  /** Kind and reference, as a council names it: "Amendement A2026-07"; the kind alone without a reference. */
  name: string;
  title: string;
  /** The lang attributes of its texts: 'nl' where an English page shows the Dutch text (src/lib/content-language). */
  lang: LocalizedFields<'title' | 'submitted_by' | 'asks' | 'result_summary'>['lang'];
  /** True when an English reader gets some of its text in Dutch. */
  untranslated: boolean;
  submittedBy: string;
  /** The label of `asks`: what a motion asks, or what an amendment changes in the proposal. */
  asksLabel: string;
  asks: string;
  result: MotionResult;
  resultLabel: string;
  resultSummary: string | null;
  /** Null when no votes per party were recorded (withdrawn, not voted on yet, or adopted without a vote). */
  votes: VotesView | null;
  sourceUrl: string | null;
}

/** A motion as a link to its place on the project's council page, with its result. */
export interface MotionLinkView {
  id: string;
  href: string;
  name: string;
  title: string;
  titleLang: Locale | undefined;
  resultLabel: string;
}

/** A motion in one line on the project page: the link, and its result in a sentence. */
export interface MotionLineView extends MotionLinkView {
  /** "Aangenomen met 19 stemmen voor en 12 tegen.", or the result alone ("Ingetrokken.") where no votes were recorded. */
  resultSentence: string;
}

/**
 * The votes for and against, summed over the parties.
 *
 * @example
 * voteTotals([{ party: 'VVD', for: 6, against: 0 }, { party: 'SP', for: 0, against: 2 }]) // => { for: 6, against: 2 }
 */
export function voteTotals(votes: readonly PartyVote[]): VoteTotals {
  let votesFor = 0;
  let against = 0;
  for (const vote of votes) {
    votesFor += vote.for;
    against += vote.against;
  }
  return { for: votesFor, against };
}

/**
 * A motion's kind and reference as the council writes them.
 *
 * @example
 * motionName({ kind: 'amendment', reference: 'A2026-07' }, 'nl') // => 'Amendement A2026-07'
 * motionName({ kind: 'motion', reference: null }, 'en') // => 'Motion'
 */
export function motionName(motion: Pick<Motion, 'kind' | 'reference'>, locale: Locale): string {
  const kind = dictionaryFor(locale).motionKind[motion.kind];
  return motion.reference === null ? kind : `${kind} ${motion.reference}`;
}

/**
 * A motion's result in one sentence: with the votes for and against where they were recorded.
 *
 * @example
 * resultSentence(amendment, 'nl') // => 'Aangenomen met 19 stemmen voor en 12 tegen.'
 * resultSentence({ result: 'withdrawn', votes: [] }, 'en') // => 'Withdrawn.'
 */
export function resultSentence(motion: Pick<Motion, 'result' | 'votes'>, locale: Locale): string {
  const t = dictionaryFor(locale);
  const resultLabel = t.motionResult[motion.result];
  if (motion.votes.length === 0) return `${resultLabel}.`;
  const totals = voteTotals(motion.votes);
  return t.councilRecords.voteSummary(resultLabel, totals.for, totals.against);
}

/**
 * A motion or amendment in full, in words of the chosen language.
 *
 * @example
 * buildMotionView(amendment, 'nl').votes?.summary // => 'Aangenomen met 19 stemmen voor en 12 tegen.'
 */
export function buildMotionView(motion: Motion, locale: Locale): MotionView {
  const t = dictionaryFor(locale);
  const words = t.councilRecords;
  const c = localizeFields(motion, ['title', 'submitted_by', 'asks', 'result_summary'], locale);
  const resultLabel = t.motionResult[motion.result];
  const totals = voteTotals(motion.votes);
  return {
    id: motion.id,
    anchor: recordAnchor('motion', motion.id),
    kind: motion.kind,
    name: motionName(motion, locale),
    title: c.text.title,
    lang: c.lang,
    untranslated: c.untranslated,
    submittedBy: c.text.submitted_by,
    asksLabel: words.asks[motion.kind],
    asks: c.text.asks,
    result: motion.result,
    resultLabel,
    resultSummary: c.text.result_summary,
    votes:
      motion.votes.length === 0
        ? null
        : {
            caption: words.votesCaption(t.motionKind[motion.kind].toLowerCase(), motion.reference),
            summary: resultSentence(motion, locale),
            rows: motion.votes,
            totals,
          },
    sourceUrl: motion.source_url,
  };
}

/**
 * A motion as a link: `page` is the path of the project's council page for a link from another page, '' on that
 * page itself.
 *
 * @example
 * motionLink(amendment, 'nl', '/projecten/parkeren/gemeenteraad/') // => { href: '/projecten/parkeren/gemeenteraad/#motion-…', name: 'Amendement A2026-07', … }
 */
export function motionLink(motion: Motion, locale: Locale, page = ''): MotionLinkView {
  const title = localize(motion, 'title', locale);
  return {
    id: motion.id,
    href: `${page}#${recordAnchor('motion', motion.id)}`,
    name: motionName(motion, locale),
    title: title.text,
    titleLang: title.lang,
    resultLabel: dictionaryFor(locale).motionResult[motion.result],
  };
}

/**
 * Rows grouped by a key, each group in the order of the rows: one pass, so a page over many projects never
 * searches a list per record.
 *
 * @example
 * groupBy(motions, (motion) => motion.council_moment_id).get(momentId) // => the moment's motions, in API order
 */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const value = key(row);
    const group = groups.get(value);
    if (group) group.push(row);
    else groups.set(value, [row]);
  }
  return groups;
}

/**
 * A motion in one line, for the project page: a link to it in full on the project's council page (`page`), and
 * its result in a sentence.
 *
 * @example
 * motionLine(amendment, 'nl', '/projecten/parkeren/gemeenteraad/').resultSentence // => 'Aangenomen met 19 stemmen voor en 12 tegen.'
 */
export function motionLine(motion: Motion, locale: Locale, page: string): MotionLineView {
  return { ...motionLink(motion, locale, page), resultSentence: resultSentence(motion, locale) };
}
