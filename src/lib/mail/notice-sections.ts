import type { Locale } from '../../i18n/locales.ts';
import { dictionaryFor } from '../../i18n/index.ts';
import { mailText } from '../../i18n/text/mail.ts';
import { formatDate, formatDateTime, formatMomentRange } from '../format/dates.ts';
import type { NoticeItem } from '../notify/mail-batch.ts';
import { joinUrl, projectUrl, type MailLinks } from './mail-links.ts';
import type { MailBlock } from './mail-layout.ts';
import { updateBlocks } from './update-mail.ts';

// What a notice says about one published change: an update, a decision (with its rationale and what was done
// with residents' input), a promise's new status (with the explanation), a council outcome, or a key date
// (when, where and how to take part). A notice mail shows one item at heading level 1; a digest shows each
// item at level 3, under its project.

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
  const project = item.project.title;
  switch (item.kind) {
    case 'update':
      return t.update.subject(project, item.record.title);
    case 'decision':
      return t.decision.subject(project, item.record.title);
    case 'promise_status':
      return t.promise.subject(project, words.promiseStatus[item.record.status]);
    case 'council_outcome':
      return t.council.subject(project, item.record.body, words.councilOutcome[item.record.outcome]);
    case 'key_date':
      return t.keyDate.subject(project, words.keyDateKind[item.record.kind], item.record.title);
  }
}

/** A web address from the database in the form a mail link needs (quotes and spaces percent-encoded). */
function normalisedUrl(url: string): string {
  return new URL(url).href;
}

/** The blocks of one notice item, its heading at `level`. */
export function noticeBlocks(item: NoticeItem, links: MailLinks, level: 1 | 3): MailBlock[] {
  const { locale } = links;
  const t = mailText[locale].notice;
  const words = dictionaryFor(locale);
  const readOnline: MailBlock = { kind: 'link', text: t.readOnline, url: projectUrl(links, item.project.slug) };
  switch (item.kind) {
    case 'update': {
      const title = level === 1 ? item.record.title : mailText[locale].digest.update(item.record.title);
      return updateBlocks(locale, { title: item.record.title, bodyMd: item.record.body_md }, projectUrl(links, item.project.slug), level, title);
    }
    case 'decision': {
      const r = item.record;
      return [
        { kind: 'heading', level, text: t.decision.heading(r.title) },
        { kind: 'text', text: t.decision.decided(formatDate(r.decided_on, locale).text, r.decided_by) },
        { kind: 'labelled', label: t.decision.what, text: r.decision },
        { kind: 'labelled', label: t.decision.why, text: r.rationale },
        { kind: 'labelled', label: t.decision.inputUsed, text: r.input_used },
        readOnline,
      ];
    }
    case 'promise_status': {
      const r = item.record;
      const status = words.promiseStatus[r.status];
      const blocks: MailBlock[] = [
        { kind: 'heading', level, text: t.promise.heading(r.promise) },
        {
          kind: 'text',
          text: r.previous_status ? t.promise.changed(words.promiseStatus[r.previous_status], status) : t.promise.set(status),
        },
        { kind: 'text', text: t.promise.when(formatDateTime(r.changed_at, locale).text, r.changed_by) },
      ];
      if (r.explanation?.trim()) blocks.push({ kind: 'labelled', label: t.promise.explanation, text: r.explanation });
      return [...blocks, readOnline];
    }
    case 'council_outcome': {
      const r = item.record;
      const blocks: MailBlock[] = [
        { kind: 'heading', level, text: t.council.heading(r.agenda_item) },
        { kind: 'text', text: t.council.meeting(r.body, formatDate(r.meets_on, locale).text) },
        { kind: 'text', text: t.council.outcome(words.councilOutcome[r.outcome]) },
        { kind: 'labelled', label: t.council.summary, text: r.outcome_summary },
      ];
      if (r.differs_from_participation) {
        blocks.push(r.council_reasons?.trim()
          ? { kind: 'labelled', label: t.council.differs, text: r.council_reasons }
          : { kind: 'text', text: t.council.differs });
      }
      return [...blocks, readOnline];
    }
    case 'key_date': {
      const r = item.record;
      const blocks: MailBlock[] = [
        { kind: 'heading', level, text: t.keyDate.heading(words.keyDateKind[r.kind], r.title) },
        { kind: 'labelled', label: t.keyDate.when, text: formatMomentRange(r.starts_at, r.ends_at, locale) },
      ];
      if (r.location?.trim()) blocks.push({ kind: 'labelled', label: t.keyDate.where, text: r.location });
      if (r.online_url) blocks.push({ kind: 'link', text: t.keyDate.online, url: normalisedUrl(r.online_url) });
      blocks.push({ kind: 'labelled', label: t.keyDate.howToJoin, text: r.how_to_join });
      blocks.push({ kind: 'link', text: t.keyDate.joinLink, url: joinUrl(links, item.project.slug) });
      return blocks;
    }
  }
}
