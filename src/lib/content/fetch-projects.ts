import {
  callApi,
  projectListSchema,
  projectTimelinePageSchema,
  projectTimelineSchema,
  type PortalApi,
  type ProjectTimeline,
  type ProjectTimelinePage,
} from '../api/index.ts';
import type { ProjectEntry } from './project-entry.ts';

/** The most project_timelines returns per call (the database refuses more). */
export const maxTimelinePageSize = 100;

/**
 * Every published project of an organisation: its card from list_projects, with the position the API sorted it in,
 * and its full project_timeline document, read in keyset pages of `pageSize` (one request per 100 projects instead
 * of one per project).
 *
 * The list is read first and is the truth about what the site shows. A project published after the list was read
 * has a timeline but no card: it is left out (its publication asks for the next build). A project whose timeline
 * is missing from the pages (withdrawn meanwhile, or published between list and pages with a slug already passed)
 * is asked for on its own; when it is gone, project_timeline's 404 fails the build and the next one shows the truth.
 */
export async function fetchProjects(api: PortalApi, organisation: string, pageSize = maxTimelinePageSize): Promise<ProjectEntry[]> {
  const cards = await callApi(api, 'list_projects', { org_slug: organisation }, projectListSchema);
  if (cards.length === 0) return [];
  const timelines = new Map<string, ProjectTimeline>();
  let after: string | null = null;
  do {
    const page: ProjectTimelinePage = await callApi(
      api,
      'project_timelines',
      { org_slug: organisation, after_slug: after, page_size: pageSize },
      projectTimelinePageSchema,
    );
    for (const timeline of page.timelines) timelines.set(timeline.project.slug, timeline);
    after = page.next_after;
  } while (after !== null);
  const entries: ProjectEntry[] = [];
  for (const [position, card] of cards.entries()) {
    const timeline =
      timelines.get(card.slug) ??
      (await callApi(api, 'project_timeline', { org_slug: organisation, project_slug: card.slug }, projectTimelineSchema));
    entries.push({ position, card, timeline });
  }
  return entries;
}
