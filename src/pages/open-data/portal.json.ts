import type { APIRoute } from 'astro';
import { portalDataResponse } from '../../lib/open-data/responses.ts';

export const GET: APIRoute = ({ site }) => portalDataResponse(site);
