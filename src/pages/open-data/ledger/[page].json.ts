import type { APIRoute } from 'astro';
import { ledgerPagePaths, ledgerPageResponse } from '../../../lib/open-data/responses.ts';

export function getStaticPaths() {
  return ledgerPagePaths();
}

export const GET: APIRoute = ({ params, site }) => ledgerPageResponse(params['page'], site);
