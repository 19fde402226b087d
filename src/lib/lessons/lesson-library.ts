import { dictionaryFor, pathFor, type Locale } from '../../i18n/index.ts';
import { lessonCategories, phaseKinds, type LessonCategory, type PhaseKind } from '../api/enums.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { localize, sectionNotice } from '../content-language/localize.ts';
import type { FilterField } from '../list-filter/list-filter.ts';
import { buildLessonView, type LessonView } from './lesson-view.ts';

/** The URL query names of the lessons filter. */
export const lessonFilterNames = { search: 'q', phase: 'phase', category: 'category' } as const;

/** A lesson in the library: the one lesson view, with its project, the kind of phase it was learned in and its filter values. */
export interface LibraryLessonView extends LessonView {
  project: { slug: string; title: string; titleLang: Locale | undefined; href: string };
  phaseKind: PhaseKind | null;
  /** The phase kind in words, or "whole project" for a lesson not tied to a phase. */
  phaseLabel: string;
  filter: Record<string, string>;
}

export interface LessonGroup {
  category: LessonCategory;
  label: string;
  lessons: LibraryLessonView[];
}

export interface LessonLibrary {
  /** One group per category that has lessons, in the order of the categories; newest lesson first within. */
  groups: LessonGroup[];
  count: number;
  filterFields: FilterField[];
  /** Said once at the top when an English reader gets some of the lessons' texts in Dutch. */
  notice: string | null;
}

/** The lessons of all projects, grouped by category, with the phase each was learned in. */
export function buildLessonLibrary(timelines: readonly ProjectTimeline[], locale: Locale): LessonLibrary {
  const t = dictionaryFor(locale);
  const lessons: LibraryLessonView[] = timelines
    .flatMap(({ project, phases, lessons: projectLessons }) => {
      const phaseKindOf = new Map(phases.map((phase) => [phase.id, phase.kind]));
      const projectTitle = localize(project, 'title', locale);
      return projectLessons.map((lesson) => {
        const phaseKind = (lesson.phase_id && phaseKindOf.get(lesson.phase_id)) || null;
        const view = buildLessonView(lesson, locale);
        return {
          ...view,
          project: {
            slug: project.slug,
            title: projectTitle.text,
            titleLang: projectTitle.lang,
            href: pathFor({ page: 'project', slug: project.slug }, locale),
          },
          untranslated: view.untranslated || !projectTitle.translated,
          phaseKind,
          phaseLabel: phaseKind ? t.phaseKind[phaseKind] : t.lessons.noPhase,
          filter: { [lessonFilterNames.phase]: phaseKind ?? '', [lessonFilterNames.category]: lesson.category },
          recorded: lesson.recorded_on,
        };
      });
    })
    // ISO dates sort as strings; the sort is stable, so lessons of one day keep the order of the projects.
    .sort((a, b) => b.recorded.localeCompare(a.recorded))
    .map(({ recorded: _recorded, ...view }) => view);

  const groups = lessonCategories
    .map((category) => ({ category, label: t.lessonCategory[category], lessons: lessons.filter((lesson) => lesson.category === category) }))
    .filter((group) => group.lessons.length > 0);
  const kinds = new Set(lessons.map((lesson) => lesson.phaseKind));
  const f = t.lessons.filter;
  return {
    groups,
    count: lessons.length,
    notice: sectionNotice(locale, lessons),
    filterFields: [
      { kind: 'search', name: lessonFilterNames.search, label: f.search },
      {
        kind: 'select',
        name: lessonFilterNames.phase,
        label: f.phase,
        anyLabel: f.anyPhase,
        options: phaseKinds.filter((kind) => kinds.has(kind)).map((kind) => ({ value: kind, label: t.phaseKind[kind] })),
      },
      {
        kind: 'select',
        name: lessonFilterNames.category,
        label: f.category,
        anyLabel: f.anyCategory,
        options: groups.map((group) => ({ value: group.category, label: group.label })),
      },
    ],
  };
}
