import type { Loader, LoaderContext } from 'astro/loaders';
import {
  callApi,
  createPortalApi,
  organisationSchema,
  projectListSchema,
  projectTimelineSchema,
  readBuildConfig,
  type BuildConfig,
  type PortalApi,
} from '../api/index.ts';
import { reportBuildError } from './build-error.ts';
import type { ProjectEntry } from './project-entry.ts';

// Project timelines are fetched a few at a time: enough to keep a remote API busy, not so many that a small
// embedded server (one PGlite connection) queues them all at once.
const timelineConcurrency = 4;

/**
 * `astro check` and `astro sync` run the loaders only to generate types, which do not depend on the data (the
 * collections carry no Astro schema). They load nothing there, so a fresh checkout type-checks without a
 * database. `astro build` always loads, and fails without an API.
 */
function isTypeGenerationOnly(argv: readonly string[] = process.argv): boolean {
  const command = argv.slice(2).find((arg) => !arg.startsWith('-'));
  return command === 'check' || command === 'sync';
}

function connect(): { config: BuildConfig; api: PortalApi } {
  const config = readBuildConfig();
  return { config, api: createPortalApi({ url: config.supabaseUrl, anonKey: config.anonKey }) };
}

/** Wraps a loader so that every failure fails the build, with its message left for buildSite. */
function failLoudly(name: string, load: (context: LoaderContext) => Promise<void>): Loader {
  return {
    name,
    async load(context) {
      context.store.clear();
      if (isTypeGenerationOnly()) return;
      try {
        await load(context);
      } catch (error) {
        reportBuildError(error);
        throw error;
      }
    },
  };
}

/** The organisation chosen by PUBLIC_ORGANISATION, as one entry whose id is its slug. */
export function organisationLoader(): Loader {
  return failLoudly('portal-organisation', async ({ store, logger }) => {
    const { config, api } = connect();
    const organisation = await callApi(api, 'get_organisation', { org_slug: config.organisation }, organisationSchema);
    store.set({ id: organisation.slug, data: { ...organisation } });
    logger.info(`Loaded organisation ${organisation.slug} from ${api.url}`);
  });
}

/**
 * One entry per published project, keyed by slug, holding its card from list_projects (with the position the
 * API sorted it in) and its full project_timeline document. An organisation without published projects builds:
 * a new municipality needs its site (and the staff workspace in it) before it can write its first project, and
 * every page says plainly that there is nothing yet. A wrong PUBLIC_ORGANISATION still fails the build, as the
 * API answers 404 for an unknown slug.
 */
export function projectsLoader(): Loader {
  return failLoudly('portal-projects', async ({ store, logger }) => {
    const { config, api } = connect();
    const cards = await callApi(api, 'list_projects', { org_slug: config.organisation }, projectListSchema);
    if (cards.length === 0) {
      // Not an error (a new municipality has published nothing yet), but worth an operator's second look.
      logger.warn(`Organisation ${config.organisation} has no published projects yet: the site shows an empty list.`);
      keepEmptyCollection(store);
      return;
    }
    const entries: ProjectEntry[] = await mapInBatches(cards, timelineConcurrency, async (card, position) => ({
      position,
      card,
      timeline: await callApi(
        api,
        'project_timeline',
        { org_slug: config.organisation, project_slug: card.slug },
        projectTimelineSchema,
      ),
    }));
    for (const entry of entries) store.set({ id: entry.card.slug, data: { ...entry } });
    logger.info(`Loaded ${entries.length} published projects of ${config.organisation} from ${api.url}`);
  });
}

/**
 * Leaves the collection in the store with no entries. Astro drops a collection that nothing was set in, and
 * getCollection then warns that it "does not exist or is empty" and asks to check the content config, which sends
 * an operator looking for a fault that is not there. Setting an entry and deleting it again keeps an empty one.
 */
function keepEmptyCollection(store: LoaderContext['store']): void {
  const placeholder = 'no-published-projects';
  store.set({ id: placeholder, data: {} });
  store.delete(placeholder);
}

async function mapInBatches<T, R>(items: readonly T[], size: number, map: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    results.push(...(await Promise.all(batch.map((item, offset) => map(item, start + offset)))));
  }
  return results;
}
