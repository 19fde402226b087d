import type { APIRoute } from 'astro';
import { monitorCsvResponse } from '../../lib/open-data/responses.ts';

export const GET: APIRoute = ({ site }) => monitorCsvResponse(site);
