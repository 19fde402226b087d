import { callApi, withdrawnProjectsSchema, type WithdrawnProjects } from '../api/index.ts';
import { buildApi } from './build-api.ts';
import { countDataRead } from './data-reads.ts';

// A withdrawn project is no longer among the projects, but its address keeps a notice: what it was, when it was
// withdrawn and why. Read once per build, by the project pages (for their paths) and the portal's open data.
let withdrawn: Promise<WithdrawnProjects> | undefined;

export function loadWithdrawnProjects(): Promise<WithdrawnProjects> {
  countDataRead();
  if (!withdrawn) {
    const { config, api } = buildApi();
    withdrawn = callApi(api, 'withdrawn_projects', { org_slug: config.organisation }, withdrawnProjectsSchema);
  }
  return withdrawn;
}

/** Reads the withdrawn projects again at the next call (the renderer, after a publish: src/lib/content/collections.ts). */
export function forgetWithdrawnProjects(): void {
  withdrawn = undefined;
}
