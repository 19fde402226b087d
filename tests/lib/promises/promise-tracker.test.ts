import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../../src/i18n/index.ts';
import type { ProjectTimeline } from '../../../src/lib/api/project-timeline.ts';
import type { TimelinePromise } from '../../../src/lib/api/promise.ts';
import { buildDate, buildPromiseTracker, monthLabel } from '../../../src/lib/promises/promise-tracker.ts';
import { projectTimelineDocument, published } from '../support/documents.ts';

function promise(
  id: string,
  status: TimelinePromise['status'],
  isOverdue = false,
  madeTo: TimelinePromise['made_to'] = 'residents',
): TimelinePromise {
  return {
    id: `00000000-0000-4000-9000-${id.padStart(12, '0')}`,
    phase_id: null,
    body: `Belofte ${id}`,
    made_on: '2026-01-15',
    made_by: 'Wethouder',
    made_to: madeTo,
    context: 'Avond',
    due_on: '2026-02-01',
    status,
    is_overdue: isOverdue,
    history: [
      {
        id: `00000000-0000-4000-9100-${id.padStart(12, '0')}`,
        status,
        changed_at: '2026-01-20T10:00:00+00:00',
        changed_by: 'Team',
        explanation: null,
        evidence_url: null,
      },
    ],
    ...published,
  };
}

function timeline(slug: string, promises: TimelinePromise[]): ProjectTimeline {
  return { ...projectTimelineDocument(slug), promises };
}

describe('buildPromiseTracker', () => {
  const timelines = [
    timeline('park', [promise('1', 'kept'), promise('2', 'open', true), promise('3', 'broken')]),
    timeline('empty', []),
    timeline('square', [promise('4', 'in_progress')]),
  ];
  const tracker = buildPromiseTracker(timelines, 'en', '2026-03-10');

  it('lists every promise of every project with its project and status in words', () => {
    expect(tracker.promises.map((entry) => [entry.project.slug, entry.body, entry.statusLabel])).toEqual([
      ['park', 'Belofte 1', dictionaryFor('en').promiseStatus.kept],
      ['park', 'Belofte 2', dictionaryFor('en').promiseStatus.open],
      ['park', 'Belofte 3', dictionaryFor('en').promiseStatus.broken],
      ['square', 'Belofte 4', dictionaryFor('en').promiseStatus.in_progress],
    ]);
    expect(tracker.promises[0]?.project.href).toBe('/en/projects/park/');
    expect(tracker.promises[1]?.isOverdue).toBe(true);
    expect(tracker.promises[1]?.filter).toEqual({ status: 'open', project: 'park', to: 'residents', overdue: '1' });
    expect(tracker.promises[0]?.filter).toEqual({ status: 'kept', project: 'park', to: 'residents', overdue: '' });
  });

  it('keeps the full public history of each promise', () => {
    expect(tracker.promises[0]?.history).toEqual([
      {
        status: 'kept',
        statusLabel: 'Kept',
        changedAt: { datetime: '2026-01-20T10:00:00.000Z', text: '20 January 2026, 11:00' },
        changedOn: { datetime: '2026-01-20', text: '20 January 2026' },
        changedBy: 'Team',
        explanation: null,
        evidenceUrl: null,
        lang: { changed_by: 'nl' },
        untranslated: true,
      },
    ]);
  });

  it('computes the kept-rate per project that has promises, and overall', () => {
    expect(tracker.perProject.map((entry) => [entry.slug, entry.rate.percent])).toEqual([
      ['park', 50],
      ['square', null],
    ]);
    expect(tracker.overall).toEqual({ kept: 1, settled: 2, total: 4, percent: 50 });
  });

  it('charts the statuses up to the build date', () => {
    expect(tracker.chart.series.map((point) => point.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(tracker.chart.monthLabels).toEqual(['January 2026', 'February 2026', 'March 2026']);
    expect(tracker.chart.geometry.bars).toHaveLength(3);
  });

  it('offers the filter only the statuses and projects that have promises', () => {
    const options = (name: string) => {
      const field = tracker.filterFields.find((candidate) => candidate.name === name);
      return field?.kind === 'select' ? field.options.map((option) => option.value) : undefined;
    };
    expect(options('status')).toEqual(['open', 'in_progress', 'kept', 'broken']);
    expect(options('project')).toEqual(['park', 'square']);
    // Every promise here was made to residents: a choice of one is no choice.
    expect(tracker.filterFields.map((field) => field.name)).toEqual(['q', 'status', 'project', 'overdue']);
  });
});

describe('buildPromiseTracker: promises made to the council', () => {
  const timelines = [timeline('park', [promise('1', 'kept'), promise('5', 'in_progress', false, 'council')])];

  it('says to whom each promise was made, and lets a resident filter on it', () => {
    for (const [locale, residents, council] of [
      ['nl', 'Aan inwoners', 'Aan de gemeenteraad'],
      ['en', 'To residents', 'To the municipal council'],
    ] as const) {
      const tracker = buildPromiseTracker(timelines, locale, '2026-03-10');
      expect(tracker.promises.map((entry) => [entry.madeTo, entry.madeToLabel, entry.filter['to']])).toEqual([
        ['residents', residents, 'residents'],
        ['council', council, 'council'],
      ]);
      const field = tracker.filterFields.find((candidate) => candidate.name === 'to');
      expect(field).toMatchObject({ kind: 'select', label: locale === 'nl' ? 'Aan wie' : 'To whom' });
      expect(field?.kind === 'select' && field.options).toEqual([
        { value: 'residents', label: residents },
        { value: 'council', label: council },
      ]);
    }
  });

  it('puts the filter on whom a promise was made to between the project and the overdue switch', () => {
    const tracker = buildPromiseTracker(timelines, 'nl', '2026-03-10');
    expect(tracker.filterFields.map((field) => field.name)).toEqual(['q', 'status', 'project', 'to', 'overdue']);
  });
});

describe('buildPromiseTracker without projects', () => {
  it('has no promises, no rate and no chart bars', () => {
    const tracker = buildPromiseTracker([], 'nl', '2026-03-10');
    expect(tracker.promises).toEqual([]);
    expect(tracker.perProject).toEqual([]);
    expect(tracker.overall).toEqual({ kept: 0, settled: 0, total: 0, percent: null });
    expect(tracker.chart.series).toEqual([]);
    expect(tracker.chart.monthLabels).toEqual([]);
    expect(tracker.chart.geometry).toEqual({ width: 600, height: 200, max: 0, bars: [] });
  });
});

describe('dates', () => {
  it('names months in the language of the page', () => {
    expect(monthLabel('2026-03', 'nl')).toBe('maart 2026');
    expect(monthLabel('2026-03', 'en')).toBe('March 2026');
  });

  it('takes the build date in the Netherlands', () => {
    expect(buildDate(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(buildDate(new Date('2026-03-31T21:30:00Z'))).toBe('2026-03-31');
  });
});
