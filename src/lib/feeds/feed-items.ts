import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { Decision, ProjectTimeline, Update } from '../api/project-timeline.ts';
import type { TimelineCouncilMoment } from '../api/council-moment.ts';
import type { PromiseHistoryEntry, TimelinePromise } from '../api/promise.ts';
import { formatDate } from '../format/dates.ts';
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
 * The feed entries of one project: published updates, decisions, every public status change of every promise
 * and every council moment with an outcome (pending moments are not news yet), newest first.
 *
 * @example
 * projectFeedEntries(timeline, { locale: 'nl', site: 'https://meedoen.example' })[0]
 * // => { guid: 'urn:uuid:…', title: 'Besluit: Schoolzone wordt 30 km', link: 'https://meedoen.example/projecten/schoolzone/#decision-…', … }
 */
export function projectFeedEntries(timeline: ProjectTimeline, options: FeedEntryOptions): FeedEntry[] {
  const entries = [
    ...timeline.updates.map((update) => updateEntry(timeline, update, options)),
    ...timeline.decisions.map((decision) => decisionEntry(timeline, decision, options)),
    ...timeline.promises.flatMap((promise) =>
      promise.history.map((change) => promiseStatusEntry(timeline, promise, change, options)),
    ),
    ...timeline.council_moments
      .filter((moment) => moment.outcome !== 'pending')
      .map((moment) => councilOutcomeEntry(timeline, moment, options)),
  ];
  return newestFirst(entries);
}

/**
 * The entries of many projects in one list, newest first, at most `limit` of them: a site-wide feed of a
 * municipality with thousands of projects stays a size a feed reader can load.
 */
export function siteFeedEntries(timelines: readonly ProjectTimeline[], options: FeedEntryOptions, limit = 100): FeedEntry[] {
  const all = timelines.flatMap((timeline) => projectFeedEntries(timeline, { ...options, withProjectTitle: true }));
  return newestFirst(all).slice(0, limit);
}

function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  // The guid breaks ties so that two builds of the same data give the same file.
  return entries.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.guid.localeCompare(b.guid));
}

function title(timeline: ProjectTimeline, label: string, text: string, options: FeedEntryOptions): string {
  const own = `${label}: ${shorten(oneLine(text), maxTitleCharacters)}`;
  return options.withProjectTitle ? `${oneLine(timeline.project.title)} – ${own}` : own;
}

function entry(fields: Omit<FeedEntry, 'guid'> & { guidName: string; recordId: string }): FeedEntry {
  return {
    guid: `urn:uuid:${nameBasedUuid(fields.recordId, fields.guidName)}`,
    title: fields.title,
    link: fields.link,
    pubDate: fields.pubDate,
    description: fields.description,
    ...(fields.html === undefined ? {} : { html: fields.html }),
  };
}

function updateEntry(timeline: ProjectTimeline, update: Update, options: FeedEntryOptions): FeedEntry {
  const t = dictionaryFor(options.locale).feeds.feed;
  return entry({
    recordId: update.id,
    guidName: 'update',
    title: title(timeline, t.update, update.title, options),
    link: recordUrl(timeline.project.slug, 'update', update.id, options.locale, options.site),
    pubDate: new Date(update.published_at),
    // Cleaned first: the HTML goes into XML, which forbids most control characters. In a reader the item's title
    // is the top heading, so the body's headings start at h2.
    description: markdownToPlainText(cleanText(update.body_md)),
    html: renderMarkdownOnServer(cleanText(update.body_md), 2),
  });
}

function decisionEntry(timeline: ProjectTimeline, decision: Decision, options: FeedEntryOptions): FeedEntry {
  const t = dictionaryFor(options.locale).feeds.feed;
  return entry({
    recordId: decision.id,
    guidName: 'decision',
    title: title(timeline, t.decision, decision.title, options),
    link: recordUrl(timeline.project.slug, 'decision', decision.id, options.locale, options.site),
    pubDate: new Date(decision.published_at),
    description: paragraphsOf([
      decision.decision,
      `${t.rationale}: ${decision.rationale}`,
      `${t.inputUsed}: ${decision.input_used}`,
      `${t.decidedBy}: ${decision.decided_by} (${formatDate(decision.decided_on, options.locale).text})`,
      decision.source_url && `${t.source}: ${decision.source_url}`,
    ]),
  });
}

function promiseStatusEntry(
  timeline: ProjectTimeline,
  promise: TimelinePromise,
  change: PromiseHistoryEntry,
  options: FeedEntryOptions,
): FeedEntry {
  const dictionary = dictionaryFor(options.locale);
  const t = dictionary.feeds.feed;
  const status = dictionary.promiseStatus[change.status];
  const changedAt = normalisedMoment(change.changed_at);
  return entry({
    recordId: promise.id,
    guidName: `promise-status:${change.status}:${changedAt}`,
    title: title(timeline, `${t.promise} (${status.toLowerCase()})`, promise.body, options),
    link: recordUrl(timeline.project.slug, 'promise', promise.id, options.locale, options.site),
    pubDate: new Date(changedAt),
    description: paragraphsOf([
      promise.body,
      `${t.newStatus}: ${status}`,
      change.explanation && `${t.explanation}: ${change.explanation}`,
      `${t.changedBy}: ${change.changed_by}`,
      `${t.promisedBy}: ${promise.made_by} (${formatDate(promise.made_on, options.locale).text})`,
      promise.due_on && `${t.dueOn}: ${formatDate(promise.due_on, options.locale).text}`,
      change.evidence_url && `${t.source}: ${change.evidence_url}`,
    ]),
  });
}

function councilOutcomeEntry(
  timeline: ProjectTimeline,
  moment: TimelineCouncilMoment,
  options: FeedEntryOptions,
): FeedEntry {
  const dictionary = dictionaryFor(options.locale);
  const t = dictionary.feeds.feed;
  const outcome = dictionary.councilOutcome[moment.outcome];
  return entry({
    recordId: moment.id,
    guidName: `council-outcome:${moment.outcome}`,
    title: title(timeline, `${oneLine(moment.body)} (${outcome.toLowerCase()})`, moment.agenda_item, options),
    link: recordUrl(timeline.project.slug, 'council-moment', moment.id, options.locale, options.site),
    pubDate: meetingDay(timeline, moment),
    description: paragraphsOf([
      `${t.outcome}: ${outcome}`,
      moment.outcome_summary,
      moment.differs_from_participation && t.differs,
      moment.differs_from_participation && moment.council_reasons && `${t.councilReasons}: ${moment.council_reasons}`,
      moment.effect_on_promises && `${t.effectOnPromises}: ${moment.effect_on_promises}`,
      `${t.proposal}: ${moment.proposal}`,
      moment.source_url && `${t.source}: ${moment.source_url}`,
    ]),
  });
}

/**
 * A council moment has a date, not a moment. The API's timeline already places it at midnight in Amsterdam;
 * that is used, so the feed and the project page agree.
 */
function meetingDay(timeline: ProjectTimeline, moment: TimelineCouncilMoment): Date {
  const line = timeline.timeline.find((item) => item.kind === 'council_moment' && item.ref_id === moment.id);
  return new Date(line?.at ?? `${moment.meets_on}T00:00:00Z`);
}
