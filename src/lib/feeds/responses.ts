import type { Locale } from '../../i18n/index.ts';
import type { ProjectPathProps } from '../content/project-paths.ts';
import { loadOrganisation, loadProjects } from '../content/collections.ts';
import { loadLedger } from '../content/ledger.ts';
import { councilCalendar, projectCalendar } from './calendar.ts';
import { projectFeedOptions, renderFeed, siteFeedOptions } from './rss-feed.ts';

// The endpoint files in src/pages are one line each; what they answer is made here, once for both languages.
// A static host picks the content type from the file extension; these headers serve `astro dev`.

/** The site-wide feed of a language. */
export async function siteFeedResponse(locale: Locale, site: URL | undefined): Promise<Response> {
  const [organisation, projects, ledger] = await Promise.all([loadOrganisation(), loadProjects(), loadLedger()]);
  const xml = await renderFeed(
    siteFeedOptions(
      organisation,
      projects.map((entry) => entry.timeline),
      ledger.head,
      locale,
      site,
    ),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

/** The feed of one project in a language. */
export async function projectFeedResponse(props: ProjectPathProps, locale: Locale, site: URL | undefined): Promise<Response> {
  const xml = await renderFeed(projectFeedOptions(props.timeline, locale, site));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

/** The calendar of one project in a language. */
export function projectCalendarResponse(props: ProjectPathProps, locale: Locale, site: URL | undefined): Response {
  return new Response(projectCalendar(props.timeline, locale, site), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}

/** The calendar of the council's meetings (the council page's) in a language. */
export async function councilCalendarResponse(locale: Locale, site: URL | undefined): Promise<Response> {
  const [organisation, projects] = await Promise.all([loadOrganisation(), loadProjects()]);
  const ics = councilCalendar(
    organisation,
    projects.map((entry) => entry.timeline),
    locale,
    site,
  );
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
