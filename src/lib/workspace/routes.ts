// Hash routes of the workspace: the page is one static file (/beheer/), so every view lives after the '#'.

import type { PublishableKind } from '../records/kinds.ts';

export const projectSections = [
  'basics',
  'check',
  'phases',
  'people',
  'handovers',
  'council',
  'motions',
  'council-letters',
  'key-dates',
  'groups',
  'followers',
  'invitations',
  'lessons',
  'input-themes',
  'decisions',
  'promises',
  'updates',
] as const;
export type ProjectSection = (typeof projectSections)[number];

/**
 * The editor section where each kind of record is edited: the approval queue and the checklist link to it. Every
 * kind has one (satisfies); read with a kind as the database names it, so typed by string.
 */
export const sectionForKind: Readonly<Record<string, ProjectSection>> = {
  project: 'basics',
  phase: 'phases',
  person: 'people',
  assignment: 'people',
  handover: 'handovers',
  group: 'groups',
  input_theme: 'input-themes',
  update: 'updates',
  decision: 'decisions',
  promise: 'promises',
  promise_status: 'promises',
  council_moment: 'council',
  motion: 'motions',
  council_letter: 'council-letters',
  key_date: 'key-dates',
  lesson: 'lessons',
  invitation: 'invitations',
} satisfies Record<PublishableKind, ProjectSection>;

export type WorkspaceRoute =
  | { view: 'projects' }
  | { view: 'new-project' }
  | { view: 'project'; projectId: string; section: ProjectSection }
  | { view: 'approvals' }
  | { view: 'audit' }
  | { view: 'team' }
  | { view: 'not-found' };

const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The view a location hash asks for. Unknown hashes give 'not-found' rather than silently the home view, so
 * a mistyped link says so.
 *
 * @example
 * parseRoute('#/projects/7d3f…/promises') // => { view: 'project', projectId: '7d3f…', section: 'promises' }
 * parseRoute('') // => { view: 'projects' }
 */
export function parseRoute(hash: string): WorkspaceRoute {
  const path = hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  if (path === '') return { view: 'projects' };
  const parts = path.split('/');
  const [first, second, third, ...rest] = parts;
  if (rest.length > 0) return { view: 'not-found' };
  if (first === 'projects') {
    if (second === undefined) return third === undefined ? { view: 'projects' } : { view: 'not-found' };
    if (second === 'new' && third === undefined) return { view: 'new-project' };
    if (!uuidLike.test(second)) return { view: 'not-found' };
    const section = third ?? 'basics';
    if (!(projectSections as readonly string[]).includes(section)) return { view: 'not-found' };
    return { view: 'project', projectId: second.toLowerCase(), section: section as ProjectSection };
  }
  if (second !== undefined) return { view: 'not-found' };
  if (first === 'approvals' || first === 'audit' || first === 'team') return { view: first };
  return { view: 'not-found' };
}

/** Whether a hash is a workspace route ('#/…' or empty) rather than an in-page anchor such as the skip link's. */
export function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}

/** The hash of a view; parseRoute(hashFor(route)) gives the route back. */
export function hashFor(route: WorkspaceRoute): string {
  switch (route.view) {
    case 'projects':
    case 'not-found':
      return '#/';
    case 'new-project':
      return '#/projects/new';
    case 'project':
      return route.section === 'basics' ? `#/projects/${route.projectId}` : `#/projects/${route.projectId}/${route.section}`;
    default:
      return `#/${route.view}`;
  }
}
