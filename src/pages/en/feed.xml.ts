import type { APIRoute } from 'astro';
import { siteFeedResponse } from '../../lib/feeds/responses.ts';

export const GET: APIRoute = ({ site }) => siteFeedResponse('en', site);
