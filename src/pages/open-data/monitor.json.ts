import type { APIRoute } from 'astro';
import { monitorDataResponse } from '../../lib/open-data/responses.ts';

export const GET: APIRoute = ({ site }) => monitorDataResponse(site);
