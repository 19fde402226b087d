import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import type { CheckRecord, CheckResult, CheckRule, CheckState } from '../api/check.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { localize } from '../content-language/localize.ts';
import { formatDate } from '../format/dates.ts';
import { monthLabel } from '../promises/promise-tracker.ts';
import { recordAnchor, type AnchoredRecord } from '../records/anchors.ts';

// The eight-keys monitor (/monitor/): the check each timeline document carries (public.project_timeline's `check`,
// computed in SQL from the public record) summed up per rule, per key and per project. Nothing is judged here: the
// database decides each rule's state, this module only counts and links every figure to the records behind it.

/** A link to a record (or the section that would hold it) on a project page. */
export interface RecordLink {
  text: string;
  href: string;
}

export interface OpenProject {
  title: string;
  titleLang: Locale | undefined;
  href: string;
  /** What is short, each linked to its record: "date for results 1 March 2026", "overdue since …". */
  details: RecordLink[];
}

export interface RuleView {
  rule: string;
  title: string;
  explanation: string;
  counts: Record<CheckState, number>;
  openProjects: OpenProject[];
}

export interface KeyView {
  key: number;
  heading: string;
  anchor: string;
  rules: RuleView[];
}

export interface ProjectRow {
  title: string;
  titleLang: Locale | undefined;
  href: string;
  met: number;
  applicable: number;
  /** The rules open in this project, each linked to where the monitor explains it. */
  open: RecordLink[];
}

export interface MonitorChart {
  /** Oldest first; the last point is today's. */
  points: Array<{ month: string; label: string; open: number }>;
  max: number;
}

export interface MonitorView {
  asOf: ReturnType<typeof formatDate> | null;
  projectCount: number;
  figures: {
    allMet: number;
    openPoints: number;
    overduePromises: number;
    resultsWithoutNews: number;
    gaps: number;
  };
  keys: KeyView[];
  projects: ProjectRow[];
  chart: MonitorChart;
}

/** The anchor of a rule's block on the monitor page. */
export function ruleAnchor(rule: string): string {
  return `rule-${rule.replaceAll('_', '-')}`;
}

/** The section of the project page that shows a key's records, for records that have no anchor of their own. */
const keySection: Record<number, string> = {
  1: 'phases',
  2: 'promises',
  3: 'groups',
  4: 'investment',
  5: 'who',
  6: 'lessons',
  7: 'who',
  8: 'council',
};

/** The kinds whose records carry their own anchor on the project page (src/lib/records/anchors.ts). */
const anchoredKinds: Record<string, AnchoredRecord> = {
  phase: 'phase',
  promise: 'promise',
  decision: 'decision',
  council_moment: 'council-moment',
};

/**
 * Where a record of a check result is shown on its project page.
 *
 * @example
 * recordHref('/projecten/x/', { kind: 'promise', id: 'p1' }, 2) // => '/projecten/x/#promise-p1'
 * recordHref('/projecten/x/', { kind: 'group', id: 'g1' }, 3) // => '/projecten/x/#groups'
 */
export function recordHref(projectHref: string, record: Pick<CheckRecord, 'kind' | 'id'>, key: number): string {
  const anchored = anchoredKinds[record.kind];
  return `${projectHref}#${anchored ? recordAnchor(anchored, record.id) : (keySection[key] ?? 'about')}`;
}

/** What is short in one open result, in words, each part linked to the record it is about. */
export function openDetails(result: CheckResult, projectHref: string, locale: Locale): RecordLink[] {
  const t = dictionaryFor(locale).monitor.detail;
  const missing = result.facts['missing'];
  if (Array.isArray(missing) && missing.length > 0) {
    const href = result.records[0] ? recordHref(projectHref, result.records[0], result.key) : `${projectHref}#${keySection[result.key]}`;
    return [{ text: `${t.missing}: ${missing.map((field) => t.missingField[field] ?? field).join(', ')}`, href }];
  }
  if (result.rule === 'one_contact') {
    return [{ text: t.contacts(Number(result.facts['contacts'] ?? 0)), href: `${projectHref}#who` }];
  }
  if (result.records.length === 0) return [{ text: t.record, href: `${projectHref}#${keySection[result.key]}` }];
  return result.records.map((record) => ({ text: recordText(record, locale), href: recordHref(projectHref, record, result.key) }));
}

function recordText(record: CheckRecord, locale: Locale): string {
  const t = dictionaryFor(locale).monitor.detail;
  const date = (field: string) => formatDate(String(record[field]), locale).text;
  if (record['date']) return t.resultsDate(date('date'));
  if (record['due_on']) return t.dueOn(date('due_on'));
  if (record['ends_on']) return t.endedOn(date('ends_on'));
  if (record['since']) return t.since(date('since'));
  if (record['department']) return t.department(String(record['department']));
  if (record['name']) return String(record['name']);
  return record.kind === 'phase' ? t.phase : t.record;
}

/** The monitor of every published project, in the order the home page lists them. */
export function buildMonitor(timelines: readonly ProjectTimeline[], rules: readonly CheckRule[], locale: Locale): MonitorView {
  const t = dictionaryFor(locale).monitor;
  const projects = timelines.map((timeline) => {
    const title = localize(timeline.project, 'title', locale);
    return { timeline, title: title.text, titleLang: title.lang, href: pathFor({ page: 'project', slug: timeline.project.slug }, locale) };
  });
  const results = (rule: string) =>
    projects.flatMap((project) =>
      project.timeline.check.results.filter((result) => result.rule === rule).map((result) => ({ project, result })),
    );

  const ruleViews = rules.map((rule): RuleView & { key: number } => {
    const found = results(rule.rule);
    const counts: Record<CheckState, number> = { met: 0, open: 0, not_applicable: 0 };
    for (const { result } of found) counts[result.state] += 1;
    return {
      key: rule.key,
      rule: rule.rule,
      title: rule.title[locale],
      explanation: rule.explanation[locale],
      counts,
      openProjects: found
        .filter(({ result }) => result.state === 'open')
        .map(({ project, result }) => ({
          title: project.title,
          titleLang: project.titleLang,
          href: project.href,
          details: openDetails(result, project.href, locale),
        })),
    };
  });
  const keys = [...new Set(rules.map((rule) => rule.key))]
    .sort((a, b) => a - b)
    .map((key) => ({
      key,
      heading: t.keyHeading(key, t.keyNames[key] ?? ''),
      anchor: `key-${key}`,
      rules: ruleViews.filter((view) => view.key === key).map(({ key: _key, ...view }) => view),
    }));

  const titleOf = new Map(rules.map((rule) => [rule.rule, rule.title[locale]]));
  const rows = projects.map((project): ProjectRow => {
    const { results: checked } = project.timeline.check;
    return {
      title: project.title,
      titleLang: project.titleLang,
      href: project.href,
      met: checked.filter((result) => result.state === 'met').length,
      applicable: checked.filter((result) => result.state !== 'not_applicable').length,
      open: checked
        .filter((result) => result.state === 'open')
        .map((result) => ({ text: titleOf.get(result.rule) ?? result.rule, href: `#${ruleAnchor(result.rule)}` })),
    };
  });

  const facts = (rule: string, fact: string) =>
    results(rule).reduce((sum, { result }) => sum + (typeof result.facts[fact] === 'number' ? (result.facts[fact] as number) : 0), 0);
  const asOf = monitorAsOf(timelines);
  const points = openPointsByMonth(timelines).map(({ month, total }) => ({ month, label: monthLabel(month, locale), open: total }));
  return {
    asOf: asOf ? formatDate(asOf, locale) : null,
    projectCount: timelines.length,
    figures: {
      allMet: rows.filter((row) => row.open.length === 0).length,
      openPoints: rows.reduce((sum, row) => sum + row.open.length, 0),
      overduePromises: facts('promises_on_time', 'overdue'),
      resultsWithoutNews: facts('results_followed_up', 'without_news'),
      gaps: facts('groups_named', 'gaps'),
    },
    keys,
    projects: rows,
    chart: { points, max: Math.max(0, ...points.map((point) => point.open)) },
  };
}

/** The day the checks were made (all timelines of a build are read on one day), or null without projects. */
export function monitorAsOf(timelines: readonly ProjectTimeline[]): string | null {
  return (
    timelines
      .map((timeline) => timeline.check.as_of)
      .sort()
      .at(-1) ?? null
  );
}

/**
 * The open points of all projects per month and rule, oldest month first: at the end of each month of their series,
 * and today's under the current month. A month in a series with nothing open is there with no rules.
 */
export function openPointsByMonth(
  timelines: readonly ProjectTimeline[],
): Array<{ month: string; byRule: Map<string, number>; total: number }> {
  const months = new Map<string, Map<string, number>>();
  const count = (month: string, rules: readonly string[]) => {
    const byRule = months.get(month) ?? new Map<string, number>();
    for (const rule of rules) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    months.set(month, byRule);
  };
  for (const { check } of timelines) {
    for (const point of check.series) count(point.month, point.open);
    count(
      check.as_of.slice(0, 7),
      check.results.filter((result) => result.state === 'open').map((result) => result.rule),
    );
  }
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, byRule]) => ({ month, byRule, total: [...byRule.values()].reduce((sum, n) => sum + n, 0) }));
}
