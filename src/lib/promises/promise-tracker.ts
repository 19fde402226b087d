import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import { promiseAudiences, promiseStatuses } from '../api/enums.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { localize, sectionNotice } from '../content-language/localize.ts';
import { checkedValue, type FilterField } from '../list-filter/list-filter.ts';
import { keptRate, type KeptRate } from './kept-rate.ts';
import { buildPromiseView, type PromiseView } from './promise-view.ts';
import { chartGeometry, statusSeries, type ChartGeometry, type ChartPoint } from './status-chart.ts';
import { amsterdamDate } from '../timeline/amsterdam-date.ts';

/** The URL query names of the promises filter. */
export const promiseFilterNames = { search: 'q', status: 'status', project: 'project', madeTo: 'to', overdue: 'overdue' } as const;

/** A promise on the tracker: the one promise view, with its project and its values for the list filter. */
export interface TrackedPromise extends PromiseView {
  project: { slug: string; title: string; titleLang: Locale | undefined; href: string };
  filter: Record<string, string>;
}

export interface ProjectRate {
  slug: string;
  title: string;
  titleLang: Locale | undefined;
  href: string;
  rate: KeptRate;
}

export interface PromiseTracker {
  promises: TrackedPromise[];
  perProject: ProjectRate[];
  overall: KeptRate;
  chart: { series: ChartPoint[]; geometry: ChartGeometry; monthLabels: string[] };
  filterFields: FilterField[];
  /** Said once above the list when an English reader gets some of the promises' texts in Dutch. */
  notice: string | null;
}

/**
 * The promises tracker, from the project documents the build loaded already (every published promise with its
 * history is in them, so the page needs no call of its own). Projects keep the order they come in; promises
 * are listed per project in the order of the API (by the date they were made).
 *
 * @param today the build date, 'YYYY-MM-DD', where the chart ends
 */
export function buildPromiseTracker(timelines: readonly ProjectTimeline[], locale: Locale, today: string): PromiseTracker {
  const promises: TrackedPromise[] = [];
  const perProject: ProjectRate[] = [];
  let untranslated = false;
  for (const { project, promises: projectPromises } of timelines) {
    const href = pathFor({ page: 'project', slug: project.slug }, locale);
    const title = localize(project, 'title', locale);
    perProject.push({
      slug: project.slug,
      title: title.text,
      titleLang: title.lang,
      href,
      rate: keptRate(projectPromises.map((promise) => promise.status)),
    });
    for (const promise of projectPromises) {
      const view = buildPromiseView(promise, locale);
      untranslated ||= !title.translated || view.untranslated;
      promises.push({
        ...view,
        project: { slug: project.slug, title: title.text, titleLang: title.lang, href },
        filter: {
          [promiseFilterNames.status]: promise.status,
          [promiseFilterNames.project]: project.slug,
          [promiseFilterNames.madeTo]: promise.made_to,
          [promiseFilterNames.overdue]: promise.is_overdue ? checkedValue : '',
        },
      });
    }
  }
  const all = timelines.flatMap((timeline) => timeline.promises);
  const series = statusSeries(all, today);
  return {
    promises,
    perProject: perProject.filter((entry) => entry.rate.total > 0),
    overall: keptRate(all.map((promise) => promise.status)),
    chart: { series, geometry: chartGeometry(series, 600, 200), monthLabels: series.map((point) => monthLabel(point.month, locale)) },
    filterFields: promiseFilterFields(timelines, locale),
    notice: sectionNotice(locale, [{ untranslated }]),
  };
}

function promiseFilterFields(timelines: readonly ProjectTimeline[], locale: Locale): FilterField[] {
  const t = dictionaryFor(locale);
  const f = t.promises.filter;
  const statuses = new Set(timelines.flatMap((timeline) => timeline.promises.map((promise) => promise.status)));
  const audiences = new Set(timelines.flatMap((timeline) => timeline.promises.map((promise) => promise.made_to)));
  // A choice of one is no choice: while every promise was made to residents, the field stays away.
  const madeTo: FilterField[] =
    audiences.size < 2
      ? []
      : [
          {
            kind: 'select',
            name: promiseFilterNames.madeTo,
            label: f.madeTo,
            anyLabel: f.anyMadeTo,
            options: promiseAudiences
              .filter((audience) => audiences.has(audience))
              .map((audience) => ({ value: audience, label: t.promiseAudience[audience] })),
          },
        ];
  return [
    { kind: 'search', name: promiseFilterNames.search, label: f.search },
    {
      kind: 'select',
      name: promiseFilterNames.status,
      label: f.status,
      anyLabel: f.anyStatus,
      options: promiseStatuses
        .filter((status) => statuses.has(status))
        .map((status) => ({ value: status, label: t.promiseStatus[status] })),
    },
    {
      kind: 'select',
      name: promiseFilterNames.project,
      label: f.project,
      anyLabel: f.anyProject,
      options: timelines
        .filter((timeline) => timeline.promises.length > 0)
        .map(({ project }) => {
          const title = localize(project, 'title', locale);
          return { value: project.slug, label: title.text, lang: title.lang };
        }),
    },
    ...madeTo,
    { kind: 'checkbox', name: promiseFilterNames.overdue, label: f.overdue },
  ];
}

/**
 * A 'YYYY-MM' month in words.
 *
 * @example
 * monthLabel('2026-03', 'nl') // => 'maart 2026'
 */
export function monthLabel(month: string, locale: Locale): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthNumber - 1, 1)),
  );
}

/**
 * Today's date in the Netherlands, 'YYYY-MM-DD': the date a build is made on, whatever the build machine's zone.
 */
export function buildDate(now: Date = new Date()): string {
  return amsterdamDate(now.toISOString());
}
