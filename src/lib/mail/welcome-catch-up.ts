import type { ProjectTimeline } from '../api/project-timeline.ts';
import type { MailBlock } from './mail-layout.ts';
import type { MailLinks } from './mail-links.ts';

/**
 * The catch-up of a project as mail blocks, from the one catch-up view model (src/lib/catch-up, buildCatchUp)
 * that the join page also shows.
 */
export function catchUpBlocks(_timeline: ProjectTimeline, _links: MailLinks): MailBlock[] {
  // Filled in once src/lib/catch-up lands on main.
  return [];
}
