import type { APIRoute } from 'astro';
import { councilCalendarResponse } from '../../../lib/feeds/responses.ts';

export const GET: APIRoute = ({ site }) => councilCalendarResponse('en', site);
