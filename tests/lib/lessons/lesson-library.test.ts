import { describe, expect, it } from 'vitest';
import type { ProjectTimeline } from '../../../src/lib/api/project-timeline.ts';
import type { TimelineLesson } from '../../../src/lib/api/lesson.ts';
import { buildLessonLibrary } from '../../../src/lib/lessons/lesson-library.ts';
import { projectTimelineDocument, published } from '../support/documents.ts';

let counter = 0;
function lesson(category: TimelineLesson['category'], recorded_on: string, phase_id: string | null): TimelineLesson {
  counter += 1;
  return {
    id: `00000000-0000-4000-a000-${String(counter).padStart(12, '0')}`,
    phase_id,
    category,
    title: `Les ${counter}`,
    lesson: 'Tekst',
    recorded_on,
    ...published,
  };
}

function withLessons(slug: string, make: (phaseIds: string[]) => TimelineLesson[]): ProjectTimeline {
  const document = projectTimelineDocument(slug);
  return { ...document, lessons: make(document.phases.map((phase) => phase.id)) };
}

describe('buildLessonLibrary', () => {
  const timelines = [
    withLessons('park', ([vision, plan]) => [
      lesson('inclusion', '2026-01-10', vision ?? null),
      lesson('communication', '2026-02-10', plan ?? null),
    ]),
    withLessons('plein', () => [lesson('inclusion', '2026-03-01', null)]),
  ];
  const library = buildLessonLibrary(timelines, 'nl');

  it('groups the lessons of all projects by category, in the order of the categories, newest first', () => {
    expect(library.count).toBe(3);
    expect(library.groups.map((group) => [group.category, group.lessons.map((entry) => entry.project.slug)])).toEqual([
      ['communication', ['park']],
      ['inclusion', ['plein', 'park']],
    ]);
    expect(library.groups.map((group) => group.label)).toEqual(['Communicatie', 'Iedereen laten meedoen']);
  });

  it('names the phase each lesson was learned in, or the whole project', () => {
    const inclusion = library.groups[1]?.lessons ?? [];
    expect(inclusion.map((entry) => [entry.phaseKind, entry.phaseLabel])).toEqual([
      [null, 'Hele project'],
      ['vision', 'Verkenning'],
    ]);
    expect(inclusion[1]?.filter).toEqual({ phase: 'vision', category: 'inclusion' });
  });

  it('offers the filter only the phases and categories that have lessons', () => {
    const options = (name: string) => {
      const field = library.filterFields.find((candidate) => candidate.name === name);
      return field?.kind === 'select' ? field.options.map((option) => option.value) : undefined;
    };
    expect(options('phase')).toEqual(['vision', 'plan']);
    expect(options('category')).toEqual(['communication', 'inclusion']);
  });

  it('is empty without lessons', () => {
    expect(buildLessonLibrary([projectTimelineDocument('leeg')], 'en')).toMatchObject({ groups: [], count: 0 });
  });

  it('is empty without projects', () => {
    const empty = buildLessonLibrary([], 'nl');
    expect(empty).toMatchObject({ groups: [], count: 0 });
    const options = empty.filterFields.flatMap((field) => (field.kind === 'select' ? field.options : []));
    expect(options).toEqual([]);
  });
});
