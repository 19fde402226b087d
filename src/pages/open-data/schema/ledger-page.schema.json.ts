import type { APIRoute } from 'astro';
import { ledgerPageSchemaResponse } from '../../../lib/open-data/responses.ts';

export const GET: APIRoute = ({ site }) => ledgerPageSchemaResponse(site);
