import type { APIRoute } from 'astro';
import { projectPaths, type ProjectPathProps } from '../../../lib/content/project-paths.ts';
import { projectDataResponse } from '../../../lib/open-data/responses.ts';

export function getStaticPaths() {
  return projectPaths();
}

export const GET: APIRoute<ProjectPathProps> = ({ props, site }) => projectDataResponse(props, site);
