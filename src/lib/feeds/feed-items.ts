import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { Decision, ProjectTimeline, Update } from '../api/project-timeline.ts';
import type { CouncilLetter, Motion, TimelineCouncilMoment } from '../api/council-moment.ts';
import type { PromiseHistoryEntry, TimelinePromise } from '../api/promise.ts';
import { localize, localizeFields, sectionNotice, untranslatedAmong } from '../content-language/localize.ts';
import { buildCouncilMomentView } from '../council/council-moment-view.ts';
import { motionName } from '../council/motion-view.ts';
import { buildDecisionView } from '../decisions/decision-view.ts';
import { buildPromiseHistoryView, buildPromiseView } from '../promises/promise-view.ts';
import { recordUrl } from './links.ts';
import { markdownToPlainText } from '../markdown/plain-text.ts';
import { renderMarkdownOnServer } from '../markdown/render-on-server.ts';
import { cleanText, oneLine, paragraphsOf, shorten } from './plain-text.ts';
import { nameBasedUuid, normalisedMoment } from './stable-id.ts';

/** What a feed says about one public event of a project, before any serialiser escapes it. */
export interface FeedEntry {
  /** Stable across rebuilds and languages: `urn:uuid:` of a name-based UUID of the record and the event. */
  guid: string;
  /** Plain text. */
  title: string;
  /** The project page, with the record's anchor. */
  link: string;
  pubDate: Date;
  /** Plain text, paragraphs separated by blank lines; HTML-escaped only when it is written into RSS. */
  description: string;
  /**
   * For a record written in Markdown (an update): its sanitised HTML (renderMarkdown), which RSS carries instead
   * of the escaped plain text, so a feed reader shows the links, lists and headings the page shows.
   */
  html?: string;
}

export interface FeedEntryOptions {
  locale: Locale;
  site: URL | string | undefined;
  /** Put the project's title in front of each title, for the site-wide feed that mixes projects. */
  withProjectTitle?: boolean;
}

// Titles built from long fields (a promise's text is up to 4000 characters) are cut; the whole text is in the
// description.
const maxTitleCharacters = 200;

/**
 * The feed entries of one project: published updates, decisions, every public status change of every promise,
 * every council moment with an outcome (pending moments are not news yet) and every council information letter,
 * newest first.
 *
 * @example
 * projectFeedEntries(timeline, { locale: 'nl', site: 'https://meedoen.example' })[0]
 * // => { guid: 'urn:uuid:…', title: 'Besluit: Schoolzone wordt 30 km', link: 'https://meedoen.example/projecten/schoolzone/#decision-…', … }
 */
export function projectFeedEntries(timeline: ProjectTimeline, options: FeedEntryOptions): FeedEntry[] {
  return newestFirst(feedEvents(timeline, options), Infinity).map((event) => event.make());
}

/**
 * The entries of many projects in one list, newest first, at most `limit` of them: a site-wide feed of a
 * municipality with thousands of projects stays a size a feed reader can load. Events are ordered first and only
 * the newest `limit` are written out (their Markdown rendered, their texts localised): the feed is re-rendered on
 * every publish, and rendering every update of every project cost seconds.
 */
export function siteFeedEntries(timelines: readonly ProjectTimeline[], options: FeedEntryOptions, limit = 100): FeedEntry[] {
  const all = timelines.flatMap((timeline) => feedEvents(timeline, { ...options, withProjectTitle: true }));
  return newestFirst(all, limit).map((event) => event.make());
}

/** One event of a feed: what orders it (its moment, then its guid), and how to write its entry. */
interface FeedEvent {
  time: number;
  /** Its guid, made when first asked for: only events that share a moment need it to be ordered. */
  guid: () => string;
  make: () => FeedEntry;
}

function feedEvents(timeline: ProjectTimeline, options: FeedEntryOptions): FeedEvent[] {
  return [
    ...timeline.updates.map((update) =>
      event(update.id, 'update', new Date(update.published_at), () => updateEntry(timeline, update, options)),
    ),
    ...timeline.decisions.map((decision) =>
      event(decision.id, 'decision', new Date(decision.published_at), () => decisionEntry(timeline, decision, options)),
    ),
    ...timeline.promises.flatMap((promise) =>
      promise.history.map((change) => {
        const changedAt = normalisedMoment(change.changed_at);
        return event(promise.id, `promise-status:${change.status}:${changedAt}`, new Date(changedAt), () =>
          promiseStatusEntry(timeline, promise, change, options),
        );
      }),
    ),
    ...timeline.council_moments
      .filter((moment) => moment.outcome !== 'pending')
      .map((moment) =>
        event(moment.id, `council-outcome:${moment.outcome}`, meetingDay(timeline, moment), () =>
          councilOutcomeEntry(timeline, moment, options),
        ),
      ),
    ...timeline.council_letters.map((letter) =>
      event(letter.id, 'council-letter', timelineMoment(timeline, 'council_letter', letter.id, letter.sent_on), () =>
        councilLetterEntry(timeline, letter, options),
      ),
    ),
  ];
}

function event(recordId: string, guidName: string, pubDate: Date, make: () => FeedEntry): FeedEvent {
  let guid: string | undefined;
  return { time: pubDate.getTime(), guid: () => (guid ??= guidFor(recordId, guidName)), make };
}

const guidFor = (recordId: string, guidName: string) => `urn:uuid:${nameBasedUuid(recordId, guidName)}`;

/**
 * The newest `limit` events, newest first; the guid breaks ties so that two builds of the same data give the same
 * file. Ordered by moment alone first, so guids (a SHA-1 each) are made only for the events at the cut and their ties:
 * a site feed of 2,000 projects has tens of thousands of events and keeps 100.
 */
function newestFirst(events: FeedEvent[], limit: number): FeedEvent[] {
  events.sort((a, b) => b.time - a.time);
  const last = events[Math.min(limit, events.length) - 1];
  const kept = last === undefined ? [] : events.filter((item) => item.time >= last.time);
  return kept.sort((a, b) => b.time - a.time || a.guid().localeCompare(b.guid())).slice(0, limit);
}

function title(timeline: ProjectTimeline, label: string, text: string, options: FeedEntryOptions): string {
  const own = `${label}: ${shorten(oneLine(text), maxTitleCharacters)}`;
  if (!options.withProjectTitle) return own;
  return `${oneLine(localizeFields(timeline.project, ['title'], options.locale).text.title)} – ${own}`;
}

/**
 * An item's text in the reader's language, field by field (src/lib/content-language); where a field has no
 * version in it, the Dutch text stands in and the item says so once, in its first paragraph.
 */
function notice(locale: Locale, ...parts: Array<{ untranslated: boolean }>): string | null {
  return sectionNotice(locale, parts);
}

function entry(fields: Omit<FeedEntry, 'guid'> & { guidName: string; recordId: string }): FeedEntry {
  return {
    guid: guidFor(fields.recordId, fields.guidName),
    title: fields.title,
    link: fields.link,
    pubDate: fields.pubDate,
    description: fields.description,
    ...(fields.html === undefined ? {} : { html: fields.html }),
  };
}

function updateEntry(timeline: ProjectTimeline, update: Update, options: FeedEntryOptions): FeedEntry {
  const t = dictionaryFor(options.locale).feeds.feed;
  const c = localizeFields(update, ['title', 'body_md'], options.locale);
  const said = notice(options.locale, c);
  // The notice goes in front of the body as a paragraph of its own, in the Markdown so both forms carry it.
  const body = cleanText(said === null ? c.text.body_md : `_${said}_\n\n${c.text.body_md}`);
  return entry({
    recordId: update.id,
    guidName: 'update',
    title: title(timeline, t.update, c.text.title, options),
    link: recordUrl(timeline.project.slug, 'update', update.id, options.locale, options.site),
    pubDate: new Date(update.published_at),
    // Cleaned first: the HTML goes into XML, which forbids most control characters. In a reader the item's title
    // is the top heading, so the body's headings start at h2.
    description: markdownToPlainText(body),
    html: renderMarkdownOnServer(body, 2),
  });
}

function decisionEntry(timeline: ProjectTimeline, decision: Decision, options: FeedEntryOptions): FeedEntry {
  const t = dictionaryFor(options.locale).feeds.feed;
  const view = buildDecisionView(decision, options.locale);
  return entry({
    recordId: decision.id,
    guidName: 'decision',
    title: title(timeline, t.decision, view.title, options),
    link: recordUrl(timeline.project.slug, 'decision', decision.id, options.locale, options.site),
    pubDate: new Date(decision.published_at),
    description: paragraphsOf([
      notice(options.locale, view),
      view.decision,
      `${t.rationale}: ${view.rationale}`,
      `${t.inputUsed}: ${view.inputUsed}`,
      `${t.decidedBy}: ${view.decidedBy} (${view.decidedOn.text})`,
      view.sourceUrl && `${t.source}: ${view.sourceUrl}`,
    ]),
  });
}

function promiseStatusEntry(
  timeline: ProjectTimeline,
  promise: TimelinePromise,
  change: PromiseHistoryEntry,
  options: FeedEntryOptions,
): FeedEntry {
  const t = dictionaryFor(options.locale).feeds.feed;
  const changedAt = normalisedMoment(change.changed_at);
  const view = buildPromiseView(promise, options.locale);
  const h = buildPromiseHistoryView(change, options.locale);
  return entry({
    recordId: promise.id,
    guidName: `promise-status:${change.status}:${changedAt}`,
    title: title(timeline, `${t.promise} (${h.statusLabel.toLowerCase()})`, view.body, options),
    link: recordUrl(timeline.project.slug, 'promise', promise.id, options.locale, options.site),
    pubDate: new Date(changedAt),
    description: paragraphsOf([
      // The entry tells the promise's text and maker, and this one change.
      notice(options.locale, { untranslated: untranslatedAmong(view.lang, ['body', 'made_by']) }, h),
      view.body,
      `${t.newStatus}: ${h.statusLabel}`,
      h.explanation && `${t.explanation}: ${h.explanation}`,
      `${t.changedBy}: ${h.changedBy}`,
      `${t.promisedBy}: ${view.madeBy} (${view.madeOn.text})`,
      view.dueOn && `${t.dueOn}: ${view.dueOn.text}`,
      h.evidenceUrl && `${t.source}: ${h.evidenceUrl}`,
    ]),
  });
}

function councilOutcomeEntry(timeline: ProjectTimeline, moment: TimelineCouncilMoment, options: FeedEntryOptions): FeedEntry {
  const t = dictionaryFor(options.locale).feeds.feed;
  const view = buildCouncilMomentView(moment, options.locale);
  const outcome = view.outcomeLabel;
  const motions = timeline.motions.filter((motion) => motion.council_moment_id === moment.id);
  const motionTitles = motions.map((motion) => localize(motion, 'title', options.locale));
  return entry({
    recordId: moment.id,
    guidName: `council-outcome:${moment.outcome}`,
    title: title(timeline, `${oneLine(view.body)} (${outcome.toLowerCase()})`, view.agendaItem, options),
    link: recordUrl(timeline.project.slug, 'council-moment', moment.id, options.locale, options.site),
    pubDate: meetingDay(timeline, moment),
    description: paragraphsOf([
      notice(options.locale, view, ...motionTitles.map((title) => ({ untranslated: !title.translated }))),
      `${t.outcome}: ${outcome}`,
      view.outcomeSummary,
      view.differsFromParticipation && t.differs,
      view.differsFromParticipation && view.councilReasons && `${t.councilReasons}: ${view.councilReasons}`,
      view.effectOnPromises && `${t.effectOnPromises}: ${view.effectOnPromises}`,
      `${t.proposal}: ${view.proposal ?? ''}`,
      motionLines(
        motions,
        motionTitles.map((title) => title.text),
        options.locale,
      ),
      view.sourceUrl && `${t.source}: ${view.sourceUrl}`,
    ]),
  });
}

/** The motions and amendments of an agenda item, one line each: name, title and result. */
function motionLines(motions: readonly Motion[], titles: readonly string[], locale: Locale): string | false {
  if (motions.length === 0) return false;
  const dictionary = dictionaryFor(locale);
  const lines = motions.map(
    (motion, index) => `- ${motionName(motion, locale)}: ${oneLine(titles[index] ?? '')} (${dictionary.motionResult[motion.result]})`,
  );
  return [`${dictionary.feeds.feed.motions}:`, ...lines].join('\n');
}

function councilLetterEntry(timeline: ProjectTimeline, letter: CouncilLetter, options: FeedEntryOptions): FeedEntry {
  const t = dictionaryFor(options.locale).feeds.feed;
  const c = localizeFields(letter, ['title', 'summary'], options.locale);
  return entry({
    recordId: letter.id,
    guidName: 'council-letter',
    title: title(
      timeline,
      letter.reference === null ? t.councilLetter : `${t.councilLetter} ${oneLine(letter.reference)}`,
      c.text.title,
      options,
    ),
    link: recordUrl(timeline.project.slug, 'council-letter', letter.id, options.locale, options.site),
    pubDate: timelineMoment(timeline, 'council_letter', letter.id, letter.sent_on),
    description: paragraphsOf([notice(options.locale, c), c.text.summary, letter.source_url && `${t.source}: ${letter.source_url}`]),
  });
}

/**
 * A council moment has a date, not a moment. The API's timeline already places it at midnight in Amsterdam;
 * that is used, so the feed and the project page agree.
 */
function meetingDay(timeline: ProjectTimeline, moment: TimelineCouncilMoment): Date {
  return timelineMoment(timeline, 'council_moment', moment.id, moment.meets_on);
}

/** Where the API's timeline places a dated record (a council moment, a letter), so the feed and the page agree. */
function timelineMoment(timeline: ProjectTimeline, kind: 'council_moment' | 'council_letter', id: string, day: string): Date {
  const line = timeline.timeline.find((item) => item.kind === kind && item.ref_id === id);
  return new Date(line?.at ?? `${day}T00:00:00Z`);
}
