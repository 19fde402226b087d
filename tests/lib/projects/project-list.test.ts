import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../../src/i18n/index.ts';
import type { ProjectCard } from '../../../src/lib/api/project-card.ts';
import { matchesFilter, readFilterState } from '../../../src/lib/list-filter/list-filter.ts';
import { buildProjectFilterFields, buildProjectList, sortByNextMoment } from '../../../src/lib/projects/project-list.ts';
import { projectCardDocument } from '../support/documents.ts';

function card(slug: string, changes: Partial<ProjectCard> = {}): ProjectCard {
  return { ...projectCardDocument(slug), ...changes };
}

function moment(startsAt: string): ProjectCard['next_moment'] {
  return { kind: 'meeting', title: 'Avond', starts_at: startsAt, ends_at: null };
}

describe('buildProjectList', () => {
  it('links to the page in the same language', () => {
    const cards = [card('b-project'), card('a-project')];
    expect(buildProjectList(cards, 'nl').map((item) => item.href)).toEqual(['/projecten/b-project/', '/projecten/a-project/']);
    expect(buildProjectList(cards, 'en').map((item) => item.href)).toEqual(['/en/projects/b-project/', '/en/projects/a-project/']);
  });

  it('names the current phase, the influence it gives and the next moment in words', () => {
    const document = projectCardDocument('park');
    const [item] = buildProjectList([document], 'en');
    const t = dictionaryFor('en');
    expect(item?.currentPhase).toEqual({
      kindLabel: t.phaseKind.plan,
      title: document.current_phase?.title,
      // Dutch text on the English page, without an English version: marked as Dutch.
      titleLang: 'nl',
      levelLabel: t.participationLevel.raadplegen,
      levelPromise: t.participationPromise.raadplegen,
    });
    expect(item?.nextMoment).toEqual({
      kindLabel: t.keyDateKind.walk_in,
      title: document.next_moment?.title,
      titleLang: 'nl',
      when: { datetime: '2026-04-01T17:30:00.000Z', text: '1 April 2026, 19:30' },
    });
    expect(item?.openForInput).toBe(true);
    expect(item?.statusLabel).toBe(t.projectStatus.running);
  });

  it('copes with a project that has not started and has no moment planned', () => {
    const [item] = buildProjectList([card('later', { current_phase: null, next_moment: null, open_for_input: false })], 'nl');
    expect(item?.currentPhase).toBeNull();
    expect(item?.nextMoment).toBeNull();
    expect(item?.openForInput).toBe(false);
    expect(item?.filter).toMatchObject({ phase: '', open: '' });
  });

  it('gives the filter the phase kind, theme, area, status and whether it is open now', () => {
    const document = card('park', { status: 'on_hold', theme: 'Groen', area: 'Oost' });
    expect(buildProjectList([document], 'nl')[0]?.filter).toEqual({
      phase: 'plan',
      theme: 'Groen',
      area: 'Oost',
      open: '1',
      status: 'on_hold',
    });
  });
});

describe('sortByNextMoment', () => {
  it('puts the soonest moment first and projects without a moment last, keeping ties in their order', () => {
    const cards = [
      card('none-1', { next_moment: null }),
      card('late', { next_moment: moment('2026-05-01T10:00:00+00:00') }),
      card('tie-b', { next_moment: moment('2026-04-01T10:00:00+00:00') }),
      card('none-2', { next_moment: null }),
      // The same instant written in another offset.
      card('tie-a', { next_moment: moment('2026-04-01T12:00:00+02:00') }),
      card('soon', { next_moment: moment('2026-03-01T10:00:00+00:00') }),
    ];
    expect(sortByNextMoment(cards).map((entry) => entry.slug)).toEqual(['soon', 'tie-b', 'tie-a', 'late', 'none-1', 'none-2']);
    expect(buildProjectList(cards, 'nl').map((item) => item.slug)).toEqual(['soon', 'tie-b', 'tie-a', 'late', 'none-1', 'none-2']);
  });
});

describe('buildProjectFilterFields', () => {
  const cards = [
    card('a', { theme: 'Verkeer', area: 'Centrum', status: 'running' }),
    card('b', {
      theme: 'Groen',
      area: 'Oost',
      status: 'completed',
      current_phase: { kind: 'vision', title: 'V', participation_level: 'informeren' },
    }),
    card('c', { theme: 'Groen', area: 'Centrum', status: 'running', current_phase: null, open_for_input: false }),
  ];

  it('offers only the values that occur, phases and statuses in their natural order', () => {
    const fields = buildProjectFilterFields(cards, 'nl');
    const options = (name: string) => {
      const field = fields.find((candidate) => candidate.name === name);
      return field?.kind === 'select' ? field.options.map((option) => option.value) : undefined;
    };
    expect(fields.map((field) => field.name)).toEqual(['q', 'phase', 'theme', 'area', 'status', 'open']);
    expect(options('phase')).toEqual(['vision', 'plan']);
    expect(options('theme')).toEqual(['Groen', 'Verkeer']);
    expect(options('area')).toEqual(['Centrum', 'Oost']);
    expect(options('status')).toEqual(['running', 'completed']);
  });

  it('marks Dutch database text as Dutch on English pages only', () => {
    const theme = (locale: 'nl' | 'en') => {
      const field = buildProjectFilterFields(cards, locale).find((candidate) => candidate.name === 'theme');
      return field?.kind === 'select' ? field.options[0]?.lang : 'missing';
    };
    expect(theme('nl')).toBeUndefined();
    expect(theme('en')).toBe('nl');
  });

  it('filters the list the way a shared link asks', () => {
    const fields = buildProjectFilterFields(cards, 'nl');
    const items = buildProjectList(cards, 'nl');
    const shown = (query: string) => {
      const state = readFilterState(fields, new URLSearchParams(query));
      return items.filter((item) => matchesFilter({ values: item.filter, text: item.title }, fields, state)).map((item) => item.slug);
    };
    expect(shown('?open=1')).toEqual(['a', 'b']);
    expect(shown('?theme=Groen&area=Centrum')).toEqual(['c']);
    expect(shown('?phase=vision')).toEqual(['b']);
    expect(shown('?status=running&open=1')).toEqual(['a']);
    expect(shown('?q=a-title')).toEqual(['a']);
  });
});
