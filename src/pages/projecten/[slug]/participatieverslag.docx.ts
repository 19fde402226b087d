import type { APIRoute } from 'astro';
import { projectPaths, projectGone, routeProps, type ProjectPathProps } from '../../../lib/content/project-paths.ts';
import { reportDocxResponse } from '../../../lib/report/responses.ts';

export function getStaticPaths() {
  return projectPaths();
}

export const GET: APIRoute<ProjectPathProps> = async ({ props, params }) => {
  const found = await routeProps(props, params['slug'], projectPaths);
  return found ? reportDocxResponse(found, 'nl') : projectGone();
};
