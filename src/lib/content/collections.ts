import { ApiError, callApi, organisationSchema, projectListSchema, projectTimelineSchema, type Organisation } from '../api/index.ts';
import { buildApi } from './build-api.ts';
import { countDataRead } from './data-reads.ts';
import { reportBuildError } from './build-error.ts';
import { fetchProjects } from './fetch-projects.ts';
import { buildDate } from '../promises/promise-tracker.ts';
import { forgetLedger, refreshLedger } from './ledger.ts';
import type { ProjectEntry } from './project-entry.ts';
import { forgetWithdrawnProjects } from './withdrawn-projects.ts';

// Pages read the site's data only through these functions. They call the API once per build (each build is its own
// process, and the data does not change during it) and keep the validated result in memory.
//
// Not Astro's content layer: it wrote every project into data-store.json, which Vite then bundled as a module, the
// phase that grew fastest with the number of projects and held most of a large build's memory.

let organisation: Promise<Organisation> | undefined;
let projects: Promise<ProjectEntry[]> | undefined;
/** The day (in the Netherlands) the projects were read: what is overdue or due is computed for that day. */
let readOn: string | undefined;

/** The organisation the site is built for (PUBLIC_ORGANISATION). */
export function loadOrganisation(): Promise<Organisation> {
  organisation ??= failLoudly(async () => {
    const { config, api } = buildApi();
    return callApi(api, 'get_organisation', { org_slug: config.organisation }, organisationSchema);
  });
  return organisation;
}

/**
 * The published projects, in the order list_projects gave them. An organisation without published projects builds:
 * a new municipality needs its site (and the staff workspace in it) before it can write its first project, and
 * every page says plainly that there is nothing yet. A wrong PUBLIC_ORGANISATION still fails the build, as the API
 * answers 404 for an unknown slug.
 */
export function loadProjects(): Promise<ProjectEntry[]> {
  countDataRead();
  projects ??= failLoudly(async () => {
    readOn = buildDate();
    const { config, api } = buildApi();
    const entries = await fetchProjects(api, config.organisation);
    // Not an error, but worth an operator's second look.
    if (entries.length === 0) progress(`Organisation ${config.organisation} has no published projects yet: the site shows an empty list.`);
    else progress(`Loaded ${entries.length} published projects of ${config.organisation} from ${api.url}`);
    return entries;
  });
  return projects;
}

/** Every failure fails the build, with its plain message left for buildSite (scripts/lib/build-site.ts). */
async function failLoudly<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    reportBuildError(error);
    throw error;
  }
}

/**
 * A progress line of the build, on stderr: pages are rendered while Astro writes its per-page lines to stdout in
 * pieces ("├─ /x/index.html" now, "(+5ms)" later), so a line on stdout could land inside one of those.
 */
function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** What refreshProjects found. */
export interface ProjectsRefresh {
  /**
   * True when the projects that have pages are the same as before, so that re-rendering the changed projects' pages
   * and the pages across projects is enough. False when one was published or withdrawn (or the organisation was
   * never read): paths appear or disappear, the sitemap changes, and only a full build is right.
   */
  samePaths: boolean;
  /**
   * The site-wide pages whose inputs none of the changed projects touched (and the order of the projects is the
   * same): the renderer need not render them again today (src/renderer/server-entry.mjs, sitePartOf).
   */
  unchanged: SitePart[];
}

/** The site-wide pages that show one kind of record of every project: the slowest to render at scale. */
export type SitePart = 'promises' | 'council' | 'lessons' | 'monitor';

/**
 * What of a project each site-wide page reads: the project's address and title (in both languages), and its own
 * records. A change elsewhere in the project (its summary, an update, a decision) does not change that page.
 */
const sitePartInputs: Record<SitePart, (timeline: ProjectEntry['timeline']) => unknown> = {
  promises: ({ project, promises }) => [project.slug, project.title, project.translations, promises],
  // The council page and its calendar: the meetings, the motions, the letters and what was promised to the council.
  council: ({ project, council_moments, motions, council_letters, promises }) => [
    project.slug,
    project.title,
    project.translations,
    project.council_role,
    council_moments,
    motions,
    council_letters,
    promises.filter((promise) => promise.made_to === 'council'),
  ],
  lessons: ({ project, phases, lessons }) => [
    project.slug,
    project.title,
    project.translations,
    phases.map((phase) => [phase.id, phase.kind]),
    lessons,
  ],
  monitor: ({ project, check }) => [project.slug, project.title, project.translations, check],
};

/** Every site part, for the renderer to find their pages. */
export const siteParts = Object.keys(sitePartInputs) as SitePart[];

function unchangedParts(before: readonly ProjectEntry[], after: readonly ProjectEntry[], changed: Iterable<string>): SitePart[] {
  const sameOrder = before.length === after.length && before.every((entry, index) => entry.card.slug === after[index]?.card.slug);
  if (!sameOrder) return [];
  const old = new Map(before.map((entry) => [entry.card.slug, entry.timeline]));
  const now = new Map(after.map((entry) => [entry.card.slug, entry.timeline]));
  const slugs = [...new Set(changed)];
  return siteParts.filter((part) =>
    slugs.every((slug) => {
      const [a, b] = [old.get(slug), now.get(slug)];
      return a !== undefined && b !== undefined && JSON.stringify(sitePartInputs[part](a)) === JSON.stringify(sitePartInputs[part](b));
    }),
  );
}

/**
 * For the renderer (incremental publish, src/renderer/): reads again the project list and the timelines of the
 * projects that changed, keeps every other timeline as it was, and forgets the withdrawn projects and the ledger so
 * that they are read again (the ledger from where it was) when a page needs them. The organisation itself is not read again: a change to it is a
 * change of the whole site, which gets a full build.
 */
export async function refreshProjects(changed: readonly string[]): Promise<ProjectsRefresh> {
  // The documents carry what was overdue, open or due on the day they were read (the eight-keys check, overdue
  // promises): on a new day every project may read differently, so only a full build is right.
  if (!projects || readOn !== buildDate()) return { samePaths: false, unchanged: [] };
  const before = await projects;
  const { config, api } = buildApi();
  const cards = await callApi(api, 'list_projects', { org_slug: config.organisation }, projectListSchema);
  const previous = new Map(before.map((entry) => [entry.card.slug, entry.timeline]));
  const samePaths = cards.length === before.length && cards.every((card) => previous.has(card.slug));
  if (!samePaths) return { samePaths, unchanged: [] };
  const fresh = new Map<string, ProjectEntry['timeline']>();
  for (const slug of new Set(changed)) {
    if (!previous.has(slug)) continue;
    try {
      fresh.set(slug, await callApi(api, 'project_timeline', { org_slug: config.organisation, project_slug: slug }, projectTimelineSchema));
    } catch (error) {
      // Withdrawn between the list and now: the paths change after all.
      if (error instanceof ApiError && error.status === 404) return { samePaths: false, unchanged: [] };
      throw error;
    }
  }
  const entries = cards.map((card, position) => ({
    position,
    card,
    timeline: fresh.get(card.slug) ?? (previous.get(card.slug) as ProjectEntry['timeline']),
  }));
  projects = Promise.resolve(entries);
  forgetWithdrawnProjects();
  refreshLedger();
  return { samePaths, unchanged: unchangedParts(before, entries, changed) };
}

/** For the renderer, after a full build: everything is read again at the next call, as in a new build. */
export function forgetSiteData(): void {
  organisation = undefined;
  projects = undefined;
  readOn = undefined;
  forgetWithdrawnProjects();
  forgetLedger();
}
