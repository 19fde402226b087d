import type { ProjectCard, ProjectTimeline } from '../api/index.ts';

/** A published project as the pages read it: its card and its full timeline document. */
export interface ProjectEntry {
  /** Where list_projects placed the project: sorted by the next moment to take part. */
  position: number;
  card: ProjectCard;
  timeline: ProjectTimeline;
}
