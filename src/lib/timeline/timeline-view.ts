import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { ProjectTimeline, TimelineItem } from '../api/project-timeline.ts';
import { localize, sectionNotice, type LocalizedText } from '../content-language/localize.ts';
import { formatDate, formatDateTime, type FormattedTime } from '../format/dates.ts';
import { recordAnchor } from '../records/anchors.ts';
import { amsterdamDate } from './amsterdam-date.ts';
import { timelineFilters, type TimelineFilter } from './timeline-filters.ts';

// The filter groups, apart in timeline-filters.ts for the filter's script; named here too, with the view they group.
export { timelineFilters, type TimelineFilter };

const filterOf: Record<TimelineItem['kind'], TimelineFilter> = {
  phase_start: 'phase',
  handover: 'handover',
  key_date: 'key_date',
  decision: 'decision',
  council_moment: 'council_moment',
  // A letter to the council is part of what the council did and heard: it shows with the council's moments.
  council_letter: 'council_moment',
  promise_made: 'promise',
  promise_status: 'promise',
  update: 'update',
};

/** A piece of text: the page's own words, or a record's text in the reader's language where it has a version in it. */
export interface TimelineText {
  /** Words of the page's language before the text, such as "Decided by". */
  label?: string;
  text: string;
  /** 'nl' for Dutch text standing in on an English page (src/lib/content-language); undefined otherwise. */
  lang: Locale | undefined;
}

export interface TimelineItemView {
  /** Unique within the page; ref_id alone repeats for a promise's status changes. */
  key: string;
  kind: TimelineItem['kind'];
  filter: TimelineFilter;
  kindLabel: string;
  when: FormattedTime;
  heading: TimelineText;
  lines: TimelineText[];
  /**
   * Where the record is told: its anchor on the project page, or for a council information letter its anchor on the
   * project's council page (the project page lists letters in one line each); null where neither has one.
   */
  href: string | null;
  /** Marks what needs attention: a council decision that differs, an overdue or broken promise. */
  attention: boolean;
  isFuture: boolean;
  isCurrentPhase: boolean;
}

export interface TimelineView {
  items: TimelineItemView[];
  /** Items before this index happened on or before `now`; the "now" marker goes between. */
  nowIndex: number;
  now: FormattedTime;
  /** Only the filters that have items, in the fixed order, with their label and count. */
  filters: Array<{ filter: TimelineFilter; label: string; count: number }>;
  /** Said once above the timeline when an English reader gets some of it in Dutch. */
  notice: string | null;
}

/**
 * The one chronological line of a project, from the `timeline` of project_timeline (already ordered by `at`),
 * with each item resolved to its record so the page can say what happened without a second lookup.
 * `now` is the moment the page is built: a static page cannot know a later "now", the freshness notice covers that.
 *
 * @example
 * const view = buildTimeline(doc, 'nl', new Date(doc.generated_at));
 * view.items[view.nowIndex - 1]?.isFuture // => false
 */
export function buildTimeline(timeline: ProjectTimeline, locale: Locale, now: Date): TimelineView {
  const t = dictionaryFor(locale);
  const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.id, row]));
  const phases = byId(timeline.phases);
  const handovers = byId(timeline.handovers);
  const keyDates = byId(timeline.key_dates);
  const decisions = byId(timeline.decisions);
  const moments = byId(timeline.council_moments);
  const letters = byId(timeline.council_letters);
  const promises = byId(timeline.promises);
  const updates = byId(timeline.updates);
  const day = (at: string) => formatDate(amsterdamDate(at), locale);
  let untranslated = false;
  const field = ({ text, lang, translated }: LocalizedText): TimelineText => {
    untranslated ||= !translated;
    return { text, lang };
  };
  // Database text without a record to translate it from (a name): marked as Dutch on an English page, not announced.
  const content = (text: string): TimelineText => ({ text, lang: localize({ text }, 'text', locale).lang });
  const words = (text: string): TimelineText => ({ text, lang: undefined });
  const labelled = (label: string, text: TimelineText): TimelineText => ({ label, ...text });
  const seen = new Map<string, number>();

  const items = timeline.timeline.map((item): TimelineItemView => {
    const base = {
      kind: item.kind,
      filter: filterOf[item.kind],
      kindLabel: t.project.itemLabel[item.kind],
      when: day(item.at),
      heading: content(item.title),
      lines: [] as TimelineText[],
      href: null as string | null,
      attention: false,
      isFuture: new Date(item.at).getTime() > now.getTime(),
      isCurrentPhase: false,
    };
    const count = (seen.get(`${item.kind}-${item.ref_id}`) ?? 0) + 1;
    seen.set(`${item.kind}-${item.ref_id}`, count);
    const key = `${item.kind}-${item.ref_id}-${count}`;
    switch (item.kind) {
      case 'phase_start': {
        const phase = phases.get(item.ref_id);
        if (!phase) break;
        base.heading = field(localize(phase, 'title', locale));
        base.lines.push(words(`${t.phaseKind[phase.kind]} · ${t.participationLevel[phase.participation_level]}`));
        base.href = `#${recordAnchor('phase', phase.id)}`;
        base.isCurrentPhase = phase.is_current === true;
        if (base.isCurrentPhase) base.lines.push(words(t.project.currentPhase));
        break;
      }
      case 'handover': {
        const handover = handovers.get(item.ref_id);
        if (!handover) break;
        const from = localize(handover, 'from_department', locale);
        const to = localize(handover, 'to_department', locale);
        base.heading = { text: `${from.text} → ${to.text}`, lang: from.lang ?? to.lang };
        if (handover.to_person) base.lines.push(labelled(t.project.newContact, content(handover.to_person.name)));
        base.lines.push(field(localize(handover, 'note', locale)));
        break;
      }
      case 'key_date': {
        const keyDate = keyDates.get(item.ref_id);
        if (!keyDate) break;
        base.heading = field(localize(keyDate, 'title', locale));
        base.when = formatDateTime(keyDate.starts_at, locale);
        base.lines.push(words(t.keyDateKind[keyDate.kind]));
        base.href = `#${recordAnchor('key-date', keyDate.id)}`;
        break;
      }
      case 'decision': {
        const decision = decisions.get(item.ref_id);
        if (!decision) break;
        base.heading = field(localize(decision, 'title', locale));
        base.lines.push(labelled(t.project.decidedBy, field(localize(decision, 'decided_by', locale))));
        base.href = `#${recordAnchor('decision', decision.id)}`;
        break;
      }
      case 'council_moment': {
        const moment = moments.get(item.ref_id);
        if (!moment) break;
        base.heading = field(localize(moment, 'agenda_item', locale));
        base.lines.push(labelled(t.project.outcome, words(t.councilOutcome[moment.outcome])));
        if (moment.differs_from_participation) {
          base.lines.push(words(t.project.differs));
          base.attention = true;
        }
        base.href = `#${recordAnchor('council-moment', moment.id)}`;
        break;
      }
      case 'council_letter': {
        const letter = letters.get(item.ref_id);
        if (!letter) break;
        base.heading = field(localize(letter, 'title', locale));
        if (letter.reference) base.lines.push(words(letter.reference));
        base.href = `${pathFor({ page: 'projectCouncil', slug: timeline.project.slug }, locale)}#${recordAnchor('council-letter', letter.id)}`;
        break;
      }
      case 'promise_made': {
        const promise = promises.get(item.ref_id);
        if (!promise) break;
        base.heading = field(localize(promise, 'body', locale));
        base.lines.push(labelled(t.project.promisedBy, field(localize(promise, 'made_by', locale))));
        base.href = `#${recordAnchor('promise', promise.id)}`;
        break;
      }
      case 'promise_status': {
        const promise = promises.get(item.ref_id);
        if (!promise) break;
        // The API puts the new status in `title`; the change itself is the history entry at the same moment.
        const at = new Date(item.at).getTime();
        const change = promise.history.find((entry) => new Date(entry.changed_at).getTime() === at && entry.status === item.title);
        const status = change?.status ?? promise.status;
        base.heading = field(localize(promise, 'body', locale));
        base.lines.push(labelled(t.project.newStatus, words(t.promiseStatus[status])));
        if (change?.explanation) base.lines.push(field(localize(change, 'explanation', locale)));
        base.attention = status === 'broken';
        base.href = `#${recordAnchor('promise', promise.id)}`;
        break;
      }
      case 'update': {
        const update = updates.get(item.ref_id);
        if (!update) break;
        base.heading = field(localize(update, 'title', locale));
        base.when = formatDateTime(update.published_at, locale);
        base.href = `#${recordAnchor('update', update.id)}`;
        break;
      }
    }
    return { key, ...base };
  });

  const firstFuture = items.findIndex((item) => item.isFuture);
  const nowIndex = firstFuture === -1 ? items.length : firstFuture;
  const filters = timelineFilters
    .map((filter) => ({ filter, label: t.project.timelineKind[filter], count: items.filter((item) => item.filter === filter).length }))
    .filter((entry) => entry.count > 0);
  return { items, nowIndex, now: day(now.toISOString()), filters, notice: untranslated ? sectionNotice(locale, [{ untranslated }]) : null };
}
