// An Astro adapter for one job: rendering single pages of the site on demand, in-process, for incremental publish.
// `astro build` with PORTAL_BUILD_RENDERER=1 produces a server bundle of the same pages and components
// as the static build; scripts/lib/renderer.ts loads it and asks it for the paths a publish touched.
import { fileURLToPath } from 'node:url';

export default function rendererAdapter() {
  return {
    name: 'portal-renderer',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'portal-renderer',
          serverEntrypoint: fileURLToPath(new URL('./server-entry.mjs', import.meta.url)),
          exports: [
            'render',
            'finishPage',
            'warm',
            'projectSlugs',
            'projectIds',
            'refreshProjects',
            'ledgerEnd',
            'ledgerPagesAfter',
            'dataReads',
            'sitePartOf',
            'today',
            'routes',
          ],
          supportedAstroFeatures: {
            serverOutput: 'stable',
            staticOutput: 'stable',
            hybridOutput: 'stable',
            i18nDomains: 'unsupported',
            envGetSecret: 'unsupported',
            sharpImageService: 'unsupported',
          },
        });
      },
    },
  };
}
