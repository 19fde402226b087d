import type { APIRoute } from 'astro';
import { monitorSchemaResponse } from '../../../lib/open-data/responses.ts';

export const GET: APIRoute = ({ site }) => monitorSchemaResponse(site);
