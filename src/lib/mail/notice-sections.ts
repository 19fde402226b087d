import type { Locale } from '../../i18n/locales.ts';
import { dictionaryFor } from '../../i18n/index.ts';
import { mailText } from '../../i18n/text/mail.ts';
import { localize, localizeFields, sectionNotice, type TextField } from '../content-language/localize.ts';
import { formatDate, formatDateTime, formatMomentRange } from '../format/dates.ts';
import type { NoticeItem } from './mail-batch.ts';
import { changesUrl, joinUrl, projectUrl, type MailLinks } from './mail-links.ts';
import type { MailBlock } from './mail-layout.ts';
import { updateBlocks } from './update-mail.ts';
import { buildCouncilMomentView } from '../council/council-moment-view.ts';
import { buildDecisionView } from '../decisions/decision-view.ts';
import { buildKeyDateView } from '../projects/key-date-view.ts';
import { buildPromiseCoreView, buildPromiseHistoryView } from '../promises/promise-view.ts';

// What a notice says about one published change: an update, a decision (with its rationale and what was done
// with residents' input), a new promise, a promise's new status (with the explanation), a council outcome, a
// key date (when, where and how to take part), a key date moved, the expectations of the current phase changed
// (before and after, part by part), or a record withdrawn (with the reason). A notice mail shows one item at
// heading level 1; a digest shows each item at level 3, under its project.

/** The expectation fields of a phase, in the order a resident reads them. */
const expectationFields = [
  'participation_level',
  'open_for_input',
  'fixed_frames',
  'time_asked',
  'time_asked_hours',
  'results_expected',
  'results_expected_on',
  'council_role',
  'council_role_explanation',
] as const;

/**
 * The subject of a notice mail about this item.
 *
 * @example
 * noticeSubject({ kind: 'decision', project: { title: 'Schoolzone' }, record: { title: 'Drempels' }, … }, 'nl')
 * // => 'Schoolzone: besluit: Drempels'
 */
export function noticeSubject(item: NoticeItem, locale: Locale): string {
  const t = mailText[locale].notice;
  const words = dictionaryFor(locale);
  const project = localize(item.project, 'title', locale).text;
  switch (item.kind) {
    case 'update':
      return t.update.subject(project, localize(item.record, 'title', locale).text);
    case 'decision':
      return t.decision.subject(project, localize(item.record, 'title', locale).text);
    case 'promise_status':
      return t.promise.subject(project, words.promiseStatus[item.record.status]);
    case 'council_outcome':
      return t.council.subject(project, localize(item.record, 'body', locale).text, words.councilOutcome[item.record.outcome]);
    case 'key_date':
      return t.keyDate.subject(project, words.keyDateKind[item.record.kind], localize(item.record, 'title', locale).text);
    case 'promise':
      return t.newPromise.subject(project);
    case 'invitation':
      return t.invitation.subject(project, localize(item.record, 'title', locale).text);
    case 'key_date_changed':
      return t.keyDateChanged.subject(project, localize(item.record, 'title', locale).text);
    case 'expectations_changed':
      return t.expectations.subject(project);
    case 'withdrawal':
      return item.record.kind === 'key_date'
        ? t.withdrawal.subjectCancelled(project, item.record.title ?? '')
        : t.withdrawal.subject(project, item.record.title ?? words.recordKind[item.record.kind]);
  }
}

/** When and where a key date is, in one line each, for the before-and-after of a moved one. */
function keyDateMoment(
  content: { starts_at: string; ends_at: string | null; location: string | null; online_url: string | null },
  locale: Locale,
): string {
  const parts = [formatMomentRange(content.starts_at, content.ends_at, locale)];
  if (content.location?.trim()) parts.push(content.location);
  if (content.online_url) parts.push(content.online_url);
  return parts.join('\n');
}

/** A web address from the database in the form a mail link needs (quotes and spaces percent-encoded). */
function normalisedUrl(url: string): string {
  return new URL(url).href;
}

/**
 * The blocks of one notice item, its heading at `level`, in the recipient's language: each text in English where
 * staff wrote an English version, the Dutch text otherwise, and then the item says so once, under its heading.
 */
export function noticeBlocks(item: NoticeItem, links: MailLinks, level: 1 | 3): MailBlock[] {
  const blocks = itemBlocks(item, links, level);
  const notice = sectionNotice(links.locale, [untranslated(item, links.locale)]);
  if (notice === null) return blocks;
  const headingAt = blocks.findIndex((block) => block.kind === 'heading');
  return [...blocks.slice(0, headingAt + 1), { kind: 'text', text: notice }, ...blocks.slice(headingAt + 1)];
}

/** Whether a reader of `locale` gets some of the item's own text in Dutch for want of a version in their language. */
function untranslated(item: NoticeItem, locale: Locale): { untranslated: boolean } {
  switch (item.kind) {
    case 'update':
      return localizeFields(item.record, ['title', 'body_md'], locale);
    case 'decision':
      return buildDecisionView(item.record, locale);
    case 'promise_status': {
      const promise = localize({ body: item.record.promise, translations: item.record.promise_translations }, 'body', locale);
      return { untranslated: !promise.translated || buildPromiseHistoryView(item.record, locale).untranslated };
    }
    case 'council_outcome':
      return buildCouncilMomentView(item.record, locale);
    case 'key_date':
      return buildKeyDateView(item.record, locale);
    case 'promise':
      return buildPromiseCoreView(item.record, locale);
    case 'invitation':
      return localizeFields(item.record, ['title', 'body'], locale);
    case 'key_date_changed':
      return localizeFields({ ...item.record.after, translations: item.record.translations }, ['title', 'location', 'how_to_join'], locale);
    case 'expectations_changed':
      return localizeFields(
        { ...item.record.after, translations: item.record.translations },
        ['title', 'open_for_input', 'fixed_frames', 'time_asked', 'results_expected'],
        locale,
      );
    case 'withdrawal':
      // A withdrawal's title and reason are the notice of the record as it was: its own words, not translated.
      return { untranslated: item.record.title !== null && locale !== 'nl' };
  }
}

/** One version of a changed record with the given texts in the reader's language (a version keeps its own English texts). */
function versionIn<C extends object, F extends TextField<C>>(content: C, fields: readonly F[], locale: Locale) {
  return { ...content, ...localizeFields(content, fields, locale).text };
}

/** The blocks of one notice item, before the notice about untranslated text. */
function itemBlocks(item: NoticeItem, links: MailLinks, level: 1 | 3): MailBlock[] {
  const { locale } = links;
  const t = mailText[locale].notice;
  const words = dictionaryFor(locale);
  const readOnline: MailBlock = { kind: 'link', text: t.readOnline, url: projectUrl(links, item.project.slug) };
  switch (item.kind) {
    case 'update': {
      const r = localizeFields(item.record, ['title', 'body_md'], locale).text;
      const title = level === 1 ? r.title : mailText[locale].digest.update(r.title);
      return updateBlocks(locale, { title: r.title, bodyMd: r.body_md }, projectUrl(links, item.project.slug), level, title);
    }
    case 'decision': {
      const decision = buildDecisionView(item.record, locale);
      return [
        { kind: 'heading', level, text: t.decision.heading(decision.title) },
        { kind: 'text', text: t.decision.decided(decision.decidedOn.text, decision.decidedBy) },
        { kind: 'labelled', label: t.decision.what, text: decision.decision },
        { kind: 'labelled', label: t.decision.why, text: decision.rationale },
        { kind: 'labelled', label: t.decision.inputUsed, text: decision.inputUsed },
        readOnline,
      ];
    }
    case 'promise_status': {
      const r = item.record;
      const change = buildPromiseHistoryView(r, locale);
      const promise = localize({ body: r.promise, translations: r.promise_translations }, 'body', locale).text;
      const blocks: MailBlock[] = [
        { kind: 'heading', level, text: t.promise.heading(promise) },
        {
          kind: 'text',
          text: r.previous_status
            ? t.promise.changed(words.promiseStatus[r.previous_status], change.statusLabel)
            : t.promise.set(change.statusLabel),
        },
        { kind: 'text', text: t.promise.when(change.changedAt.text, change.changedBy) },
      ];
      if (change.explanation?.trim()) blocks.push({ kind: 'labelled', label: t.promise.explanation, text: change.explanation });
      return [...blocks, readOnline];
    }
    case 'council_outcome': {
      const moment = buildCouncilMomentView(item.record, locale);
      const blocks: MailBlock[] = [
        { kind: 'heading', level, text: t.council.heading(moment.agendaItem) },
        { kind: 'text', text: t.council.meeting(moment.body, moment.meetsOn.text) },
        { kind: 'text', text: t.council.outcome(moment.outcomeLabel) },
        // A notice's outcome always has its summary (src/lib/mail/mail-batch.ts).
        { kind: 'labelled', label: t.council.summary, text: moment.outcomeSummary ?? '' },
      ];
      if (moment.differsFromParticipation) {
        blocks.push(
          moment.councilReasons?.trim()
            ? { kind: 'labelled', label: t.council.differs, text: moment.councilReasons }
            : { kind: 'text', text: t.council.differs },
        );
      }
      return [...blocks, readOnline];
    }
    case 'key_date': {
      const keyDate = buildKeyDateView(item.record, locale);
      const blocks: MailBlock[] = [
        { kind: 'heading', level, text: t.keyDate.heading(keyDate.kindLabel, keyDate.title) },
        { kind: 'labelled', label: t.keyDate.when, text: keyDate.when },
      ];
      if (keyDate.location?.trim()) blocks.push({ kind: 'labelled', label: t.keyDate.where, text: keyDate.location });
      if (keyDate.onlineUrl) blocks.push({ kind: 'link', text: t.keyDate.online, url: normalisedUrl(keyDate.onlineUrl) });
      blocks.push({ kind: 'labelled', label: t.keyDate.howToJoin, text: keyDate.howToJoin });
      blocks.push({ kind: 'link', text: t.keyDate.joinLink, url: joinUrl(links, item.project.slug) });
      return blocks;
    }
    case 'promise': {
      const promise = buildPromiseCoreView(item.record, locale);
      const blocks: MailBlock[] = [
        { kind: 'heading', level, text: t.newPromise.heading(promise.body) },
        { kind: 'text', text: t.newPromise.made(promise.madeOn.text, promise.madeBy, promise.context) },
      ];
      if (promise.dueOn) blocks.push({ kind: 'text', text: t.newPromise.due(promise.dueOn.text) });
      return [...blocks, readOnline];
    }
    case 'invitation': {
      const r = localizeFields(item.record, ['title', 'body'], locale).text;
      const { group_name: group, moment } = item.record;
      const blocks: MailBlock[] = [
        { kind: 'heading', level, text: t.invitation.heading(r.title) },
        { kind: 'text', text: r.body },
      ];
      if (moment) {
        const when = localizeFields(moment, ['title', 'location', 'how_to_join'], locale).text;
        blocks.push({
          kind: 'labelled',
          label: t.keyDate.when,
          text: `${when.title}: ${formatMomentRange(moment.starts_at, moment.ends_at, locale)}`,
        });
        if (when.location?.trim()) blocks.push({ kind: 'labelled', label: t.keyDate.where, text: when.location });
        if (moment.online_url) blocks.push({ kind: 'link', text: t.keyDate.online, url: normalisedUrl(moment.online_url) });
      }
      blocks.push({ kind: 'text', text: t.invitation.reply });
      blocks.push({ kind: 'text', text: group ? t.invitation.whyGroup(group) : t.invitation.why });
      blocks.push({ kind: 'link', text: t.keyDate.joinLink, url: joinUrl(links, item.project.slug) });
      return blocks;
    }
    case 'key_date_changed': {
      const fields = ['title', 'location', 'how_to_join'] as const;
      const before = item.record.before ? versionIn(item.record.before, fields, locale) : null;
      const r = {
        ...item.record,
        before,
        after: versionIn({ ...item.record.after, translations: item.record.translations }, fields, locale),
      };
      const blocks: MailBlock[] = [
        { kind: 'heading', level, text: t.keyDateChanged.heading(words.keyDateKind[r.after.kind], r.after.title) },
        { kind: 'text', text: t.keyDateChanged.intro },
      ];
      if (r.before) blocks.push({ kind: 'labelled', label: t.keyDateChanged.before, text: keyDateMoment(r.before, locale) });
      blocks.push({ kind: 'labelled', label: t.keyDateChanged.after, text: keyDateMoment(r.after, locale) });
      blocks.push({ kind: 'labelled', label: t.keyDate.howToJoin, text: r.after.how_to_join });
      blocks.push({ kind: 'link', text: t.keyDate.joinLink, url: joinUrl(links, item.project.slug) });
      return blocks;
    }
    case 'expectations_changed': {
      const fields = ['title', 'open_for_input', 'fixed_frames', 'time_asked', 'results_expected', 'council_role_explanation'] as const;
      // Whether a part changed is decided on the Dutch texts, which staff change first.
      const before = item.record.before ? versionIn(item.record.before, fields, locale) : null;
      const r = {
        ...item.record,
        before,
        after: versionIn({ ...item.record.after, translations: item.record.translations }, fields, locale),
      };
      const dutch = item.record;
      const shown = (field: (typeof expectationFields)[number], content: NonNullable<typeof r.before>): string => {
        // No role of its own: the council has the project's role in this phase.
        if (field === 'council_role') return content.council_role ? words.councilRole[content.council_role] : t.expectations.asProject;
        const value = content[field];
        if (value === null || value === undefined || value === '') return t.expectations.none;
        if (field === 'participation_level') return words.participationLevel[content.participation_level];
        if (field === 'results_expected_on') return formatDate(String(value), locale).text;
        return String(value);
      };
      const blocks: MailBlock[] = [
        { kind: 'heading', level, text: t.expectations.heading(r.after.title) },
        { kind: 'text', text: t.expectations.intro },
      ];
      for (const field of expectationFields) {
        const before = r.before ? shown(field, r.before) : t.expectations.none;
        const after = shown(field, r.after);
        if ((dutch.before ? shown(field, dutch.before) : t.expectations.none) === shown(field, dutch.after)) continue;
        blocks.push({ kind: 'heading', level: level === 1 ? 2 : 3, text: t.expectations.fields[field] });
        blocks.push({ kind: 'labelled', label: t.expectations.before, text: before });
        blocks.push({ kind: 'labelled', label: t.expectations.after, text: after });
      }
      return [...blocks, readOnline];
    }
    case 'withdrawal': {
      const r = item.record;
      const title = r.title ?? '';
      const blocks: MailBlock[] = [
        {
          kind: 'heading',
          level,
          text:
            r.kind === 'key_date'
              ? t.withdrawal.headingCancelled(title)
              : t.withdrawal.heading(words.recordKind[r.kind].toLowerCase(), title),
        },
        { kind: 'text', text: t.withdrawal.when(formatDateTime(r.withdrawn_at, locale).text) },
      ];
      if (r.reason?.trim()) blocks.push({ kind: 'labelled', label: t.withdrawal.reason, text: r.reason });
      if (r.kind !== 'project') blocks.push({ kind: 'link', text: t.withdrawal.changes, url: changesUrl(links, item.project.slug) });
      return blocks;
    }
  }
}
