import { z } from 'zod';
import { pathFor } from '../../i18n/index.ts';
import { checkRecordSchema, checkResultSchema, checkRulesSchema, type CheckRule } from '../api/check.ts';
import type { Organisation } from '../api/organisation.ts';
import { isoDate, slug, webUrl, wholeNumber } from '../api/primitives.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { absoluteUrl } from '../feeds/links.ts';
import { openDataPaths } from '../open-data/open-data-paths.ts';
import { monitorAsOf, openPointsByMonth, recordHref } from './monitor-page.ts';

// The monitor's figures as open data: /open-data/monitor.json (with its JSON Schema) and /open-data/monitor.csv, one
// row per project and rule, for a researcher's spreadsheet. Both are made from the checks the timeline documents
// carry, like the page, so the three always agree.

/** /open-data/monitor.json */
export const monitorOpenDataSchema = z
  .strictObject({
    $schema: webUrl,
    organisation: slug,
    as_of: isoDate.nullable().meta({ description: 'The day the check was made (Europe/Amsterdam); null without projects.' }),
    rules: checkRulesSchema.meta({ description: 'The rules of the check (the API function check_rules), in order.' }),
    projects: z.array(
      z.strictObject({
        slug,
        title: z.string().min(1),
        page: webUrl,
        json: webUrl,
        results: z.array(
          checkResultSchema.extend({
            records: z.array(
              checkRecordSchema
                .extend({ url: webUrl })
                .meta({ description: 'A record the result is about, with where the project page shows it.' }),
            ),
          }),
        ),
      }),
    ),
    series: z
      .array(
        z.strictObject({
          month: z.string().regex(/^\d{4}-\d{2}$/),
          open_points: wholeNumber.min(0),
          by_rule: z.record(z.string(), wholeNumber.min(0)),
        }),
      )
      .meta({
        description:
          "Open points at the end of each earlier month (and today, the last month) over all projects, worked out from the dates in today's records.",
      }),
  })
  .meta({
    title: 'Monitor',
    description:
      'The eight-keys check of every published project: per rule its state (met, open or not_applicable), the figures behind it and the records they are about.',
  });
export type MonitorOpenData = z.infer<typeof monitorOpenDataSchema>;

export function monitorOpenData(
  organisation: Organisation,
  timelines: readonly ProjectTimeline[],
  rules: readonly CheckRule[],
  site: URL | string | undefined,
): MonitorOpenData {
  const asOf = monitorAsOf(timelines);
  return monitorOpenDataSchema.parse({
    $schema: absoluteUrl(openDataPaths.monitorSchema, site),
    organisation: organisation.slug,
    as_of: asOf,
    rules,
    projects: timelines.map(({ project, check }) => {
      const page = pathFor({ page: 'project', slug: project.slug }, 'nl');
      return {
        slug: project.slug,
        title: project.title,
        page: absoluteUrl(page, site),
        json: absoluteUrl(openDataPaths.project(project.slug), site),
        results: check.results.map((result) => ({
          ...result,
          records: result.records.map((record) => ({ ...record, url: absoluteUrl(recordHref(page, record, result.key), site) })),
        })),
      };
    }),
    series: openPointsByMonth(timelines).map(({ month, byRule, total }) => ({
      month,
      open_points: total,
      by_rule: Object.fromEntries([...byRule.entries()].sort(([a], [b]) => a.localeCompare(b))),
    })),
  });
}

export const monitorCsvColumns = ['as_of', 'project', 'project_title', 'key', 'rule', 'state', 'facts', 'record_urls'] as const;

/**
 * /open-data/monitor.csv: one row per project and rule. Facts are written as `name=value` pairs separated by "; ",
 * lists joined by "|". A cell that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, so a project title can never run as a formula.
 */
export function monitorCsv(data: MonitorOpenData): string {
  const rows: string[][] = [[...monitorCsvColumns]];
  for (const project of data.projects) {
    for (const result of project.results) {
      rows.push([
        data.as_of ?? '',
        project.slug,
        project.title,
        String(result.key),
        result.rule,
        result.state,
        Object.entries(result.facts)
          .map(([name, value]) => `${name}=${Array.isArray(value) ? value.join('|') : String(value ?? '')}`)
          .join('; '),
        result.records.map((record) => record.url).join(' '),
      ]);
    }
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
