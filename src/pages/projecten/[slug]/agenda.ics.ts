import type { APIRoute } from 'astro';
import { projectPaths, type ProjectPathProps } from '../../../lib/content/project-paths.ts';
import { projectCalendarResponse } from '../../../lib/feeds/responses.ts';

export function getStaticPaths() {
  return projectPaths();
}

export const GET: APIRoute<ProjectPathProps> = ({ props, site }) => projectCalendarResponse(props, 'nl', site);
