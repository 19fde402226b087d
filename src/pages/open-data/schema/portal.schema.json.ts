import type { APIRoute } from 'astro';
import { portalSchemaResponse } from '../../../lib/open-data/responses.ts';

export const GET: APIRoute = ({ site }) => portalSchemaResponse(site);
