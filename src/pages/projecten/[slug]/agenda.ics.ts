import type { APIRoute } from 'astro';
import { projectPaths, projectGone, routeProps, type ProjectPathProps } from '../../../lib/content/project-paths.ts';
import { projectCalendarResponse } from '../../../lib/feeds/responses.ts';

export function getStaticPaths() {
  return projectPaths();
}

export const GET: APIRoute<ProjectPathProps> = async ({ props, params, site }) => {
  const found = await routeProps(props, params['slug'], projectPaths);
  return found ? projectCalendarResponse(found, 'nl', site) : projectGone();
};
