import type { APIRoute } from 'astro';
import { projectSchemaResponse } from '../../../lib/open-data/responses.ts';

export const GET: APIRoute = ({ site }) => projectSchemaResponse(site);
