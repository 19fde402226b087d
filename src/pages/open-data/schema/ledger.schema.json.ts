import type { APIRoute } from 'astro';
import { ledgerSchemaResponse } from '../../../lib/open-data/responses.ts';

export const GET: APIRoute = ({ site }) => ledgerSchemaResponse(site);
