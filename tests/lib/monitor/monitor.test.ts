import { describe, expect, it } from 'vitest';
import type { CheckRule } from '../../../src/lib/api/check.ts';
import { buildMonitor, openDetails, recordHref } from '../../../src/lib/monitor/monitor-page.ts';
import { monitorCsv, monitorOpenData, monitorOpenDataSchema } from '../../../src/lib/monitor/monitor-data.ts';
import { organisationDocument, projectTimelineDocument } from '../support/documents.ts';

// The monitor only counts and links what the database decided (tests/database/eight-keys-check.test.ts tests the
// rules themselves): these tests feed it checks by hand and read the figures, links and files it makes of them.

const rules: CheckRule[] = [
  {
    rule: 'expectations_current_phase',
    key: 1,
    title: { nl: 'Verwachtingen', en: 'Expectations' },
    explanation: { nl: 'Uitleg 1.', en: 'Explanation 1.' },
    fix_kind: 'phase',
  },
  {
    rule: 'promises_on_time',
    key: 2,
    title: { nl: 'Op tijd', en: 'On time' },
    explanation: { nl: 'Uitleg 2.', en: 'Explanation 2.' },
    fix_kind: 'promise',
  },
  {
    rule: 'lessons_recorded',
    key: 6,
    title: { nl: 'Lessen', en: 'Lessons' },
    explanation: { nl: 'Uitleg 6.', en: 'Explanation 6.' },
    fix_kind: 'lesson',
  },
];

function twoProjects() {
  const a = projectTimelineDocument('alpha');
  const b = projectTimelineDocument('beta');
  // beta meets everything it is checked on.
  b.check = {
    ...b.check,
    results: b.check.results.map((result) =>
      result.state === 'open' ? { ...result, state: 'met' as const, facts: { due_passed: 1, overdue: 0 }, records: [] } : result,
    ),
    series: [{ month: '2026-02', open: [] }],
  };
  return [a, b];
}

describe('buildMonitor', () => {
  it('counts each rule over the projects and links every open point to its record', () => {
    const [a, b] = twoProjects();
    const view = buildMonitor([a!, b!], rules, 'nl');
    expect(view.projectCount).toBe(2);
    expect(view.figures).toEqual({ allMet: 1, openPoints: 1, overduePromises: 1, resultsWithoutNews: 0, gaps: 0 });
    const promisesRule = view.keys.find((key) => key.key === 2)!.rules[0]!;
    expect(promisesRule.counts).toEqual({ met: 1, open: 1, not_applicable: 0 });
    const promise = a!.promises[0]!.id;
    expect(promisesRule.openProjects).toEqual([
      {
        title: a!.project.title,
        titleLang: undefined,
        href: '/projecten/alpha/',
        details: [{ text: 'te laat sinds 1 februari 2026', href: `/projecten/alpha/#promise-${promise}` }],
      },
    ]);
    expect(view.projects.map((row) => [row.met, row.applicable, row.open.map((point) => point.href)])).toEqual([
      [1, 2, ['#rule-promises-on-time']],
      [2, 2, []],
    ]);
    expect(view.keys.map((key) => key.heading)).toEqual([
      'Sleutel 1: Verwachtingen',
      'Sleutel 2: Inwoners serieus nemen',
      'Sleutel 6: Kennis delen',
    ]);
  });

  it('charts the open points per month, today last', () => {
    const [a, b] = twoProjects();
    const view = buildMonitor([a!, b!], rules, 'en');
    expect(view.chart.points.map((point) => [point.month, point.open])).toEqual([
      ['2026-01', 0],
      ['2026-02', 1],
      ['2026-03', 1],
    ]);
    expect(view.chart.max).toBe(1);
    expect(view.asOf?.text).toBe('1 March 2026');
  });

  it('names the missing fields, and links records without an anchor to their section', () => {
    const result = {
      rule: 'investment_stated',
      key: 4,
      state: 'open' as const,
      facts: { missing: ['participant_hours', 'budget'] },
      records: [{ kind: 'project', id: '00000000-0000-4000-8000-000000000001' }],
    };
    expect(openDetails(result, '/en/projects/x/', 'en')).toEqual([
      { text: 'Missing: the time per participant, the budget', href: '/en/projects/x/#investment' },
    ]);
    expect(recordHref('/projecten/x/', { kind: 'council_moment', id: 'c1' }, 8)).toBe('/projecten/x/#council-moment-c1');
    expect(recordHref('/projecten/x/', { kind: 'assignment', id: 'a1' }, 5)).toBe('/projecten/x/#who');
  });
});

describe('the monitor as open data', () => {
  it('validates against its schema, with absolute links to every record and the series per rule', () => {
    const [a, b] = twoProjects();
    const data = monitorOpenData(organisationDocument(), [a!, b!], rules, 'https://meedoen.example');
    expect(monitorOpenDataSchema.safeParse(data).success).toBe(true);
    expect(data.as_of).toBe('2026-03-01');
    expect(data.projects[0]!.results[1]!.records[0]!.url).toBe(`https://meedoen.example/projecten/alpha/#promise-${a!.promises[0]!.id}`);
    expect(data.series).toEqual([
      { month: '2026-01', open_points: 0, by_rule: {} },
      { month: '2026-02', open_points: 1, by_rule: { promises_on_time: 1 } },
      { month: '2026-03', open_points: 1, by_rule: { promises_on_time: 1 } },
    ]);
  });

  it('writes one CSV row per project and rule, quoting what needs it and defusing formulas', () => {
    const [a, b] = twoProjects();
    a!.project.title = '=HYPERLINK("https://evil.example","klik")';
    const csv = monitorCsv(monitorOpenData(organisationDocument(), [a!, b!], rules, 'https://meedoen.example'));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('as_of,project,project_title,key,rule,state,facts,record_urls');
    expect(lines).toHaveLength(1 + 2 * 3);
    expect(lines[2]).toBe(
      `2026-03-01,alpha,"'=HYPERLINK(""https://evil.example"",""klik"")",2,promises_on_time,open,due_passed=1; overdue=1,https://meedoen.example/projecten/alpha/#promise-${a!.promises[0]!.id}`,
    );
  });
});
