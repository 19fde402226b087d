import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import { openDataTranslationsMeaning } from '../../i18n/text/translation.ts';
import type { Organisation } from '../api/organisation.ts';
import type { ProjectCard } from '../api/project-card.ts';
import { localize } from '../content-language/localize.ts';
import type { LedgerHead } from '../ledger/ledger-document.ts';
import { openDataPaths } from './open-data-paths.ts';

/** The fields of a project file that the page explains, in the order they appear in the file. */
const explainedFields = [
  'project',
  'people',
  'phases',
  'handovers',
  'decisions',
  'input_themes',
  'promises',
  'council_moments',
  'motions',
  'council_letters',
  'updates',
  'key_dates',
  'groups',
  'lessons',
  'invitations',
  'withdrawn',
  'history',
  'ledger_head',
  'timeline',
  'check',
] as const;

export interface OpenDataProjectRow {
  title: string;
  /** 'nl' where an English page shows the Dutch title (src/lib/content-language). */
  titleLang: Locale | undefined;
  dataHref: string;
  feedHref: string;
  calendarHref: string;
}

/** Everything the open data page shows; the .astro page only lays it out. */
export interface OpenDataPageView {
  title: string;
  intro: string;
  portal: { title: string; text: string; href: string; label: string };
  monitor: { title: string; text: string; json: { href: string; label: string }; csv: { href: string; label: string }; page: string };
  projects: {
    title: string;
    intro: string;
    columns: { project: string; data: string; feed: string; calendar: string };
    links: { data: string; feed: string; calendar: string };
    rows: OpenDataProjectRow[];
    /** What the page says instead of the table while no project is published; null when there are rows. */
    none: string | null;
  };
  schemas: { title: string; intro: string; links: Array<{ href: string; label: string }> };
  feeds: { title: string; intro: string; siteFeed: { href: string; label: string }; councilCalendar: { href: string; label: string } };
  fields: { title: string; intro: string; columns: { field: string; meaning: string }; rows: Array<{ name: string; meaning: string }> };
  ledger: {
    title: string;
    intro: string;
    /** The latest line and its hash, for a newspaper or an archive to keep; says so before the first publication. */
    head: string;
    /** The advice to keep that line; null while the ledger is empty and there is nothing to keep. */
    keep: string | null;
    file: { href: string; label: string };
    /** That the ledger comes in parts, and that a full part never changes. */
    pages: string;
    how: { title: string; text: string };
  };
}

/**
 * The open data page of a language: the files, their schemas, the feeds and what the fields mean.
 *
 * @example
 * buildOpenDataPage(organisation, cards, head, 'en').projects.rows[0]
 * // => { title: 'Schoolzone', dataHref: '/open-data/projects/schoolzone.json', feedHref: '/en/projects/schoolzone/feed.xml', calendarHref: '/en/projects/schoolzone/calendar.ics' }
 */
export function buildOpenDataPage(
  organisation: Organisation,
  cards: readonly ProjectCard[],
  ledgerHead: LedgerHead | null,
  locale: Locale,
): OpenDataPageView {
  const t = dictionaryFor(locale).feeds.openData;
  const ledger = dictionaryFor(locale).history.ledger;
  const emptyLedger = ledgerHead === null || ledgerHead.seq === 0;
  return {
    title: t.title,
    intro: t.intro(organisation.name),
    portal: { title: t.portalTitle, text: t.portalFile, href: openDataPaths.portal, label: t.portalLink },
    monitor: {
      title: t.monitorTitle,
      text: t.monitorText,
      json: { href: openDataPaths.monitor, label: t.monitorJson },
      csv: { href: openDataPaths.monitorCsv, label: t.monitorCsv },
      page: pathFor({ page: 'monitor' }, locale),
    },
    projects: {
      title: t.projectsTitle,
      intro: t.projectsIntro,
      columns: { project: t.projectColumn, data: t.dataColumn, feed: t.feedColumn, calendar: t.calendarColumn },
      links: { data: t.dataLink, feed: t.feedLink, calendar: t.calendarLink },
      rows: cards.map((card) => ({
        title: localize(card, 'title', locale).text,
        titleLang: localize(card, 'title', locale).lang,
        dataHref: openDataPaths.project(card.slug),
        feedHref: pathFor({ page: 'projectFeed', slug: card.slug }, locale),
        calendarHref: pathFor({ page: 'projectCalendar', slug: card.slug }, locale),
      })),
      none: cards.length === 0 ? t.noProjects : null,
    },
    schemas: {
      title: t.schemaTitle,
      intro: t.schemaIntro,
      links: [
        { href: openDataPaths.portalSchema, label: t.portalSchema },
        { href: openDataPaths.projectSchema, label: t.projectSchema },
        { href: openDataPaths.ledgerSchema, label: t.ledgerSchema },
        { href: openDataPaths.ledgerPageSchema, label: t.ledgerPageSchema },
        { href: openDataPaths.monitorSchema, label: t.monitorSchema },
      ],
    },
    feeds: {
      title: t.feedsTitle,
      intro: t.feedsIntro,
      siteFeed: { href: pathFor({ page: 'feed' }, locale), label: t.siteFeed },
      councilCalendar: { href: pathFor({ page: 'councilCalendar' }, locale), label: t.councilCalendar },
    },
    fields: {
      title: t.fieldsTitle,
      intro: t.fieldsIntro,
      columns: { field: t.fieldColumn, meaning: t.meaningColumn },
      rows: [
        ...explainedFields.map((name) => ({ name, meaning: t.fields[name] })),
        // Every record, the project included, carries its English versions in the same field.
        { name: 'translations', meaning: openDataTranslationsMeaning[locale] },
      ],
    },
    ledger: {
      title: ledger.heading,
      intro: ledger.intro,
      head: emptyLedger ? ledger.empty : ledger.head(ledgerHead.seq, ledgerHead.hash),
      keep: emptyLedger ? null : ledger.keep,
      file: { href: openDataPaths.ledger, label: ledger.file },
      pages: ledger.pages,
      how: { title: ledger.how, text: ledger.howText },
    },
  };
}
