import { dictionaryFor, type Locale } from '../../i18n/index.ts';
import type { LessonCategory } from '../api/enums.ts';
import type { ProjectTimeline } from '../api/project-timeline.ts';
import { localizeFields, type LocalizedFields } from '../content-language/localize.ts';
import { formatDate, type FormattedTime } from '../format/dates.ts';

// A lesson learned in a project, in words of the reader's language: the one view of a lesson that the project page
// and the lessons library read; each adds what only it shows (a marker; the project and phase, and the filter).

export interface LessonView {
  id: string;
  category: LessonCategory;
  categoryLabel: string;
  title: string;
  lesson: string;
  /** The lang attributes of its texts: 'nl' where an English page shows the Dutch text (src/lib/content-language). */
  lang: LocalizedFields<'title' | 'lesson'>['lang'];
  recordedOn: FormattedTime;
  /** True when an English reader gets some of it in Dutch. */
  untranslated: boolean;
}

/**
 * A lesson in words of the chosen language.
 *
 * @example
 * buildLessonView(lesson, 'en').categoryLabel // => 'Reaching people'
 */
export function buildLessonView(lesson: ProjectTimeline['lessons'][number], locale: Locale): LessonView {
  const c = localizeFields(lesson, ['title', 'lesson'], locale);
  return {
    id: lesson.id,
    category: lesson.category,
    categoryLabel: dictionaryFor(locale).lessonCategory[lesson.category],
    title: c.text.title,
    lesson: c.text.lesson,
    lang: c.lang,
    recordedOn: formatDate(lesson.recorded_on, locale),
    untranslated: c.untranslated,
  };
}
