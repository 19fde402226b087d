// The server bundle's entry (see adapter.mjs). Vite bundles it with the pages, so the collections module imported
// here is the very instance the pages read from: refreshing it changes what the next render shows.
import { App } from 'astro/app';
import { forgetSiteData, loadOrganisation, loadProjects, refreshProjects } from '../lib/content/collections.ts';

export function createExports(manifest) {
  const app = new App(manifest);
  return {
    /** A Request in, Astro's Response out. */
    render: (request) => app.render(request),
    /** Reads the site's data (again), ahead of the next publish: at the start and after each full build. */
    warm: () => {
      forgetSiteData();
      return Promise.all([loadOrganisation(), loadProjects()]);
    },
    /** The slugs of the published projects, in list order. */
    projectSlugs: async () => (await loadProjects()).map((entry) => entry.card.slug),
    /** Reads the changed projects again (src/lib/content/collections.ts). */
    refreshProjects,
    /** Every route: its pattern ("/projecten/[slug]"), whether it is a page or an endpoint, its parameters. */
    routes: manifest.routes.map(({ routeData }) => ({ route: routeData.route, type: routeData.type, params: routeData.params })),
  };
}
