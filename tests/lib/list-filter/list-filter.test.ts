import { describe, expect, it } from 'vitest';
import {
  countText,
  emptyFilterState,
  filterAttributes,
  filterQuery,
  matchesFilter,
  maxSearchLength,
  normaliseText,
  readFilterState,
  type FilterField,
} from '../../../src/lib/list-filter/list-filter.ts';
import { hostile } from '../support/hostile.ts';

const fields: FilterField[] = [
  { kind: 'search', name: 'q', label: 'Zoeken' },
  {
    kind: 'select',
    name: 'phase',
    label: 'Fase',
    anyLabel: 'Alle',
    options: [
      { value: 'plan', label: 'Plan' },
      { value: 'decision', label: 'Besluit' },
    ],
  },
  { kind: 'checkbox', name: 'open', label: 'Nu open' },
];

const park = { values: { phase: 'plan', open: '1' }, text: 'Speeltuin Oosterpark-Café\n  in  Oost' };
const square = { values: { phase: 'decision', open: '' }, text: 'Betaald parkeren Marktplein' };

describe('matchesFilter', () => {
  it('lets everything through when nothing is chosen', () => {
    const state = emptyFilterState(fields);
    expect([park, square].filter((item) => matchesFilter(item, fields, state))).toEqual([park, square]);
  });

  it('matches a search on every word, in any order, without caring about case or accents', () => {
    expect(matchesFilter(park, fields, { q: 'CAFE oost' })).toBe(true);
    expect(matchesFilter(park, fields, { q: 'oost parkeren' })).toBe(false);
    expect(matchesFilter(square, fields, { q: '  markt ' })).toBe(true);
  });

  it('matches a choice exactly and a switch only when the item has it', () => {
    expect(matchesFilter(park, fields, { phase: 'plan' })).toBe(true);
    expect(matchesFilter(square, fields, { phase: 'plan' })).toBe(false);
    expect(matchesFilter(park, fields, { open: '1' })).toBe(true);
    expect(matchesFilter(square, fields, { open: '1' })).toBe(false);
  });

  it('combines fields: an item must pass all of them', () => {
    expect(matchesFilter(park, fields, { q: 'speeltuin', phase: 'plan', open: '1' })).toBe(true);
    expect(matchesFilter(park, fields, { q: 'speeltuin', phase: 'decision', open: '1' })).toBe(false);
  });

  it('treats hostile search text as plain words', () => {
    const item = { values: {}, text: hostile('titel') };
    expect(matchesFilter(item, fields, { q: '<script>alert("titel")</script>' })).toBe(true);
    expect(matchesFilter(item, fields, { q: '.*' })).toBe(false);
  });
});

describe('readFilterState and filterQuery', () => {
  it('read back what they wrote, so a shared link shows the same view', () => {
    const state = { q: 'park oost', phase: 'plan', open: '1' };
    const query = filterQuery(fields, state);
    expect(query).toBe('?q=park+oost&phase=plan&open=1');
    expect(readFilterState(fields, new URLSearchParams(query))).toEqual(state);
  });

  it('leave out what is not set', () => {
    expect(filterQuery(fields, { q: '', phase: '', open: '' })).toBe('');
    expect(filterQuery(fields, { q: '  ', phase: 'decision', open: '' })).toBe('?phase=decision');
  });

  it('ignore unknown names and values that are not offered, and cut long searches', () => {
    const query = new URLSearchParams({ phase: '<script>', open: 'yes', other: 'x', q: 'a'.repeat(5000) });
    const state = readFilterState(fields, query);
    expect(state).toEqual({ q: 'a'.repeat(maxSearchLength), phase: '', open: '' });
  });
});

describe('helpers', () => {
  it('normalise text for search', () => {
    expect(normaliseText('  Speeltuin  Oosterpark-Café ')).toBe('speeltuin oosterpark-cafe');
  });

  it('count results in words', () => {
    const labels = { none: 'Geen projecten', one: '1 project', many: '{count} projecten' };
    expect([0, 1, 7].map((count) => countText(labels, count))).toEqual(['Geen projecten', '1 project', '7 projecten']);
  });

  it('turn filter values into data attributes', () => {
    expect(filterAttributes({ phase: 'plan', open: '' })).toEqual({
      'data-filter-item': '',
      'data-filter-phase': 'plan',
      'data-filter-open': '',
    });
  });
});
