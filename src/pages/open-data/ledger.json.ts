import type { APIRoute } from 'astro';
import { ledgerDataResponse } from '../../lib/open-data/responses.ts';

export const GET: APIRoute = ({ site }) => ledgerDataResponse(site);
